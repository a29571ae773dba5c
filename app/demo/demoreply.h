#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP reply of the demo tenant; the server adds Content-Length and x-vol-correlation.
struct DemoReply
{
    int status = 200;
    QByteArray contentType; // empty with an empty body
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};
