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

    // How the JSON of the header and payload is read. Fast: simdjson, where it reads the text as QJsonDocument does
    // (otherwise QJsonDocument); the Qt values are made only when asked for. QtOnly: QJsonDocument, at once, as
    // before simdjson; what Fast must equal in every notice and value (the tests and the fuzzer compare them).
    enum class JsonReader
    {
        Fast,
        QtOnly
    };

    static DecodedToken decode(QByteArrayView token, JsonReader reader = JsonReader::Fast);
    // The same; the token's signing input shares the bytes of `token` instead of copying them (a Kibo token's
    // are more than a kilobyte).
    static DecodedToken decode(const QByteArray& token, JsonReader reader = JsonReader::Fast);

private:
    static DecodedToken decode(QByteArrayView token, const QByteArray* owner, JsonReader reader);
};
