#include "clitarget.h"

#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/secretinput.h"
#include "demo/demotenant.h"
#include "kibo/authticketclient.h"
#include "kibo/datacentre.h"
#include "kibo/kibocall.h"
#include "kibo/kibohosts.h"
#include "kibo/networksettings.h"
#include "vault/clientsecretstore.h"
#include "vault/profilestore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

CliTarget::CliTarget() = default;
CliTarget::~CliTarget() = default;

void CliTarget::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        { u"demo"_s, tr("Start the demo tenant in this process and use it.") },
        { u"demo-server"_s, tr("Use a running demo tenant (kibo-token-inspector demo-server)."), tr("URL") },
        { u"profile"_s, tr("Use a saved profile."), tr("NAME") },
        { u"client-secret-stdin"_s, tr("Read the application's shared secret from the first line of standard input.") },
    });
    addTenantOptions(parser);
}

void CliTarget::addTenantOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        { u"data-centre"_s, tr("The Kibo data centre: %1. The tenant's host is looked up there.").arg(dataCentreList()),
            tr("NAME") },
        { u"auth-host"_s,
            tr("Instead of a data centre: a custom authentication (home) host, e.g. https://home.mozu.com."),
            tr("URL") },
        { u"api-host"_s, tr("Override the tenant lookup: send every tenant call to this host."), tr("URL") },
        { u"tenant"_s, tr("The tenant id."), tr("N") },
        { u"site"_s, tr("The site id."), tr("N") },
        { u"client-id"_s, tr("The application key (client id)."), tr("ID") },
        { u"ca-bundle"_s, tr("A PEM file of extra trusted certificate authorities."), tr("FILE") },
    });
    // Gone since the tenant's host is looked up; still parsed, so that their use gets a message that helps.
    QCommandLineOption environment(u"environment"_s, QString(), u"E"_s);
    environment.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(environment);
}

QString CliTarget::dataCentreList()
{
    QStringList items;
    for (const DataCentre& centre : DataCentre::all()) {
        items.append(tr("%1 (%2, %3)").arg(centre.key, centre.label(), centre.homeHost));
    }
    return items.join(u", "_s);
}

namespace {

std::optional<int> positiveInt(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0) {
        return std::nullopt;
    }
    return value;
}

} // namespace

