#include "kibo/datacentre.h"
#include "kibo/kibohosts.h"
#include "kibo/kibotenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<int>)

class TestKiboHosts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataCentreTable();
    void authApiBase_data();
    void authApiBase();
    void apiHostOverride_data();
    void apiHostOverride();
    void checkProfile_data();
    void checkProfile();
    void tenantKey();
    void legacyMigration_data();
    void legacyMigration();
    void tenantApiBaseFromLookup_data();
    void tenantApiBaseFromLookup();
    void tenantFromJson();
    void normalizeHost_data();
    void normalizeHost();
    void tenantHeaders();
    void demoProfile();
};

void TestKiboHosts::dataCentreTable()
{
    // The one table of home hosts (auth-api.md section 3), Google Cloud with ".gcp." and the "services" home.
    QCOMPARE(DataCentre::all().size(), 4);
    QCOMPARE(DataCentre::find(u"us"_s)->homeHost, u"home.mozu.com"_s);
    QCOMPARE(DataCentre::find(u"euw1"_s)->homeHost, u"home.euw1.kibocommerce.com"_s);
    QCOMPARE(DataCentre::find(u"usc1"_s)->homeHost, u"services.usc1.gcp.kibocommerce.com"_s);
    QCOMPARE(DataCentre::find(u"euw4"_s)->homeHost, u"services.euw4.gcp.kibocommerce.com"_s);
    QCOMPARE(DataCentre::find(u"usc1"_s)->sandboxPodSuffix, u"sb.usc1.gcp.kibocommerce.com"_s);
    QCOMPARE(DataCentre::find(u" EUW4 "_s)->key, u"euw4"_s);
    QVERIFY(!DataCentre::find(u"demo"_s));
    QVERIFY(!DataCentre::find(u"custom"_s));
    QVERIFY(!DataCentre::find(u"mars"_s));
    for (const DataCentre& centre : DataCentre::all()) {
        QVERIFY2(!centre.source.isEmpty(), qPrintable(centre.key));
        QVERIFY2(centre.label() != centre.key, qPrintable(centre.key));
    }
    QCOMPARE(DataCentre::keys(), QStringList({ u"us"_s, u"euw1"_s, u"usc1"_s, u"euw4"_s, u"demo"_s, u"custom"_s }));
}

void TestKiboHosts::authApiBase_data()
{
    QTest::addColumn<QString>("dataCentre");
    QTest::addColumn<QString>("authHost");
    QTest::addColumn<QString>("expected"); // empty = invalid

    QTest::newRow("nothing set is North America AWS") << u""_s << u""_s << u"https://home.mozu.com/api"_s;
    QTest::newRow("us") << u"us"_s << u""_s << u"https://home.mozu.com/api"_s;
    QTest::newRow("euw1") << u"euw1"_s << u""_s << u"https://home.euw1.kibocommerce.com/api"_s;
    QTest::newRow("usc1 (Google Cloud)") << u"usc1"_s << u""_s << u"https://services.usc1.gcp.kibocommerce.com/api"_s;
    QTest::newRow("euw4 (Google Cloud)") << u"euw4"_s << u""_s << u"https://services.euw4.gcp.kibocommerce.com/api"_s;
    QTest::newRow("a data centre ignores a stray auth host")
        << u"euw1"_s << u"auth.example.com"_s << u"https://home.euw1.kibocommerce.com/api"_s;
    QTest::newRow("custom bare host") << u"custom"_s << u"auth.example.com"_s << u"https://auth.example.com/api"_s;
    QTest::newRow("custom implied by an auth host")
        << u""_s << u"http://127.0.0.1:4000/"_s << u"http://127.0.0.1:4000/api"_s;
    QTest::newRow("demo loopback") << u"demo"_s << u"http://127.0.0.1:4000"_s << u"http://127.0.0.1:4000/api"_s;
    QTest::newRow("invalid: unknown data centre") << u"mars"_s << u""_s << u""_s;
    QTest::newRow("invalid: custom without host") << u"custom"_s << u""_s << u""_s;
    QTest::newRow("invalid: custom host chars") << u"custom"_s << u"exa mple.com"_s << u""_s;
}

void TestKiboHosts::authApiBase()
{
    QFETCH(QString, dataCentre);
    QFETCH(QString, authHost);
    QFETCH(QString, expected);
    KiboProfile profile;
    profile.dataCentre = dataCentre;
    profile.authHost = authHost;
    QString error;
    const QUrl url = KiboHosts::authApiBase(profile, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u"Unknown"_s));
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
}

