#pragma once

#include "kibo/kiboprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <utility>

// Builds Kibo base URLs and x-vol-* headers from a profile, the way Kibo's own SDKs do
// (auth-api.md section 3 and 4). Invalid input gives an invalid QUrl and a translated reason.
class KiboHosts
{
    Q_DECLARE_TR_FUNCTIONS(KiboHosts)
public:
    // https://<tenant host>/api
    static QUrl tenantApiBase(const KiboProfile& profile, QString* error = nullptr);
    // https://<home host>/api
    static QUrl authApiBase(const KiboProfile& profile, QString* error = nullptr);
    // Adds https:// unless the text starts with http; returns an invalid QUrl for bad input.
    static QUrl normalizeHost(const QString& hostOrUrl);
    static QList<std::pair<QByteArray, QByteArray>> tenantHeaders(const KiboProfile& profile);
};
