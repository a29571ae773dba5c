#include "demo/demotenant.h"
#include "helpers/loopbackproxy.h"
#include "kibo/authticketclient.h"
#include "kibo/datacentre.h"
#include "kibo/diagnosis.h"
#include "kibo/networksettings.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Drives each of Kibo's data centres end to end through the real client: the demo tenant plays the data
// centre's home host and a tenant host of its shape over HTTPS, and a real HTTP proxy gives those names to the
// two loopback ports (no DNS is touched). The client must go to the data centre's home host from the table,
// look the tenant up there and send the login to the domain the lookup named.
class TestDataCentres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachDataCentre_data();
    void eachDataCentre();
};

void TestDataCentres::initTestCase()
{
    qRegisterMetaType<AuthTicketResult>();
}

void TestDataCentres::eachDataCentre_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("homeHost");
    QTest::addColumn<QString>("tenantHost");

    // The expected names are written out here, not taken from the table, so that a wrong table entry fails.
    QTest::newRow("North America (AWS)") << u"us"_s << u"home.mozu.com"_s << u"t100001.sandbox.mozu.com"_s;
    QTest::newRow("Europe (AWS)") << u"euw1"_s << u"home.euw1.kibocommerce.com"_s
                                  << u"t100001.sb.euw1.kibocommerce.com"_s;
    QTest::newRow("North America (Google Cloud)")
        << u"usc1"_s << u"services.usc1.gcp.kibocommerce.com"_s << u"t100001.sb.usc1.gcp.kibocommerce.com"_s;
    QTest::newRow("Europe (Google Cloud)")
        << u"euw4"_s << u"services.euw4.gcp.kibocommerce.com"_s << u"t100001.sb.euw4.gcp.kibocommerce.com"_s;
}

void TestDataCentres::eachDataCentre()
{
    QFETCH(QString, key);
    QFETCH(QString, homeHost);
    QFETCH(QString, tenantHost);

    const DataCentre* centre = DataCentre::find(key);
    QVERIFY(centre);
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    DemoTenant tenant;
    tenant.playDataCentreHosts(centre->homeHost, u"t100001."_s + centre->sandboxPodSuffix);
    QVERIFY2(tenant.listenTls(tlsDir.path()), qPrintable(tenant.errorString()));

    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    proxy.route(homeHost.toLatin1() + ":443", quint16(tenant.baseUrl().port()));
    proxy.route(tenantHost.toLatin1() + ":443", quint16(tenant.podUrl().port()));

    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::Explicit;
    settings.proxyHost = u"127.0.0.1"_s;
    settings.proxyPort = proxy.serverPort();

    KiboProfile profile;
    profile.name = u"Data centre %1"_s.arg(key);
    profile.dataCentre = key;
    profile.tenantId = DemoTenant::tenantId();
    profile.siteId = DemoTenant::siteId();
    profile.clientId = DemoTenant::clientId();
    profile.caBundlePath = tlsDir.filePath(u"ca.pem"_s);

    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    settings.apply(&manager, &client);
    AuthTicketClient::clearTenantCache();
    client.setProfile(profile, DemoTenant::sharedSecret());
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    QVERIFY(finished.wait(20000));
    const AuthTicketResult result = finished.first().first().value<AuthTicketResult>();
    QVERIFY2(result.ticket, qPrintable(Diagnoser::diagnose(result.error).cause));

    // App token and lookup at the data centre's home host, the login at the tenant's host the lookup named.
    const int toHome = proxy.count("CONNECT", homeHost.toLatin1() + ":443");
    const int toTenant = proxy.count("CONNECT", tenantHost.toLatin1() + ":443");
    QVERIFY(toHome >= 1);
    QVERIFY(toTenant >= 1);
    QCOMPARE(toHome + toTenant, int(proxy.requests().size())); // no other host was asked
    QVERIFY(result.tenant);
    QCOMPARE(result.tenant->domain, tenantHost);
    QCOMPARE(result.request.url.host(), tenantHost);
    QCOMPARE(result.request.url.scheme(), u"https"_s);
    QCOMPARE(result.request.url.path(), u"/api/commerce/customer/authtickets"_s);
}

QTEST_GUILESS_MAIN(TestDataCentres)
#include "testdatacentres.moc"
