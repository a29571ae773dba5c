#include "demo/demotenant.h"
#include "helpers/faultserver.h"
#include "helpers/loopbackproxy.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/networksettings.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray TicketsPath = "/api/commerce/customer/authtickets";
const QByteArray OauthPath = "/api/platform/applications/authtickets/oauth";

CustomerLoginRequest ada()
{
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    return request;
}

NetworkSettings explicitProxy(quint16 port)
{
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::Explicit;
    settings.proxyHost = u"127.0.0.1"_s;
    settings.proxyPort = port;
    settings.proxyLoopback = true; // the tests' tenants are on loopback
    return settings;
}

// A port on 127.0.0.1 where nothing listens (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 9;
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestNetworkSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void invalidValuesSaveNothing_data();
    void invalidValuesSaveNothing();
    void damagedFileReadsAsDefaults();
    void explicitProxyCarriesLogin();
    void explicitProxyTunnelsHttps();
    void explicitProxySkipsLoopbackByDefault();
    void noProxyGoesDirect();
    void systemModeLoopbackGoesDirect();
    void systemModeFollowsEnvironment();
    void reapplyingSwitchesLaterCalls();
    void proxyRefused();
    void proxyRequiresAuthentication();
    void proxyCannotReachTheTenant_data();
    void proxyCannotReachTheTenant();
    void proxyDiagnosesEachProblem_data();
    void proxyDiagnosesEachProblem();
    void timeoutsFromSettings_data();
    void timeoutsFromSettings();

private:
    AuthTicketResult login(QNetworkAccessManager& manager, const NetworkSettings& settings, const KiboProfile& profile,
        int waitMs = 20'000);

    DemoTenant m_tenant;
};

void TestNetworkSettings::initTestCase()
{
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testnetworksettings"_s);
    qRegisterMetaType<AuthTicketResult>();
    QVERIFY2(m_tenant.listen(), qPrintable(m_tenant.errorString()));
}

void TestNetworkSettings::init()
{
    QSettings().clear();
}

void TestNetworkSettings::defaults()
{
    const NetworkSettings loaded = NetworkSettings::load();
    QCOMPARE(loaded.proxyMode, NetworkSettings::ProxyMode::System);
    QCOMPARE(loaded.transferTimeoutSeconds, 30);
    QCOMPARE(loaded.overallDeadlineSeconds, 60);
    QVERIFY(loaded.isValid());
    QCOMPARE(loaded, NetworkSettings());
}

void TestNetworkSettings::roundTrip_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("transfer");
    QTest::addColumn<int>("deadline");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("explicit with user") << int(NetworkSettings::ProxyMode::Explicit) << u"proxy.example.com"_s << 3128
                                        << u"qa-team"_s << 12 << 45 << false;
    QTest::newRow("explicit IPv6, loopback too")
        << int(NetworkSettings::ProxyMode::Explicit) << u"::1"_s << 8080 << QString() << 1 << 1 << true;
    QTest::newRow("none") << int(NetworkSettings::ProxyMode::None) << QString() << 0 << QString() << 600 << 3600
                          << false;
    QTest::newRow("system keeps a typed proxy")
        << int(NetworkSettings::ProxyMode::System) << u"proxy.example.com"_s << 8080 << QString() << 30 << 60 << false;
}

