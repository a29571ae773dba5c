#include "secrets/secretpolicy.h"

#include "ticketfields.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The key in lower case without the separators Kibo, OAuth and HTTP use: "x-vol-user-claims",
// "client_secret" and "b.otpCode" compare alike.
QString normalised(const QString& key)
{
    QString lower = key.toLower();
    lower.remove(u'_');
    lower.remove(u'-');
    lower.remove(u'.');
    return lower;
}

// Members whose names say "token" but whose values are times, lifetimes, types or names, never secrets (Kibo's
// CredentialsName names the client id whose secret was refused).
bool isAboutASecret(const QString& lower)
{
    static const QStringList suffixes { u"expiration"_s, u"expiry"_s, u"expires"_s, u"expiresat"_s, u"expiresin"_s,
        u"ttl"_s, u"ttlminutes"_s, u"type"_s, u"lifetime"_s, u"name"_s };
    for (const QString& suffix : suffixes) {
        if (lower.endsWith(suffix)) {
            return true;
        }
    }
    return false;
}

bool containsAny(const QString& lower, const QStringList& words)
{
    for (const QString& word : words) {
        if (lower.contains(word)) {
            return true;
        }
    }
    return false;
}

bool isBase64UrlOrDot(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
        || u == u'.' || u == u'=';
}

bool decodesAsBase64Url(QStringView segment, QByteArray* bytes)
{
    auto result = QByteArray::fromBase64Encoding(
        segment.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return false;
    }
    *bytes = *result;
    return true;
}

} // namespace

const QStringList& SecretPolicy::tokenFields()
{
    return TicketFields::tokens();
}

SecretPolicy::KeyClass SecretPolicy::classifyKey(const QString& key)
{
    const QString lower = normalised(key);
    if (isAboutASecret(lower)) {
        return KeyClass::Plain;
    }
    static const QStringList hidden { u"password"_s, u"passwd"_s, u"passcode"_s, u"secret"_s, u"otpcode"_s,
        u"pincode"_s };
    if (containsAny(lower, hidden) || lower.startsWith(u"otp"_s) || lower == u"pin"_s) {
        return KeyClass::Hidden;
    }
    static const QStringList tokens { u"token"_s, u"apikey"_s, u"authorization"_s, u"cookie"_s, u"credential"_s,
        u"xvoluserclaims"_s, u"xvolappclaims"_s, u"sessionkey"_s, u"privatekey"_s, u"signature"_s };
    if (containsAny(lower, tokens)) {
        return KeyClass::Token;
    }
    return KeyClass::Plain;
}

SecretPolicy::KeyClass SecretPolicy::classifyHeader(const QString& name)
{
    const KeyClass byKey = classifyKey(name);
    if (byKey != KeyClass::Plain) {
        return byKey;
    }
    return namesSecret(name) ? KeyClass::Token : KeyClass::Plain;
}

bool SecretPolicy::namesSecret(const QString& key)
{
    static const QStringList words { u"token"_s, u"secret"_s, u"password"_s, u"session"_s, u"cookie"_s, u"apikey"_s };
    return classifyKey(key) != KeyClass::Plain || containsAny(normalised(key), words);
}

bool SecretPolicy::looksLikeJwt(const QString& value)
{
    // Cheap checks first: a big account holds a hundred thousand strings.
    if (value.size() < MinJwtLength) {
        return false;
    }
    qsizetype dots = 0;
    for (const QChar c : value) {
        if (!isBase64UrlOrDot(c)) {
            return false;
        }
        if (c == u'.') {
            ++dots;
        }
    }
    if (dots != 2 && dots != 4) {
        return false;
    }
    const QStringView text(value);
    const qsizetype firstDot = text.indexOf(u'.');
    QByteArray header;
    if (!decodesAsBase64Url(text.first(firstDot), &header)) {
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(header, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    if (dots == 4) {
        return true; // a JWE: only its header can be read
    }
    const qsizetype secondDot = text.indexOf(u'.', firstDot + 1);
    QByteArray payload;
    return decodesAsBase64Url(text.sliced(firstDot + 1, secondDot - firstDot - 1), &payload);
}

bool SecretPolicy::isSecret(const QString& key, const QString& value)
{
    return classifyKey(key) != KeyClass::Plain || looksLikeJwt(value);
}

QString SecretPolicy::describe(const QString& kind, const QString& secret)
{
    if (secret.isEmpty()) {
        return u"<redacted %1: empty>"_s.arg(kind);
    }
    if (secret.size() < MinLengthForLastFour) {
        return u"<redacted %1: %2 characters>"_s.arg(kind).arg(secret.size());
    }
    return u"<redacted %1: %2 characters, ends …%3>"_s.arg(kind).arg(secret.size()).arg(lastFour(secret));
}

QString SecretPolicy::hidden(const QString& kind)
{
    return u"<redacted %1>"_s.arg(kind);
}

QString SecretPolicy::redact(KeyClass keyClass, const QString& kind, const QString& secret)
{
    return keyClass == KeyClass::Hidden ? hidden(kind) : describe(kind, secret);
}

QString SecretPolicy::redactIfSecret(const QString& key, const QString& value)
{
    if (value.isEmpty() || isRedacted(value)) {
        return value;
    }
    const KeyClass keyClass = classifyKey(key);
    if (keyClass == KeyClass::Plain && !looksLikeJwt(value)) {
        return value;
    }
    return redact(keyClass, key, value);
}

QString SecretPolicy::lastFour(const QString& secret)
{
    return secret.size() < MinLengthForLastFour ? QString() : secret.right(4);
}

QJsonObject SecretPolicy::tokenSummary(const QString& kind, const QString& secret)
{
    QJsonObject summary { { u"redacted"_s, true }, { u"kind"_s, kind }, { u"length"_s, secret.size() } };
    const QString last4 = lastFour(secret);
    if (!last4.isEmpty()) {
        summary.insert(u"last4"_s, last4);
    }
    return summary;
}

QJsonObject SecretPolicy::hiddenSummary(const QString& kind)
{
    return { { u"redacted"_s, true }, { u"kind"_s, kind } };
}

bool SecretPolicy::containsRedaction(const QString& text)
{
    return redactionStart(text) >= 0;
}

bool SecretPolicy::isRedacted(const QString& text)
{
    if (!containsRedaction(text)) {
        return false;
    }
    // Exactly what describe() and hidden() write: a kind, then nothing, "empty" or a length with at most four
    // characters. A kind holds no ":", "=", "." (a JWT needs two) nor a run as long as a token.
    static const QRegularExpression marker(
        u"<redacted ([^<>:=.]{1,64})(?:: (?:empty|\\d+ characters(?:, ends …[^<>]{1,4})?))?>"_s);
    static const QRegularExpression secretRun(u"[A-Za-z0-9_.~+/=-]{8,}"_s);
    static const QRegularExpression tokenRun(u"[A-Za-z0-9_~+/-]{24,}"_s);
    bool found = false;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        if (tokenRun.match(it.next().captured(1)).hasMatch()) {
            return false;
        }
        found = true;
    }
    QString outside = text;
    outside.replace(marker, u" "_s);
    return found && !secretRun.match(outside).hasMatch();
}

qsizetype SecretPolicy::redactionStart(const QString& text)
{
    const qsizetype start = text.indexOf(u"<redacted "_s);
    return start >= 0 && text.endsWith(u'>') ? start : -1;
}
