#pragma once

#include "jwt/tokennotice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// What JwtDecoder found in a token: the decoded parts and every notice about them. A value type that
// the GUI, the CLI and the verifier share. Decoding never sets SignatureState::Verified; only
// JwsVerifier can tell, and the caller keeps its result.
//
// Decoding checks the JSON and reads what every consumer needs (the header's alg, typ, kid and size, the time
// claims, b.PreviousAnonymousId) without making Qt's JSON values: header() and payload() make them from
// headerJson and payloadJson on first call, as QJsonDocument reads those bytes, and keep them. The values are
// exactly what an eager decode would have made. (Like any cache, the first call is not safe from two threads on
// one object at once; a copy made before the first call makes its own.)
struct DecodedToken
{
    enum class Kind
    {
        Empty,
        Jws,
        Jwe,
        Opaque,
        Malformed
    };

    // What a JWS payload that is not JSON holds (RFC 7515 §2: a payload is any octets). Such a token is a JWS but
    // not a JWT: it has no claims, and payload() is QJsonValue::Undefined.
    enum class PayloadOctets : quint8
    {
        None, // the payload is JSON (or a nested JWT), or was not read
        Text, // valid UTF-8: payloadText()
        Binary, // not UTF-8: payloadHex()
    };

    enum class SignatureState
    {
        NotVerified,
        Unsigned, // alg "none": never valid
        Verified,
        Invalid
    };

    // A claim's value: toJsonValue() is the QJsonValue QJsonDocument reads (QJsonValue::Undefined when absent). A
    // string is kept as a QString: a QJsonValue string allocates a CBOR container, which made a fifth of the
    // decoding of a Kibo token with its two expiry strings.
    class ClaimValue
    {
    public:
        ClaimValue() = default;
        ClaimValue(const QJsonValue& value); // NOLINT(google-explicit-constructor): a QJsonValue is a claim's value
        static ClaimValue fromString(QString text);

        QJsonValue::Type type() const { return m_isString ? QJsonValue::String : m_value.type(); }
        bool isUndefined() const { return type() == QJsonValue::Undefined; }
        bool isString() const { return m_isString; }
        bool isDouble() const { return type() == QJsonValue::Double; }
        QString toString() const { return m_isString ? m_text : QString(); }
        qint64 toInteger() const { return m_value.toInteger(); }
        double toDouble() const { return m_value.toDouble(); }
        QJsonValue toJsonValue() const { return m_isString ? QJsonValue(m_text) : m_value; }
        bool operator==(const ClaimValue& other) const = default;

    private:
        QJsonValue m_value { QJsonValue::Undefined }; // when not a string
        QString m_text; // when a string
        bool m_isString = false;
    };

    // The payload's time claims and the user claim the GUI's login shows, each as QJsonDocument reads it
    // (undefined when absent), so that the timeline and the summary need no payload().
    struct Claims
    {
        ClaimValue nbf;
        ClaimValue iat;
        ClaimValue exp;
        ClaimValue authTime; // "auth_time"
        ClaimValue userClaimsExp; // user_claims' "exp"
        ClaimValue appClaimsExp; // app_claims' "exp"
        QString previousAnonymousId; // user_claims' "b.PreviousAnonymousId" when a string

        // The same, read from a payload object (what decoding gives for tokens simdjson does not read as Qt).
        static Claims fromPayload(const QJsonObject& payload);
        bool operator==(const Claims& other) const = default;
    };

    Kind kind = Kind::Empty;
    QByteArray headerJson; // the decoded header bytes
    QByteArray payloadJson; // the decoded payload bytes
    QByteArray signature; // the decoded signature bytes
    QString algorithm; // the header's "alg" when a string, informational only
    QString type; // the header's "typ" when a string
    QString keyId; // the header's "kid" when a string
    qsizetype headerSize = 0; // the number of members of header()
    bool payloadIsObject = false; // payload() is an object
    PayloadOctets payloadOctets = PayloadOctets::None; // the payload is not JSON: text or bytes
    Claims claims; // read from payload() when it is an object
    SignatureState signatureState = SignatureState::NotVerified;
    QList<TokenNotice> notices;

    // The header as QJsonDocument reads headerJson (without a leading byte order mark); empty when the header is
    // not a usable JSON object.
    // "<header segment>.<payload segment>", as received: what the signature signs; empty when there is none.
    QByteArrayView signingInput() const
    {
        return QByteArrayView(m_text).sliced(m_signingInputStart, m_signingInputSize);
    }

    const QJsonObject& header() const;
    // The payload: an object, an array (a payload that is not an object), the nested JWT's text (a string), or
    // QJsonValue::Undefined when it could not be read or is not JSON (see payloadOctets).
    const QJsonValue& payload() const;
    // The JSON text header() and payload() are read from: headerJson and payloadJson without a leading byte order
    // mark; empty when header() is empty or payload() is no object or array.
    QByteArray headerJsonText() const;
    QByteArray payloadJsonText() const;
    // A payload that is not JSON: its text when payloadOctets is Text, its bytes in lower-case hex when it is Binary;
    // empty otherwise.
    QString payloadText() const;
    QString payloadHex() const;

    bool hasNotice(const QString& code) const;
    bool hasErrors() const;

    // Stable names for JSON output: "jws", "jwe", "opaque", "empty", "malformed"; "verified",
    // "invalid", "unsigned", "not verified".
    static QString kindName(Kind kind);
    static QString signatureStateName(SignatureState state);

private:
    friend class JwtDecoder;

    // Where header() and payload() come from.
    enum class Source : quint8
    {
        None, // an empty object (header) or QJsonValue::Undefined (payload)
        Json, // QJsonDocument of the bytes after m_*JsonStart
        NestedJwt, // the payload bytes as a string
    };
    Source m_headerSource = Source::None;
    Source m_payloadSource = Source::None;
    qsizetype m_headerJsonStart = 0; // 3 after a byte order mark
    qsizetype m_payloadJsonStart = 0;
    QByteArray m_text; // holds signingInput()
    qsizetype m_signingInputStart = 0;
    qsizetype m_signingInputSize = 0;
    mutable std::optional<QJsonObject> m_header;
    mutable std::optional<QJsonValue> m_payload;
};
