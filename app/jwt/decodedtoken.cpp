#include "decodedtoken.h"

#include "jwt/claimcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <algorithm>

using namespace Qt::StringLiterals;

DecodedToken::ClaimValue::ClaimValue(const QJsonValue& value)
{
    if (value.isString()) {
        m_text = value.toString();
        m_isString = true;
    } else {
        m_value = value;
    }
}

DecodedToken::ClaimValue DecodedToken::ClaimValue::fromString(QString text)
{
    ClaimValue value;
    value.m_text = std::move(text);
    value.m_isString = true;
    return value;
}

DecodedToken::Claims DecodedToken::Claims::fromPayload(const QJsonObject& payload)
{
    Claims claims;
    claims.nbf = payload.value(u"nbf"_s);
    claims.iat = payload.value(u"iat"_s);
    claims.exp = payload.value(u"exp"_s);
    claims.authTime = payload.value(u"auth_time"_s);
    const QJsonObject user = payload.value(ClaimCatalogue::UserClaimsKey).toObject();
    claims.userClaimsExp = user.value(u"exp"_s);
    claims.previousAnonymousId = user.value(u"b.PreviousAnonymousId"_s).toString();
    claims.appClaimsExp = payload.value(ClaimCatalogue::AppClaimsKey).toObject().value(u"exp"_s);
    return claims;
}

const QJsonObject& DecodedToken::header() const
{
    if (!m_header) {
        m_header = m_headerSource == Source::Json ? QJsonDocument::fromJson(headerJsonText()).object() : QJsonObject();
    }
    return *m_header;
}

const QJsonValue& DecodedToken::payload() const
{
    if (!m_payload) {
        switch (m_payloadSource) {
        case Source::Json: {
            const QJsonDocument document = QJsonDocument::fromJson(payloadJsonText());
            m_payload = document.isObject() ? QJsonValue(document.object())
                : document.isArray()        ? QJsonValue(document.array())
                                            : QJsonValue(QJsonValue::Undefined);
            break;
        }
        case Source::NestedJwt:
            m_payload = QJsonValue(QString::fromLatin1(payloadJson));
            break;
        case Source::None:
            m_payload = QJsonValue(QJsonValue::Undefined);
            break;
        }
    }
    return *m_payload;
}

QByteArray DecodedToken::headerJsonText() const
{
    if (m_headerSource != Source::Json) {
        return {};
    }
    return m_headerJsonStart == 0 ? headerJson : headerJson.sliced(m_headerJsonStart);
}

QByteArray DecodedToken::payloadJsonText() const
{
    if (m_payloadSource != Source::Json) {
        return {};
    }
    return m_payloadJsonStart == 0 ? payloadJson : payloadJson.sliced(m_payloadJsonStart);
}

QString DecodedToken::payloadText() const
{
    if (payloadOctets != PayloadOctets::Text) {
        return {};
    }
    // Every octet shown: QString::fromUtf8 would drop a leading byte order mark, and a payload of only one would
    // show as nothing at all.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return utf8.decode(payloadJson);
}

QString DecodedToken::payloadHex() const
{
    return payloadOctets == PayloadOctets::Binary ? QString::fromLatin1(payloadJson.toHex()) : QString();
}

bool DecodedToken::hasNotice(const QString& code) const
{
    return std::any_of(notices.cbegin(), notices.cend(), [&code](const TokenNotice& n) { return n.code == code; });
}

bool DecodedToken::hasErrors() const
{
    return std::any_of(notices.cbegin(), notices.cend(),
        [](const TokenNotice& n) { return n.severity == TokenNotice::Severity::Error; });
}

QString DecodedToken::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::Jws:
        return u"jws"_s;
    case Kind::Jwe:
        return u"jwe"_s;
    case Kind::Opaque:
        return u"opaque"_s;
    case Kind::Malformed:
        break;
    }
    return u"malformed"_s;
}

QString DecodedToken::signatureStateName(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified:
        return u"verified"_s;
    case SignatureState::Invalid:
        return u"invalid"_s;
    case SignatureState::Unsigned:
        return u"unsigned"_s;
    case SignatureState::NotVerified:
        break;
    }
    return u"not verified"_s;
}
