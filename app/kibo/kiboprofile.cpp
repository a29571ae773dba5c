#include "kibo/kiboprofile.h"

#include "kibo/datacentre.h"

using namespace Qt::StringLiterals;

QString KiboProfile::effectiveDataCentre() const
{
    QString key = dataCentre.trimmed().toLower();
    if (!key.isEmpty()) {
        return key;
    }
    return authHost.trimmed().isEmpty() ? u"us"_s : DataCentre::customKey();
}

bool KiboProfile::usesCustomHome() const
{
    const QString key = effectiveDataCentre();
    return key == DataCentre::customKey() || key == DataCentre::demoKey();
}

QString KiboProfile::dataCentreFromLegacy(const QString& region, const QString& authHost)
{
    if (!authHost.trimmed().isEmpty()) {
        return DataCentre::customKey();
    }
    QString key = region.trimmed().toLower();
    if (key.isEmpty() || key == u"us"_s) {
        return u"us"_s;
    }
    if (DataCentre::find(key)) {
        return key;
    }
    if (key.startsWith(u"eu"_s)) {
        return u"euw1"_s; // the old host rule sent every eu* region to the AWS EU home
    }
    return key; // unknown: kept as written, so the profile names the problem instead of losing it
}

KiboProfile KiboProfile::demo(const QUrl& demoHomeUrl)
{
    KiboProfile profile;
    profile.name = u"Demo"_s;
    profile.dataCentre = DataCentre::demoKey();
    profile.tenantId = 100001;
    profile.siteId = 100002;
    profile.clientId = u"KiboTokenInspector.demo.1.0.0.Release"_s;
    profile.masterCatalogId = 1;
    profile.catalogId = 1;
    profile.locale = u"en-US"_s;
    profile.currency = u"USD"_s;
    profile.authHost = demoHomeUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return profile;
}
