#include "secrets/secretscrubber.h"

#include "secrets/secretpolicy.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Every JWT-shaped run inside text (three dot-separated base64url runs) replaced by its redaction.
QString replaceJwtRuns(const QString& text)
{
    if (text.count(u'.') < 2) {
        return text; // most strings: no run to look for
    }
    static const QRegularExpression jwt(u"[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"_s);
    QString result = text;
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = jwt.match(result, from)).hasMatch()) {
        const QString replacement = SecretPolicy::describe(u"jwt"_s, match.captured());
        result.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }
    return result;
}

// The value after every name match: the run up to a quote, space or one of separators, each found on its own, so that
// a value that looks like a name ("x_token": "refreshToken":"secret", "Bearer Bearer secret") neither hides the value
// after it nor is kept itself.
QString replaceNamedValues(const QString& text, const QRegularExpression& named, QStringView separators)
{
    const auto ends = [separators](QChar c) {
        return c == u'"' || c == u'\'' || c.isSpace() || separators.contains(c);
    };
    QList<std::pair<qsizetype, qsizetype>> spans; // start, end of each value, in order of their names
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const qsizetype start = it.next().capturedEnd();
        qsizetype end = start;
        while (end < text.size() && !ends(text.at(end))) {
            ++end;
        }
        if (end > start) {
            spans.append({ start, end });
        }
    }
    if (spans.isEmpty()) {
        return text;
    }
    QString result;
    qsizetype done = 0;
    for (const auto& [start, end] : std::as_const(spans)) {
        if (end <= done) {
            continue; // inside a value already replaced
        }
        result += QStringView(text).mid(done, std::max(start, done) - done);
        if (start >= done) {
            result += u'…';
        }
        done = end;
    }
    result += QStringView(text).mid(done);
    return result;
}

QJsonValue scrubValue(
    const QJsonValue& value, const QString& key, SecretPolicy::KeyClass keyClass, SecretScrubber::Form form)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            // A key is no place for a token either; a server may still put one there. The key names the redaction.
            const QString key = replaceJwtRuns(it.key());
            result.insert(key, scrubValue(it.value(), key, SecretPolicy::classifyKey(it.key()), form));
        }
        // Kibo's additionalErrorData pairs: {"name": "RefreshToken", "value": "…"} names its secret apart. The name
        // names the redaction as a key does, without a token in it.
        const QString name = object.value(u"name"_s).toString();
        if (object.value(u"value"_s).isString() && !name.isEmpty()) {
            result.insert(u"value"_s,
                scrubValue(object.value(u"value"_s), replaceJwtRuns(name), SecretPolicy::classifyKey(name), form));
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            result.append(scrubValue(item, key, keyClass, form)); // items of a "tokens" array are tokens too
        }
        return result;
    }
    if (!value.isString()) {
        return value;
    }
    const QString text = value.toString();
    if (text.isEmpty() || SecretPolicy::isRedacted(text)) {
        return value;
    }
    if (keyClass == SecretPolicy::KeyClass::Plain && !SecretPolicy::looksLikeJwt(text)) {
        // Plain text keeps its words; a JWT inside it does not.
        const QString scrubbed = replaceJwtRuns(text);
        return scrubbed == text ? value : QJsonValue(scrubbed);
    }
    const QString kind = key.isEmpty() ? u"jwt"_s : key;
    if (form == SecretScrubber::Form::Text) {
        return SecretPolicy::redact(keyClass, kind, text);
    }
    return keyClass == SecretPolicy::KeyClass::Hidden ? SecretPolicy::hiddenSummary(kind)
                                                      : SecretPolicy::tokenSummary(kind, text);
}

bool isIdKey(const QString& key)
{
    return key.compare(u"id"_s, Qt::CaseInsensitive) == 0 || key.endsWith(u"Id"_s) || key.endsWith(u"_id"_s)
        || key.endsWith(u"ID"_s);
}

} // namespace

QJsonValue SecretScrubber::scrubJson(const QJsonValue& value, Form form)
{
    return scrubValue(value, QString(), SecretPolicy::KeyClass::Plain, form);
}