void TestKiboHosts::apiHostOverride_data()
{
    QTest::addColumn<QString>("apiHost");
    QTest::addColumn<QString>("expected"); // empty: no override
    QTest::addColumn<bool>("malformed");

    QTest::newRow("none: the tenant is looked up") << u""_s << u""_s << false;
    QTest::newRow("bare host") << u"t5.custom.example.com"_s << u"https://t5.custom.example.com/api"_s << false;
    QTest::newRow("http kept") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/api"_s << false;
    QTest::newRow("with /api/ kept once") << u"https://example.com/api/"_s << u"https://example.com/api"_s << false;
    QTest::newRow("malformed: space") << u"bad host.com"_s << u""_s << true;
    QTest::newRow("malformed: ftp") << u"ftp://x.com"_s << u""_s << true;
    QTest::newRow("malformed: user info") << u"https://u:p@x.com"_s << u""_s << true;
    QTest::newRow("malformed: query") << u"https://x.com/?a=b"_s << u""_s << true;
}

void TestKiboHosts::apiHostOverride()
{
    QFETCH(QString, apiHost);
    QFETCH(QString, expected);
    QFETCH(bool, malformed);
    KiboProfile profile;
    profile.tenantId = 5;
    profile.apiHost = apiHost;
    QString error;
    const QUrl url = KiboHosts::apiHostOverride(profile, &error);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(!error.isEmpty(), malformed);
    QCOMPARE(KiboHosts::checkProfile(profile).isEmpty(), !malformed);
}

void TestKiboHosts::checkProfile_data()
{
    QTest::addColumn<int>("tenant");
    QTest::addColumn<std::optional<int>>("site");
    QTest::addColumn<QString>("dataCentre");
    QTest::addColumn<QString>("apiHost");
    QTest::addColumn<bool>("usable");

    const std::optional<int> none;
    QTest::newRow("data centre and tenant") << 12345 << none << u"usc1"_s << u""_s << true;
    QTest::newRow("with site") << 12345 << std::optional<int>(2) << u"euw4"_s << u""_s << true;
    QTest::newRow("no tenant") << 0 << none << u"us"_s << u""_s << false;
    QTest::newRow("negative tenant") << -3 << none << u"us"_s << u""_s << false;
    QTest::newRow("site 0") << 5 << std::optional<int>(0) << u"us"_s << u""_s << false;
    QTest::newRow("unknown data centre") << 5 << none << u"apac9"_s << u""_s << false;
    QTest::newRow("an override needs no tenant id") << 0 << none << u"us"_s << u"https://t5.tp1.mozu.com"_s << true;
}

void TestKiboHosts::checkProfile()
{
    QFETCH(int, tenant);
    QFETCH(std::optional<int>, site);
    QFETCH(QString, dataCentre);
    QFETCH(QString, apiHost);
    QFETCH(bool, usable);
    KiboProfile profile;
    profile.tenantId = tenant;
    profile.siteId = site;
    profile.dataCentre = dataCentre;
    profile.apiHost = apiHost;
    const QString problem = KiboHosts::checkProfile(profile);
    QCOMPARE(problem.isEmpty(), usable);
}

void TestKiboHosts::tenantKey()
{
    KiboProfile profile;
    profile.dataCentre = u"usc1"_s;
    profile.tenantId = 30000;
    QCOMPARE(KiboHosts::tenantKey(profile), u"services.usc1.gcp.kibocommerce.com/t30000"_s);
    profile.apiHost = u"https://t30000.tp2.usc1.gcp.kibocommerce.com"_s;
    QCOMPARE(KiboHosts::tenantKey(profile), u"t30000.tp2.usc1.gcp.kibocommerce.com"_s);
    const KiboProfile demo = KiboProfile::demo(QUrl(u"http://127.0.0.1:4567"_s));
    QCOMPARE(KiboHosts::tenantKey(demo), u"127.0.0.1:4567/t100001"_s);
}

void TestKiboHosts::legacyMigration_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("authHost");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no region: US") << u""_s << u""_s << u"us"_s;
    QTest::newRow("us") << u"us"_s << u""_s << u"us"_s;
    QTest::newRow("usc1 (was wrongly built without .gcp.)") << u"usc1"_s << u""_s << u"usc1"_s;
    QTest::newRow("euw1") << u"euw1"_s << u""_s << u"euw1"_s;
    QTest::newRow("EUW1 upper case") << u"EUW1"_s << u""_s << u"euw1"_s;
    QTest::newRow("other eu region went to the AWS EU home") << u"euw2"_s << u""_s << u"euw1"_s;
    QTest::newRow("an auth host stays explicit") << u"euw1"_s << u"https://auth.example.com"_s << u"custom"_s;
    QTest::newRow("unknown region kept, so the profile names it") << u"apac9"_s << u""_s << u"apac9"_s;
}

