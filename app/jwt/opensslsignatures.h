#pragma once

#include "jwt/jwsverifier.h"

// The parts of JwsVerifier that OpenSSL 3 libcrypto computes: every signature check and the HMAC. In the services
// module (services/services.h); JwsVerifier's verify, verifyHmac and signHmac forward here, and every message is
// JwsVerifier's.
class OpenSslSignatures
{
public:
    using Result = JwsVerifier::Result;
    using Outcome = JwsVerifier::Outcome;

    static Result verify(const DecodedToken& token, const QList<VerificationKey>& keys);
    static Result verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm);
    static QByteArray signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm);
};
