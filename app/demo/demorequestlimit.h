#pragma once

#include <QtGlobal>

class QTcpSocket;

// Bounds what one request may make the demo tenant buffer. Qt HttpServer keeps a whole request in
// memory before handing it over, so a guard on the socket answers 400 and closes the connection once a
// request grows past maxRequestBytes (a 1 MiB body plus headers); smaller bodies over 1 MiB get the
// same 400 from DemoService.
class DemoRequestLimit
{
public:
    static constexpr qint64 maxRequestBytes = 1024 * 1024 + 64 * 1024;

    // Call before Qt HttpServer connects its own readyRead handler, so the guard runs first.
    static void install(QTcpSocket* socket);
};
