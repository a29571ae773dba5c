#include "demotcpserver.h"

#include "demorequestlimit.h"

#include <utility>

QTcpSocket* DemoTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    DemoRequestLimit::install(socket);
    return socket;
}

void DemoTcpServer::setBeforeFirstConnection(std::function<void()> beforeFirst)
{
    m_beforeFirst = std::move(beforeFirst);
}

void DemoTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // Run once, before QTcpServer queues the socket and announces it: whoever it connects then hears of it.
    if (const std::function<void()> beforeFirst = std::exchange(m_beforeFirst, nullptr)) {
        beforeFirst();
    }
    QTcpServer::incomingConnection(socketDescriptor);
}
