#include "comparableinput.h"

#include "jwt/claimcatalogue.h"
#include "jwt/jwtdecoder.h"
#include "secrets/secretpolicy.h"
#include "ticketfields.h"

#include "json/jsonpath.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Members only a CustomerAccount has (auth-api.md section 7).
const QStringList AccountFields { u"emailAddress"_s, u"userName"_s, u"contacts"_s, u"attributes"_s,
    u"customerSinceDate"_s, u"accountType"_s, u"commerceSummary"_s, u"isAnonymous"_s, u"segments"_s };

bool hasAny(const QJsonObject& object, const QStringList& keys)
{
    for (const QString& key : keys) {
        if (object.contains(key)) {
            return true;
        }
    }
    return false;
}

QJsonObject jwtValue(const DecodedToken& token)
{
    QJsonObject object { { u"header"_s, token.header() } };
    if (token.payload().isObject()) {
        object.insert(u"payload"_s, ClaimCatalogue::expandNested(token.payload().toObject()));
    } else if (!token.payload().isUndefined()) {
        object.insert(u"payload"_s, token.payload());
    } else if (token.payloadOctets == DecodedToken::PayloadOctets::Text) {
        object.insert(u"payloadText"_s, token.payloadText()); // the keys of decode --json
    } else if (token.payloadOctets == DecodedToken::PayloadOctets::Binary) {
        object.insert(u"payloadHex"_s, token.payloadHex());
    }
    return object;
}

// Replaces secrets below value; true when anything was replaced. Only changed containers are rebuilt,
// so a big account without secrets costs one walk and no copy.
class SecretScrubber
{
public:
    SecretScrubber(ComparableInput::Secrets secrets, QStringList* paths)
        : m_secrets(secrets)
        , m_paths(paths)
    { }

    bool scrub(QJsonValue* value, const QString& path, const QString& key)
    {
        if (value->isString()) {
            const QString text = value->toString();
            const bool byName
                = SecretPolicy::tokenFields().contains(key) && !text.isEmpty() && !text.startsWith(u"<redacted"_s);
            if (!byName && !ComparableInput::looksLikeJwt(text)) {
                return false;
            }
            m_paths->append(path);
            if (m_secrets == ComparableInput::Secrets::Keep) {
                return false;
            }
            *value = ComparableInput::secretShape(byName ? key : u"jwt"_s, text);
            return true;
        }
        if (value->isObject()) {
            QJsonObject object = value->toObject();
            bool changed = false;
            for (auto it = object.begin(); it != object.end(); ++it) {
                QJsonValue child = it.value();
                if (scrub(&child, JsonPath::child(path, it.key()), it.key())) {
                    it.value() = child;
                    changed = true;
                }
            }
            if (changed) {
                *value = object;
            }
            return changed;
        }
        if (value->isArray()) {
            QJsonArray array = value->toArray();
            bool changed = false;
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonValue child = array.at(i);
                if (scrub(&child, JsonPath::child(path, i), QString())) {
                    array.replace(i, child);
                    changed = true;
                }
            }
            if (changed) {
                *value = array;
            }
            return changed;
        }
        return false;
    }

private:
    ComparableInput::Secrets m_secrets;
    QStringList* m_paths;
};

ComparableInput failure(const QString& error)
{
    ComparableInput input;
    input.error = error;
    return input;
}

} // namespace

QString ComparableInput::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Jwt:
        return u"jwt"_s;
    case Kind::AuthTicket:
        return u"authTicket"_s;
    case Kind::CustomerAccount:
        return u"customerAccount"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString ComparableInput::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Jwt:
        return tr("a JWT");
    case Kind::AuthTicket:
        return tr("an auth ticket");
    case Kind::CustomerAccount:
        return tr("a customer account");
    case Kind::Unknown:
        break;
    }
    return tr("something else");
}

QJsonObject ComparableInput::secretShape(const QString& kind, const QString& secret)
{
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QJsonObject {
        { u"kind"_s, kind },
        { u"length"_s, secret.size() },
        { u"last4"_s, SecretPolicy::lastFour(secret) },
        { u"sha256"_s, QString::fromLatin1(digest.left(12)) },
    };
}

bool ComparableInput::isSecretShape(const QJsonValue& value)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject object = value.toObject();
    return object.size() == 4 && object.value(u"kind"_s).isString() && object.value(u"length"_s).isDouble()
        && object.value(u"last4"_s).isString() && object.value(u"sha256"_s).isString();
}

QString ComparableInput::shapeText(const QJsonObject& shape)
{
    // SecretPolicy::describe needs a string of the secret's length ending in its last four characters;
    // a stand-in of bullets gives the same text without holding the secret.
    const qsizetype length = shape.value(u"length"_s).toInteger();
    const QString last4 = shape.value(u"last4"_s).toString();
    const QString standIn = QString(std::max<qsizetype>(0, length - last4.size()), u'•') + last4;
    return SecretPolicy::describe(shape.value(u"kind"_s).toString(), standIn);
}

