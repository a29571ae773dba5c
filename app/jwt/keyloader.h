#pragma once

#include "jwt/verificationkey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// Reads the keys `verify` checks signatures with: a shared secret, a PEM (public key, X.509
// certificate, or private key, of which only the public part is kept), a JWK, or a JWK Set.
// Everything is parsed by OpenSSL 3 libcrypto or by strict JSON rules; nothing prompts for a
// passphrase, and no message or description ever contains key material.
class KeyLoader
{
    Q_DECLARE_TR_FUNCTIONS(KeyLoader)

public:
    static constexpr qsizetype MaxKeyFileBytes = 1024 * 1024;
    static constexpr int MaxKeysInSet = 100;

    // source: where the key came from, for the description ("standard input", "key.pem", a URL).
    static KeyLoadResult fromSecret(const QByteArray& secret, const QString& source);
    static KeyLoadResult fromPem(QByteArrayView pem, const QString& source);
    static KeyLoadResult fromJwk(const QJsonObject& jwk, const QString& source);
    static KeyLoadResult fromJwkSet(QByteArrayView json, const QString& source);
    // PEM, JWK or JWK Set, told apart by content.
    static KeyLoadResult fromBytes(QByteArrayView bytes, const QString& source);
    // A key pasted as text where a path or a secret was expected: a JWK, a JWK Set or a PEM block, also one whose
    // line breaks were lost on the way (a one-line field). std::nullopt when the text is none of these, so that the
    // caller reads it as it meant to (a path, a secret) and never repeats it in a message.
    static std::optional<KeyLoadResult> fromPastedText(const QString& text, const QString& source);
    // A shared secret written in base64url, as a JWK's "k" holds it: decoded strictly (padding tolerated). The
    // error never names a character of the secret.
    static KeyLoadResult fromBase64UrlSecret(QByteArrayView text, const QString& source);
    // Whether text could be a secret written in base64url: only its alphabet, at least 16 characters (96 bits), and
    // it decodes.
    static bool looksLikeBase64Url(QByteArrayView text);
    // Reads at most MaxKeyFileBytes of a file and calls fromBytes().
    static KeyLoadResult fromFile(const QString& path);
};