void TestKiboHosts::legacyMigration()
{
    QFETCH(QString, region);
    QFETCH(QString, authHost);
    QFETCH(QString, expected);
    QCOMPARE(KiboProfile::dataCentreFromLegacy(region, authHost), expected);
}

void TestKiboHosts::tenantApiBaseFromLookup_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected"); // empty = unusable

    QTest::newRow("sandbox pod") << u"https://home.mozu.com/api"_s << u"t12345.sandbox.mozu.com"_s
                                 << u"https://t12345.sandbox.mozu.com/api"_s;
    QTest::newRow("production pod") << u"https://home.mozu.com/api"_s << u"t12345.tp3.mozu.com"_s
                                    << u"https://t12345.tp3.mozu.com/api"_s;
    QTest::newRow("Google Cloud pod") << u"https://services.usc1.gcp.kibocommerce.com/api"_s
                                      << u"t30000.tp2.usc1.gcp.kibocommerce.com"_s
                                      << u"https://t30000.tp2.usc1.gcp.kibocommerce.com/api"_s;
    QTest::newRow("loopback http home keeps http (demo)")
        << u"http://127.0.0.1:4000/api"_s << u"127.0.0.1:4001"_s << u"http://127.0.0.1:4001/api"_s;
    QTest::newRow("localhost http home keeps http")
        << u"http://localhost:4000/api"_s << u"localhost:4001"_s << u"http://localhost:4001/api"_s;
    QTest::newRow("IPv6 loopback") << u"http://[::1]:4000/api"_s << u"[::1]:4001"_s << u"http://[::1]:4001/api"_s;
    QTest::newRow("loopback http home naming a remote tenant: https, never a password in clear")
        << u"http://127.0.0.1:4000/api"_s << u"t1.sandbox.mozu.com"_s << u"https://t1.sandbox.mozu.com/api"_s;
    QTest::newRow("http home elsewhere: the tenant is still https")
        << u"http://gateway.example.com/api"_s << u"t1.sandbox.mozu.com"_s << u"https://t1.sandbox.mozu.com/api"_s;
    QTest::newRow("https loopback home stays https")
        << u"https://127.0.0.1:4000/api"_s << u"127.0.0.1:4001"_s << u"https://127.0.0.1:4001/api"_s;
    QTest::newRow("unusable: empty") << u"https://home.mozu.com/api"_s << u""_s << u""_s;
    QTest::newRow("unusable: scheme") << u"https://home.mozu.com/api"_s << u"https://t1.sandbox.mozu.com"_s << u""_s;
    QTest::newRow("unusable: path") << u"https://home.mozu.com/api"_s << u"t1.sandbox.mozu.com/x"_s << u""_s;
    QTest::newRow("unusable: user info") << u"https://home.mozu.com/api"_s << u"evil@t1.sandbox.mozu.com"_s << u""_s;
    QTest::newRow("unusable: space") << u"https://home.mozu.com/api"_s << u"t1 .mozu.com"_s << u""_s;
    QTest::newRow("unusable: port 0") << u"https://home.mozu.com/api"_s << u"t1.mozu.com:0"_s << u""_s;
}

void TestKiboHosts::tenantApiBaseFromLookup()
{
    QFETCH(QString, home);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    KiboTenant tenant;
    tenant.domain = domain;
    const QUrl url = tenant.apiBase(QUrl(home));
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
    } else {
        QCOMPARE(url.toString(), expected);
    }
}