QString SecretScrubber::scrubText(const QString& text)
{
    static const QRegularExpression query(u"\\?[^\\s\"'<>?]*=[^\\s\"'<>]*"_s);
    // A secret's name and what joins it to its value ("password=", "\"refreshToken\": \"").
    static const QRegularExpression named(
        uR"((?i)(?:password|passwd|secret|token|otpcode|claims)["']?\s*[:=]\s*["']?)"_s);
    static const QRegularExpression bearer(u"(?i)\\bbearer\\s+"_s);
    // Named secrets first: a JWT run found first could swallow the name beside it ("…Q2Fupassword=secret"). Bearer
    // values before key=value ones, which would take the scheme for the value ("token: Bearer secret").
    QString result = text;
    result.replace(query, u"?…"_s);
    result = replaceNamedValues(result, bearer, u"<>");
    result = replaceNamedValues(result, named, u"&,;}<>");
    return replaceJwtRuns(result);
}

QJsonValue SecretScrubber::scrubServerWords(const QJsonValue& value, Form form)
{
    const std::function<QJsonValue(const QJsonValue&)> words = [&words](const QJsonValue& item) -> QJsonValue {
        if (item.isString()) {
            return scrubText(item.toString());
        }
        if (item.isArray()) {
            QJsonArray array;
            for (const QJsonValue& element : item.toArray()) {
                array.append(words(element));
            }
            return array;
        }
        if (item.isObject()) {
            QJsonObject object;
            const QJsonObject source = item.toObject();
            for (auto it = source.begin(); it != source.end(); ++it) {
                object.insert(it.key(), words(it.value()));
            }
            return object;
        }
        return item;
    };
    return scrubJson(words(value), form);
}

QString SecretScrubber::headerValue(const QString& kind, const QString& name, const QString& value, HeaderForm form)
{
    if (SecretPolicy::isRedacted(value)) {
        return value;
    }
    const SecretPolicy::KeyClass keyClass = SecretPolicy::classifyHeader(name);
    if (keyClass == SecretPolicy::KeyClass::Plain) {
        return scrubText(value);
    }
    return form == HeaderForm::KindOnly ? SecretPolicy::hidden(kind) : SecretPolicy::redact(keyClass, kind, value);
}

QString SecretScrubber::personalDataRemoved()
{
    return tr("<personal data removed>");
}

bool SecretScrubber::isPersonalKey(const QString& key)
{
    QString lower = key.toLower();
    if (lower.startsWith(u"b."_s)) {
        lower = lower.mid(2);
    }
    lower.remove(u'_');
    // Not "name": Kibo uses it for error data, segments and contact types; the account as a whole is
    // reduced by keepOnlyIds.
    static const QStringList exact { u"givenname"_s, u"familyname"_s, u"nickname"_s, u"preferredusername"_s,
        u"birthdate"_s };
    if (exact.contains(lower)) {
        return true;
    }
    static const QStringList parts { u"email"_s, u"firstname"_s, u"lastname"_s, u"middlename"_s, u"surname"_s,
        u"username"_s, u"phone"_s, u"address"_s, u"fax"_s, u"company"_s, u"taxid"_s, u"birth"_s, u"mobile"_s,
        u"postal"_s, u"city"_s, u"street"_s };
    for (const QString& part : parts) {
        if (lower.contains(part)) {
            return true;
        }
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
        for (const QJsonValue& item : array) {
            result.append(removePersonalData(item));
        }
        return result;
    }
    return value;
}

QJsonValue SecretScrubber::keepOnlyIds(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"redacted"_s).toBool() || object.contains(u"omittedItems"_s)) {
            return object; // a secret's summary (kind, length, last4), or how many items a list lost
        }
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue member = it.value();
            if (member.isObject() || member.isArray()) {
                result.insert(it.key(), keepOnlyIds(member));
            } else if (member.isBool() || member.isNull() || (isIdKey(it.key()) && !isPersonalKey(it.key()))) {
                result.insert(it.key(), member);
            } else {
                result.insert(it.key(), personalDataRemoved());
            }
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            result.append(keepOnlyIds(item));
        }
        return result;
    }
    return value.isBool() || value.isNull() ? value : QJsonValue(personalDataRemoved());
}
