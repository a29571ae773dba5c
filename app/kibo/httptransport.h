#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

class QAbstractSocket;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;
class HttpReply;

// HTTP/1.1 on the calling thread for calls that connect directly (no proxy): KiboCall's transport where
// QNetworkAccessManager would hop to its HTTP thread and back for every request. One per manager (a child of it, so
// it goes with the manager), holding that manager's kept-alive connections: one request at a time per connection (no
// pipelining), reused only for the same scheme, host, port and TLS configuration (a connection accepted under one CA
// set never serves a call with another). Replies are QNetworkReplys, so KiboCall judges them as it judges Qt's;
// redirects are never followed. Proxied calls stay with QNetworkAccessManager.
// In the services module (services/services.h); exported from it for testhttptransport.
class Q_DECL_EXPORT HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    // How long a kept-alive connection may stay unused before it is closed (QNetworkAccessManager keeps its own
    // for 120 s).
    static constexpr int IdleTimeoutMs = 120'000;
    // Idle connections kept per origin; more are closed as they come free.
    static constexpr int MaxIdlePerOrigin = 6;

    // The transport of manager, made on first use.
    static HttpTransport* of(QNetworkAccessManager* manager);
    // True when manager would connect to url without a proxy (its proxy factory, its proxy or the application's
    // answers NoProxy first) and is a plain QNetworkAccessManager: a subclass may override createRequest() to see
    // every request, so its calls stay with it.
    static bool connectsDirectly(QNetworkAccessManager* manager, const QUrl& url);
    // Closes manager's idle connections (after a change of trust or proxy); calls under way finish on theirs.
    static void closeIdleConnections(QNetworkAccessManager* manager);

    // Starts request (its URL, raw headers, transfer timeout and, for https, TLS configuration) with verb and body.
    // The reply is a child of this transport; it emits its signals from the event loop, never from within send().
    QNetworkReply* send(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body);

    int idleConnectionCount() const { return int(m_idle.size()); }

private:
    friend class HttpReply;

    struct Idle
    {
        QString scheme;
        QString host;
        int port = 0;
        QSslConfiguration tls; // the configuration the connection was made with (https only)
        QPointer<QAbstractSocket> socket;
        QElapsedTimer since;
    };

    explicit HttpTransport(QNetworkAccessManager* manager);

    // An idle connection to the origin made with tls, taken out of the pool, or null.
    QAbstractSocket* takeIdle(const QString& scheme, const QString& host, int port, const QSslConfiguration& tls);
    // A connection whose reply was complete and that the server keeps open.
    void putIdle(
        const QString& scheme, const QString& host, int port, const QSslConfiguration& tls, QAbstractSocket* socket);
    void dropIdle(QAbstractSocket* socket);
    void expireIdle();

    QNetworkAccessManager* m_manager;
    QList<Idle> m_idle;
    QTimer m_expiry;
};
