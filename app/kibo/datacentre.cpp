#include "kibo/datacentre.h"

using namespace Qt::StringLiterals;

const QList<DataCentre>& DataCentre::all()
{
    // Home hosts: Kibo's own environment list (npm package mozu-metadata, data/environments.json) and its SDKs
    // (auth-api.md section 3). Sandbox pod shapes: Kibo's documentation and SDK comments; production pods
    // (tp0…tp5, …) are assigned per tenant and come only from the tenant lookup.
    static const QList<DataCentre> table {
        { u"us"_s, u"home.mozu.com"_s, u"sandbox.mozu.com"_s,
            u"mozu-metadata environments.json; typescript-rest-sdk, mozu-node-sdk defaults"_s },
        { u"euw1"_s, u"home.euw1.kibocommerce.com"_s, u"sb.euw1.kibocommerce.com"_s,
            u"typescript-rest-sdk (eu* regions), Kibo documentation"_s },
        { u"usc1"_s, u"services.usc1.gcp.kibocommerce.com"_s, u"sb.usc1.gcp.kibocommerce.com"_s,
            u"mozu-metadata environments.json"_s },
        { u"euw4"_s, u"services.euw4.gcp.kibocommerce.com"_s, u"sb.euw4.gcp.kibocommerce.com"_s,
            u"mozu-metadata environments.json"_s },
    };
    return table;
}

QString DataCentre::label() const
{
    if (key == u"us"_s) {
        return tr("North America (AWS)");
    }
    if (key == u"euw1"_s) {
        return tr("Europe (AWS)");
    }
    if (key == u"usc1"_s) {
        return tr("North America (Google Cloud)");
    }
    if (key == u"euw4"_s) {
        return tr("Europe (Google Cloud)");
    }
    return key;
}

QString DataCentre::demoKey()
{
    return u"demo"_s;
}

QString DataCentre::customKey()
{
    return u"custom"_s;
}

const DataCentre* DataCentre::find(const QString& key)
{
    for (const DataCentre& centre : all()) {
        if (centre.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            return &centre;
        }
    }
    return nullptr;
}

QStringList DataCentre::keys()
{
    QStringList result;
    for (const DataCentre& centre : all()) {
        result.append(centre.key);
    }
    result << demoKey() << customKey();
    return result;
}