bool CliTarget::readTenantOptions(const QCommandLineParser& parser, KiboProfile& profile, QString* error)
{
    if (parser.isSet(u"environment"_s)) {
        *error = tr("--environment is no longer used: the tenant's host is looked up at its data "
                    "centre. Give --data-centre NAME instead (%1), or --auth-host URL for a custom home host.")
                     .arg(dataCentreList());
        return false;
    }
    const bool dataCentre = parser.isSet(u"data-centre"_s);
    const bool authHost = parser.isSet(u"auth-host"_s);
    if (dataCentre == authHost) {
        *error = dataCentre ? tr("Give either --data-centre or --auth-host, not both.")
                            : tr("Name the data centre with --data-centre NAME (%1), or a custom home host with "
                                 "--auth-host URL.")
                                  .arg(dataCentreList());
        return false;
    }
    if (dataCentre) {
        const DataCentre* centre = DataCentre::find(parser.value(u"data-centre"_s));
        if (!centre) {
            *error = tr("--data-centre does not know “%1”; use one of %2.")
                         .arg(parser.value(u"data-centre"_s), dataCentreList());
            return false;
        }
        profile.dataCentre = centre->key;
    } else {
        profile.dataCentre = DataCentre::customKey();
        profile.authHost = parser.value(u"auth-host"_s);
    }
    profile.apiHost = parser.value(u"api-host"_s);
    if (!parser.isSet(u"tenant"_s)) {
        *error = tr("--tenant N is needed: the tenant id.");
        return false;
    }
    const std::optional<int> tenant = positiveInt(parser.value(u"tenant"_s));
    if (!tenant) {
        *error = tr("--tenant needs a positive whole number, not “%1”.").arg(parser.value(u"tenant"_s));
        return false;
    }
    profile.tenantId = *tenant;
    if (parser.isSet(u"site"_s)) {
        const std::optional<int> site = positiveInt(parser.value(u"site"_s));
        if (!site) {
            *error = tr("--site needs a positive whole number (the site id), not “%1”.").arg(parser.value(u"site"_s));
            return false;
        }
        profile.siteId = site;
    }
    profile.clientId = parser.value(u"client-id"_s);
    if (parser.isSet(u"ca-bundle"_s)) {
        // Checked the way a call will read it, so a wrong file is refused now.
        const QFileInfo bundle(parser.value(u"ca-bundle"_s));
        if (!KiboCall::checkCaBundle(bundle.absoluteFilePath(), error)) {
            return false;
        }
        profile.caBundlePath = bundle.absoluteFilePath();
    }
    if (const QString problem = KiboHosts::checkProfile(profile); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

bool CliTarget::configure(const QCommandLineParser& parser, QString* error)
{
    const bool explicitHosts = parser.isSet(u"data-centre"_s) || parser.isSet(u"api-host"_s)
        || parser.isSet(u"auth-host"_s) || parser.isSet(u"tenant"_s) || parser.isSet(u"client-id"_s)
        || parser.isSet(u"environment"_s);
    const int chosen = int(parser.isSet(u"demo"_s)) + int(parser.isSet(u"demo-server"_s))
        + int(parser.isSet(u"profile"_s)) + int(explicitHosts);
    if (chosen == 0) {
        *error = tr("Name a target: --demo, --demo-server URL, --profile NAME, or --data-centre NAME (or --auth-host "
                    "URL), --tenant N, --client-id ID and --client-secret-stdin.");
        return false;
    }
    if (chosen > 1) {
        *error = tr("Name only one target: --demo, --demo-server, --profile or a data centre and tenant.");
        return false;
    }

    if (parser.isSet(u"demo"_s)) {
        m_kind = Kind::Demo;
        m_clientSecret = DemoTenant::sharedSecret();
        return true;
    }
    if (parser.isSet(u"demo-server"_s)) {
        const QUrl url = QUrl::fromUserInput(parser.value(u"demo-server"_s));
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            *error = tr("--demo-server needs the URL the demo server printed, e.g. http://127.0.0.1:8080.");
            return false;
        }
        m_kind = Kind::DemoServer;
        m_profile = KiboProfile::demo(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
        m_clientSecret = DemoTenant::sharedSecret();
        return true;
    }
    if (parser.isSet(u"profile"_s)) {
        return configureProfile(parser, error);
    }

    m_kind = Kind::Explicit;
    m_profile.name = tr("Command line");
    if (!readTenantOptions(parser, m_profile, error)) {
        return false;
    }
    if (m_profile.clientId.isEmpty() || !parser.isSet(u"client-secret-stdin"_s)) {
        *error = tr("A data centre and tenant also need --client-id ID and --client-secret-stdin.");
        return false;
    }
    const std::optional<QString> secret = SecretInput::readLine(tr("the client secret"), error);
    if (!secret) {
        m_failureCode = u"input-unreadable"_s;
        return false;
    }
    m_clientSecret = *secret;
    return true;
}

bool CliTarget::configureProfile(const QCommandLineParser& parser, QString* error)
{
    const QString name = parser.value(u"profile"_s);
    const ProfileStore store; // the GUI's settings; no keychain yet
    const std::optional<KiboProfile> profile = store.profile(name);
    if (!profile) {
        *error = tr("There is no saved profile named “%1”; “kibo-token-inspector profile list” shows them.").arg(name);
        return false;
    }
    if (ProfileStore::isDemoName(name)) {
        // The built-in demo profile: the demo tenant in this process, as with --demo.
        m_kind = Kind::Demo;
        m_clientSecret = DemoTenant::sharedSecret();
        return true;
    }
    m_kind = Kind::Profile;
    m_profile = *profile;
    if (const QString problem = KiboHosts::checkProfile(m_profile); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (parser.isSet(u"client-secret-stdin"_s)) {
        const std::optional<QString> secret = SecretInput::readLine(tr("the client secret"), error);
        if (!secret) {
            m_failureCode = u"input-unreadable"_s;
            return false;
        }
        m_clientSecret = *secret;
        return true;
    }

    // The secret saved for this profile's auth host and client id, and for no other host.
    ClientSecretStore secrets;
    QString loadedSecret;
    VaultStatus status;
    QEventLoop loop;
    QObject::connect(&secrets, &ClientSecretStore::loaded, &loop,
        [&](const QString&, const QString& secret, const VaultStatus& loadedStatus) {
            loadedSecret = secret;
            status = loadedStatus;
            loop.quit();
        });
    secrets.load(m_profile);
    loop.exec();
    if (status.code == VaultStatus::Code::NotFound || (status.ok() && loadedSecret.isEmpty())) {
        *error = tr("No client secret is stored for the profile “%1” at %2; store it with “kibo-token-inspector "
                    "profile set-secret NAME” (the secret on standard input), or give --client-secret-stdin.")
                     .arg(m_profile.name, ClientSecretStore::boundHost(m_profile));
        m_failureCode = u"no-client-secret"_s;
        return false;
    }
    if (!status.ok()) {
        *error
            = tr("The client secret of the profile “%1” could not be read: %2").arg(m_profile.name, status.message());
        m_failureExitCode = CliRunner::KeychainFailure;
        m_failureCode = status.errorCode();
        return false;
    }
    m_clientSecret = loadedSecret;
    return true;
}

bool CliTarget::start(QString* error)
{
    if (m_kind != Kind::Demo) {
        return true;
    }
    m_demo = std::make_unique<DemoTenant>();
    if (!m_demo->listen()) {
        *error = tr("The demo tenant could not start: %1").arg(m_demo->errorString());
        return false;
    }
    QObject::connect(
        m_demo.get(), &DemoTenant::codeSent, m_demo.get(), [](const QString& username, const QString& code) {
            CliOutput::err(u"outbox: %1 code %2"_s.arg(username, code));
        });
    m_profile = KiboProfile::demo(m_demo->baseUrl());
    return true;
}

void CliTarget::prepare(QNetworkAccessManager& network, AuthTicketClient& client) const
{
    NetworkSettings::load().apply(&network, &client); // the GUI's saved proxy and timeouts
    client.setProfile(m_profile, m_clientSecret);
    rememberTenantFoundBy(client);
}

void CliTarget::rememberTenantFoundBy(AuthTicketClient& client) const
{
    if (m_kind != Kind::Profile) {
        return;
    }
    const KiboProfile used = m_profile;
    QObject::connect(&client, &AuthTicketClient::tenantDiscovered, &client,
        [used](const KiboTenant& tenant) { ProfileStore().rememberTenantDomain(used, tenant.domain); });
}

QString CliTarget::tenantKey() const
{
    return KiboHosts::tenantKey(m_profile);
}
