#include "jwsverifier.h"

#include "logging.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

using namespace Qt::StringLiterals;

namespace {

const EVP_MD* digestFor(const QString& algorithm)
{
    if (algorithm == u"HS256"_s)
        return EVP_sha256();
    if (algorithm == u"HS384"_s)
        return EVP_sha384();
    if (algorithm == u"HS512"_s)
        return EVP_sha512();
    return nullptr;
}

} // namespace

QByteArray JwsVerifier::signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm)
{
    const EVP_MD* digest = digestFor(algorithm);
    if (!digest)
        return {};
    static const unsigned char emptyKey = 0;
    const void* key = secret.isEmpty() ? static_cast<const void*>(&emptyKey) : static_cast<const void*>(secret.data());
    static const unsigned char emptyData = 0;
    const auto* data
        = signingInput.isEmpty() ? &emptyData : reinterpret_cast<const unsigned char*>(signingInput.data());
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(digest, key, int(secret.size()), data, size_t(signingInput.size()),
            reinterpret_cast<unsigned char*>(mac.data()), &length)) {
        qCWarning(lcJwt) << "HMAC computation failed";
        return {};
    }
    mac.resize(qsizetype(length));
    return mac;
}

JwsVerifier::Result JwsVerifier::verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm)
{
    Result result;
    if (!digestFor(algorithm)) {
        result.message
            = tr("The key's algorithm %1 is not supported; use HS256, HS384 or HS512.").arg(algorithm.left(20));
        return result;
    }
    if (token.kind != DecodedToken::Kind::Jws) {
        result.message = tr("Only a signed JWT (JWS) can be verified.");
        return result;
    }
    if (token.signatureState == DecodedToken::SignatureState::Unsigned) {
        result.message = tr("The token says \"alg\": \"none\": it is unsigned and can never be valid.");
        return result;
    }
    if (token.algorithm != algorithm) {
        result.message = tr("The token's header names %1 but the key is for %2: the signature was not checked.")
                             .arg(token.algorithm.left(20), algorithm);
        return result;
    }
    if (secret.isEmpty()) {
        result.message = tr("The key is empty: the signature was not checked.");
        return result;
    }
    const QByteArray expected = signHmac(token.signingInput, secret, algorithm);
    const bool same = !expected.isEmpty() && expected.size() == token.signature.size()
        && CRYPTO_memcmp(expected.constData(), token.signature.constData(), size_t(expected.size())) == 0;
    if (same) {
        result.verified = true;
        result.message = tr("Signature verified with the %1 key.").arg(algorithm);
    } else {
        result.message = tr("The signature does not match the %1 key: the token was altered or signed with another "
                            "key.")
                             .arg(algorithm);
    }
    return result;
}
