#include "jwt/opensslkeys.h"

#include "jwt/base64url.h"
#include "jwt/keyloader.h"
#include "logging.h"

#include <QJsonArray>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct X509Free
{
    void operator()(X509* cert) const { X509_free(cert); }
};
struct BnFree
{
    void operator()(BIGNUM* bn) const { BN_free(bn); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD* bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM* params) const { OSSL_PARAM_free(params); }
};
struct DecoderCtxFree
{
    void operator()(OSSL_DECODER_CTX* ctx) const { OSSL_DECODER_CTX_free(ctx); }
};

using UniquePkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// Never prompt: an encrypted private key is refused instead of waiting for a passphrase on a terminal.
int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

std::unique_ptr<BIO, BioFree> memoryBio(QByteArrayView bytes)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(bytes.data(), int(bytes.size())));
}

// A new key holding only the public half of `key`, so that no private material outlives loading.
UniquePkey publicPart(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0) {
        return {};
    }
    const unsigned char* cursor = der;
    UniquePkey publicKey(d2i_PUBKEY(nullptr, &cursor, length));
    OPENSSL_free(der);
    return publicKey;
}

QString jwkCurveForGroup(const QByteArray& group)
{
    if (group == "prime256v1" || group == "P-256" || group == "secp256r1") {
        return u"P-256"_s;
    }
    if (group == "secp384r1" || group == "P-384") {
        return u"P-384"_s;
    }
    if (group == "secp521r1" || group == "P-521") {
        return u"P-521"_s;
    }
    return {};
}

QString withKid(const QString& description, const QString& kid)
{
    if (kid.isEmpty()) {
        return description;
    }
    return KeyLoader::tr("%1, key id “%2”").arg(description, kid.left(80));
}

// Describes a public key OpenSSL parsed; on failure returns false with *error set.
bool describe(UniquePkey key, const QString& source, VerificationKey* out, QString* error)
{
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        out->type = VerificationKey::Type::Rsa;
        out->bits = EVP_PKEY_get_bits(key.get());
        out->description = KeyLoader::tr("RSA %1-bit public key from %2").arg(out->bits).arg(source);
    } else if (EVP_PKEY_is_a(key.get(), "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key.get(), group, sizeof group, &length) != 1) {
            *error = KeyLoader::tr("The EC key in %1 names no curve.").arg(source);
            return false;
        }
        const QByteArray groupName(group, qsizetype(length));
        out->type = VerificationKey::Type::Ec;
        out->curve = jwkCurveForGroup(groupName);
        out->bits = EVP_PKEY_get_bits(key.get());
        if (out->curve.isEmpty()) {
            *error = KeyLoader::tr("The EC key in %1 is on the curve %2; JWS signatures use P-256, P-384 or P-521.")
                         .arg(source, QString::fromLatin1(groupName));
            return false;
        }
        out->description = KeyLoader::tr("EC %1 public key from %2").arg(out->curve, source);
    } else if (EVP_PKEY_is_a(key.get(), "ED25519") || EVP_PKEY_is_a(key.get(), "ED448")) {
        out->type = VerificationKey::Type::Okp;
        out->curve = EVP_PKEY_is_a(key.get(), "ED25519") ? u"Ed25519"_s : u"Ed448"_s;
        out->bits = EVP_PKEY_get_bits(key.get());
        out->description = KeyLoader::tr("%1 public key from %2").arg(out->curve, source);
    } else {
        *error = KeyLoader::tr("The key in %1 is of a type JWS signatures do not use (%2); use an RSA, EC "
                               "(P-256, P-384, P-521), Ed25519 or Ed448 key.")
                     .arg(source, QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())));
        return false;
    }
    out->publicKey = std::shared_ptr<EVP_PKEY>(key.release(), PkeyFree());
    return true;
}

// The labels of the PEM blocks in order, e.g. "EC PARAMETERS", "EC PRIVATE KEY".
QList<QByteArray> pemLabels(QByteArrayView pem)
{
    QList<QByteArray> labels;
    static constexpr QByteArrayView Begin = "-----BEGIN ";
    qsizetype at = 0;
    while ((at = pem.indexOf(Begin, at)) >= 0) {
        at += Begin.size();
        const qsizetype end = pem.indexOf("-----", at);
        if (end < 0) {
            break;
        }
        labels << pem.sliced(at, end - at).toByteArray();
        at = end;
    }
    return labels;
}

