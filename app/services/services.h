#pragma once

#include "jwt/jwsverifier.h"
#include "jwt/verificationkey.h"
#include "vault/keychainjobrunner.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class DemoTenantBackend;
class DemoTenant;
class JwksFetcher;
class JwksFetcherBackend;
class KiboCall;
class KiboCallBackend;
class QNetworkAccessManager;
class QObject;
struct NetworkSettings;

// The seam between what the first window needs (Qt Core, Gui, Widgets) and the libraries only a call, a key or
// the demo tenant needs: Qt Network, Qt HttpServer, QtKeychain and OpenSSL's libcrypto. Everything that touches
// them lives in the services module (libkti-services.so, app/services/servicesmodule.cpp); the rest of the
// program reaches it only through this interface. The module is loaded on first use, so a start that logs no
// one in never maps those libraries (docs/performance.md, "Start-up").
//
// The classes callers use keep their own names and headers (KiboCall, JwksFetcher, DemoTenant, KeyLoader,
// JwsVerifier, NetworkSettings); their front halves forward here. Tests that link the module directly use the
// same fronts, so every test exercises the seam.
class Services
{
public:
    // The module, loaded on first call. A module that cannot be loaded (a broken installation) ends the program
    // with one line that names the file and the loader's reason: without it nothing can be called or stored.
    static Services& instance();
    // Whether the module is loaded (for tests and the start-up probe); never loads it.
    static bool isLoaded();
    // Where instance() looks for the module, first to last.
    static QStringList searchPaths();

    virtual ~Services();

    // Network access.
    virtual QNetworkAccessManager* newNetworkManager(QObject* parent) = 0;
    virtual void clearConnectionCache(QNetworkAccessManager* manager) = 0;
    virtual void applyNetworkSettings(const NetworkSettings& settings, QNetworkAccessManager* manager) = 0;
    virtual bool isIpAddress(const QString& text) = 0;
    virtual bool isLoopbackAddress(const QString& text) = 0;
    virtual std::unique_ptr<KiboCallBackend> newKiboCall(KiboCall* front, QNetworkAccessManager* manager) = 0;
    // KiboCall::checkCaBundle: whether a CA bundle can be used, with the reason when not.
    virtual bool checkCaBundle(const QString& path, QString* error) = 0;
    virtual std::unique_ptr<JwksFetcherBackend> newJwksFetcher(JwksFetcher* front) = 0;

    // The keychain (KeychainJobRunner). A job writes, reads or deletes key under service; done gets QtKeychain's
    // error code, its text and what a read read. The job is returned before it starts (startKeychainJob), so the
    // runner can hold it; it deletes itself when it finishes and is never parented.
    using KeychainDone = std::function<void(QObject* job, int error, const QString& errorString, const QString& text)>;
    virtual QObject* newKeychainJob(KeychainJobRunner::Operation operation, const QString& service, const QString& key,
        const QString& value, QObject* context, KeychainDone done)
        = 0;
    virtual void startKeychainJob(QObject* job) = 0;
    // After a failed keychain job only: what the session bus says (KeychainJobRunner::Facts), within deadline.
    // done is called once from the event loop, unless context is gone. Never touches D-Bus when
    // DBUS_SESSION_BUS_ADDRESS is unset (no autolaunch), and never on another platform (facts not probed).
    using KeychainProbeDone = std::function<void(const KeychainJobRunner::Facts& facts)>;
    virtual void probeKeychain(QObject* context, std::chrono::milliseconds deadline, KeychainProbeDone done) = 0;

    // Keys and signatures (KeyLoader::fromPem/fromJwk, JwsVerifier): OpenSSL 3 libcrypto.
    virtual KeyLoadResult keyFromPem(QByteArrayView pem, const QString& source) = 0;
    virtual KeyLoadResult keyFromJwk(const QJsonObject& jwk, const QString& source) = 0;
    virtual JwsVerifier::Result verify(const DecodedToken& token, const QList<VerificationKey>& keys) = 0;
    virtual JwsVerifier::Result verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm)
        = 0;
    virtual QByteArray signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm) = 0;

    // The demo tenant's servers.
    virtual std::unique_ptr<DemoTenantBackend> newDemoTenant(DemoTenant* front) = 0;

protected:
    Services() = default;
};

// The module's entry point, looked up by name.
extern "C" {
using KtiServicesEntry = Services* (*)();
}
inline constexpr char KtiServicesEntryName[] = "kti_services_module";
