#pragma once

#include "jwt/decodedtoken.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Splits and decodes a compact JWT (RFC 7519) defensively: size and dots are checked before any
// split, JWE payloads are never decrypted or inflated, and every leniency of base64url and JSON that
// Qt would hide is reported as a TokenNotice. Kibo's opaque accessToken is recognised, not an error.
// Decoding never verifies: see JwsVerifier.
class JwtDecoder
{
    Q_DECLARE_TR_FUNCTIONS(JwtDecoder)

public:
    static constexpr qsizetype MaxInputBytes = 64 * 1024;
    static constexpr int MaxJsonDepth = 32;

    static DecodedToken decode(QByteArrayView token);
};
