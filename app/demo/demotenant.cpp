#include "demotenant.h"

#include "clock.h"
#include "demofixtures.h"
#include "demoservice.h"
#include "logging.h"
#include "services/services.h"

using namespace Qt::StringLiterals;

DemoTenant::DemoTenant(QObject* parent)
    : QObject(parent)
    , m_service(std::make_unique<DemoService>())
{
    m_service->setOutbox([this](const QString& userName, const QString& code) { Q_EMIT codeSent(userName, code); });
}

DemoTenant::~DemoTenant() = default;

QString DemoTenant::clientId()
{
    return DemoFixtures::clientId();
}

QString DemoTenant::sharedSecret()
{
    return DemoFixtures::sharedSecret();
}

QByteArray DemoTenant::jwtSecret()
{
    return DemoFixtures::jwtSecret();
}

int DemoTenant::tenantId()
{
    return DemoFixtures::tenantId();
}

int DemoTenant::siteId()
{
    return DemoFixtures::siteId();
}

QString DemoTenant::defaultPassword()
{
    return DemoFixtures::defaultPassword();
}

void DemoTenant::setRotateRefreshTokens(bool on)
{
    m_service->setRotateRefreshTokens(on);
}

void DemoTenant::setClock(const Clock* clock)
{
    m_service->setClock(clock);
}

bool DemoTenant::listen(quint16 port)
{
    return startListening(port, false, QString());
}

bool DemoTenant::listenTls(const QString& tlsDir, quint16 port)
{
    return startListening(port, true, tlsDir);
}

bool DemoTenant::startListening(quint16 port, bool tls, const QString& tlsDir)
{
    m_errorString.clear();
    if (m_servers) {
        m_errorString = tr("The demo tenant is already listening on %1.").arg(m_baseUrl.toDisplayString());
        return false;
    }
    if (tls && tlsDir.isEmpty()) {
        m_errorString = tr("No directory was given for the demo tenant's certificate authority.");
        return false;
    }
    QStringList names;
    if (!m_homeHostName.isEmpty()) {
        names << m_homeHostName << m_tenantDomain;
    }
    std::unique_ptr<DemoTenantBackend> servers = Services::instance().newDemoTenant(this);
    const DemoTenantBackend::Listening listening = servers->listen(m_service.get(), port, tls, tlsDir, names);
    if (!listening.ok) {
        m_errorString = listening.error;
        return false;
    }
    m_servers = std::move(servers);
    m_baseUrl = listening.home;
    m_podUrl = listening.pod;
    m_service->setTenantDomain(m_tenantDomain.isEmpty() ? m_podUrl.authority() : m_tenantDomain);
    qCInfo(lcDemo).noquote() << "demo tenant listening on" << m_baseUrl.toString() << "(home) and"
                             << m_podUrl.toString() << "(tenant)";
    return true;
}

void DemoTenant::playDataCentreHosts(const QString& homeHostName, const QString& tenantDomain)
{
    m_homeHostName = homeHostName;
    m_tenantDomain = tenantDomain;
    if (m_servers) {
        m_service->setTenantDomain(m_tenantDomain.isEmpty() ? m_podUrl.authority() : m_tenantDomain);
    }
}

QUrl DemoTenant::podUrl() const
{
    return m_podUrl;
}

QUrl DemoTenant::baseUrl() const
{
    return m_baseUrl;
}

QString DemoTenant::errorString() const
{
    return m_errorString;
}
