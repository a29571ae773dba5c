#pragma once

#include "kibo/kiboerror.h"

#include <QByteArray>
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
};

Q_DECLARE_METATYPE(KiboResponse)
