#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the demo's handlers see it, independent of the HTTP server's API version.
struct DemoRequest
{
    QByteArray method; // upper case: GET, POST, PUT, …
    QString path; // decoded path without query, e.g. /api/commerce/customer/authtickets
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};
