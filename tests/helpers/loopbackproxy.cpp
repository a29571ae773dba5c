#include "helpers/loopbackproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;

struct LoopbackProxy::Connection
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray clientBuffer; // bytes from the client not yet sent upstream
    QByteArray upstreamBuffer; // response head being collected (forward mode)
    bool headParsed = false;
    bool tunnel = false;
    bool upstreamConnected = false;
    bool responseHeadDone = false;
};

namespace {

bool isLoopbackHost(const QByteArray& host)
{
    const QString name = QString::fromLatin1(host);
    if (name.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(name) && address.isLoopback();
}

bool isHopByHop(const QByteArray& name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "connection" || lower == "keep-alive" || lower == "proxy-connection"
        || lower == "proxy-authorization";
}

} // namespace

LoopbackProxy::LoopbackProxy(QObject* parent)
    : QTcpServer(parent)
{ }

LoopbackProxy::~LoopbackProxy()
{
    close();
}

bool LoopbackProxy::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

int LoopbackProxy::count(const QByteArray& needle) const
{
    int n = 0;
    for (const Seen& seen : m_requests) {
        n += seen.target.contains(needle) ? 1 : 0;
    }
    return n;
}

void LoopbackProxy::route(const QByteArray& hostAndPort, quint16 loopbackPort)
{
    m_routes.insert(hostAndPort.toLower(), loopbackPort);
}

int LoopbackProxy::count(const QByteArray& method, const QByteArray& needle) const
{
    int n = 0;
    for (const Seen& seen : m_requests) {
        n += seen.method == method && seen.target.contains(needle) ? 1 : 0;
    }
    return n;
}

void LoopbackProxy::incomingConnection(qintptr socketDescriptor)
{
    auto* client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    auto connection = std::make_shared<Connection>();
    connection->client = client;
    connect(client, &QTcpSocket::readyRead, this, [this, connection] { onClientData(connection); });
    connect(client, &QTcpSocket::disconnected, this, [connection] {
        if (connection->upstream) {
            connection->upstream->disconnectFromHost();
        }
        if (connection->client) {
            connection->client->deleteLater();
        }
    });
}

void LoopbackProxy::refuse(Connection* connection, const QByteArray& statusLine, const QByteArray& extraHeaders)
{
    if (!connection->client) {
        return;
    }
    connection->client->write(
        "HTTP/1.1 " + statusLine + "\r\n" + extraHeaders + "Content-Length: 0\r\nConnection: close\r\n\r\n");
    connection->client->disconnectFromHost();
}

void LoopbackProxy::onClientData(const std::shared_ptr<Connection>& connection)
{
    if (!connection->client) {
        return;
    }
    connection->clientBuffer += connection->client->readAll();
    if (connection->headParsed) {
        if (connection->upstreamConnected && connection->upstream) {
            connection->upstream->write(connection->clientBuffer);
            connection->clientBuffer.clear();
        }
        return;
    }
    const qsizetype headEnd = connection->clientBuffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return;
    }
    connection->headParsed = true;
    const QByteArray head = connection->clientBuffer.left(headEnd);
    const QByteArray rest = connection->clientBuffer.mid(headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Seen seen;
    seen.method = requestLine.value(0);
    seen.target = requestLine.value(1);
    QList<QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon);
        if (name.trimmed().compare("proxy-authorization", Qt::CaseInsensitive) == 0) {
            seen.hadProxyAuthorization = true;
        }
        if (!isHopByHop(name)) {
            headers.append(line);
        }
    }
    m_requests.append(seen);
    Q_EMIT requestSeen(seen.method, seen.target);

    if (m_mode == Mode::RequireAuthentication) {
        refuse(
            connection.get(), "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"kti-test\"\r\n");
        return;
    }
    if (seen.method == "CONNECT") {
        const qsizetype colon = seen.target.lastIndexOf(':');
        const QByteArray host = seen.target.left(colon);
        bool ok = false;
        const quint16 port = seen.target.mid(colon + 1).toUShort(&ok);
        // A routed name (a data centre's host played by a loopback server) tunnels to its loopback port.
        const auto routed = m_routes.constFind(seen.target.toLower());
        if (routed != m_routes.constEnd()) {
            connection->tunnel = true;
            connection->clientBuffer = rest;
            startUpstream(connection, QByteArrayLiteral("127.0.0.1"), *routed);
            return;
        }
        if (colon <= 0 || !ok || !isLoopbackHost(host)) {
            refuse(connection.get(), "403 Forbidden");
            return;
        }
        connection->tunnel = true;
        connection->clientBuffer = rest;
        startUpstream(connection, host, port);
        return;
    }
    const QUrl url = QUrl::fromEncoded(seen.target);
    if (!url.isValid() || url.scheme() != u"http"_s || !isLoopbackHost(url.host().toLatin1())) {
        refuse(connection.get(), "400 Bad Request");
        return;
    }
    QByteArray upstreamHead = seen.method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' '
        + requestLine.value(2) + "\r\n";
    for (const QByteArray& header : headers) {
        upstreamHead += header + "\r\n";
    }
    upstreamHead += "Connection: close\r\n\r\n";
    connection->clientBuffer = upstreamHead + rest;
    startUpstream(connection, url.host().toLatin1(), quint16(url.port(80)));
}

void LoopbackProxy::startUpstream(const std::shared_ptr<Connection>& connection, const QByteArray& host, quint16 port)
{
    auto* upstream = new QTcpSocket(connection->client);
    connection->upstream = upstream;
    connect(upstream, &QTcpSocket::connected, this, [connection] {
        connection->upstreamConnected = true;
        if (connection->tunnel && connection->client) {
            connection->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        }
        if (!connection->clientBuffer.isEmpty()) {
            connection->upstream->write(connection->clientBuffer);
            connection->clientBuffer.clear();
        }
    });
    connect(upstream, &QTcpSocket::readyRead, this, [this, connection] { onUpstreamData(connection.get()); });
    connect(upstream, &QTcpSocket::disconnected, this, [connection] {
        if (connection->client) {
            connection->client->disconnectFromHost();
        }
    });
    connect(upstream, &QTcpSocket::errorOccurred, this, [connection](QAbstractSocket::SocketError error) {
        if (!connection->upstreamConnected && error != QAbstractSocket::RemoteHostClosedError) {
            refuse(connection.get(), "502 Bad Gateway");
        }
    });
    upstream->connectToHost(QString::fromLatin1(host), port);
}

void LoopbackProxy::onUpstreamData(Connection* connection)
{
    if (!connection->upstream || !connection->client) {
        return;
    }
    const QByteArray data = connection->upstream->readAll();
    if (connection->tunnel || connection->responseHeadDone) {
        connection->client->write(data);
        return;
    }
    // Forwarded reply: say "Connection: close" so the client opens a new connection (and is seen) next time.
    connection->upstreamBuffer += data;
    const qsizetype headEnd = connection->upstreamBuffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return;
    }
    connection->responseHeadDone = true;
    const QList<QByteArray> lines = connection->upstreamBuffer.left(headEnd).split('\n');
    QByteArray head = lines.value(0).trimmed() + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && !isHopByHop(line.left(colon))) {
            head += line + "\r\n";
        }
    }
    head += "Connection: close\r\n\r\n";
    connection->client->write(head + connection->upstreamBuffer.mid(headEnd + 4));
    connection->upstreamBuffer.clear();
}
