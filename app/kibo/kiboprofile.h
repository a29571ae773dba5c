#pragma once

#include <QString>
#include <QUrl>
#include <optional>

// Everything needed to reach one Kibo tenant: ids, environment or explicit hosts, client id and
// the x-vol-* context. No secret lives here; the client secret stays in the keychain.
struct KiboProfile
{
    QString name;
    int tenantId = 0;
    std::optional<int> siteId;
    QString environment; // "sandbox", "tp1"…, "sb", "stg1"…
    QString region; // "" or "us" (mozu.com), "usc1" (US on GCP), "euw1"/"eu…"
    QString apiHost; // explicit override, wins as given
    QString authHost; // explicit override
    QString clientId;
    QString locale;
    QString currency;
    std::optional<int> masterCatalogId;
    std::optional<int> catalogId;
    QString dataViewMode;
    QString caBundlePath; // extra trusted CA PEM, explicit per profile

    // The demo tenant's profile: tenant 100001, site 100002, the demo client id, both hosts at demoBaseUrl.
    static KiboProfile demo(const QUrl& demoBaseUrl);
};
