#include "kibo/kibohosts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

bool isPlainLabel(const QString& text)
{
    static const QRegularExpression label(u"^[a-z][a-z0-9]{0,15}$"_s);
    return label.match(text).hasMatch();
}

QUrl withApiPath(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/api"_s))
        path += u"/api"_s;
    url.setPath(path);
    return url;
}

bool isEuRegion(const QString& region)
{
    return region.startsWith(u"eu"_s);
}

} // namespace

QUrl KiboHosts::normalizeHost(const QString& hostOrUrl)
{
    const QString text = hostOrUrl.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.startsWith(u"http"_s, Qt::CaseInsensitive) && text.contains(u"://"_s))
        return {};
    const QString withScheme = text.startsWith(u"http"_s, Qt::CaseInsensitive) ? text : u"https://"_s + text;
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty())
        return {};
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    static const QRegularExpression hostChars(u"^[A-Za-z0-9.:-]+$"_s);
    if (!hostChars.match(url.host()).hasMatch())
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl KiboHosts::tenantApiBase(const KiboProfile& profile, QString* error)
{
    if (!profile.apiHost.trimmed().isEmpty()) {
        const QUrl url = normalizeHost(profile.apiHost);
        if (!url.isValid()) {
            setError(error, tr("The API host “%1” is not a valid host name or https address.").arg(profile.apiHost));
            return {};
        }
        return withApiPath(url);
    }
    if (profile.tenantId <= 0) {
        setError(error, tr("Enter the tenant id (a positive number) or an explicit API host."));
        return {};
    }
    if (profile.siteId && *profile.siteId <= 0) {
        setError(error, tr("The site id must be a positive number."));
        return {};
    }
    const QString region = profile.region.trimmed().toLower();
    const QString environment = profile.environment.trimmed().toLower();
    if (!environment.isEmpty() && !isPlainLabel(environment)) {
        setError(error,
            tr("The environment “%1” is not valid; use a name such as sandbox, sb, tp1 or stg1.")
                .arg(profile.environment));
        return {};
    }
    if (!region.isEmpty() && !isPlainLabel(region)) {
        setError(error, tr("The region “%1” is not valid; use us, usc1 or euw1.").arg(profile.region));
        return {};
    }

    QString host = u"t%1"_s.arg(profile.tenantId);
    if (profile.siteId)
        host += u"-s%1"_s.arg(*profile.siteId);
    if (region.isEmpty() || region == u"us"_s) {
        host += u"."_s + (environment.isEmpty() ? u"sandbox"_s : environment) + u".mozu.com"_s;
    } else if (region == u"usc1"_s || isEuRegion(region)) {
        host += u"."_s + (environment.isEmpty() ? u"sb"_s : environment) + u"."_s + region + u".kibocommerce.com"_s;
    } else {
        setError(
            error, tr("The region “%1” is not known; use us, usc1 or euw1, or set the API host.").arg(profile.region));
        return {};
    }
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    url.setPath(u"/api"_s);
    return url;
}

QUrl KiboHosts::authApiBase(const KiboProfile& profile, QString* error)
{
    if (!profile.authHost.trimmed().isEmpty()) {
        const QUrl url = normalizeHost(profile.authHost);
        if (!url.isValid()) {
            setError(error,
                tr("The authentication host “%1” is not a valid host name or https address.").arg(profile.authHost));
            return {};
        }
        return withApiPath(url);
    }
    const QString region = profile.region.trimmed().toLower();
    if (!region.isEmpty() && !isPlainLabel(region)) {
        setError(error, tr("The region “%1” is not valid; use us, usc1 or euw1.").arg(profile.region));
        return {};
    }
    QString host;
    if (region.isEmpty() || region == u"us"_s || region == u"usc1"_s)
        host = u"home.mozu.com"_s;
    else if (isEuRegion(region))
        host = u"home."_s + region + u".kibocommerce.com"_s;
    else {
        setError(error,
            tr("The region “%1” is not known; use us, usc1 or euw1, or set the authentication host.")
                .arg(profile.region));
        return {};
    }
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    url.setPath(u"/api"_s);
    return url;
}

QList<std::pair<QByteArray, QByteArray>> KiboHosts::tenantHeaders(const KiboProfile& profile)
{
    // Header values come from user input: drop anything a header line cannot carry.
    static const QRegularExpression safeValue(u"^[\\x21-\\x7e]+$"_s);
    QList<std::pair<QByteArray, QByteArray>> headers;
    const auto addText = [&headers](const QByteArray& name, const QString& value) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && safeValue.match(trimmed).hasMatch())
            headers.emplaceBack(name, trimmed.toLatin1());
    };
    if (profile.tenantId > 0)
        headers.emplaceBack("x-vol-tenant", QByteArray::number(profile.tenantId));
    if (profile.siteId)
        headers.emplaceBack("x-vol-site", QByteArray::number(*profile.siteId));
    if (profile.masterCatalogId)
        headers.emplaceBack("x-vol-master-catalog", QByteArray::number(*profile.masterCatalogId));
    if (profile.catalogId)
        headers.emplaceBack("x-vol-catalog", QByteArray::number(*profile.catalogId));
    addText("x-vol-locale", profile.locale);
    addText("x-vol-currency", profile.currency);
    addText("x-vol-dataview-mode", profile.dataViewMode);
    headers.emplaceBack("x-vol-version", "1");
    return headers;
}
