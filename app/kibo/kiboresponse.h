#pragma once

#include "kibo/kiboerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <utility>

// One finished Kibo call: what came back (status, body, parsed JSON, headers), how long it took,
// and the error, if any. Headers are kept as a list for the troubleshooting view.
struct KiboResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;
    KiboError error;

    // The first header called name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray& name) const;

    // An HTTP date (a Date or Retry-After header: "Sun, 29 Nov 2026 03:00:00 GMT", also the other RFC 2822 forms)
    // in UTC, or an invalid QDateTime.
    static QDateTime parseHttpDate(const QByteArray& value);
    // Whether a header value holds a control character (a tab aside), which no header value may: the readers of
    // dates and Retry-After refuse such a value as a whole.
    static bool hasControlBytes(const QByteArray& value);
};

Q_DECLARE_METATYPE(KiboResponse)
