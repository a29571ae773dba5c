#include "demotenant.h"

#include "clock.h"
#include "democertificate.h"
#include "demohttpserver.h"
#include "demoservice.h"
#include "demotcpserver.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
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
    m_service->setOutbox([this](const QString& userName, const QString& code) { emit codeSent(userName, code); });
}

DemoTenant::~DemoTenant() = default;

QString DemoTenant::clientId()
{
    return u"KiboTokenInspector.demo.1.0.0.Release"_s;
}

QString DemoTenant::sharedSecret()
{
    return u"demo-shared-secret"_s;
}

QByteArray DemoTenant::jwtSecret()
{
    // Public on purpose: it signs only demo tickets, so that `verify` can show a verified signature.
    return QByteArrayLiteral("kibo-token-inspector-demo-jwt-hs256-key");
}

int DemoTenant::tenantId()
{
    return 100001;
}

int DemoTenant::siteId()
{
    return 100002;
}

QString DemoTenant::defaultPassword()
{
    return u"Demo-pass-1"_s;
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
    if (m_server) {
        m_errorString = tr("The demo tenant is already listening on %1.").arg(m_baseUrl.toDisplayString());
        return false;
    }
    if (tls && tlsDir.isEmpty()) {
        m_errorString = tr("No directory was given for the demo tenant's certificate authority.");
        return false;
    }

    auto server
        = std::make_unique<DemoHttpServer>([this](const DemoRequest& request) { return m_service->handle(request); });

#if QT_CONFIG(ssl)
    QSslConfiguration sslConfiguration;
#endif
    if (tls) {
#if QT_CONFIG(ssl)
        const DemoCertificate certificate = DemoCertificate::generate();
        if (!certificate.isValid()) {
            qCWarning(lcDemo) << "certificate generation failed at" << certificate.error();
            m_errorString = tr("The demo tenant could not create its TLS certificate (%1).").arg(certificate.error());
            return false;
        }
        if (!QDir().mkpath(tlsDir)) {
            m_errorString = tr("The directory %1 could not be created.").arg(QDir::toNativeSeparators(tlsDir));
            return false;
        }
        QSaveFile caFile(QDir(tlsDir).filePath(u"ca.pem"_s));
        if (!caFile.open(QIODevice::WriteOnly) || caFile.write(certificate.caPem()) != certificate.caPem().size()
            || !caFile.commit()) {
            m_errorString = tr("The certificate authority could not be written to %1.")
                                .arg(QDir::toNativeSeparators(caFile.fileName()));
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
    quint16 boundPort = 0;
    if (tcpServer->listen(address, port)) {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        server->bind(tcpServer);
        boundPort = tcpServer->serverPort();
#else
        if (server->bind(tcpServer))
            boundPort = tcpServer->serverPort();
#endif
    }
    if (boundPort == 0) {
        m_errorString = tr("The demo tenant could not listen on %1 port %2.").arg(address.toString()).arg(port);
        qCWarning(lcDemo) << "listen failed on" << address.toString() << port;
        return false;
    }

    m_server = server.release();
    m_server->setParent(this);
    QUrl url;
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(address.toString());
    url.setPort(boundPort);
    m_baseUrl = url;
    m_service->setAuthority(url.authority());
    qCInfo(lcDemo).noquote() << "demo tenant listening on" << m_baseUrl.toString();
    return true;
}

QUrl DemoTenant::baseUrl() const
{
    return m_baseUrl;
}

QString DemoTenant::errorString() const
{
    return m_errorString;
}
