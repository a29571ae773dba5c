#include "demo/demoservers.h"

#include "atomicfile.h"
#include "democertificate.h"
#include "demohttpserver.h"
#include "demoservice.h"
#include "demotcpserver.h"
#include "logging.h"

#include <QDir>
#include <QTcpServer>
#include <QtGlobal>
#include <optional>
#include <unistd.h>
#include <utility>
#if QT_CONFIG(ssl)
#include "demosslserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

using namespace Qt::StringLiterals;

DemoServers::DemoServers() = default;

DemoServers::~DemoServers() = default;

QString DemoServers::serve(DemoService* service, qintptr homeSocket, qintptr podSocket, bool tls, const QString& tlsDir,
    const QStringList& certificateNames)
{
    // The sockets are ours from here on: a server that takes one over closes it, the rest are closed here.
    struct Sockets
    {
        qintptr home;
        qintptr pod;
        ~Sockets()
        {
            for (const qintptr socket : { home, pod }) {
                if (socket >= 0) {
                    ::close(int(socket));
                }
            }
        }
    } sockets { homeSocket, podSocket };

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
            return DemoTenant::tr("The demo tenant could not create its TLS certificate (%1).")
                .arg(certificate.error());
        }
        if (!QDir().mkpath(tlsDir)) {
            return DemoTenant::tr("The directory %1 could not be created.").arg(QDir::toNativeSeparators(tlsDir));
        }
        const QString caPath = QDir(tlsDir).filePath(u"ca.pem"_s);
        if (AtomicFile::write(caPath, certificate.caPem()).isError()) {
            return DemoTenant::tr("The certificate authority could not be written to %1.")
                .arg(QDir::toNativeSeparators(caPath));
        }
        sslConfiguration = QSslConfiguration::defaultConfiguration();
        sslConfiguration->setLocalCertificate(QSslCertificate(certificate.serverCertificatePem(), QSsl::Pem));
        sslConfiguration->setPrivateKey(QSslKey(certificate.serverKeyPem(), QSsl::Ec, QSsl::Pem));
        sslConfiguration->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
#else
        return DemoTenant::tr("This build of Qt has no TLS support.");
#endif
    }

    // Two origins, as Kibo has: the home host (app tokens, tenant lookup) and the tenant's pod (customer calls).
    // Each is our own listener (bind() works from 6.4 on), on its reserved socket, so that every connection gets
    // DemoRequestLimit. Over plain HTTP the Qt HttpServer behind it is made when the first connection arrives: on
    // Qt 6.4 its construction loads the TLS backend (some 4 MB resident), which a demo tenant nobody logs in to does
    // not need.
    const auto serveOne = [&](DemoService::Origin origin, qintptr& socket) -> QTcpServer* {
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
            if (!sslServer->setSocketDescriptor(socket))
                return nullptr;
            socket = -1;
            makeHttpServer(sslServer.get());
            return sslServer.release();
        }
#endif
        auto tcpServer = std::make_unique<DemoTcpServer>(this);
        if (!tcpServer->setSocketDescriptor(socket))
            return nullptr;
        socket = -1;
        tcpServer->setBeforeFirstConnection([makeHttpServer, listener = tcpServer.get()] { makeHttpServer(listener); });
        return tcpServer.release();
    };
    // Children of this backend from here on, as the HTTP servers made for them will be.
    QTcpServer* home = serveOne(DemoService::Origin::Home, sockets.home);
    QTcpServer* pod = home ? serveOne(DemoService::Origin::Pod, sockets.pod) : nullptr;
    if (!home || !pod) {
        qCWarning(lcDemo) << "taking over the reserved sockets failed";
        delete home;
        return DemoTenant::tr("The demo tenant could not listen on 127.0.0.1.");
    }
    return {};
}
