#include "demotenant.h"

#include "atomicfile.h"
#include "clock.h"
#include "democertificate.h"
#include "demofixtures.h"
#include "demohttpserver.h"
#include "demoservice.h"
#include "demotcpserver.h"
#include "logging.h"

#include <QDir>
#include <QTcpServer>
#include <QtGlobal>
#if QT_CONFIG(ssl)
#include "demosslserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

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

bool DemoTenant::listen(const QHostAddress& address, quint16 port)
{
    return startListening(address, port, false, QString());
}

bool DemoTenant::listenTls(const QString& tlsDir, const QHostAddress& address, quint16 port)
{
    return startListening(address, port, true, tlsDir);
}

bool DemoTenant::startListening(const QHostAddress& address, quint16 port, bool tls, const QString& tlsDir)
{
    m_errorString.clear();
    if (m_homeServer) {
        m_errorString = tr("The demo tenant is already listening on %1.").arg(m_baseUrl.toDisplayString());
        return false;
    }
    if (tls && tlsDir.isEmpty()) {
        m_errorString = tr("No directory was given for the demo tenant's certificate authority.");
        return false;
    }

#if QT_CONFIG(ssl)
    QSslConfiguration sslConfiguration;
#endif
    if (tls) {
#if QT_CONFIG(ssl)
        QStringList names;
        if (!m_homeHostName.isEmpty()) {
            names << m_homeHostName << m_tenantDomain;
        }
        const DemoCertificate certificate = DemoCertificate::generate(names);
        if (!certificate.isValid()) {
            qCWarning(lcDemo) << "certificate generation failed at" << certificate.error();
            m_errorString = tr("The demo tenant could not create its TLS certificate (%1).").arg(certificate.error());
            return false;
        }
        if (!QDir().mkpath(tlsDir)) {
            m_errorString = tr("The directory %1 could not be created.").arg(QDir::toNativeSeparators(tlsDir));
            return false;
        }
        const QString caPath = QDir(tlsDir).filePath(u"ca.pem"_s);
        if (AtomicFile::write(caPath, certificate.caPem()).isError()) {
            m_errorString
                = tr("The certificate authority could not be written to %1.").arg(QDir::toNativeSeparators(caPath));
            return false;
        }
        sslConfiguration = QSslConfiguration::defaultConfiguration();
        sslConfiguration.setLocalCertificate(QSslCertificate(certificate.serverCertificatePem(), QSsl::Pem));
        sslConfiguration.setPrivateKey(QSslKey(certificate.serverKeyPem(), QSsl::Ec, QSsl::Pem));
        sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
#else
        m_errorString = tr("This build of Qt has no TLS support.");
        return false;
#endif
    }

    // Two origins, as Kibo has: the home host (app tokens, tenant lookup) and the tenant's pod (customer calls).
    const auto listenOne = [&](DemoService::Origin origin, quint16 wantedPort) -> std::unique_ptr<DemoHttpServer> {
        auto server = std::make_unique<DemoHttpServer>(
            [this, origin](const DemoRequest& request) { return m_service->handle(request, origin); });
        // Our own listeners (bind() works from 6.4 on) so that every connection gets DemoRequestLimit.
        QTcpServer* tcpServer = nullptr;
#if QT_CONFIG(ssl)
        if (tls) {
            auto* sslServer = new DemoSslServer(server.get());
            sslServer->setSslConfiguration(sslConfiguration);
            tcpServer = sslServer;
        }
#endif
        if (!tcpServer)
            tcpServer = new DemoTcpServer(server.get());
        if (!tcpServer->listen(address, wantedPort))
            return nullptr;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        server->bind(tcpServer);
#else
        if (!server->bind(tcpServer))
            return nullptr;
#endif
        return server;
    };
    std::unique_ptr<DemoHttpServer> home = listenOne(DemoService::Origin::Home, port);
    std::unique_ptr<DemoHttpServer> pod = home ? listenOne(DemoService::Origin::Pod, 0) : nullptr;
    if (!home || !pod) {
        m_errorString = tr("The demo tenant could not listen on %1 port %2.").arg(address.toString()).arg(port);
        qCWarning(lcDemo) << "listen failed on" << address.toString() << port;
        return false;
    }
    const auto urlOf = [&](DemoHttpServer& server) {
        QUrl url;
        url.setScheme(tls ? u"https"_s : u"http"_s);
        url.setHost(address.toString());
        url.setPort(server.serverPorts().value(0));
        return url;
    };
    m_baseUrl = urlOf(*home);
    m_podUrl = urlOf(*pod);
    m_homeServer = home.release();
    m_homeServer->setParent(this);
    m_podServer = pod.release();
    m_podServer->setParent(this);
    m_service->setTenantDomain(m_tenantDomain.isEmpty() ? m_podUrl.authority() : m_tenantDomain);
    qCInfo(lcDemo).noquote() << "demo tenant listening on" << m_baseUrl.toString() << "(home) and"
                             << m_podUrl.toString() << "(tenant)";
    return true;
}

void DemoTenant::playDataCentreHosts(const QString& homeHostName, const QString& tenantDomain)
{
    m_homeHostName = homeHostName;
    m_tenantDomain = tenantDomain;
    if (m_homeServer) {
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
