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

bool DemoTenant::reserve(quint16 port)
{
    m_errorString.clear();
    if (m_servers || m_homePort.isReserved()) {
        m_errorString = tr("The demo tenant is already listening on %1.").arg(m_baseUrl.toDisplayString());
        return false;
    }
    ReservedPort home;
    ReservedPort pod;
    if (!home.reserve(port)) {
        m_errorString
            = tr("The demo tenant could not listen on 127.0.0.1 port %1: %2.").arg(port).arg(home.errorString());
        return false;
    }
    if (!pod.reserve(0)) {
        m_errorString = tr("The demo tenant found no free port on 127.0.0.1: %1.").arg(pod.errorString());
        return false;
    }
    m_homePort = std::move(home);
    m_podPort = std::move(pod);
    setUrls(false);
    return true;
}

bool DemoTenant::listen(quint16 port)
{
    return startListening(port, false, QString());
}

bool DemoTenant::listenTls(const QString& tlsDir, quint16 port)
{
    return startListening(port, true, tlsDir);
}

bool DemoTenant::isListening() const
{
    return m_servers != nullptr;
}

void DemoTenant::setUrls(bool tls)
{
    const auto urlOf = [tls](quint16 port) {
        QUrl url;
        url.setScheme(tls ? u"https"_s : u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(port);
        return url;
    };
    m_baseUrl = urlOf(m_homePort.port());
    m_podUrl = urlOf(m_podPort.port());
    m_service->setTenantDomain(m_tenantDomain.isEmpty() ? m_podUrl.authority() : m_tenantDomain);
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
    if (!m_homePort.isReserved() && !reserve(port)) {
        return false;
    }
    setUrls(tls);
    QStringList names;
    if (!m_homeHostName.isEmpty()) {
        names << m_homeHostName << m_tenantDomain;
    }
    std::unique_ptr<DemoTenantBackend> servers = Services::instance().newDemoTenant(this);
    // The servers own the sockets from here on, whether they serve or not.
    const QString error = servers->serve(m_service.get(), m_homePort.take(), m_podPort.take(), tls, tlsDir, names);
    if (!error.isEmpty()) {
        m_errorString = error;
        m_baseUrl.clear();
        m_podUrl.clear();
        return false;
    }
    m_servers = std::move(servers);
    qCInfo(lcDemo).noquote() << "demo tenant listening on" << m_baseUrl.toString() << "(home) and"
                             << m_podUrl.toString() << "(tenant)";
    return true;
}

void DemoTenant::playDataCentreHosts(const QString& homeHostName, const QString& tenantDomain)
{
    m_homeHostName = homeHostName;
    m_tenantDomain = tenantDomain;
    if (m_podUrl.isValid()) {
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
