#include "kibo/kibotenant.h"

#include "services/services.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Kibo sends ids as numbers; a string of digits is read too.
int intField(const QJsonValue& value)
{
    if (value.isDouble()) {
        return value.toInt();
    }
    if (value.isString()) {
        return value.toString().toInt();
    }
    return 0;
}

bool isLoopback(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    return Services::instance().isLoopbackAddress(host);
}

} // namespace

std::optional<KiboTenant> KiboTenant::fromJson(const QJsonObject& object, QString* reason)
{
    if (object.isEmpty() || (!object.contains(u"id"_s) && !object.contains(u"domain"_s))) {
        if (reason) {
            *reason = tr("The tenant lookup answered without a tenant (no id and no domain).");
        }
        return std::nullopt;
    }
    KiboTenant tenant;
    tenant.id = intField(object.value(u"id"_s));
    tenant.name = object.value(u"name"_s).toString();
    tenant.isDevTenant = object.value(u"isDevTenant"_s).toBool();
    tenant.domain = object.value(u"domain"_s).toString().trimmed();
    const QJsonArray sites = object.value(u"sites"_s).toArray();
    for (const QJsonValue& value : sites) {
        const QJsonObject siteObject = value.toObject();
        KiboSite site;
        // Servers send id; typescript-rest-sdk reads siteId (auth-api.md section 3).
        site.id = intField(siteObject.contains(u"id"_s) ? siteObject.value(u"id"_s) : siteObject.value(u"siteId"_s));
        if (site.id <= 0) {
            continue;
        }
        site.name = siteObject.value(u"name"_s).toString();
        site.domain = siteObject.value(u"domain"_s).toString();
        site.catalogId = intField(siteObject.value(u"catalogId"_s));
        site.localeCode = siteObject.value(u"localeCode"_s).toString();
        site.currencyCode = siteObject.value(u"currencyCode"_s).toString();
        tenant.sites.append(site);
    }
    tenant.masterCatalogCount = int(object.value(u"masterCatalogs"_s).toArray().size());
    return tenant;
}

QJsonObject KiboTenant::toJson() const
{
    QJsonArray siteArray;
    for (const KiboSite& site : sites) {
        QJsonObject object { { u"id"_s, site.id }, { u"name"_s, site.name } };
        if (!site.domain.isEmpty()) {
            object.insert(u"domain"_s, site.domain);
        }
        if (site.catalogId > 0) {
            object.insert(u"catalogId"_s, site.catalogId);
        }
        if (!site.localeCode.isEmpty()) {
            object.insert(u"localeCode"_s, site.localeCode);
        }
        if (!site.currencyCode.isEmpty()) {
            object.insert(u"currencyCode"_s, site.currencyCode);
        }
        siteArray.append(object);
    }
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"isDevTenant"_s, isDevTenant },
        { u"domain"_s, domain }, { u"sites"_s, siteArray } };
}

const KiboSite* KiboTenant::site(int siteId) const
{
    for (const KiboSite& candidate : sites) {
        if (candidate.id == siteId) {
            return &candidate;
        }
    }
    return nullptr;
}

bool KiboTenant::isUsableDomain(const QString& domain)
{
    // host, host:port, IPv4:port or [IPv6]:port; no scheme, path, user info, query or spaces.
    static const QRegularExpression shape(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
        u"|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?$"_s);
    return domain.size() <= 253 && shape.match(domain).hasMatch();
}

QUrl KiboTenant::apiBase(const QUrl& homeApiBase) const
{
    if (!isUsableDomain(domain)) {
        return {};
    }
    // The scheme follows the home host's, but plain http only where the home host and the tenant's host are both
    // on this computer (the demo tenant): a real data centre's home is https, and so is every tenant behind it,
    // and a password never crosses a network in clear because a local home host said so.
    QUrl url(u"https://%1"_s.arg(domain), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() == 0) {
        return {};
    }
    if (homeApiBase.scheme() == u"http"_s && isLoopback(homeApiBase.host()) && isLoopback(url.host())) {
        url.setScheme(u"http"_s);
    }
    url.setPath(u"/api"_s);
    return url;
}
