#pragma once

#include "jwt/tokennotice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// What JwtDecoder found in a token: the decoded parts and every notice about them. A value type that
// the GUI, the CLI and the verifier share. Decoding never sets SignatureState::Verified; only
// JwsVerifier can tell, and the caller keeps its result.
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

    enum class SignatureState
    {
        NotVerified,
        Unsigned, // alg "none": never valid
        Verified,
        Invalid
    };

    Kind kind = Kind::Empty;
    QJsonObject header;
    QJsonValue payload { QJsonValue::Undefined }; // an object, or what stood in its place
    QByteArray headerJson; // the decoded header bytes
    QByteArray payloadJson; // the decoded payload bytes
    QByteArray signature; // the decoded signature bytes
    QByteArray signingInput; // "<header segment>.<payload segment>", as received
    QString algorithm; // the header's "alg", informational only
    SignatureState signatureState = SignatureState::NotVerified;
    QList<TokenNotice> notices;

    bool hasNotice(const QString& code) const;
    bool hasErrors() const;

    // Stable names for JSON output: "jws", "jwe", "opaque", "empty", "malformed"; "verified",
    // "invalid", "unsigned", "not verified".
    static QString kindName(Kind kind);
    static QString signatureStateName(SignatureState state);
};
