#include "helpers/faultserver.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

QByteArray FaultServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray FaultServer::Request::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

FaultServer::FaultServer(QObject* parent)
    : QTcpServer(parent)
{
    m_fallback = json(404, R"({"message":"Not found","errorCode":"ITEM_NOT_FOUND","applicationName":"Fault"})");
}

FaultServer::~FaultServer()
{
    close();
}

bool FaultServer::listenLocal()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_certificate.isNull() ? u"http"_s : u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(serverPort());
    return url;
}

void FaultServer::setTls(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

void FaultServer::script(const QByteArray& pathPrefix, const QList<Reply>& replies)
{
    m_scripts.prepend({ pathPrefix, replies });
    m_scriptPosition.remove(pathPrefix);
}

void FaultServer::setFallback(const Reply& reply)
{
    m_fallback = reply;
}

int FaultServer::count(const QByteArray& pathPrefix) const
{
    int n = 0;
    for (const Request& request : m_requests) {
        n += request.path().startsWith(pathPrefix) ? 1 : 0;
    }
    return n;
}

FaultServer::Reply FaultServer::json(
    int status, const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& extra)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    reply.headers.emplaceBack("x-vol-correlation", "fa17fa17fa17fa17fa17fa17fa17fa17");
    reply.headers.append(extra);
    return reply;
}

FaultServer::Reply FaultServer::fault(Fault fault, const QByteArray& body)
{
    Reply reply = json(200, body);
    reply.fault = fault;
    return reply;
}

void FaultServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    QTcpSocket* socket = nullptr;
    if (m_certificate.isNull()) {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(socketDescriptor);
    } else {
        auto* ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(socketDescriptor);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client certificate
        connect(ssl, &QSslSocket::sslErrors, ssl, [](const QList<QSslError>&) {});
        ssl->startServerEncryption();
        socket = ssl;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void FaultServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.emplaceBack(name, value);
            if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                length = value.toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_requests.append(request);
        Q_EMIT requestReceived(request.path());
        answer(socket, request);
    }
}

FaultServer::Reply FaultServer::replyFor(const Request& request)
{
    const QByteArray path = request.path();
    for (const auto& [prefix, replies] : m_scripts) {
        if (!path.startsWith(prefix) || replies.isEmpty()) {
            continue;
        }
        int& position = m_scriptPosition[prefix];
        const Reply reply = replies.at(std::min<qsizetype>(position, replies.size() - 1));
        ++position;
        return reply;
    }
    return m_fallback;
}

void FaultServer::answer(QTcpSocket* socket, const Request& request)
{
    const Reply reply = replyFor(request);
    if (reply.fault == Fault::StallBeforeHeaders) {
        return;
    }
    if (reply.fault == Fault::CloseWithoutReply) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    for (const auto& [name, value] : reply.headers) {
        head += name + ": " + value + "\r\n";
    }
    if (reply.fault == Fault::Stream) {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head);
        // Stream in 64 KiB chunks as the socket drains, until streamBytes or the client hangs up.
        auto sent = std::make_shared<qint64>(0);
        const qint64 total = reply.streamBytes;
        QPointer<QTcpSocket> guard(socket);
        // The socket's bytesWritten connection owns the pump; the pump must not own itself (a leak).
        auto pump = std::make_shared<std::function<void()>>();
        *pump = [guard, sent, total] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                return;
            }
            if (guard->bytesToWrite() > 256 * 1024) {
                return;
            }
            if (*sent >= total) {
                guard->write("0\r\n\r\n");
                return;
            }
            const qint64 size = std::min<qint64>(64 * 1024, total - *sent);
            guard->write(QByteArray::number(size, 16) + "\r\n" + QByteArray(size, 'x') + "\r\n");
            *sent += size;
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, [pump] { (*pump)(); });
        (*pump)();
        return;
    }
    const qint64 declared = reply.declaredLength >= 0 ? reply.declaredLength : reply.body.size();
    head += "Content-Length: " + QByteArray::number(declared) + "\r\n\r\n";
    switch (reply.fault) {
    case Fault::StallMidBody:
        socket->write(head + reply.body.left(reply.body.size() / 2));
        return;
    case Fault::Truncated:
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case Fault::Trickle: {
        socket->write(head);
        auto* timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        const QByteArray body = reply.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, position, body] {
            if (*position >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid(*position, 1));
            ++*position;
        });
        timer->start(reply.trickleIntervalMs);
        return;
    }
    default:
        socket->write(head + reply.body);
        return;
    }
}
