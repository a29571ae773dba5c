#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

// One key the user supplied for signature verification: a shared secret or a public key (RSA, EC,
// Ed25519/Ed448), with where it came from. The description names kind, size and source ("RSA
// 2048-bit public key from key.pem") and never contains key material. A private key is never kept:
// KeyLoader copies out its public part.
struct VerificationKey
{
    Q_DECLARE_TR_FUNCTIONS(VerificationKey)

public:
    enum class Type
    {
        Secret, // HS256/384/512
        Rsa, // RS256/384/512 and PS256/384/512
        Ec, // ES256 (P-256), ES384 (P-384), ES512 (P-521)
        Okp // EdDSA (Ed25519, Ed448)
    };

    static constexpr int MinimumRsaBits = 2048;

    Type type = Type::Secret;
    QString kid; // the JWK's "kid"; empty for PEM keys and secrets
    QString jwkAlgorithm; // the JWK's "alg"; when set, only that algorithm may use the key
    QString curve; // "P-256", "P-384", "P-521", "Ed25519" or "Ed448"; empty otherwise
    int bits = 0; // RSA modulus size, EC field size, or the secret's size in bits
    QString description; // for people and logs; never key material
    QByteArray secret; // only for Type::Secret; never shown, never logged
    std::shared_ptr<evp_pkey_st> publicKey; // every other type

    // The JWS algorithms this key can check, before any JWK "alg" restriction.
    QStringList algorithms() const;
    // Whether this key may check `algorithm`: right family, right curve, and the JWK's "alg" if it has one.
    bool accepts(const QString& algorithm) const;
    bool isWeak() const { return type == Type::Rsa && bits < MinimumRsaBits; }
    // "RSA", "EC", "OKP" or "oct", as a JWK names the type.
    QString jwkType() const;
};

// What a key source yielded: usable keys, notes about it, or why nothing could be used.
struct KeyLoadResult
{
    QList<VerificationKey> keys;
    QStringList notes; // whole sentences: keys of a set left out and why, a private key reduced to its public part
    QString error; // a whole sentence when no key could be read; empty otherwise
    enum class Failure
    {
        None,
        Unreadable, // the file could not be read
        NotUnderstood // neither PEM nor JWK nor JWK Set, or nothing usable in it
    };
    Failure failure = Failure::None;

    bool ok() const { return failure == Failure::None && !keys.isEmpty(); }
    static KeyLoadResult failed(Failure kind, const QString& message)
    {
        KeyLoadResult result;
        result.failure = kind;
        result.error = message;
        return result;
    }
};
