#pragma once

#include "jwt/decodedtoken.h"
#include "jwt/tokennotice.h"
#include "jwt/verificationkey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

// Checks a JWS signature (HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512, EdDSA) with
// keys the user supplies, through OpenSSL 3 libcrypto. Which algorithms may be used comes from the
// KEY, never from the token's header (PyJWT CVE-2022-29217): an RSA or EC key never becomes an HMAC
// secret, a JWK's "alg" must equal the header's, and an EC key's curve must be the algorithm's.
// MACs are compared in constant time with CRYPTO_memcmp. "alg": "none" is never valid.
//
// Notice codes: "verified", "signature-invalid", "bad-signature-length", "alg-confusion",
// "key-alg-mismatch", "curve-mismatch", "unknown-kid", "no-key", "unsupported-alg", "missing-alg",
// "missing-signature", "alg-none", "not-a-jws", "payload-not-json", "weak-rsa-key", "short-secret",
// "empty-key".
//
// The verifier never changes the token: it returns a Result whose signatureState the caller applies
// (see applied()), so "verified" is only ever shown after a real check.
class JwsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(JwsVerifier)

public:
    enum class Outcome
    {
        Verified, // a key checked the signature
        Invalid, // a suitable key was tried and the signature does not match
        Refused, // the keys given cannot check this token's algorithm (algorithm confusion, "alg" or curve mismatch,
                 // "alg": "none")
        NoMatchingKey, // the header's "kid" names no key of the set
        NotVerifiable // not a JWS, unsupported algorithm, or no signature to check
    };

    struct Result
    {
        bool verified = false;
        Outcome outcome = Outcome::NotVerifiable;
        QString algorithm; // the header's "alg" (what was checked)
        QString keyDescription; // the key that verified, or the one tried last; never key material
        QString kid; // the header's "kid", if any
        int keysTried = 0; // how many keys a signature check ran with
        QString message; // a whole translated sentence; never contains a secret
        QList<TokenNotice> notices; // codes: see tokennotice.h
        DecodedToken::SignatureState signatureState = DecodedToken::SignatureState::NotVerified;
    };

    // The algorithms verify() supports.
    static QStringList supportedAlgorithms();

    static Result verify(const DecodedToken& token, const QList<VerificationKey>& keys);

    // A copy of `token` with the result's signature state (and notices) applied.
    static DecodedToken applied(DecodedToken token, const Result& result);

    // Shorthand for an HMAC secret whose algorithm the caller names.
    static Result verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm);
    // The raw MAC; empty for an unknown algorithm.
    static QByteArray signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm);
};
