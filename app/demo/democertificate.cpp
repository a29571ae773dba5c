#include "democertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace {

struct Deleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
    void operator()(X509* cert) const { X509_free(cert); }
    void operator()(BIO* bio) const { BIO_free(bio); }
    void operator()(X509_EXTENSION* ext) const { X509_EXTENSION_free(ext); }
    void operator()(BIGNUM* bn) const { BN_free(bn); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter>;
using CertPtr = std::unique_ptr<X509, Deleter>;
using BioPtr = std::unique_ptr<BIO, Deleter>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter>;

constexpr long validSeconds = 30L * 24 * 3600;

KeyPtr makeKey()
{
    // EVP_EC_gen() without its macro, which casts the curve name's const away.
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

CertPtr makeCertificate(
    EVP_PKEY* key, const char* commonName, X509* issuer, EVP_PKEY* issuerKey, bool ca, const char* altNames = nullptr)
{
    CertPtr cert(X509_new());
    if (!cert) {
        return nullptr;
    }
    BnPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        return nullptr;
    }
    if (X509_set_version(cert.get(), 2) != 1 || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), validSeconds) || X509_set_pubkey(cert.get(), key) != 1) {
        return nullptr;
    }
    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto* cn = reinterpret_cast<const unsigned char*>(commonName);
    const auto* org = reinterpret_cast<const unsigned char*>("Kibo Token Inspector demo");
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, org, -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) != 1) {
        return nullptr;
    }
    X509* signer = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1) {
        return nullptr;
    }
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (ca) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment")
            && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
            && addExtension(cert.get(), signer, NID_subject_alt_name, altNames);
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0) {
        return nullptr;
    }
    return cert;
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

QByteArray certificatePem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1) {
        return {};
    }
    return bioBytes(bio.get());
}

QByteArray keyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    return bioBytes(bio.get());
}

} // namespace

DemoCertificate DemoCertificate::generate(const QStringList& extraDnsNames)
{
    QByteArray altNames = "IP:127.0.0.1,DNS:localhost";
    for (const QString& dnsName : extraDnsNames) {
        altNames += ",DNS:" + dnsName.toLatin1();
    }
    DemoCertificate result;
    const KeyPtr caKey = makeKey();
    const KeyPtr serverKey = makeKey();
    if (!caKey || !serverKey) {
        result.m_error = u"key generation"_s;
        return result;
    }
    const CertPtr caCert = makeCertificate(caKey.get(), "Kibo Token Inspector demo CA", nullptr, caKey.get(), true);
    if (!caCert) {
        result.m_error = u"CA certificate"_s;
        return result;
    }
    const CertPtr serverCert
        = makeCertificate(serverKey.get(), "localhost", caCert.get(), caKey.get(), false, altNames.constData());
    if (!serverCert) {
        result.m_error = u"server certificate"_s;
        return result;
    }
    result.m_caPem = certificatePem(caCert.get());
    result.m_serverCertificatePem = certificatePem(serverCert.get());
    result.m_serverKeyPem = keyPem(serverKey.get());
    if (result.m_caPem.isEmpty() || result.m_serverCertificatePem.isEmpty() || result.m_serverKeyPem.isEmpty()) {
        result.m_error = u"PEM encoding"_s;
    }
    return result;
}