void TestNetworkSettings::roundTrip()
{
    QFETCH(int, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(int, transfer);
    QFETCH(int, deadline);
    QFETCH(bool, loopback);
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode(mode);
    settings.proxyLoopback = loopback;
    settings.proxyHost = host;
    settings.proxyPort = port;
    settings.proxyUser = user;
    settings.transferTimeoutSeconds = transfer;
    settings.overallDeadlineSeconds = deadline;
    QStringList errors;
    QVERIFY2(settings.save(&errors), qPrintable(errors.join(u'\n')));
    QVERIFY(errors.isEmpty());
    QCOMPARE(NetworkSettings::load(), settings);

    // What the file holds is plain and secret-free: the mode by its stable name.
    const QSettings file;
    QCOMPARE(file.value(u"network/proxyMode"_s).toString(), NetworkSettings::modeName(settings.proxyMode));
    for (const QString& key : file.allKeys()) {
        QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestNetworkSettings::invalidValuesSaveNothing_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("transfer");
    QTest::addColumn<int>("deadline");
    QTest::addColumn<QString>("message");
    QTest::newRow("no host") << u"  "_s << 3128 << QString() << 30 << 60 << u"Enter the host name or address"_s;
    QTest::newRow("scheme in host") << u"http://proxy.example.com"_s << 3128 << QString() << 30 << 60
                                    << u"without a scheme"_s;
    QTest::newRow("port in host") << u"proxy.example.com:3128"_s << 3128 << QString() << 30 << 60
                                  << u"is not a host name or address"_s;
    QTest::newRow("space in host") << u"proxy example"_s << 3128 << QString() << 30 << 60
                                   << u"is not a host name or address"_s;
    QTest::newRow("port 0") << u"proxy.example.com"_s << 0 << QString() << 30 << 60 << u"from 1 to 65535"_s;
    QTest::newRow("port 65536") << u"proxy.example.com"_s << 65536 << QString() << 30 << 60 << u"from 1 to 65535"_s;
    QTest::newRow("colon in user") << u"proxy.example.com"_s << 3128 << u"qa:secret"_s << 30 << 60
                                   << u"cannot contain a colon"_s;
    QTest::newRow("transfer 0") << u"proxy.example.com"_s << 3128 << QString() << 0 << 60
                                << u"transfer timeout must be from 1 to 600"_s;
    QTest::newRow("transfer too long") << u"proxy.example.com"_s << 3128 << QString() << 601 << 3600
                                       << u"transfer timeout must be from 1 to 600"_s;
    QTest::newRow("deadline 0") << u"proxy.example.com"_s << 3128 << QString() << 30 << 0
                                << u"overall deadline must be from 1 to 3600"_s;
    QTest::newRow("deadline shorter than transfer")
        << u"proxy.example.com"_s << 3128 << QString() << 30 << 10
        << u"overall deadline (10 s) must not be shorter than the transfer timeout (30 s)"_s;
}

void TestNetworkSettings::invalidValuesSaveNothing()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(int, transfer);
    QFETCH(int, deadline);
    QFETCH(QString, message);

    NetworkSettings previous;
    previous.proxyMode = NetworkSettings::ProxyMode::None;
    previous.transferTimeoutSeconds = 7;
    previous.overallDeadlineSeconds = 8;
    QVERIFY(previous.save());
    const QStringList keysBefore = QSettings().allKeys();

    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::Explicit;
    settings.proxyHost = host;
    settings.proxyPort = port;
    settings.proxyUser = user;
    settings.transferTimeoutSeconds = transfer;
    settings.overallDeadlineSeconds = deadline;
    QStringList errors;
    QVERIFY(!settings.save(&errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(message), qPrintable(errors.constFirst()));
    QCOMPARE(settings.validate(), errors);
    QCOMPARE(NetworkSettings::load(), previous); // nothing of the invalid values was written
    QCOMPARE(QSettings().allKeys(), keysBefore);
}

void TestNetworkSettings::damagedFileReadsAsDefaults()
{
    {
        QSettings file;
        file.setValue(u"network/proxyMode"_s, u"socks-over-carrier-pigeon"_s);
        file.setValue(u"network/proxyPort"_s, u"eighty"_s);
        file.setValue(u"network/transferTimeoutSeconds"_s, -4);
        file.setValue(u"network/overallDeadlineSeconds"_s, 99999);
    }
    QCOMPARE(NetworkSettings::load(), NetworkSettings());

    // An explicit proxy without a usable port cannot be applied: the system configuration is used instead.
    {
        QSettings file;
        file.setValue(u"network/proxyMode"_s, u"explicit"_s);
        file.setValue(u"network/proxyHost"_s, u"proxy.example.com"_s);
        file.setValue(u"network/proxyPort"_s, 0);
    }
    QCOMPARE(NetworkSettings::load().proxyMode, NetworkSettings::ProxyMode::System);
}

AuthTicketResult TestNetworkSettings::login(
    QNetworkAccessManager& manager, const NetworkSettings& settings, const KiboProfile& profile, int waitMs)
{
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(profile, DemoTenant::sharedSecret());
    settings.apply(&manager, &client);
    QSignalSpy spy(&client, &AuthTicketClient::finished);
    client.login(ada());
    [&] {
        QVERIFY(spy.wait(waitMs));
    }();
    return spy.isEmpty() ? AuthTicketResult {} : spy.first().first().value<AuthTicketResult>();
}

void TestNetworkSettings::explicitProxyCarriesLogin()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    QNetworkAccessManager manager;
    const AuthTicketResult result
        = login(manager, explicitProxy(proxy.serverPort()), KiboProfile::demo(m_tenant.baseUrl()));
    QVERIFY2(result.ticket, qPrintable(Diagnoser::diagnose(result.error).cause));
    // Every call of the login went through the proxy, in absolute form: app token and tenant lookup at the home
    // host, the login at the tenant's pod.
    QCOMPARE(proxy.count("POST", OauthPath), 1);
    QCOMPARE(proxy.count("GET", m_tenant.baseUrl().toEncoded() + "/api/platform/tenants/100001"), 1);
    QCOMPARE(proxy.count("POST", m_tenant.podUrl().toEncoded() + TicketsPath), 1);
}

void TestNetworkSettings::explicitProxyTunnelsHttps()
{
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    DemoTenant tlsTenant;
    QVERIFY2(tlsTenant.listenTls(tlsDir.path()), qPrintable(tlsTenant.errorString()));
    KiboProfile profile = KiboProfile::demo(tlsTenant.baseUrl());
    profile.caBundlePath = tlsDir.filePath(u"ca.pem"_s);
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, explicitProxy(proxy.serverPort()), profile);
    QVERIFY2(result.ticket, qPrintable(Diagnoser::diagnose(result.error).cause));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(tlsTenant.baseUrl().port());
    QVERIFY(proxy.count("CONNECT", authority) >= 1); // https goes through a tunnel: the proxy sees no path
    QCOMPARE(proxy.count(TicketsPath), 0);
}

