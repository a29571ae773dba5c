#include "kibo/kiboprofile.h"

using namespace Qt::StringLiterals;

KiboProfile KiboProfile::demo(const QUrl& demoBaseUrl)
{
    KiboProfile profile;
    profile.name = u"Demo"_s;
    profile.tenantId = 100001;
    profile.siteId = 100002;
    profile.clientId = u"KiboTokenInspector.demo.1.0.0.Release"_s;
    profile.masterCatalogId = 1;
    profile.catalogId = 1;
    profile.locale = u"en-US"_s;
    profile.currency = u"USD"_s;
    QString base = demoBaseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    profile.apiHost = base;
    profile.authHost = base;
    return profile;
}
