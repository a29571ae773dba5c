#include "kibo/httptransport.h"

#include "kibo/httpreply.h"

#include <QAbstractSocket>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QUrl>
#include <typeinfo>

HttpTransport::HttpTransport(QNetworkAccessManager* manager)
    : QObject(manager)
    , m_manager(manager)
{
    m_expiry.setInterval(IdleTimeoutMs / 4);
    connect(&m_expiry, &QTimer::timeout, this, &HttpTransport::expireIdle);
}

HttpTransport* HttpTransport::of(QNetworkAccessManager* manager)
{
    if (auto* existing = manager->findChild<HttpTransport*>(QString(), Qt::FindDirectChildrenOnly)) {
        return existing;
    }
    return new HttpTransport(manager);
}

bool HttpTransport::connectsDirectly(QNetworkAccessManager* manager, const QUrl& url)
{
    // A subclass may override createRequest() to watch or rewrite every request: it keeps seeing them all.
    if (typeid(*manager) != typeid(QNetworkAccessManager)) {
        return false;
    }
    // The proxy QNetworkAccessManager itself would pick for url (QNetworkAccessManagerPrivate::queryProxy).
    QList<QNetworkProxy> proxies;
    const QNetworkProxyQuery query(url);
    if (QNetworkProxyFactory* factory = manager->proxyFactory()) {
        proxies = factory->queryProxy(query);
    } else if (manager->proxy().type() == QNetworkProxy::DefaultProxy) {
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    } else {
        proxies.append(manager->proxy());
    }
    return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy;
}

void HttpTransport::closeIdleConnections(QNetworkAccessManager* manager)
{
    if (auto* transport = manager->findChild<HttpTransport*>(QString(), Qt::FindDirectChildrenOnly)) {
        const QList<Idle> idle = std::exchange(transport->m_idle, {});
        for (const Idle& entry : idle) {
            if (entry.socket) {
                entry.socket->disconnect(transport);
                entry.socket->abort();
                entry.socket->deleteLater();
            }
        }
        transport->m_expiry.stop();
    }
}

QNetworkReply* HttpTransport::send(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body)
{
    auto* reply = new HttpReply(this, request, verb, body);
    // Observers of the manager see every reply finish, as with its own (e.g. a harness timing replies).
    QNetworkAccessManager* manager = m_manager;
    connect(reply, &QNetworkReply::finished, manager, [manager, reply] { Q_EMIT manager->finished(reply); });
    return reply;
}

QAbstractSocket* HttpTransport::takeIdle(
    const QString& scheme, const QString& host, int port, const QSslConfiguration& tls)
{
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        const Idle& entry = m_idle.at(i);
        if (entry.port != port || entry.host != host || entry.scheme != scheme || !(entry.tls == tls)) {
            continue;
        }
        QPointer<QAbstractSocket> socket = entry.socket;
        m_idle.removeAt(i);
        if (m_idle.isEmpty()) {
            m_expiry.stop();
        }
        if (!socket) {
            continue;
        }
        socket->disconnect(this);
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0) {
            // Closed meanwhile, or bytes nobody asked for: not a connection to send a request on.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        return socket;
    }
    return nullptr;
}

void HttpTransport::putIdle(
    const QString& scheme, const QString& host, int port, const QSslConfiguration& tls, QAbstractSocket* socket)
{
    int sameOrigin = 0;
    for (const Idle& entry : std::as_const(m_idle)) {
        sameOrigin += entry.port == port && entry.host == host && entry.scheme == scheme ? 1 : 0;
    }
    if (sameOrigin >= MaxIdlePerOrigin) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    // The server may close an idle connection at any time, and bytes on it now would belong to no request.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { dropIdle(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { dropIdle(socket); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { dropIdle(socket); });
    Idle entry;
    entry.scheme = scheme;
    entry.host = host;
    entry.port = port;
    entry.tls = tls;
    entry.socket = socket;
    entry.since.start();
    m_idle.append(entry);
    if (!m_expiry.isActive()) {
        m_expiry.start();
    }
}

void HttpTransport::dropIdle(QAbstractSocket* socket)
{
    for (qsizetype i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i).socket == socket) {
            m_idle.removeAt(i);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            break;
        }
    }
    if (m_idle.isEmpty()) {
        m_expiry.stop();
    }
}

void HttpTransport::expireIdle()
{
    QList<QAbstractSocket*> expired;
    for (const Idle& entry : std::as_const(m_idle)) {
        if (entry.socket && entry.since.hasExpired(IdleTimeoutMs)) {
            expired.append(entry.socket);
        }
    }
    for (QAbstractSocket* socket : std::as_const(expired)) {
        dropIdle(socket);
    }
    m_idle.removeIf([](const Idle& entry) { return entry.socket.isNull(); });
    if (m_idle.isEmpty()) {
        m_expiry.stop();
    }
}
