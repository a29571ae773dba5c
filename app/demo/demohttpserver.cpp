#include "demohttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

DemoRequest toDemoRequest(const QHttpServerRequest& request)
{
    DemoRequest demo;
    demo.method = methodName(request.method());
    demo.path = request.url().path(QUrl::FullyDecoded);
    demo.query = request.query();
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        demo.headers.insert(name.toLower(), value);
    }
#else
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        demo.headers.insert(QByteArray(name.data(), name.size()).toLower(), headers.valueAt(i).toByteArray());
    }
#endif
    demo.body = request.body();
    return demo;
}

} // namespace

DemoHttpServer::DemoHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

DemoHttpServer::~DemoHttpServer() = default;

void DemoHttpServer::respond(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const DemoReply reply = m_handler(toDemoRequest(request));
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    responder.writeStatusLine(status);
    if (!reply.contentType.isEmpty()) {
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto& [name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
#else
    QHttpHeaders headers;
    if (!reply.contentType.isEmpty()) {
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    }
    for (const auto& [name, value] : reply.headers) {
        headers.append(name, value);
    }
    responder.write(reply.body, headers, status);
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool DemoHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(request, responder);
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(request, responder);
}
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
bool DemoHttpServer::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    respond(request, responder);
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    respond(request, responder);
}
#else
bool DemoHttpServer::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    respond(request, responder);
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    respond(request, responder);
}
#endif
