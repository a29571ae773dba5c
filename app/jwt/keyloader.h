#pragma once

#include "jwt/verificationkey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

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
    // Reads at most MaxKeyFileBytes of a file and calls fromBytes().
    static KeyLoadResult fromFile(const QString& path);
};
