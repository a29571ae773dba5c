#include "kibo/kibohosts.h"

#include "kibo/datacentre.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

void setError(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
}

QUrl withApiPath(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.endsWith(u"/api"_s)) {
        path += u"/api"_s;
    }
    url.setPath(path);
    return url;
}

QString knownKeys()
{
    QStringList keys;
    for (const DataCentre& centre : DataCentre::all()) {
        keys.append(centre.key);
    }
    return keys.join(u", "_s);
}

} // namespace

QUrl KiboHosts::normalizeHost(const QString& hostOrUrl)
{
    const QString text = hostOrUrl.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (!text.startsWith(u"http"_s, Qt::CaseInsensitive) && text.contains(u"://"_s)) {
        return {};
    }
    const QString withScheme = text.startsWith(u"http"_s, Qt::CaseInsensitive) ? text : u"https://"_s + text;
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty()) {
        return {};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return {};
    }
    static const QRegularExpression hostChars(u"^[A-Za-z0-9.:-]+$"_s);
    if (!hostChars.match(url.host()).hasMatch()) {
        return {};
    }
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path);
    return url;
}

QUrl KiboHosts::authApiBase(const KiboProfile& profile, QString* error)
{
    const QString key = profile.effectiveDataCentre();
    if (!profile.usesCustomHome()) {
        const DataCentre* centre = DataCentre::find(key);
        if (!centre) {
            setError(error,
                tr("The data centre “%1” is not known; choose one of %2, or custom hosts.")
                    .arg(profile.dataCentre, knownKeys()));
            return {};
        }
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(centre->homeHost);
        url.setPath(u"/api"_s);
        return url;
    }
    if (profile.authHost.trimmed().isEmpty()) {
        setError(error, tr("Custom hosts need the authentication (home) host, e.g. https://home.mozu.com."));
        return {};
    }
    const QUrl url = normalizeHost(profile.authHost);
    if (!url.isValid()) {
        setError(
            error, tr("The authentication host “%1” is not a valid host name or https address.").arg(profile.authHost));
        return {};
    }
    return withApiPath(url);
}

QUrl KiboHosts::apiHostOverride(const KiboProfile& profile, QString* error)
{
    if (profile.apiHost.trimmed().isEmpty()) {
        return {};
    }
    const QUrl url = normalizeHost(profile.apiHost);
    if (!url.isValid()) {
        setError(error, tr("The API host “%1” is not a valid host name or https address.").arg(profile.apiHost));
        return {};
    }
    return withApiPath(url);
}

QString KiboHosts::checkProfile(const KiboProfile& profile)
{
    QString error;
    if (!authApiBase(profile, &error).isValid()) {
        return error;
    }
    const QUrl override = apiHostOverride(profile, &error);
    if (!error.isEmpty()) {
        return error;
    }
    if (profile.tenantId <= 0 && override.isEmpty()) {
        return tr("Enter the tenant id (a positive number).");
    }
    if (profile.tenantId < 0) {
        return tr("The tenant id must be a positive number.");
    }
    if (profile.siteId && *profile.siteId <= 0) {
        return tr("The site id must be a positive number.");
    }
    return {};
}

QString KiboHosts::tenantKey(const KiboProfile& profile)
{
    const QUrl override = apiHostOverride(profile);
    if (override.isValid() && !override.isEmpty()) {
        return hostWithPort(override);
    }
    return u"%1/t%2"_s.arg(hostWithPort(authApiBase(profile))).arg(profile.tenantId);
}

QString KiboHosts::hostWithPort(const QUrl& url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

QList<std::pair<QByteArray, QByteArray>> KiboHosts::tenantHeaders(const KiboProfile& profile)
{
    // Header values come from user input: drop anything a header line cannot carry.
    static const QRegularExpression safeValue(u"^[\\x21-\\x7e]+$"_s);
    QList<std::pair<QByteArray, QByteArray>> headers;
    const auto addText = [&headers](const QByteArray& name, const QString& value) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && safeValue.match(trimmed).hasMatch()) {
            headers.emplaceBack(name, trimmed.toLatin1());
        }
    };
    if (profile.tenantId > 0) {
        headers.emplaceBack("x-vol-tenant", QByteArray::number(profile.tenantId));
    }
    if (profile.siteId) {
        headers.emplaceBack("x-vol-site", QByteArray::number(*profile.siteId));
    }
    if (profile.masterCatalogId) {
        headers.emplaceBack("x-vol-master-catalog", QByteArray::number(*profile.masterCatalogId));
    }
    if (profile.catalogId) {
        headers.emplaceBack("x-vol-catalog", QByteArray::number(*profile.catalogId));
    }
    addText("x-vol-locale", profile.locale);
    addText("x-vol-currency", profile.currency);
    addText("x-vol-dataview-mode", profile.dataViewMode);
    headers.emplaceBack("x-vol-version", "1");
    return headers;
}