std::optional<QByteArray> jwkBytes(const QJsonObject& jwk, const QString& member)
{
    const QJsonValue value = jwk.value(member);
    if (!value.isString()) {
        return std::nullopt;
    }
    const Base64UrlResult decoded = Base64Url::decode(value.toString().toLatin1());
    if (!decoded.ok || decoded.data.isEmpty()) {
        return std::nullopt;
    }
    return decoded.data;
}

UniquePkey pkeyFromParams(const char* type, OSSL_PARAM_BLD* builder)
{
    const std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder));
    const std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) {
        return {};
    }
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return {};
    }
    return UniquePkey(key);
}

std::unique_ptr<BIGNUM, BnFree> bignum(const QByteArray& bytes)
{
    return std::unique_ptr<BIGNUM, BnFree>(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr));
}

UniquePkey rsaFromJwk(const QByteArray& n, const QByteArray& e)
{
    const std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    const auto modulus = bignum(n);
    const auto exponent = bignum(e);
    if (!builder || !modulus || !exponent
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1) {
        return {};
    }
    return pkeyFromParams("RSA", builder.get());
}

UniquePkey ecFromJwk(const char* group, const QByteArray& x, const QByteArray& y)
{
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    const std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(
               builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()))
            != 1) {
        return {};
    }
    UniquePkey key = pkeyFromParams("EC", builder.get());
    if (!key) {
        return {};
    }
    // A point off the curve must never be used (invalid-curve attacks).
    const std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        return {};
    }
    return key;
}

} // namespace

KeyLoadResult OpenSslKeys::fromPem(QByteArrayView pem, const QString& source)
{
    const QList<QByteArray> labels = pemLabels(pem);
    QByteArray label;
    for (const QByteArray& candidate : labels) {
        if (candidate != "EC PARAMETERS") {
            label = candidate;
            break;
        }
    }
    if (label.isEmpty()) {
        return KeyLoadResult::failed(
            KeyLoadResult::Failure::NotUnderstood, KeyLoader::tr("%1 holds no PEM key or certificate.").arg(source));
    }

    KeyLoadResult result;
    UniquePkey key;
    const auto bio = memoryBio(pem);
    if (!bio) {
        return KeyLoadResult::failed(
            KeyLoadResult::Failure::NotUnderstood, KeyLoader::tr("%1 could not be read.").arg(source));
    }
    if (label == "PUBLIC KEY") {
        key.reset(PEM_read_bio_PUBKEY(bio.get(), nullptr, refusePassphrase, nullptr));
    } else if (label == "CERTIFICATE") {
        const std::unique_ptr<X509, X509Free> certificate(
            PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr));
        if (certificate) {
            key.reset(X509_get_pubkey(certificate.get()));
        }
    } else if (label == "ENCRYPTED PRIVATE KEY" || pem.contains("Proc-Type: 4,ENCRYPTED")) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            KeyLoader::tr("The private key in %1 is encrypted; give its public key instead (openssl pkey -pubout).")
                .arg(source));
    } else if (label.endsWith("PRIVATE KEY")) {
        const UniquePkey privateKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr));
        if (privateKey) {
            key = publicPart(privateKey.get());
            result.notes << KeyLoader::tr(
                "%1 holds a private key; only its public part is used. A public key is all that "
                "verifying needs.")
                                .arg(source);
        }
    } else if (label == "RSA PUBLIC KEY") {
        EVP_PKEY* decoded = nullptr;
        const std::unique_ptr<OSSL_DECODER_CTX, DecoderCtxFree> decoder(OSSL_DECODER_CTX_new_for_pkey(
            &decoded, "PEM", nullptr, "RSA", OSSL_KEYMGMT_SELECT_PUBLIC_KEY, nullptr, nullptr));
        const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
        size_t length = size_t(pem.size());
        if (decoder && OSSL_DECODER_from_data(decoder.get(), &data, &length) == 1) {
            key.reset(decoded);
        }
    } else {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            KeyLoader::tr("%1 holds a PEM block “%2”, which is not a key or certificate.")
                .arg(source, QString::fromLatin1(label.left(40))));
    }
    if (!key) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            KeyLoader::tr("The PEM block “%1” in %2 could not be read as a key.")
                .arg(QString::fromLatin1(label), source));
    }
    VerificationKey verificationKey;
    QString error;
    if (!describe(std::move(key), source, &verificationKey, &error)) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood, error);
    }
    result.keys << verificationKey;
    return result;
}

