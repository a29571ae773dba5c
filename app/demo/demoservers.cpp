#include "demo/demoservers.h"

#include "atomicfile.h"
#include "democertificate.h"
#include "demohttpserver.h"
#include "demoservice.h"
#include "demotcpserver.h"
#include "logging.h"

#include <QDir>
#include <QHostAddress>
#include <QTcpServer>
#include <QtGlobal>
#include <optional>
#if QT_CONFIG(ssl)
#include "demosslserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

using namespace Qt::StringLiterals;

DemoServers::DemoServers() = default;

DemoServers::~DemoServers() = default;

DemoTenantBackend::Listening DemoServers::listen(
    DemoService* service, quint16 port, bool tls, const QString& tlsDir, const QStringList& certificateNames)
{
    const QHostAddress address = QHostAddress::LocalHost;
    Listening result;

#if QT_CONFIG(ssl)
    // Made only for TLS: even a default QSslConfiguration loads Qt's TLS backend, and with it libssl and libcrypto
    // (some 4 MB resident), which a demo over plain HTTP never uses.
    std::optional<QSslConfiguration> sslConfiguration;
#endif
    if (tls) {
#if QT_CONFIG(ssl)
        const DemoCertificate certificate = DemoCertificate::generate(certificateNames);
        if (!certificate.isValid()) {
            qCWarning(lcDemo) << "certificate generation failed at" << certificate.error();
            result.error
                = DemoTenant::tr("The demo tenant could not create its TLS certificate (%1).").arg(certificate.error());
            return result;
        }
        if (!QDir().mkpath(tlsDir)) {
            result.error
                = DemoTenant::tr("The directory %1 could not be created.").arg(QDir::toNativeSeparators(tlsDir));
            return result;
        }
        const QString caPath = QDir(tlsDir).filePath(u"ca.pem"_s);
        if (AtomicFile::write(caPath, certificate.caPem()).isError()) {
            result.error = DemoTenant::tr("The certificate authority could not be written to %1.")
                               .arg(QDir::toNativeSeparators(caPath));
            return result;
        }
        sslConfiguration = QSslConfiguration::defaultConfiguration();
        sslConfiguration->setLocalCertificate(QSslCertificate(certificate.serverCertificatePem(), QSsl::Pem));
        sslConfiguration->setPrivateKey(QSslKey(certificate.serverKeyPem(), QSsl::Ec, QSsl::Pem));
        sslConfiguration->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
#else
        result.error = DemoTenant::tr("This build of Qt has no TLS support.");
        return result;
#endif
    }

    // Two origins, as Kibo has: the home host (app tokens, tenant lookup) and the tenant's pod (customer calls).
    // Each is our own listener (bind() works from 6.4 on) so that every connection gets DemoRequestLimit. Over
    // plain HTTP the Qt HttpServer behind it is made when the first connection arrives: on Qt 6.4 its construction
    // loads the TLS backend (some 4 MB resident), which a demo tenant nobody logs in to does not need.
    const auto listenOne = [&](DemoService::Origin origin, quint16 wantedPort) -> QTcpServer* {
        const auto makeHttpServer = [this, service, origin](QTcpServer* tcpServer) {
            auto* server = new DemoHttpServer(
                [service, origin](const DemoRequest& request) { return service->handle(request, origin); }, this);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
            server->bind(tcpServer);
#else
            if (!server->bind(tcpServer)) {
                qCWarning(lcDemo) << "the HTTP server could not take over the listener on port"
                                  << tcpServer->serverPort();
            }
#endif
        };
#if QT_CONFIG(ssl)
        if (tls) {
            auto sslServer = std::make_unique<DemoSslServer>(this);
            sslServer->setSslConfiguration(*sslConfiguration);
            if (!sslServer->listen(address, wantedPort))
                return nullptr;
            makeHttpServer(sslServer.get());
            return sslServer.release();
        }
#endif
        auto tcpServer = std::make_unique<DemoTcpServer>(this);
        if (!tcpServer->listen(address, wantedPort))
            return nullptr;
        tcpServer->setBeforeFirstConnection([makeHttpServer, listener = tcpServer.get()] { makeHttpServer(listener); });
        return tcpServer.release();
    };
    // Children of this backend from here on, as the HTTP servers made for them will be.
    QTcpServer* home = listenOne(DemoService::Origin::Home, port);
    QTcpServer* pod = home ? listenOne(DemoService::Origin::Pod, 0) : nullptr;
    if (!home || !pod) {
        delete home;
        result.error
            = DemoTenant::tr("The demo tenant could not listen on %1 port %2.").arg(address.toString()).arg(port);
        qCWarning(lcDemo) << "listen failed on" << address.toString() << port;
        return result;
    }
    const auto urlOf = [&](const QTcpServer& server) {
        QUrl url;
        url.setScheme(tls ? u"https"_s : u"http"_s);
        url.setHost(address.toString());
        url.setPort(server.serverPort());
        return url;
    };
    result.home = urlOf(*home);
    result.pod = urlOf(*pod);
    result.ok = true;
    return result;
}
