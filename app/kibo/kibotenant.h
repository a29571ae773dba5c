#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

// One site of a tenant, as the tenant lookup lists it.
struct KiboSite
{
    int id = 0;
    QString name;
    QString domain;
    int catalogId = 0;
    QString localeCode;
    QString currencyCode;
};

// The reply of the tenant lookup GET {home}/api/platform/tenants/{id} (auth-api.md section 3): where the
// tenant lives (domain, its pod host) and which sites it has. Carries no secret.
struct KiboTenant
{
    Q_DECLARE_TR_FUNCTIONS(KiboTenant)
public:
    int id = 0;
    QString name;
    bool isDevTenant = false;
    QString domain; // host[:port] of the tenant's pod, e.g. t12345.sandbox.mozu.com
    QList<KiboSite> sites;
    int masterCatalogCount = 0;

    // Reads a lookup reply. nullopt with a reason (translated) when it is no tenant object; a tenant
    // without a usable domain is returned (domain empty) so that callers can say exactly that.
    static std::optional<KiboTenant> fromJson(const QJsonObject& object, QString* reason = nullptr);
    // For the cached copy in a profile and the CLI's --json.
    QJsonObject toJson() const;

    const KiboSite* site(int siteId) const;
    // https://{domain}/api, or http for a loopback home host served over http (the demo tenant). Invalid
    // when domain is not a plain host[:port].
    QUrl apiBase(const QUrl& homeApiBase) const;
    // True for a plain host name or address with an optional port: nothing a URL could be smuggled in by.
    static bool isUsableDomain(const QString& domain);
};

Q_DECLARE_METATYPE(KiboTenant)
