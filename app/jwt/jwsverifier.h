#pragma once

#include "jwt/decodedtoken.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Checks an HS256/HS384/HS512 signature with a key the user supplies. The algorithm comes from the
// caller's key, never from the token's header (PyJWT CVE-2022-29217); MACs are compared in constant
// time with CRYPTO_memcmp. Kibo's own key is not public, so this serves the demo tenant and tokens
// whose secret the user holds.
class JwsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(JwsVerifier)

public:
    struct Result
    {
        bool verified = false;
        QString message; // a whole sentence; never contains the secret
    };

    static Result verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm);
    // The raw MAC; empty for an unknown algorithm.
    static QByteArray signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm);
};