QJsonValue ComparableInput::presentable(const QJsonValue& value)
{
    if (isSecretShape(value)) {
        return shapeText(value.toObject());
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = presentable(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            array.replace(i, presentable(array.at(i)));
        }
        return array;
    }
    return value;
}

QString ComparableInput::compactText(const QJsonValue& value)
{
    if (isSecretShape(value)) {
        return shapeText(value.toObject());
    }
    // Wrapped in an array, so that a bare string or number is valid JSON too.
    const QByteArray json = QJsonDocument(QJsonArray { presentable(value) }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

bool ComparableInput::looksLikeJwt(const QString& text)
{
    return text.size() <= JwtDecoder::MaxInputBytes && SecretPolicy::looksLikeJwt(text);
}

ComparableInput ComparableInput::fromBytes(QByteArrayView bytes, Secrets secrets)
{
    if (bytes.size() > MaxInputBytes) {
        return failure(tr("The input is larger than %1 MiB.").arg(MaxInputBytes / (1024 * 1024)));
    }
    const QByteArrayView text = bytes.trimmed();
    if (text.isEmpty()) {
        return failure(tr("The input is empty."));
    }

    ComparableInput input;
    if (text.front() != '{' && text.front() != '[') {
        if (text.contains('\n')) {
            return failure(tr("The input is neither JSON nor a compact JWT on one line."));
        }
        const DecodedToken token = JwtDecoder::decode(text);
        if (token.kind == DecodedToken::Kind::Opaque) {
            return failure(tr("The input is an opaque token, which only its issuer can read; compare the JWTs "
                              "or the whole tickets instead."));
        }
        if (token.kind != DecodedToken::Kind::Jws && token.kind != DecodedToken::Kind::Jwe) {
            return failure(tr("The input is neither JSON nor a compact JWT."));
        }
        input.kind = Kind::Jwt;
        // A claim may hold a token of its own (a nested JWT).
        QJsonValue value = jwtValue(token);
        SecretScrubber(secrets, &input.secretPaths).scrub(&value, JsonPath::root(), QString());
        input.value = value;
        input.notes << tr("A JWT: its header and payload are compared, not its signature.");
        return input;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(tr("The input is not valid JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return failure(tr("The input is JSON, but neither an auth ticket nor a customer account."));
    }
    QJsonObject object = document.object();

    // The CLI's own `login --json` output: {"ticket": {…}, "jwt": {…}, "requires2FA": …}.
    QJsonObject wrappedJwt;
    if (object.value(u"ticket"_s).isObject() && !hasAny(object, SecretPolicy::tokenFields())) {
        wrappedJwt = object.value(u"jwt"_s).toObject();
        object = object.value(u"ticket"_s).toObject();
        input.notes << tr("The “ticket” of a login --json output.");
    }

    if (hasAny(object, TicketFields::ticketOnly())) {
        input.kind = Kind::AuthTicket;
        const QString jwt = object.value(u"jwtAccessToken"_s).toString();
        if (!jwt.isEmpty() && looksLikeJwt(jwt)) {
            object.insert(u"jwt"_s, jwtValue(JwtDecoder::decode(jwt.toLatin1())));
            input.notes << tr("An auth ticket: its jwtAccessToken is decoded and compared as “jwt”.");
        } else if (!wrappedJwt.isEmpty()) {
            const QJsonValue payload = wrappedJwt.value(u"payload"_s);
            object.insert(u"jwt"_s,
                QJsonObject { { u"header"_s, wrappedJwt.value(u"header"_s) },
                    { u"payload"_s,
                        payload.isObject() ? QJsonValue(ClaimCatalogue::expandNested(payload.toObject()))
                                           : payload } });
            input.notes << tr("An auth ticket: the decoded JWT of the output is compared as “jwt”.");
        } else {
            input.notes << tr("An auth ticket without a JWT that can be decoded.");
        }
        // After "jwt" is added: a claim may hold a token of its own.
        QJsonValue value = object;
        SecretScrubber(secrets, &input.secretPaths).scrub(&value, JsonPath::root(), QString());
        input.value = value;
        return input;
    }
    if (hasAny(object, AccountFields)) {
        input.kind = Kind::CustomerAccount;
        QJsonValue value = object;
        SecretScrubber(secrets, &input.secretPaths).scrub(&value, JsonPath::root(), QString());
        input.value = value;
        input.notes << tr("A customer account.");
        return input;
    }
    return failure(tr("The input is JSON, but neither an auth ticket nor a customer account."));
}
