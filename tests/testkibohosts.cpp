#include "kibo/kibohosts.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<int>)

class TestKiboHosts final : public QObject
{
    Q_OBJECT

private slots:
    void tenantApiBase_data();
    void tenantApiBase();
    void authApiBase_data();
    void authApiBase();
    void normalizeHost_data();
    void normalizeHost();
    void tenantHeaders();
    void demoProfile();
};

void TestKiboHosts::tenantApiBase_data()
{
    QTest::addColumn<int>("tenant");
    QTest::addColumn<std::optional<int>>("site");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("apiHost");
    QTest::addColumn<QString>("expected"); // empty = invalid

    const std::optional<int> none;
    QTest::newRow("us default sandbox, tenant only")
        << 12345 << none << u""_s << u""_s << u""_s << u"https://t12345.sandbox.mozu.com/api"_s;
    QTest::newRow("us sandbox with site") << 12345 << std::optional<int>(23456) << u"sandbox"_s << u""_s << u""_s
                                          << u"https://t12345-s23456.sandbox.mozu.com/api"_s;
    QTest::newRow("us region explicit, tp1")
        << 12345 << std::optional<int>(1) << u"tp1"_s << u"us"_s << u""_s << u"https://t12345-s1.tp1.mozu.com/api"_s;
    QTest::newRow("us stg1") << 7 << none << u"stg1"_s << u""_s << u""_s << u"https://t7.stg1.mozu.com/api"_s;
    QTest::newRow("us stg2 tenant level")
        << 7 << none << u"stg2"_s << u""_s << u""_s << u"https://t7.stg2.mozu.com/api"_s;
    QTest::newRow("env upper case is lowered")
        << 7 << none << u"TP5"_s << u""_s << u""_s << u"https://t7.tp5.mozu.com/api"_s;
    QTest::newRow("usc1 sb") << 30000 << std::optional<int>(40000) << u"sb"_s << u"usc1"_s << u""_s
                             << u"https://t30000-s40000.sb.usc1.kibocommerce.com/api"_s;
    QTest::newRow("usc1 default env sb") << 30000 << none << u""_s << u"usc1"_s << u""_s
                                         << u"https://t30000.sb.usc1.kibocommerce.com/api"_s;
    QTest::newRow("usc1 stg2") << 30000 << none << u"stg2"_s << u"usc1"_s << u""_s
                               << u"https://t30000.stg2.usc1.kibocommerce.com/api"_s;
    QTest::newRow("eu default env sb") << 5 << std::optional<int>(6) << u""_s << u"euw1"_s << u""_s
                                       << u"https://t5-s6.sb.euw1.kibocommerce.com/api"_s;
    QTest::newRow("eu tp1") << 5 << none << u"tp1"_s << u"euw1"_s << u""_s
                            << u"https://t5.tp1.euw1.kibocommerce.com/api"_s;
    QTest::newRow("apiHost bare host wins") << 5 << std::optional<int>(6) << u"tp1"_s << u"euw1"_s
                                            << u"t5.custom.example.com"_s << u"https://t5.custom.example.com/api"_s;
    QTest::newRow("apiHost http kept") << 0 << none << u""_s << u""_s << u"http://127.0.0.1:8080"_s
                                       << u"http://127.0.0.1:8080/api"_s;
    QTest::newRow("apiHost with /api/ kept once")
        << 0 << none << u""_s << u""_s << u"https://example.com/api/"_s << u"https://example.com/api"_s;
    QTest::newRow("invalid: tenant 0") << 0 << none << u"sandbox"_s << u""_s << u""_s << u""_s;
    QTest::newRow("invalid: negative tenant") << -3 << none << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("invalid: site 0") << 5 << std::optional<int>(0) << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("invalid: env with dot") << 5 << none << u"sandbox.evil.com"_s << u""_s << u""_s << u""_s;
    QTest::newRow("invalid: env with slash") << 5 << none << u"sb/x"_s << u""_s << u""_s << u""_s;
    QTest::newRow("invalid: env with space") << 5 << none << u"tp 1"_s << u""_s << u""_s << u""_s;
    QTest::newRow("invalid: unknown region") << 5 << none << u""_s << u"apac9"_s << u""_s << u""_s;
    QTest::newRow("invalid: region chars") << 5 << none << u""_s << u"eu/w1"_s << u""_s << u""_s;
    QTest::newRow("invalid: apiHost with space") << 5 << none << u""_s << u""_s << u"bad host.com"_s << u""_s;
    QTest::newRow("invalid: apiHost ftp") << 5 << none << u""_s << u""_s << u"ftp://x.com"_s << u""_s;
    QTest::newRow("invalid: apiHost with user info") << 5 << none << u""_s << u""_s << u"https://u:p@x.com"_s << u""_s;
    QTest::newRow("invalid: apiHost with query") << 5 << none << u""_s << u""_s << u"https://x.com/?a=b"_s << u""_s;
}

void TestKiboHosts::tenantApiBase()
{
    QFETCH(int, tenant);
    QFETCH(std::optional<int>, site);
    QFETCH(QString, environment);
    QFETCH(QString, region);
    QFETCH(QString, apiHost);
    QFETCH(QString, expected);

    KiboProfile profile;
    profile.tenantId = tenant;
    profile.siteId = site;
    profile.environment = environment;
    profile.region = region;
    profile.apiHost = apiHost;
    QString error;
    const QUrl url = KiboHosts::tenantApiBase(profile, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u"Unknown"_s));
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
    // Without an error pointer nothing crashes and the answer is the same.
    QCOMPARE(KiboHosts::tenantApiBase(profile).toString(), url.toString());
}

void TestKiboHosts::authApiBase_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("authHost");
    QTest::addColumn<QString>("expected");

    QTest::newRow("us default") << u""_s << u""_s << u"https://home.mozu.com/api"_s;
    QTest::newRow("us explicit") << u"us"_s << u""_s << u"https://home.mozu.com/api"_s;
    QTest::newRow("usc1 uses the US home") << u"usc1"_s << u""_s << u"https://home.mozu.com/api"_s;
    QTest::newRow("eu") << u"euw1"_s << u""_s << u"https://home.euw1.kibocommerce.com/api"_s;
    QTest::newRow("override bare") << u"euw1"_s << u"auth.example.com"_s << u"https://auth.example.com/api"_s;
    QTest::newRow("override http loopback") << u""_s << u"http://127.0.0.1:4000/"_s << u"http://127.0.0.1:4000/api"_s;
    QTest::newRow("invalid: region") << u"mars"_s << u""_s << u""_s;
    QTest::newRow("invalid: override chars") << u""_s << u"exa mple.com"_s << u""_s;
}

void TestKiboHosts::authApiBase()
{
    QFETCH(QString, region);
    QFETCH(QString, authHost);
    QFETCH(QString, expected);
    KiboProfile profile;
    profile.region = region;
    profile.authHost = authHost;
    QString error;
    const QUrl url = KiboHosts::authApiBase(profile, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
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
    if (expected.isEmpty())
        QVERIFY(!url.isValid() || url.isEmpty());
    else
        QCOMPARE(url.toString(), expected);
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
    QCOMPARE(KiboHosts::tenantApiBase(demo).toString(), u"http://127.0.0.1:4567/api"_s);
    QCOMPARE(KiboHosts::authApiBase(demo).toString(), u"http://127.0.0.1:4567/api"_s);
}

QTEST_GUILESS_MAIN(TestKiboHosts)
#include "testkibohosts.moc"
