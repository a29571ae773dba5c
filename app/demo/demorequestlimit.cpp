#include "demorequestlimit.h"

#include "demoservice.h"
#include "logging.h"

#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace {

constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;
constexpr int drainMilliseconds = 30 * 1000;

void refuse(QTcpSocket* socket)
{
    // Qt HttpServer must not parse any more of this connection.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted()) {
        socket->rollbackTransaction();
    }
    socket->readAll();
    // Drain (and drop) the rest of the upload so that the client reads our answer instead of a reset;
    // bounded in bytes and time.
    auto drained = std::make_shared<qint64>(0);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, drained] {
        *drained += socket->readAll().size();
        if (*drained > maxDrainBytes) {
            socket->abort();
        }
    });
    QTimer::singleShot(drainMilliseconds, socket, [socket] { socket->disconnectFromHost(); });

    const DemoReply reply = DemoService::oversizeReply();
    QByteArray wire = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
    wire += "Content-Type: " + reply.contentType + "\r\n";
    wire += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        wire += name + ": " + value + "\r\n";
    }
    wire += "Connection: close\r\n\r\n" + reply.body;
    socket->write(wire);
    qCInfo(lcDemo) << "request larger than" << DemoRequestLimit::maxRequestBytes << "bytes refused";
}

} // namespace

void DemoRequestLimit::install(QTcpSocket* socket)
{
    if (!socket) {
        return;
    }
    // Bytes of the request in progress: Qt HttpServer reads everything on each readyRead inside a
    // transaction it commits when a request is complete, so what is unread here is new.
    auto pending = std::make_shared<qint64>(0);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, pending] {
        if (!socket->isTransactionStarted()) {
            *pending = 0;
        }
        *pending += socket->bytesAvailable();
        if (*pending > maxRequestBytes) {
            refuse(socket);
        }
    });
}
