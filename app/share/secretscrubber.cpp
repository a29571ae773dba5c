#include "share/secretscrubber.h"

#include "jwt/jwtdecoder.h"
#include "share/secretredaction.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Members whose names say "token" but whose values are times, lifetimes or types, never secrets.
bool isAboutASecret(const QString& lower)
{
    static const QStringList suffixes { u"expiration"_s, u"expiry"_s, u"expires"_s, u"expiresat"_s, u"expiresin"_s,
        u"ttl"_s, u"ttlminutes"_s, u"type"_s, u"lifetime"_s };
    for (const QString& suffix : suffixes) {
        if (lower.endsWith(suffix))
            return true;
    }
    return false;
}

QJsonValue scrubValue(const QJsonValue& value, const QString& key, SecretScrubber::KeyClass keyClass)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it)
            result.insert(it.key(), scrubValue(it.value(), it.key(), SecretScrubber::classifyKey(it.key())));
        // Kibo's additionalErrorData pairs: {"name": "RefreshToken", "value": "…"} names its secret apart.
        const QString name = object.value(u"name"_s).toString();
        if (object.value(u"value"_s).isString() && !name.isEmpty())
            result.insert(u"value"_s, scrubValue(object.value(u"value"_s), name, SecretScrubber::classifyKey(name)));
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            result.append(scrubValue(item, key, keyClass)); // items of a "tokens" array are tokens too
        return result;
    }
    if (!value.isString())
        return value;
    const QString text = value.toString();
    if (text.isEmpty() || SecretRedaction::containsRedaction(text))
        return value;
    switch (keyClass) {
    case SecretScrubber::KeyClass::Hidden:
        return SecretScrubber::hiddenSummary(key);
    case SecretScrubber::KeyClass::Token:
        return SecretScrubber::tokenSummary(key, text);
    case SecretScrubber::KeyClass::Plain:
        break;
    }
    if (SecretScrubber::looksLikeJwt(text))
        return SecretScrubber::tokenSummary(key.isEmpty() ? u"jwt"_s : key, text);
    return value;
}

bool isIdKey(const QString& key)
{
    return key.compare(u"id"_s, Qt::CaseInsensitive) == 0 || key.endsWith(u"Id"_s) || key.endsWith(u"_id"_s)
        || key.endsWith(u"ID"_s);
}

} // namespace

SecretScrubber::KeyClass SecretScrubber::classifyKey(const QString& key)
{
    QString lower = key.toLower();
    lower.remove(u'_');
    lower.remove(u'-');
    lower.remove(u'.');
    if (isAboutASecret(lower))
        return KeyClass::Plain;
    static const QStringList hidden { u"password"_s, u"passwd"_s, u"passcode"_s, u"secret"_s, u"otpcode"_s,
        u"pincode"_s };
    for (const QString& word : hidden) {
        if (lower.contains(word))
            return KeyClass::Hidden;
    }
    if (lower.startsWith(u"otp"_s) || lower == u"pin"_s)
        return KeyClass::Hidden;
    static const QStringList tokens { u"token"_s, u"apikey"_s, u"authorization"_s, u"cookie"_s, u"credential"_s,
        u"xvoluserclaims"_s, u"xvolappclaims"_s, u"sessionkey"_s, u"privatekey"_s, u"signature"_s };
    for (const QString& word : tokens) {
        if (lower.contains(word))
            return KeyClass::Token;
    }
    return KeyClass::Plain;
}

bool SecretScrubber::looksLikeJwt(const QString& value)
{
    const qsizetype dots = value.count(u'.');
    if (value.size() < 16 || (dots != 2 && dots != 4))
        return false;
    for (const QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.' || c == u'=';
        if (!ok)
            return false;
    }
    const DecodedToken decoded = JwtDecoder::decode(value.toUtf8());
    return decoded.kind == DecodedToken::Kind::Jws || decoded.kind == DecodedToken::Kind::Jwe;
}

QJsonObject SecretScrubber::tokenSummary(const QString& kind, const QString& secret)
{
    QJsonObject summary { { u"redacted"_s, true }, { u"kind"_s, kind }, { u"length"_s, secret.size() } };
    const QString last4 = SecretRedaction::lastFour(secret);
    if (!last4.isEmpty())
        summary.insert(u"last4"_s, last4);
    return summary;
}

QJsonObject SecretScrubber::hiddenSummary(const QString& kind)
{
    return { { u"redacted"_s, true }, { u"kind"_s, kind } };
}

QJsonValue SecretScrubber::scrubJson(const QJsonValue& value)
{
    return scrubValue(value, QString(), KeyClass::Plain);
}

QString SecretScrubber::scrubText(const QString& text)
{
    static const QRegularExpression jwt(u"[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"_s);
    static const QRegularExpression query(u"\\?[^\\s\"'<>?]*=[^\\s\"'<>]*"_s);
    static const QRegularExpression keyValue(
        uR"((?i)((?:password|passwd|secret|token|otpcode|claims)["']?\s*[:=]\s*["']?)([^"'\s&,;}<>]+))"_s);
    static const QRegularExpression bearer(u"(?i)\\b(bearer\\s+)([^\\s\"'<>]+)"_s);
    QString result = text;
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = jwt.match(result, from)).hasMatch()) {
        const QString replacement = SecretRedaction::describe(u"jwt"_s, match.captured());
        result.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }
    result.replace(query, u"?…"_s);
    result.replace(keyValue, u"\\1…"_s);
    result.replace(bearer, u"\\1…"_s);
    return result;
}

QString SecretScrubber::personalDataRemoved()
{
    return tr("<personal data removed>");
}

bool SecretScrubber::isPersonalKey(const QString& key)
{
    QString lower = key.toLower();
    if (lower.startsWith(u"b."_s))
        lower = lower.mid(2);
    lower.remove(u'_');
    // Not "name": Kibo uses it for error data, segments and contact types; the account as a whole is
    // reduced by keepOnlyIds.
    static const QStringList exact { u"givenname"_s, u"familyname"_s, u"nickname"_s, u"preferredusername"_s,
        u"birthdate"_s };
    if (exact.contains(lower))
        return true;
    static const QStringList parts { u"email"_s, u"firstname"_s, u"lastname"_s, u"middlename"_s, u"surname"_s,
        u"username"_s, u"phone"_s, u"address"_s, u"fax"_s, u"company"_s, u"taxid"_s, u"birth"_s, u"mobile"_s,
        u"postal"_s, u"city"_s, u"street"_s };
    for (const QString& part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QJsonValue SecretScrubber::removePersonalData(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool personal = isPersonalKey(it.key()) && !it.value().isNull() && !it.value().isBool();
            result.insert(it.key(), personal ? QJsonValue(personalDataRemoved()) : removePersonalData(it.value()));
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            result.append(removePersonalData(item));
        return result;
    }
    return value;
}

QJsonValue SecretScrubber::keepOnlyIds(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"redacted"_s).toBool() || object.contains(u"omittedItems"_s))
            return object; // a secret's summary (kind, length, last4), or how many items a list lost
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue member = it.value();
            if (member.isObject() || member.isArray())
                result.insert(it.key(), keepOnlyIds(member));
            else if (member.isBool() || member.isNull() || (isIdKey(it.key()) && !isPersonalKey(it.key())))
                result.insert(it.key(), member);
            else
                result.insert(it.key(), personalDataRemoved());
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            result.append(keepOnlyIds(item));
        return result;
    }
    return value.isBool() || value.isNull() ? value : QJsonValue(personalDataRemoved());
}
