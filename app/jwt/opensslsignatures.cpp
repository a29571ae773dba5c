#include "jwt/opensslsignatures.h"

#include "logging.h"

#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace {

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct EcdsaSigFree
{
    void operator()(ECDSA_SIG* sig) const { ECDSA_SIG_free(sig); }
};

const EVP_MD* digestFor(const QString& algorithm)
{
    if (algorithm.size() != 5) {
        return nullptr;
    }
    const QStringView bits = QStringView(algorithm).right(3);
    if (bits == u"256") {
        return EVP_sha256();
    }
    if (bits == u"384") {
        return EVP_sha384();
    }
    if (bits == u"512") {
        return EVP_sha512();
    }
    return nullptr;
}

bool isHmac(const QString& algorithm)
{
    return algorithm.startsWith(u"HS"_s) && digestFor(algorithm);
}

const unsigned char* bytes(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char*>(view.data());
}

// The size of R and of S in an ES256/384/512 signature (RFC 7518 section 3.4).
qsizetype ecdsaHalf(const QString& algorithm)
{
    if (algorithm == u"ES256"_s) {
        return 32;
    }
    if (algorithm == u"ES384"_s) {
        return 48;
    }
    if (algorithm == u"ES512"_s) {
        return 66;
    }
    return 0;
}

// JWS carries R || S; OpenSSL wants the DER SEQUENCE of two INTEGERs.
QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    const qsizetype half = raw.size() / 2;
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(bytes(raw.first(half)), int(half), nullptr);
    BIGNUM* s = BN_bin2bn(bytes(raw.sliced(half)), int(half), nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

// Checks `signature` over `signingInput` with a public key; the caller has matched key and algorithm.
bool verifyWithPublicKey(
    const VerificationKey& key, const QString& algorithm, QByteArrayView signingInput, QByteArrayView signature)
{
    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || !key.publicKey) {
        return false;
    }
    const bool eddsa = algorithm == u"EdDSA"_s;
    const EVP_MD* digest = eddsa ? nullptr : digestFor(algorithm);
    if (!eddsa && !digest) {
        return false;
    }
    EVP_PKEY_CTX* pctx = nullptr;
    if (EVP_DigestVerifyInit(ctx.get(), &pctx, digest, nullptr, key.publicKey.get()) != 1) {
        return false;
    }
    if (algorithm.startsWith(u"PS"_s)) {
        // RFC 7518 section 3.5: MGF1 with the same hash, salt as long as the hash.
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, digest) != 1) {
            return false;
        }
    } else if (algorithm.startsWith(u"RS"_s)) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) {
            return false;
        }
    }
    QByteArray checked = signature.toByteArray();
    if (algorithm.startsWith(u"ES"_s)) {
        checked = ecdsaRawToDer(signature);
        if (checked.isEmpty()) {
            return false;
        }
    }
    const int verdict = EVP_DigestVerify(
        ctx.get(), bytes(checked), size_t(checked.size()), bytes(signingInput), size_t(signingInput.size()));
    return verdict == 1;
}

bool verifyMac(
    const VerificationKey& key, const QString& algorithm, QByteArrayView signingInput, QByteArrayView signature)
{
    const QByteArray expected = JwsVerifier::signHmac(signingInput, key.secret, algorithm);
    return !expected.isEmpty() && expected.size() == signature.size()
        && CRYPTO_memcmp(expected.constData(), signature.data(), size_t(expected.size())) == 0;
}

// The signature length the algorithm requires for this key, or 0 when any length is passed to OpenSSL.
qsizetype requiredSignatureLength(const VerificationKey& key, const QString& algorithm)
{
    if (algorithm.startsWith(u"ES"_s)) {
        return 2 * ecdsaHalf(algorithm);
    }
    if (algorithm == u"EdDSA"_s) {
        return key.curve == u"Ed448"_s ? 114 : 64;
    }
    if (isHmac(algorithm)) {
        return EVP_MD_get_size(digestFor(algorithm));
    }
    if (key.type == VerificationKey::Type::Rsa) {
        return (key.bits + 7) / 8;
    }
    return 0;
}

TokenNotice notice(TokenNotice::Severity severity, const QString& code, const QString& text)
{
    return TokenNotice { severity, code, text };
}

QString shortened(const QString& text)
{
    return text.size() > 40 ? text.left(40) + u'…' : text;
}

} // namespace

QByteArray OpenSslSignatures::signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm)
{
    if (!isHmac(algorithm)) {
        return {};
    }
    const EVP_MD* digest = digestFor(algorithm);
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(digest, bytes(secret), int(secret.size()), bytes(signingInput), size_t(signingInput.size()),
            reinterpret_cast<unsigned char*>(mac.data()), &length)) {
        qCWarning(lcJwt) << "HMAC computation failed";
        return {};
    }
    mac.resize(qsizetype(length));
    return mac;
}

