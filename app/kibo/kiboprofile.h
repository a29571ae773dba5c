#pragma once

#include <QString>
#include <QUrl>
#include <optional>

// Everything needed to reach one Kibo tenant: data centre (or explicit hosts), ids, client id and
// the x-vol-* context. No secret lives here; the client secret stays in the keychain.
struct KiboProfile
{
    QString name;
    // DataCentre key: "us", "euw1", "usc1", "euw4" (home host from DataCentre's table), or "demo"/"custom"
    // (home host from authHost). Empty reads as "us" unless authHost is set (then "custom").
    QString dataCentre;
    int tenantId = 0;
    std::optional<int> siteId;
    QString apiHost; // a deliberate override of the tenant lookup: every tenant call goes here as given
    QString authHost; // the home host of a custom or demo data centre
    QString tenantDomain; // the tenant's pod host as the last lookup found it (a cache: shown, never trusted over a new
                          // lookup)
    QString clientId;
    QString locale;
    QString currency;
    std::optional<int> masterCatalogId;
    std::optional<int> catalogId;
    QString dataViewMode;
    QString caBundlePath; // extra trusted CA PEM, explicit per profile

    // The data centre key in effect (never empty): dataCentre, else "custom" with an authHost, else "us".
    QString effectiveDataCentre() const;
    bool usesCustomHome() const; // demo or custom: the home host is authHost

    // Profiles saved before data centres named a region ("", "us", "usc1", "euw1", …) and a pod guess
    // ("sandbox", "tp1", …). The pod is looked up now; the region becomes the data centre, and explicit
    // hosts stay explicit (an authHost makes it "custom", an apiHost stays the override).
    static QString dataCentreFromLegacy(const QString& region, const QString& authHost);

    // The demo tenant's profile: tenant 100001, site 100002, the demo client id, its home host at demoHomeUrl;
    // the tenant's host is looked up there like any other.
    static KiboProfile demo(const QUrl& demoHomeUrl);
};
