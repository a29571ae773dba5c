#pragma once

#include "demo/reservedport.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class Clock;
class DemoService;
class DemoTenantBackend;

// A stand-in Kibo server on loopback with the seeded customers of architecture.md and the rules of
// auth-api.md section 9. Like Kibo it has two origins on two ports: the home host (app tokens and the tenant
// lookup, whose domain names the pod) and the tenant's pod (the customer calls); each refuses the other's calls,
// so a client that does not follow the lookup's domain fails.
// The app credentials are public on purpose (they only open this demo). jwtSecret() is the demo's own
// HS256 key for jwtAccessToken, so tests and `verify --secret-stdin` can check its signatures.
class DemoTenant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTenant)

public:
    explicit DemoTenant(QObject* parent = nullptr);
    ~DemoTenant() override;

    // The demo's fixed values, for callers that hold a DemoTenant; they live in demofixtures.h.
    static QString clientId();
    static QString sharedSecret();
    static QByteArray jwtSecret();
    static int tenantId();
    static int siteId();
    static QString defaultPassword();

    // Every issue and expiry time, and the 2FA code lifetime, reads this clock (default Clock::system()).
    // The clock must outlive the tenant.
    void setClock(const Clock* clock);
    // Refresh-token rotation: each refresh answers with a new refresh token and retires the old one.
    // Off by default (auth-api.md section 9: a refresh keeps the refresh token).
    void setRotateRefreshTokens(bool on);

    // Reserves the two ports on 127.0.0.1 (the home host's port, 0 = any free one; the pod's any free one) and
    // starts nothing: baseUrl() and podUrl() are known from here on, and a connection waits in the system's queue
    // until listen() serves it. Needs neither Qt Network nor the services module (ReservedPort), so the main window
    // shows the demo's address in its first frame and starts serving after it. listen() reserves by itself when
    // this was not called. False with errorString() when a port cannot be had.
    bool reserve(quint16 port = 0);
    // Plain HTTP on 127.0.0.1:port (0 = any free port; ignored after reserve()). False with errorString() when it
    // cannot listen.
    bool listen(quint16 port = 0);
    // HTTPS: makes a CA and a server certificate (SAN 127.0.0.1, localhost) and writes the CA to tlsDir/ca.pem.
    bool listenTls(const QString& tlsDir, quint16 port = 0);

    // Plays a data centre's host names (before listen): the TLS certificate also names homeHostName and
    // tenantDomain, and the tenant lookup answers tenantDomain as the domain. For tests that route those names
    // to the two loopback ports (a proxy), so that each data centre's hosts are driven end to end.
    void playDataCentreHosts(const QString& homeHostName, const QString& tenantDomain);

    bool isListening() const; // serving, after listen() or listenTls()
    QUrl baseUrl() const; // the home host, e.g. http://127.0.0.1:41234; its API base is baseUrl() + "/api"
    QUrl podUrl() const; // the tenant's pod, e.g. http://127.0.0.1:41235
    QString errorString() const; // why listen failed (translated)

Q_SIGNALS:
    // A 2FA or OTP code "emailed" to username (the demo outbox).
    void codeSent(const QString& username, const QString& code);

private:
    bool startListening(quint16 port, bool tls, const QString& tlsDir);
    void setUrls(bool tls);

    std::unique_ptr<DemoService> m_service;
    std::unique_ptr<DemoTenantBackend> m_servers; // in the services module; made by the first listen
    ReservedPort m_homePort; // from reserve() to listen()
    ReservedPort m_podPort;
    QUrl m_baseUrl;
    QUrl m_podUrl;
    QString m_homeHostName;
    QString m_tenantDomain;
    QString m_errorString;
};

// The demo tenant's two servers, in the services module (DemoServers there, services/services.h): Qt HttpServer on
// loopback, each origin answering through the front's DemoService.
class DemoTenantBackend
{
public:
    virtual ~DemoTenantBackend() = default;
    // Serves the home host and the pod on their listening sockets (ReservedPort::take()), which it owns from the
    // call on, failed or not. With tls, writes the CA to tlsDir/ca.pem and serves a certificate that also names
    // certificateNames. Empty when serving, else why not (translated).
    virtual QString serve(DemoService* service, qintptr homeSocket, qintptr podSocket, bool tls, const QString& tlsDir,
        const QStringList& certificateNames)
        = 0;
};