JwsVerifier::Result OpenSslSignatures::verifyHmac(
    const DecodedToken& token, QByteArrayView secret, const QString& algorithm)
{
    if (!isHmac(algorithm)) {
        Result result;
        result.algorithm = token.algorithm;
        result.message = JwsVerifier::tr("The key's algorithm %1 is not supported; use HS256, HS384 or HS512.")
                             .arg(shortened(algorithm));
        result.notices << notice(TokenNotice::Severity::Error, u"unsupported-alg"_s, result.message);
        return result;
    }
    VerificationKey key;
    key.type = VerificationKey::Type::Secret;
    key.secret = secret.toByteArray();
    key.bits = int(secret.size() * 8);
    key.jwkAlgorithm = algorithm;
    key.description = JwsVerifier::tr("%1 shared secret").arg(algorithm);
    if (secret.isEmpty()) {
        Result result;
        result.algorithm = token.algorithm;
        result.outcome = Outcome::Refused;
        result.message = JwsVerifier::tr("The key is empty: the signature was not checked.");
        result.notices << notice(TokenNotice::Severity::Error, u"empty-key"_s, result.message);
        return result;
    }
    return verify(token, { key });
}

JwsVerifier::Result OpenSslSignatures::verify(const DecodedToken& token, const QList<VerificationKey>& keys)
{
    Result result;
    result.algorithm = token.algorithm;
    result.kid = token.keyId;
    const auto refuse = [&result](Outcome outcome, const QString& code, const QString& message) {
        result.outcome = outcome;
        result.message = message;
        result.notices << notice(TokenNotice::Severity::Error, code, message);
        return result;
    };

    // 1. Is there a signature to check at all?
    if (token.signatureState == DecodedToken::SignatureState::Unsigned
        || token.algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        result.signatureState = DecodedToken::SignatureState::Unsigned;
        return refuse(Outcome::Refused, u"alg-none"_s,
            JwsVerifier::tr("The token says \"alg\": \"none\": it is unsigned and can never be valid."));
    }
    const bool jwsShaped = token.kind == DecodedToken::Kind::Jws
        || (token.kind == DecodedToken::Kind::Malformed && token.headerSize > 0 && !token.signingInput().isEmpty());
    if (!jwsShaped) {
        return refuse(
            Outcome::NotVerifiable, u"not-a-jws"_s, JwsVerifier::tr("Only a signed JWT (JWS) can be verified."));
    }
    if (token.algorithm.isEmpty()) {
        return refuse(Outcome::NotVerifiable, u"missing-alg"_s,
            JwsVerifier::tr(
                "The token's header names no algorithm (\"alg\"), so there is nothing to check it against."));
    }
    if (!JwsVerifier::supportedAlgorithms().contains(token.algorithm)) {
        return refuse(Outcome::NotVerifiable, u"unsupported-alg"_s,
            JwsVerifier::tr("The token's algorithm %1 is not supported; supported are %2.")
                .arg(shortened(token.algorithm), JwsVerifier::supportedAlgorithms().join(u", "_s)));
    }
    if (token.signature.isEmpty()) {
        return refuse(Outcome::NotVerifiable, u"missing-signature"_s,
            JwsVerifier::tr("The token has no signature that could be read, so it cannot be verified."));
    }
    if (keys.isEmpty()) {
        return refuse(
            Outcome::NoMatchingKey, u"no-key"_s, JwsVerifier::tr("No key was given to check the signature with."));
    }
    if (token.kind == DecodedToken::Kind::Malformed) {
        result.notices << notice(TokenNotice::Severity::Warning, u"payload-not-json"_s,
            JwsVerifier::tr(
                "The payload is not a JSON claims set; the signature is checked over the bytes as received."));
    }

    // 2. Which keys may be tried: the header's "kid" narrows the set; keys without a kid (a PEM, a
    // secret) stay candidates only when no key carries that kid.
    QList<VerificationKey> candidates;
    if (!result.kid.isEmpty()) {
        for (const VerificationKey& key : keys) {
            if (key.kid == result.kid) {
                candidates << key;
            }
        }
        if (candidates.isEmpty()) {
            for (const VerificationKey& key : keys) {
                if (key.kid.isEmpty()) {
                    candidates << key;
                }
            }
        }
        if (candidates.isEmpty()) {
            return refuse(Outcome::NoMatchingKey, u"unknown-kid"_s,
                JwsVerifier::tr("The token names the key id “%1”, and no key given has that id.")
                    .arg(shortened(result.kid)));
        }
    } else {
        candidates = keys;
    }

    // 3. The key decides the algorithm: keep only keys that may check the header's algorithm.
    QList<VerificationKey> suitable;
    for (const VerificationKey& key : std::as_const(candidates)) {
        if (key.accepts(token.algorithm)) {
            suitable << key;
        }
    }
    if (suitable.isEmpty()) {
        const VerificationKey& key = candidates.constFirst();
        result.keyDescription = key.description;
        if (isHmac(token.algorithm) && key.type != VerificationKey::Type::Secret) {
            return refuse(Outcome::Refused, u"alg-confusion"_s,
                JwsVerifier::tr(
                    "The token claims %1, a shared-secret algorithm, but the key is a public key (%2). A public key "
                    "is never used as an HMAC secret: that is the algorithm-confusion attack. The signature was not "
                    "checked.")
                    .arg(token.algorithm, key.description));
        }
        if (!key.jwkAlgorithm.isEmpty() && key.algorithms().contains(token.algorithm)) {
            return refuse(Outcome::Refused, u"key-alg-mismatch"_s,
                JwsVerifier::tr("The token's header names %1 but the key is for %2: the signature was not checked.")
                    .arg(token.algorithm, shortened(key.jwkAlgorithm)));
        }
        if (key.type == VerificationKey::Type::Ec && token.algorithm.startsWith(u"ES"_s)) {
            return refuse(Outcome::Refused, u"curve-mismatch"_s,
                JwsVerifier::tr(
                    "The token's header names %1 but the key is on the curve %2, which is for %3: the signature was "
                    "not checked.")
                    .arg(token.algorithm, key.curve, key.algorithms().join(u", "_s)));
        }
        const QString keyAlgorithms
            = key.jwkAlgorithm.isEmpty() ? key.algorithms().join(u", "_s) : shortened(key.jwkAlgorithm);
        return refuse(Outcome::Refused, u"key-alg-mismatch"_s,
            candidates.size() == 1
                ? JwsVerifier::tr("The token's header names %1 but the key is for %2: the signature was not checked.")
                      .arg(token.algorithm, keyAlgorithms)
                : JwsVerifier::tr(
                    "The token's header names %1 but none of the %2 keys given is for that algorithm: the "
                    "signature was not checked.")
                      .arg(token.algorithm)
                      .arg(candidates.size()));
    }

    // 4. Try each suitable key; the first that verifies wins.
    bool lengthWrong = false;
    for (const VerificationKey& key : std::as_const(suitable)) {
        result.keyDescription = key.description;
        const qsizetype required = requiredSignatureLength(key, token.algorithm);
        if (required > 0 && token.signature.size() != required) {
            lengthWrong = true;
            continue;
        }
        ++result.keysTried;
        const bool ok = key.type == VerificationKey::Type::Secret
            ? verifyMac(key, token.algorithm, token.signingInput(), token.signature)
            : verifyWithPublicKey(key, token.algorithm, token.signingInput(), token.signature);
        if (ok) {
            result.verified = true;
            result.outcome = Outcome::Verified;
            result.signatureState = DecodedToken::SignatureState::Verified;
            result.message
                = JwsVerifier::tr("Signature verified: %1 with the %2.").arg(token.algorithm, key.description);
            if (key.isWeak()) {
                result.notices << notice(TokenNotice::Severity::Warning, u"weak-rsa-key"_s,
                    JwsVerifier::tr("The RSA key has only %1 bits; keys under %2 bits are considered breakable.")
                        .arg(key.bits)
                        .arg(VerificationKey::MinimumRsaBits));
            }
            if (key.type == VerificationKey::Type::Secret
                && key.bits < EVP_MD_get_size(digestFor(token.algorithm)) * 8) {
                result.notices << notice(TokenNotice::Severity::Warning, u"short-secret"_s,
                    JwsVerifier::tr(
                        "The shared secret is shorter than the %1 hash (%2 bits); RFC 7518 requires at least that "
                        "much, and short secrets can be guessed.")
                        .arg(token.algorithm)
                        .arg(EVP_MD_get_size(digestFor(token.algorithm)) * 8));
            }
            result.notices << notice(TokenNotice::Severity::Info, u"verified"_s, result.message);
            return result;
        }
    }
    result.outcome = Outcome::Invalid;
    result.signatureState = DecodedToken::SignatureState::Invalid;
    if (lengthWrong) {
        result.notices << notice(TokenNotice::Severity::Error, u"bad-signature-length"_s,
            JwsVerifier::tr("The signature is %n byte(s) long, which is not the length %1 requires.", nullptr,
                int(token.signature.size()))
                .arg(token.algorithm));
    }
    result.message = suitable.size() == 1
        ? JwsVerifier::tr("The signature does not match the %1: the token was altered or signed with another key.")
              .arg(result.keyDescription)
        : JwsVerifier::tr(
            "The signature matches none of the %1 keys tried: the token was altered or signed with another key.")
              .arg(suitable.size());
    result.notices << notice(TokenNotice::Severity::Error, u"signature-invalid"_s, result.message);
    return result;
}
