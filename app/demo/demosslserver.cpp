#include "demosslserver.h"

#include "demorequestlimit.h"

QTcpSocket* DemoSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    DemoRequestLimit::install(socket);
    return socket;
}
