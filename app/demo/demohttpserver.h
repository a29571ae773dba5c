#pragma once

#include "demoreply.h"
#include "demorequest.h"

#include <QAbstractHttpServer>
#include <QtGlobal>
#include <functional>

// Qt HttpServer glue: every request becomes a DemoRequest for one handler, whose DemoReply is written
// back. Hides the differences of QAbstractHttpServer's protected API between Qt 6.4 and newer.
class DemoHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHttpServer)

public:
    using Handler = std::function<DemoReply(const DemoRequest&)>;

    explicit DemoHttpServer(Handler handler, QObject* parent = nullptr);
    ~DemoHttpServer() override;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder&& responder) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
#endif

private:
    void respond(const QHttpServerRequest& request, QHttpServerResponder& responder);

    Handler m_handler;
};
