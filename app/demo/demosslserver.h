#pragma once

#include <QSslServer>

// The demo tenant's HTTPS listener: a QSslServer that puts DemoRequestLimit on every connection.
class DemoSslServer final : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSslServer)

public:
    using QSslServer::QSslServer;
    QTcpSocket* nextPendingConnection() override;
};
