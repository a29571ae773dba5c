#include "demotcpserver.h"

#include "demorequestlimit.h"

QTcpSocket* DemoTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    DemoRequestLimit::install(socket);
    return socket;
}
