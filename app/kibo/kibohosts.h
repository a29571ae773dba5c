#pragma once

#include "kibo/kiboprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>
#include <utility>

// Builds Kibo base URLs and x-vol-* headers from a profile, the way Kibo's own SDKs do
// (auth-api.md sections 3 and 4). The tenant's own host is not built here: it is looked up at the home host
// (AuthTicketClient), unless the profile names an API host as a deliberate override.
// Invalid input gives an invalid QUrl and a translated reason.
class KiboHosts
{
    Q_DECLARE_TR_FUNCTIONS(KiboHosts)
public:
    // https://<home host>/api: the data centre's home host, or the profile's authHost for demo and custom.
    static QUrl authApiBase(const KiboProfile& profile, QString* error = nullptr);
    // <API host>/api when the profile overrides the tenant lookup; an empty QUrl when it does not, or when the
    // override is malformed (then with an error).
    static QUrl apiHostOverride(const KiboProfile& profile, QString* error = nullptr);
    // Everything a call needs before it can start: a home host, a tenant id (unless an API host overrides the
    // lookup), a valid site id and override. Empty when the profile is usable, else the reason (translated).
    static QString checkProfile(const KiboProfile& profile);
    // A stable name of the tenant a profile reaches, known before any lookup: "home.mozu.com/t12345", or the
    // override host ("t12345.tp1.mozu.com"). Keychain entries of customer tokens are filed under it.
    static QString tenantKey(const KiboProfile& profile);
    // Adds https:// unless the text starts with http; returns an invalid QUrl for bad input.
    static QUrl normalizeHost(const QString& hostOrUrl);
    static QList<std::pair<QByteArray, QByteArray>> tenantHeaders(const KiboProfile& profile);
    // host or host:port of a URL.
    static QString hostWithPort(const QUrl& url);
};
