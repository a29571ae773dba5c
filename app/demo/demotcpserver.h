#pragma once

#include <QTcpServer>

// The demo tenant's plain listener: a QTcpServer that puts DemoRequestLimit on every connection.
class DemoTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTcpServer)

public:
    using QTcpServer::QTcpServer;
    QTcpSocket* nextPendingConnection() override;
};
