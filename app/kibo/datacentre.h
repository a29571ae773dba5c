#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One of Kibo's data centres: where its home (authentication) host is. A user names the data centre
// and the tenant id; the tenant's own host (its pod) is then looked up at the home host
// (GET /api/platform/tenants/{id}, auth-api.md section 3), never guessed.
struct DataCentre
{
    Q_DECLARE_TR_FUNCTIONS(DataCentre)
public:
    QString key; // stable, untranslated: "us", "euw1", "usc1", "euw4"; also the CLI's --data-centre value
    QString homeHost; // e.g. "home.mozu.com"
    QString sandboxPodSuffix; // the shape of its sandbox tenant hosts, e.g. "sandbox.mozu.com" (for tests and hints)
    QString source; // where the home host comes from (untranslated citation)

    QString label() const; // translated, e.g. "North America (AWS)"

    // The keys that name no Kibo data centre but a host the user gives: the demo tenant and custom hosts.
    static QString demoKey(); // "demo"
    static QString customKey(); // "custom"

    // Kibo's data centres, in the order the choosers show them. The single table of home hosts.
    static const QList<DataCentre>& all();
    // The data centre with this key (case-insensitive), or nullptr (also for "demo" and "custom").
    static const DataCentre* find(const QString& key);
    // "us", "euw1", …, "demo", "custom": every key a profile may hold.
    static QStringList keys();
};