void TestNetworkSettings::explicitProxySkipsLoopbackByDefault()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    NetworkSettings settings = explicitProxy(proxy.serverPort());
    settings.proxyLoopback = false; // the default: the demo tenant on this computer is reached directly
    QCOMPARE(NetworkSettings().proxyLoopback, false);
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, settings, KiboProfile::demo(m_tenant.baseUrl()));
    QVERIFY2(result.ticket, qPrintable(Diagnoser::diagnose(result.error).cause));
    QCOMPARE(proxy.requests().size(), 0);
    // Any other host would go through it.
    const QList<QNetworkProxy> remote
        = manager.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(u"https://t100001.sandbox.mozu.com/api"_s)));
    QCOMPARE(remote.value(0).type(), QNetworkProxy::HttpProxy);
    QCOMPARE(remote.value(0).port(), proxy.serverPort());
}

void TestNetworkSettings::noProxyGoesDirect()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    // The explicit proxy is typed in but not chosen: nothing goes through it.
    NetworkSettings settings = explicitProxy(proxy.serverPort());
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, settings, KiboProfile::demo(m_tenant.baseUrl()));
    QVERIFY2(result.ticket, qPrintable(Diagnoser::diagnose(result.error).cause));
    QCOMPARE(proxy.requests().size(), 0);
}

void TestNetworkSettings::systemModeLoopbackGoesDirect()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.serverPort());
    qputenv("http_proxy", proxyUrl);
    qputenv("https_proxy", proxyUrl);
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, NetworkSettings(), KiboProfile::demo(m_tenant.baseUrl()));
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    QVERIFY2(result.ticket, qPrintable(Diagnoser::diagnose(result.error).cause));
    QCOMPARE(proxy.requests().size(), 0);
}

void TestNetworkSettings::systemModeFollowsEnvironment()
{
    // Only asks which proxy would be used; nothing is sent anywhere.
    qputenv("https_proxy", "http://127.0.0.1:3128");
    QNetworkAccessManager manager;
    NetworkSettings().applyTo(&manager);
    QVERIFY(manager.proxyFactory());
    const QList<QNetworkProxy> proxies
        = manager.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(u"https://t100001.sandbox.mozu.com/api"_s)));
    qunsetenv("https_proxy");
    QVERIFY(!proxies.isEmpty());
    QCOMPARE(proxies.constFirst().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.constFirst().hostName(), u"127.0.0.1"_s);
    QCOMPARE(proxies.constFirst().port(), quint16(3128));
    const QList<QNetworkProxy> local
        = manager.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(u"https://127.0.0.1:8443/api"_s)));
    QCOMPARE(local.value(0).type(), QNetworkProxy::NoProxy);
}