KeyLoadResult OpenSslKeys::fromJwk(const QJsonObject& jwk, const QString& source)
{
    const QString kty = jwk.value(u"kty"_s).toString();
    const QString kid = jwk.value(u"kid"_s).toString();
    const QString named = kid.isEmpty() ? source : KeyLoader::tr("the key “%1” in %2").arg(kid.left(80), source);
    const QJsonValue use = jwk.value(u"use"_s);
    if (!use.isUndefined() && use.toString() != u"sig"_s) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            KeyLoader::tr("The JWK %1 is for “%2”, not for signatures.").arg(named, use.toString().left(20)));
    }
    const QJsonValue alg = jwk.value(u"alg"_s);
    if (!alg.isUndefined() && !alg.isString()) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            KeyLoader::tr("The JWK %1 has an \"alg\" that is not a string.").arg(named));
    }

    KeyLoadResult result;
    VerificationKey key;
    if (kty == u"oct"_s) {
        const std::optional<QByteArray> k = jwkBytes(jwk, u"k"_s);
        if (!k) {
            return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
                KeyLoader::tr("The JWK %1 of type \"oct\" has no usable \"k\".").arg(named));
        }
        key.type = VerificationKey::Type::Secret;
        key.secret = *k;
        key.bits = int(k->size() * 8);
        key.description = KeyLoader::tr("shared secret (JWK) from %1").arg(source);
    } else {
        UniquePkey pkey;
        if (kty == u"RSA"_s) {
            const std::optional<QByteArray> n = jwkBytes(jwk, u"n"_s);
            const std::optional<QByteArray> e = jwkBytes(jwk, u"e"_s);
            if (n && e) {
                pkey = rsaFromJwk(*n, *e);
            }
        } else if (kty == u"EC"_s) {
            const QString crv = jwk.value(u"crv"_s).toString();
            const char* group = crv == u"P-256"_s ? "prime256v1"
                : crv == u"P-384"_s               ? "secp384r1"
                : crv == u"P-521"_s               ? "secp521r1"
                                                  : nullptr;
            const qsizetype size = crv == u"P-256"_s ? 32 : crv == u"P-384"_s ? 48 : 66;
            if (!group) {
                return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
                    KeyLoader::tr("The EC JWK %1 is on the curve “%2”; JWS signatures use P-256, P-384 or P-521.")
                        .arg(named, crv.left(20)));
            }
            const std::optional<QByteArray> x = jwkBytes(jwk, u"x"_s);
            const std::optional<QByteArray> y = jwkBytes(jwk, u"y"_s);
            if (x && y && x->size() == size && y->size() == size) {
                pkey = ecFromJwk(group, *x, *y);
            }
        } else if (kty == u"OKP"_s) {
            const QString crv = jwk.value(u"crv"_s).toString();
            const char* name = crv == u"Ed25519"_s ? "ED25519" : crv == u"Ed448"_s ? "ED448" : nullptr;
            if (!name) {
                return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
                    KeyLoader::tr("The OKP JWK %1 is on the curve “%2”; EdDSA signatures use Ed25519 or Ed448.")
                        .arg(named, crv.left(20)));
            }
            const std::optional<QByteArray> x = jwkBytes(jwk, u"x"_s);
            if (x && x->size() == (crv == u"Ed25519"_s ? 32 : 57)) {
                pkey.reset(EVP_PKEY_new_raw_public_key_ex(
                    nullptr, name, nullptr, reinterpret_cast<const unsigned char*>(x->constData()), size_t(x->size())));
            }
        } else {
            return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
                kty.isEmpty() ? KeyLoader::tr("The JWK %1 has no \"kty\".").arg(named)
                              : KeyLoader::tr("The JWK %1 has the type “%2”, which JWS signatures do not use.")
                                    .arg(named, kty.left(20)));
        }
        if (!pkey) {
            return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
                KeyLoader::tr("The %1 JWK %2 has missing or invalid members; it is not a valid public key.")
                    .arg(kty, named));
        }
        QString error;
        if (!describe(std::move(pkey), source, &key, &error)) {
            return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood, error);
        }
        if (jwk.contains(u"d"_s)) {
            result.notes
                << KeyLoader::tr("The JWK %1 holds private key material; only its public part is used.").arg(named);
        }
    }
    key.kid = kid;
    key.jwkAlgorithm = alg.toString();
    key.description = withKid(key.description, kid);
    result.keys << key;
    return result;
}