void TestKiboHosts::tenantFromJson()
{
    const QJsonObject reply = QJsonDocument::fromJson(R"({"id":12345,"name":"Acme","isDevTenant":true,
        "domain":"t12345.sandbox.mozu.com",
        "sites":[{"id":23456,"tenantId":12345,"name":"Acme US","domain":"t12345-s23456.sandbox.mozu.com",
                  "catalogId":1,"localeCode":"en-US","currencyCode":"USD"},
                 {"siteId":"23457","name":"Acme CA"},{"name":"no id"}],
        "masterCatalogs":[{"id":1,"name":"Master","catalogs":[]}]})")
                                  .object();
    QString reason;
    const std::optional<KiboTenant> tenant = KiboTenant::fromJson(reply, &reason);
    QVERIFY(tenant);
    QCOMPARE(tenant->id, 12345);
    QCOMPARE(tenant->name, u"Acme"_s);
    QVERIFY(tenant->isDevTenant);
    QCOMPARE(tenant->domain, u"t12345.sandbox.mozu.com"_s);
    QCOMPARE(tenant->sites.size(), 2); // typescript-rest-sdk reads siteId, servers send id; no id is no site
    QCOMPARE(tenant->site(23457)->name, u"Acme CA"_s);
    QCOMPARE(tenant->site(23456)->localeCode, u"en-US"_s);
    QVERIFY(!tenant->site(99));
    QCOMPARE(tenant->masterCatalogCount, 1);
    QCOMPARE(KiboTenant::fromJson(tenant->toJson())->sites.size(), 2);

    QVERIFY(!KiboTenant::fromJson(QJsonObject {}, &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY(!KiboTenant::fromJson(QJsonObject { { u"items"_s, QJsonArray {} } }, &reason));
    // A tenant without domain is still a tenant: the client says exactly that it has no domain.
    const std::optional<KiboTenant> noDomain = KiboTenant::fromJson(QJsonObject { { u"id"_s, 7 } });
    QVERIFY(noDomain);
    QVERIFY(noDomain->domain.isEmpty());
}

void TestKiboHosts::normalizeHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << u"t1.sandbox.mozu.com"_s << u"https://t1.sandbox.mozu.com"_s;
    QTest::newRow("https kept") << u"https://x.example"_s << u"https://x.example"_s;
    QTest::newRow("http kept") << u"http://x.example:81"_s << u"http://x.example:81"_s;
    QTest::newRow("trailing slash dropped") << u"https://x.example/"_s << u"https://x.example"_s;
    QTest::newRow("spaces trimmed") << u"  x.example  "_s << u"https://x.example"_s;
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("space inside") << u"x .example"_s << u""_s;
    QTest::newRow("other scheme") << u"file:///etc/passwd"_s << u""_s;
}

void TestKiboHosts::normalizeHost()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QUrl url = KiboHosts::normalizeHost(input);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid() || url.isEmpty());
    } else {
        QCOMPARE(url.toString(), expected);
    }
}

void TestKiboHosts::tenantHeaders()
{
    KiboProfile profile;
    profile.tenantId = 100001;
    profile.siteId = 100002;
    profile.masterCatalogId = 1;
    profile.catalogId = 2;
    profile.locale = u"en-US"_s;
    profile.currency = u"USD"_s;
    profile.dataViewMode = u"Live"_s;
    const auto headers = KiboHosts::tenantHeaders(profile);
    const QList<std::pair<QByteArray, QByteArray>> expected { { "x-vol-tenant", "100001" }, { "x-vol-site", "100002" },
        { "x-vol-master-catalog", "1" }, { "x-vol-catalog", "2" }, { "x-vol-locale", "en-US" },
        { "x-vol-currency", "USD" }, { "x-vol-dataview-mode", "Live" }, { "x-vol-version", "1" } };
    QCOMPARE(headers, expected);

    KiboProfile bare;
    bare.tenantId = 5;
    bare.locale = u"en-US\r\nX-Evil: 1"_s; // header injection is dropped
    const QList<std::pair<QByteArray, QByteArray>> bareExpected { { "x-vol-tenant", "5" }, { "x-vol-version", "1" } };
    QCOMPARE(KiboHosts::tenantHeaders(bare), bareExpected);
}

void TestKiboHosts::demoProfile()
{
    const KiboProfile demo = KiboProfile::demo(QUrl(u"http://127.0.0.1:4567"_s));
    QCOMPARE(demo.tenantId, 100001);
    QCOMPARE(demo.siteId, std::optional<int>(100002));
    QCOMPARE(demo.clientId, u"KiboTokenInspector.demo.1.0.0.Release"_s);
    QCOMPARE(demo.dataCentre, u"demo"_s);
    QVERIFY(demo.usesCustomHome());
    QCOMPARE(KiboHosts::authApiBase(demo).toString(), u"http://127.0.0.1:4567/api"_s);
    // The demo's tenant host is looked up at its home host like any other.
    QVERIFY(KiboHosts::apiHostOverride(demo).isEmpty());
    QVERIFY(KiboHosts::checkProfile(demo).isEmpty());
}

QTEST_GUILESS_MAIN(TestKiboHosts)
#include "testkibohosts.moc"