void TestNetworkSettings::reapplyingSwitchesLaterCalls()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    QNetworkAccessManager manager; // the same manager throughout, as the GUI's sessions keep theirs
    const KiboProfile profile = KiboProfile::demo(m_tenant.baseUrl());
    QVERIFY(login(manager, explicitProxy(proxy.serverPort()), profile).ticket);
    const qsizetype seen = proxy.requests().size();
    QVERIFY(seen >= 2);
    NetworkSettings direct;
    direct.proxyMode = NetworkSettings::ProxyMode::None;
    QVERIFY(login(manager, direct, profile).ticket);
    QCOMPARE(proxy.requests().size(), seen);
    QVERIFY(login(manager, explicitProxy(proxy.serverPort()), profile).ticket);
    QVERIFY(proxy.requests().size() > seen);
}

void TestNetworkSettings::proxyRefused()
{
    const quint16 port = closedPort();
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, explicitProxy(port), KiboProfile::demo(m_tenant.baseUrl()));
    QCOMPARE(result.error.kind, KiboError::Kind::Proxy);
    QCOMPARE(result.error.proxyProblem, KiboError::ProxyProblem::Refused);
    QCOMPARE(result.error.proxy, u"127.0.0.1:"_s + QString::number(port));
    QCOMPARE(result.error.cliExitCode(), 3);
    const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
    QCOMPARE(diagnosis.title, u"The proxy refused the connection"_s);
    QVERIFY2(diagnosis.cause.contains(u"127.0.0.1:"_s + QString::number(port)), qPrintable(diagnosis.cause));
    QVERIFY(diagnosis.nextStep.contains(u"Network Settings"_s));
    QVERIFY(!diagnosis.cause.contains(u"/api"_s));
}

void TestNetworkSettings::proxyRequiresAuthentication()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    proxy.setMode(LoopbackProxy::Mode::RequireAuthentication);
    NetworkSettings settings = explicitProxy(proxy.serverPort());
    settings.proxyUser = u"qa-team"_s;
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, settings, KiboProfile::demo(m_tenant.baseUrl()));
    QCOMPARE(result.error.kind, KiboError::Kind::Proxy);
    QCOMPARE(result.error.proxyProblem, KiboError::ProxyProblem::AuthenticationRequired);
    QVERIFY(proxy.count(OauthPath) >= 1);
    QCOMPARE(proxy.count(TicketsPath), 0); // the customer call never started
    const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
    QCOMPARE(diagnosis.title, u"The proxy requires authentication"_s);
    QVERIFY(diagnosis.cause.contains(u"407"_s));
    QCOMPARE(result.error.toJson().value(u"kind"_s).toString(), u"proxy"_s);
}

void TestNetworkSettings::proxyCannotReachTheTenant_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("http") << u"http"_s << 4;
    QTest::newRow("https (CONNECT)") << u"https"_s << 3;
}

void TestNetworkSettings::proxyCannotReachTheTenant()
{
    QFETCH(QString, scheme);
    QFETCH(int, expectedExit);
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    QUrl tenant;
    tenant.setScheme(scheme);
    tenant.setHost(u"127.0.0.1"_s);
    tenant.setPort(closedPort());
    QNetworkAccessManager manager;
    const AuthTicketResult result = login(manager, explicitProxy(proxy.serverPort()), KiboProfile::demo(tenant));
    QVERIFY(proxy.requests().size() >= 1);
    const QString proxyAddress = u"127.0.0.1:"_s + QString::number(proxy.serverPort());
    QCOMPARE(result.error.proxy, proxyAddress); // every failure through a proxy names it
    QCOMPARE(result.error.cliExitCode(), expectedExit);
    const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
    QVERIFY2(diagnosis.cause.contains(u"proxy"_s, Qt::CaseInsensitive), qPrintable(diagnosis.cause));
    if (scheme == u"https"_s) {
        // The proxy answered CONNECT with 502: the tunnel never opened.
        QCOMPARE(result.error.kind, KiboError::Kind::Proxy);
        QCOMPARE(diagnosis.title, u"The proxy could not reach the server"_s);
        QVERIFY(diagnosis.cause.contains(proxyAddress));
    } else {
        // The proxy's own 502 page: not a Kibo reply, said to come from something in between.
        QCOMPARE(result.error.httpStatus, 502);
    }
}

