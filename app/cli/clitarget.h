#pragma once

#include "kibo/kiboprofile.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class AuthTicketClient;
class DemoTenant;
class QCommandLineParser;
class QNetworkAccessManager;

// The TARGET of a CLI command: --demo, --demo-server URL, --profile NAME, or a data centre and tenant
// (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL] --client-id ID
// --client-secret-stdin [--ca-bundle FILE]; the tenant's host is looked up unless --api-host overrides it.
class CliTarget final
{
    Q_DECLARE_TR_FUNCTIONS(CliTarget)

public:
    CliTarget();
    ~CliTarget();
    Q_DISABLE_COPY_MOVE(CliTarget)

    static void addOptions(QCommandLineParser& parser);
    // The options that name a tenant (data centre or home host, tenant, site, API host override, client id,
    // CA bundle), shared by every TARGET and by "profile add".
    static void addTenantOptions(QCommandLineParser& parser);
    // Reads those options into profile; false with a message (usage error) when they are incomplete or wrong.
    static bool readTenantOptions(const QCommandLineParser& parser, KiboProfile& profile, QString* error);
    // "us (North America (AWS), home.mozu.com), …": the data centres for messages and help.
    static QString dataCentreList();

    // Reads the options; reads the client secret from standard input when asked to (the first
    // secret line), or for --profile NAME from the keychain entry bound to the profile's auth host.
    // Does not start anything yet. On failure returns false with a message; failureExitCode() says
    // which exit code fits (usage error, or keychain failure).
    bool configure(const QCommandLineParser& parser, QString* error);
    int failureExitCode() const { return m_failureExitCode; }
    // The failure's code in the CLI contract: usage, no-client-secret or keychain-….
    QString failureCode() const { return m_failureCode; }

    // Starts the in-process demo tenant for --demo. Returns false with a message on failure.
    bool start(QString* error);

    // Sets a client up for this target: the GUI's saved proxy and timeouts on network and client, the profile
    // and its client secret. For a saved profile, where the client's lookups find the tenant is kept in the
    // profile's tenantDomain (no secret), as the GUI does.
    void prepare(QNetworkAccessManager& network, AuthTicketClient& client) const;

    const KiboProfile& profile() const { return m_profile; }
    const QString& clientSecret() const { return m_clientSecret; }
    DemoTenant* demoTenant() const { return m_demo.get(); }
    // The tenant's stable name in keychain keys (user@tenant-key), known before any lookup.
    QString tenantKey() const;

private:
    enum class Kind
    {
        Demo,
        DemoServer,
        Profile,
        Explicit
    };
    Kind m_kind = Kind::Demo;
    KiboProfile m_profile;
    QString m_clientSecret;
    std::unique_ptr<DemoTenant> m_demo;
    int m_failureExitCode = 2; // CliRunner::UsageError
    QString m_failureCode = QStringLiteral("usage");

    bool configureProfile(const QCommandLineParser& parser, QString* error);
    void rememberTenantFoundBy(AuthTicketClient& client) const;
};
