#pragma once

#include <QTcpServer>
#include <functional>

// The demo tenant's plain listener: a QTcpServer that puts DemoRequestLimit on every connection.
//
// It can listen before anything serves it: setBeforeFirstConnection() names what to run when the first connection
// arrives, before the connection is offered (DemoServers makes the HTTP server there, so that a demo nobody logs in
// to never constructs one; on Qt 6.4 that construction loads Qt's TLS backend, libssl and libcrypto).
class DemoTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTcpServer)

public:
    using QTcpServer::QTcpServer;
    QTcpSocket* nextPendingConnection() override;
    void setBeforeFirstConnection(std::function<void()> beforeFirst);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<void()> m_beforeFirst;
};
