// The services module (libkti-services.so): everything that needs Qt Network, Qt HttpServer, QtKeychain or
// OpenSSL's libcrypto, behind the Services interface (services.h). The executable never links it: it is loaded on
// first use and its core symbols resolve against the executable.
#include "demo/demoservers.h"
#include "jwt/networkjwksfetcher.h"
#include "jwt/opensslkeys.h"
#include "jwt/opensslsignatures.h"
#include "kibo/httptransport.h"
#include "kibo/networkkibocall.h"
#include "kibo/settingsproxy.h"
#include "services/services.h"
#include "vault/secretserviceprobe.h"

#include <QNetworkAccessManager>
#include <qt6keychain/keychain.h>

namespace {

class ServicesModule final : public Services
{
public:
    QNetworkAccessManager* newNetworkManager(QObject* parent) override { return new QNetworkAccessManager(parent); }

    void clearConnectionCache(QNetworkAccessManager* manager) override
    {
        manager->clearConnectionCache();
        HttpTransport::closeIdleConnections(manager);
    }

    void applyNetworkSettings(const NetworkSettings& settings, QNetworkAccessManager* manager) override
    {
        SettingsProxy::apply(settings, manager);
    }

    bool isIpAddress(const QString& text) override { return SettingsProxy::isIpAddress(text); }

    bool isLoopbackAddress(const QString& text) override { return SettingsProxy::isLoopbackAddress(text); }

    std::unique_ptr<KiboCallBackend> newKiboCall(KiboCall* front, QNetworkAccessManager* manager) override
    {
        return std::make_unique<NetworkKiboCall>(front, manager);
    }

    bool checkCaBundle(const QString& path, QString* error) override
    {
        return NetworkKiboCall::readCaBundle(path, error).has_value();
    }

    std::unique_ptr<JwksFetcherBackend> newJwksFetcher(JwksFetcher* front) override
    {
        return std::make_unique<NetworkJwksFetcher>(front);
    }

    QObject* newKeychainJob(KeychainJobRunner::Operation operation, const QString& service, const QString& key,
        const QString& value, QObject* context, KeychainDone done) override
    {
        QKeychain::Job* job = nullptr;
        switch (operation) {
        case KeychainJobRunner::Operation::Write: {
            auto* write = new QKeychain::WritePasswordJob(service);
            write->setTextData(value);
            job = write;
            break;
        }
        case KeychainJobRunner::Operation::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case KeychainJobRunner::Operation::Delete:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never: it writes the secret in clear text (reliability.md)
        job->setKey(key);
        const bool isRead = operation == KeychainJobRunner::Operation::Read;
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), isRead](QKeychain::Job* j) {
            const QString text = isRead && j->error() == QKeychain::NoError
                ? static_cast<QKeychain::ReadPasswordJob*>(j)->textData()
                : QString();
            done(j, int(j->error()), j->errorString(), text);
        });
        return job;
    }

    void startKeychainJob(QObject* job) override { static_cast<QKeychain::Job*>(job)->start(); }

    void probeKeychain(QObject* context, std::chrono::milliseconds deadline, KeychainProbeDone done) override
    {
        SecretServiceProbe::start(context, deadline, std::move(done));
    }

    KeyLoadResult keyFromPem(QByteArrayView pem, const QString& source) override
    {
        return OpenSslKeys::fromPem(pem, source);
    }

    KeyLoadResult keyFromJwk(const QJsonObject& jwk, const QString& source) override
    {
        return OpenSslKeys::fromJwk(jwk, source);
    }

    JwsVerifier::Result verify(const DecodedToken& token, const QList<VerificationKey>& keys) override
    {
        return OpenSslSignatures::verify(token, keys);
    }

    JwsVerifier::Result verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm) override
    {
        return OpenSslSignatures::verifyHmac(token, secret, algorithm);
    }

    QByteArray signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm) override
    {
        return OpenSslSignatures::signHmac(signingInput, secret, algorithm);
    }

    std::unique_ptr<DemoTenantBackend> newDemoTenant(DemoTenant*) override { return std::make_unique<DemoServers>(); }
};

} // namespace

extern "C" Q_DECL_EXPORT Services* kti_services_module()
{
    static ServicesModule module;
    return &module;
}