void TestNetworkSettings::proxyDiagnosesEachProblem_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("title");
    using P = KiboError::ProxyProblem;
    QTest::newRow("refused") << int(P::Refused) << u"The proxy refused the connection"_s;
    QTest::newRow("not found") << int(P::NotFound) << u"Proxy not found"_s;
    QTest::newRow("407") << int(P::AuthenticationRequired) << u"The proxy requires authentication"_s;
    QTest::newRow("timeout") << int(P::Timeout) << u"The proxy did not answer in time"_s;
    QTest::newRow("closed") << int(P::Closed) << u"The proxy closed the connection"_s;
    QTest::newRow("other") << int(P::Other) << u"The proxy could not reach the server"_s;
}

void TestNetworkSettings::proxyDiagnosesEachProblem()
{
    QFETCH(int, problem);
    QFETCH(QString, title);
    KiboError error;
    error.kind = KiboError::Kind::Proxy;
    error.proxyProblem = KiboError::ProxyProblem(problem);
    error.proxy = u"proxy.example.com:3128"_s;
    error.host = u"t100001.sandbox.mozu.com"_s;
    error.operation = KiboError::customerLoginOperation();
    const Diagnosis diagnosis = Diagnoser::diagnose(error);
    QCOMPARE(diagnosis.title, title);
    QVERIFY(diagnosis.cause.contains(u"proxy.example.com:3128"_s));
    QVERIFY(diagnosis.cause.contains(u"t100001.sandbox.mozu.com"_s));
    QVERIFY(!diagnosis.nextStep.isEmpty());
}

void TestNetworkSettings::timeoutsFromSettings_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<int>("transfer");
    QTest::addColumn<int>("deadline");
    QTest::addColumn<int>("expectedMs");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("cause");
    using F = FaultServer;
    // Silence: the transfer timeout ends it. A trickle never falls silent: the overall deadline ends it.
    QTest::newRow("stall, transfer timeout 1 s")
        << F::fault(F::Fault::StallBeforeHeaders) << 1 << 5 << 1000 << u"silence"_s << u"stopped sending"_s;
    FaultServer::Reply trickle = F::fault(F::Fault::Trickle, QByteArray(200, ' ') + "{}");
    trickle.trickleIntervalMs = 100;
    QTest::newRow("trickle, overall deadline 2 s")
        << trickle << 1 << 2 << 2000 << u"deadline"_s << u"within the overall deadline"_s;
}

void TestNetworkSettings::timeoutsFromSettings()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(int, transfer);
    QFETCH(int, deadline);
    QFETCH(int, expectedMs);
    QFETCH(QString, detail);
    QFETCH(QString, cause);
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script(OauthPath, { reply });
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    settings.transferTimeoutSeconds = transfer;
    settings.overallDeadlineSeconds = deadline;
    QVERIFY(settings.save());
    QNetworkAccessManager manager;
    QElapsedTimer wall;
    wall.start();
    // The saved settings, as the GUI and the CLI load them; the built-in 30 s / 60 s would outlast the wait.
    const AuthTicketResult result
        = login(manager, NetworkSettings::load(), KiboProfile::demo(server.baseUrl()), expectedMs + 3000);
    const qint64 elapsed = wall.elapsed();
    QCOMPARE(result.error.kind, KiboError::Kind::Timeout);
    QCOMPARE(result.error.detail, detail);
    const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
    QCOMPARE(diagnosis.title, u"The server did not answer in time"_s);
    QVERIFY2(diagnosis.cause.contains(cause), qPrintable(diagnosis.cause));
    QVERIFY(diagnosis.nextStep.contains(u"Network Settings"_s));
    QVERIFY2(elapsed >= expectedMs - 100, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < expectedMs + 1000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "testnetworksettings.moc"
