#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/canary.h"
#include "helpers/faultserver.h"
#include "helpers/testca.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/kibocall.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Secrets that take part in the failures; none may show in a diagnosis.
const QString CanaryPassword = u"Canary-Pa55word-d1a9"_s;
const QString CanaryRefreshToken = u"c4a7a11ed1a90ddba11c0ffee0011223"_s;
const QString CanaryClientSecret = u"Canary-client-secret-d1a9"_s;
const QByteArray CanaryAppToken = "Q2FuYXJ5LWQxYTktYXBwLXRva2Vu";

constexpr int TransferTimeoutMs = 400;
constexpr int OverallDeadlineMs = 1500;
constexpr qint64 CapBytes = 64 * 1024;
const QByteArray Correlation = "fa17fa17fa17fa17fa17fa17fa17fa17";

QByteArray kiboBody(const QByteArray& code, const QByteArray& message, const QByteArray& dataName = {},
    const QByteArray& dataValue = {})
{
    const QByteArray data
        = dataName.isEmpty() ? QByteArray("[]") : R"([{"name":")" + dataName + R"(","value":")" + dataValue + R"("}])";
    return R"({"message":")" + message + R"(","errorCode":")" + code
        + R"(","applicationName":"Customer","additionalErrorData":)" + data + R"(,"items":[]})";
}

} // namespace

// Every seeded failure of the demo tenant and every network fault, produced over real loopback, gets
// a diagnosis of its own: specific (names the key fact), distinct from every other row, and clean
// (no secret, no URL query). One failure that Kibo deliberately answers alike (wrong password and
// unknown user, to hide which accounts exist) shares one text, and the test says so.
class TestDiagnoser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void specific_data();
    void specific();
    void distinct();
    void clockSkewFromDateHeader();
    void clockSkewTexts_data();
    void clockSkewTexts();
    void durations_data();
    void durations();

private:
    struct Row
    {
        QString name;
        QString group; // rows of one group are alike on purpose
        KiboError error;
        Diagnosis diagnosis;
    };

    void add(const QString& name, const KiboError& error, const QString& group = {});
    AuthTicketResult demoCall(const std::function<void(AuthTicketClient&)>& start, const KiboProfile& profile,
        const QString& secret = DemoTenant::sharedSecret());
    KiboError faultCall(const QUrl& base, const QString& caPath = {});
    KiboError fault(const FaultServer::Reply& reply);
    // A login whose tenant lookup gets this reply.
    KiboError lookupFault(const FaultServer::Reply& lookupReply);
    void runDemoScenarios();
    void runFaults();

    ManualClock m_tenantClock { QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC) };
    ManualClock m_clientClock { QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC) };
    DemoTenant m_tenant;
    QNetworkAccessManager m_manager;
    KiboProfile m_profile;
    QString m_lastCode;
    QList<Row> m_rows;
    TestCa m_ca;
};

void TestDiagnoser::add(const QString& name, const KiboError& error, const QString& group)
{
    m_rows.append({ name, group, error, Diagnoser::diagnose(error) });
}

AuthTicketResult TestDiagnoser::demoCall(
    const std::function<void(AuthTicketClient&)>& start, const KiboProfile& profile, const QString& secret)
{
    AuthTicketClient client(&m_manager, nullptr);
    client.setClock(&m_clientClock);
    client.setDeadlines(10'000, 30'000);
    client.setProfile(profile, secret);
    QSignalSpy spy(&client, &AuthTicketClient::finished);
    start(client);
    [&] {
        QVERIFY(spy.wait(30'000));
    }();
    return spy.isEmpty() ? AuthTicketResult {} : spy.first().first().value<AuthTicketResult>();
}

void TestDiagnoser::runDemoScenarios()
{
    const auto login
        = [](const QString& username, const QString& password, std::optional<int> accountId = std::nullopt) {
              return [username, password, accountId](AuthTicketClient& client) {
                  CustomerLoginRequest request;
                  request.username = username;
                  request.password = password;
                  request.accountId = accountId;
                  client.login(request);
              };
          };
    const QString good = DemoTenant::defaultPassword();
    add(u"locked account"_s, demoCall(login(u"locked@example.com"_s, good), m_profile).error);
    add(u"inactive account"_s, demoCall(login(u"inactive@example.com"_s, good), m_profile).error);
    add(u"wrong password"_s, demoCall(login(u"ada.lovelace@example.com"_s, CanaryPassword), m_profile).error,
        u"credentials"_s);
    add(u"unknown user"_s, demoCall(login(u"nobody@example.com"_s, CanaryPassword), m_profile).error, u"credentials"_s);
    add(u"B2B wrong account"_s, demoCall(login(u"b2b.buyer@example.com"_s, good, 9999), m_profile).error);
    add(u"expired password"_s, demoCall(login(u"expired.password@example.com"_s, good), m_profile).error);

    KiboProfile wrongSite = m_profile;
    wrongSite.siteId = 4242;
    add(u"wrong site id"_s, demoCall(login(u"ada.lovelace@example.com"_s, good), wrongSite).error);
    KiboProfile wrongTenant = m_profile;
    wrongTenant.tenantId = 777777;
    add(u"wrong tenant id"_s, demoCall(login(u"ada.lovelace@example.com"_s, good), wrongTenant).error);
    add(u"wrong client secret"_s,
        demoCall(login(u"ada.lovelace@example.com"_s, good), m_profile, CanaryClientSecret).error);
    add(u"unknown refresh token"_s,
        demoCall([](AuthTicketClient& client) { client.refresh(CanaryRefreshToken); }, m_profile).error);

    // Two-factor: a wrong code, then (after a fresh login) the right code too late.
    const AuthTicketResult pending = demoCall(login(u"mfa@example.com"_s, good), m_profile);
    QVERIFY(pending.requires2FA);
    const QString userId = pending.pendingUserId;
    add(u"wrong 2FA code"_s,
        demoCall([userId](AuthTicketClient& client) { client.finish2FA(userId, u"000000"_s); }, m_profile).error);
    const AuthTicketResult again = demoCall(login(u"mfa@example.com"_s, good), m_profile);
    QVERIFY(again.requires2FA);
    QTRY_VERIFY(!m_lastCode.isEmpty());
    const QString code = m_lastCode;
    m_tenantClock.advanceSeconds(181);
    m_clientClock.advanceSeconds(181);
    add(u"expired 2FA code"_s,
        demoCall([userId, code](AuthTicketClient& client) { client.finish2FA(userId, code); }, m_profile).error);
}

KiboError TestDiagnoser::faultCall(const QUrl& base, const QString& caPath)
{
    KiboCall call(&m_manager);
    call.setOperation(KiboError::customerRefreshOperation());
    call.setDeadlines(TransferTimeoutMs, OverallDeadlineMs);
    call.setMaxResponseBytes(CapBytes);
    call.setCaBundlePath(caPath);
    QSignalSpy spy(&call, &KiboCall::finished);
    QUrl url = base;
    url.setPath(u"/api/commerce/customer/authtickets/refresh"_s);
    url.setQuery(u"refreshToken="_s + CanaryRefreshToken);
    call.start("PUT", url, { { "Authorization", "Bearer " + CanaryAppToken } },
        R"({"password":")" + CanaryPassword.toUtf8() + R"("})");
    [&] {
        QVERIFY(spy.wait(OverallDeadlineMs + 5000));
    }();
    return spy.isEmpty() ? KiboError {} : spy.first().first().value<KiboResponse>().error;
}

KiboError TestDiagnoser::lookupFault(const FaultServer::Reply& lookupReply)
{
    FaultServer server;
    [&] {
        QVERIFY(server.listenLocal());
    }();
    server.script("/api/platform/applications/authtickets/oauth",
        { FaultServer::json(200, R"({"access_token":"t","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/platform/tenants/", { lookupReply });
    AuthTicketClient::clearTenantCache();
    KiboProfile profile = KiboProfile::demo(server.baseUrl());
    const AuthTicketResult result = demoCall(
        [](AuthTicketClient& client) {
            CustomerLoginRequest request;
            request.username = u"ada.lovelace@example.com"_s;
            request.password = CanaryPassword;
            client.login(request);
        },
        profile);
    [&] {
        QCOMPARE(server.count("/api/commerce"), 0); // no customer call without a usable tenant
    }();
    return result.error;
}

KiboError TestDiagnoser::fault(const FaultServer::Reply& reply)
{
    FaultServer server;
    [&] {
        QVERIFY(server.listenLocal());
    }();
    server.script("/api", { reply });
    return faultCall(server.baseUrl());
}

void TestDiagnoser::runFaults()
{
    using F = FaultServer;
    quint16 closedPort = 0;
    {
        F closed;
        QVERIFY(closed.listenLocal());
        closedPort = closed.serverPort();
    }
    QUrl refused;
    refused.setScheme(u"http"_s);
    refused.setHost(u"127.0.0.1"_s);
    refused.setPort(closedPort);
    add(u"connection refused"_s, faultCall(refused));
    add(u"timeout"_s, fault(F::fault(F::Fault::StallBeforeHeaders)));

    QString error;
    QVERIFY2(m_ca.create(&error), qPrintable(error));
    const auto tls = [&](TestCa::ServerKind kind, bool trust) {
        const TestCa::ServerCertificate certificate = m_ca.server(kind, &error);
        F server;
        server.setTls(certificate.certificate, certificate.key);
        [&] {
            QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
            QVERIFY(server.listenLocal());
        }();
        QNetworkAccessManager manager; // a fresh TLS session cache per trust setting
        KiboCall call(&manager);
        call.setOperation(KiboError::customerRefreshOperation());
        call.setCaBundlePath(trust ? m_ca.caPemPath() : QString());
        QSignalSpy spy(&call, &KiboCall::finished);
        QUrl url = server.baseUrl();
        url.setPath(u"/api/commerce/customer/authtickets/refresh"_s);
        url.setQuery(u"refreshToken="_s + CanaryRefreshToken);
        call.start("PUT", url, { { "Authorization", "Bearer " + CanaryAppToken } });
        [&] {
            QVERIFY(spy.wait(10'000));
        }();
        return spy.isEmpty() ? KiboError {} : spy.first().first().value<KiboResponse>().error;
    };
    add(u"TLS untrusted"_s, tls(TestCa::ServerKind::Good, false));
    add(u"TLS wrong host"_s, tls(TestCa::ServerKind::WrongHost, true));
    add(u"TLS expired"_s, tls(TestCa::ServerKind::Expired, true));
    add(u"TLS self-signed"_s, tls(TestCa::ServerKind::SelfSigned, true));

    add(u"app may not read the tenant"_s,
        lookupFault(F::json(403, kiboBody("INSUFFICIENT_PERMISSION", "The application is not installed on tenant."))));
    add(u"tenant lookup without domain"_s, lookupFault(F::json(200, R"({"id":100001,"name":"No domain"})")));
    add(u"401 without a Kibo body"_s, fault(F::json(401, {})));
    F::Reply forbidden = F::json(403, "Forbidden by policy");
    forbidden.headers = { { "Content-Type", "text/plain" }, { "x-vol-correlation", Correlation } };
    add(u"403 without a Kibo body"_s, fault(forbidden));
    add(u"403 missing behavior"_s,
        fault(F::json(403,
            kiboBody("MISSING_BEHAVIOR", "The application lacks a behavior.", "Behavior",
                "customer-auth:configure-token-durations"))));
    add(u"429 Retry-After"_s, fault(F::json(429, {}, { { "Retry-After", "17" } })));
    add(u"500 Kibo JSON"_s, fault(F::json(500, kiboBody("UNHANDLED", "Object reference not set"))));
    F::Reply html502 = F::json(502, "<html><body>Bad gateway</body></html>");
    html502.headers = { { "Content-Type", "text/html" }, { "x-vol-correlation", Correlation } };
    add(u"502 HTML body"_s, fault(html502));
    F::Reply empty503 = F::json(503, {});
    add(u"503 empty body"_s, fault(empty503));
    F::Reply html200 = html502;
    html200.status = 200;
    add(u"200 HTML body"_s, fault(html200));
    add(u"200 empty body"_s, fault(F::json(200, {})));
    add(u"200 broken JSON"_s, fault(F::json(200, R"({"accessToken":"ab)")));
    add(u"200 JSON not an object"_s, fault(F::json(200, R"(["accessToken"])")));
    add(u"truncated body"_s,
        fault(F::fault(F::Fault::Truncated, R"({"accessToken":"abc","refreshToken":"def","userId":"0123"})")));
    add(u"closed without reply"_s, fault(F::fault(F::Fault::CloseWithoutReply)));
    F::Reply stream = F::json(200, {});
    stream.fault = F::Fault::Stream;
    stream.streamBytes = 8 * 1024 * 1024;
    add(u"oversize body"_s, fault(stream));

    F other;
    QVERIFY(other.listenLocal());
    QUrl target = other.baseUrl();
    target.setPath(u"/collect"_s);
    target.setQuery(u"refreshToken="_s + CanaryRefreshToken);
    add(u"cross-origin redirect"_s, fault(F::json(307, {}, { { "Location", target.toEncoded() } })));
}

void TestDiagnoser::initTestCase()
{
    qRegisterMetaType<KiboResponse>();
    qRegisterMetaType<AuthTicketResult>();
    m_tenant.setClock(&m_tenantClock);
    QVERIFY2(m_tenant.listen(), qPrintable(m_tenant.errorString()));
    connect(&m_tenant, &DemoTenant::codeSent, this, [this](const QString&, const QString& code) { m_lastCode = code; });
    m_profile = KiboProfile::demo(m_tenant.baseUrl());
    runDemoScenarios();
    QVERIFY(!QTest::currentTestFailed());
    runFaults();
    QVERIFY(!QTest::currentTestFailed());
}

void TestDiagnoser::specific_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("facts"); // each must appear in title, cause or next step

    using K = KiboError::Kind;
    const auto row = [](const char* name, K kind, const QStringList& facts) {
        QTest::newRow(name) << int(kind) << facts;
    };
    row("locked account", K::HttpKibo,
        { u"locked since 2025-01-15 08:00 UTC"_s, u"Failed login attempts counted by Kibo: 5"_s });
    row("inactive account", K::HttpKibo, { u"inactive"_s, u"activate"_s });
    row("wrong password", K::HttpKibo, { u"password"_s, u"does not exist"_s });
    row("unknown user", K::HttpKibo, { u"password"_s, u"does not exist"_s });
    row("B2B wrong account", K::HttpKibo, { u"account id"_s, u"B2B"_s });
    row("expired password", K::HttpKibo, { u"2023-01-01 00:00 UTC"_s, u"new password"_s });
    row("wrong site id", K::TenantDiscovery, { u"4242"_s, u"Demo Storefront (100002)"_s, u"Site list"_s });
    row("wrong tenant id", K::TenantDiscovery, { u"777777"_s, u"tenant id"_s, u"data centre"_s });
    row("app may not read the tenant", K::TenantDiscovery, { u"refused"_s, u"Dev Center"_s });
    row("tenant lookup without domain", K::TenantDiscovery, { u"without a usable domain"_s, u"override"_s });
    row("wrong client secret", K::HttpKibo, { u"shared secret"_s, u"client id"_s });
    row("unknown refresh token", K::HttpKibo, { u"refresh token"_s, u"Log the customer in again"_s });
    row("wrong 2FA code", K::HttpKibo, { u"2 attempts left"_s, u"new code"_s });
    row("expired 2FA code", K::HttpKibo, { u"expired"_s, u"3 minutes"_s });
    row("connection refused", K::ConnectionRefused, { u"refused"_s, u"port"_s });
    row("timeout", K::Timeout, { u"in time"_s, u"proxy"_s });
    row("TLS untrusted", K::Tls, { u"not trusted"_s, u"KTI Test CA"_s, u"SHA-256"_s });
    row("TLS wrong host", K::Tls, { u"different host"_s, u"wrong.example.test"_s });
    row("TLS expired", K::Tls, { u"expired"_s, u"2020-01-02"_s, u"date and time"_s });
    row("TLS self-signed", K::Tls, { u"self-signed"_s });
    row("401 without a Kibo body", K::HttpOther, { u"HTTP 401"_s, u"empty"_s });
    row("403 without a Kibo body", K::HttpOther, { u"HTTP 403"_s, u"behaviors"_s });
    row("403 missing behavior", K::HttpKibo, { u"customer-auth:configure-token-durations"_s, u"Dev Center"_s });
    row("429 Retry-After", K::Throttled, { u"Retry-After"_s, u"17 s"_s, u"HTTP 429"_s });
    row("500 Kibo JSON", K::HttpKibo, { u"HTTP 500"_s, u"UNHANDLED"_s, u"correlation id"_s });
    row("502 HTML body", K::HttpOther, { u"HTTP 502"_s, u"web page (HTML)"_s, u"gateway"_s });
    row("503 empty body", K::HttpOther, { u"HTTP 503"_s, u"empty"_s });
    row("200 HTML body", K::NotKibo, { u"web page"_s, u"HTML"_s });
    row("200 empty body", K::NotKibo, { u"empty"_s, u"HTTP 200"_s });
    row("200 broken JSON", K::NotKibo, { u"broken JSON"_s, u"byte"_s });
    row("200 JSON not an object", K::NotKibo, { u"unexpected shape"_s });
    row("truncated body", K::Network, { u"cut off"_s, u"HTTP 200"_s });
    row("closed without reply", K::Network, { u"without answering"_s, u"https"_s });
    row("oversize body", K::TooLarge, { u"too large"_s, u"more data"_s });
    row("cross-origin redirect", K::Redirect, { u"redirect"_s, u"not followed"_s });
}

void TestDiagnoser::specific()
{
    QFETCH(int, kind);
    QFETCH(QStringList, facts);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row& row) { return row.name == name; });
    QVERIFY2(it != m_rows.cend(), "the failure was not produced");
    const Row& row = *it;
    QVERIFY2(int(row.error.kind) == kind,
        qPrintable(KiboError::kindName(row.error.kind) + u" "_s + row.error.errorCode + u" "_s + row.error.message));
    const Diagnosis& diagnosis = row.diagnosis;
    QVERIFY(!diagnosis.title.isEmpty());
    QVERIFY(!diagnosis.cause.isEmpty());
    QVERIFY(!diagnosis.nextStep.isEmpty());
    const QString text = diagnosis.title + u'\n' + diagnosis.cause + u'\n' + diagnosis.nextStep;
    for (const QString& fact : facts) {
        QVERIFY2(text.contains(fact, Qt::CaseInsensitive), qPrintable(u"missing “"_s + fact + u"” in:\n"_s + text));
    }

    // Clean: no secret in any form, no URL query, no raw Qt error text.
    const QByteArray shown = (text + u'\n' + row.error.message + u'\n' + row.error.tlsDetails).toUtf8()
        + QJsonDocument(row.error.toJson()).toJson();
    for (const QByteArray& secret : { CanaryPassword.toUtf8(), CanaryRefreshToken.toUtf8(), CanaryClientSecret.toUtf8(),
             CanaryAppToken, DemoTenant::sharedSecret().toUtf8() }) {
        QVERIFY2(!Canary::foundIn(secret, shown), shown.constData());
    }
    static const QRegularExpression query(u"\\?[^\\s?]*="_s);
    QVERIFY2(!query.match(QString::fromUtf8(shown)).hasMatch(), shown.constData());
    QVERIFY(!shown.contains("refreshToken"));
    QVERIFY(!shown.contains("Unknown error"));
}

void TestDiagnoser::distinct()
{
    QVERIFY(m_rows.size() >= 30);
    const auto alike = [](const Diagnosis& a, const Diagnosis& b) {
        return a.title == b.title && a.cause == b.cause && a.nextStep == b.nextStep;
    };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        for (qsizetype j = i + 1; j < m_rows.size(); ++j) {
            const Row& a = m_rows.at(i);
            const Row& b = m_rows.at(j);
            const QString pair = a.name + u" / "_s + b.name;
            if (!a.group.isEmpty() && a.group == b.group) {
                // Kibo answers a wrong password and an unknown user alike (no account enumeration): one text
                // that names both possibilities.
                QVERIFY2(alike(a.diagnosis, b.diagnosis), qPrintable(pair));
                continue;
            }
            QVERIFY2(a.diagnosis.title != b.diagnosis.title, qPrintable(pair + u": title "_s + a.diagnosis.title));
            QVERIFY2(a.diagnosis.cause != b.diagnosis.cause, qPrintable(pair + u": cause "_s + a.diagnosis.cause));
            QVERIFY2(a.diagnosis.nextStep != b.diagnosis.nextStep,
                qPrintable(pair + u": next step "_s + a.diagnosis.nextStep));
        }
    }
}

void TestDiagnoser::clockSkewFromDateHeader()
{
    // The demo tenant's Date header reads its own clock: put it 95 s ahead of this computer's clock.
    m_tenantClock.setNow(m_clientClock.now().addSecs(95));
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    const AuthTicketResult result = demoCall([request](AuthTicketClient& client) { client.login(request); }, m_profile);
    QVERIFY(result.ticket);
    QVERIFY(result.serverDate.isValid());
    QCOMPARE(result.receivedAt, m_clientClock.now());
    const std::optional<qint64> skew = Diagnoser::clockSkewSeconds(result.serverDate, result.receivedAt);
    QVERIFY(skew);
    QCOMPARE(*skew, 95);
    QVERIFY(Diagnoser::isSignificantSkew(*skew));

    m_tenantClock.setNow(m_clientClock.now());
    const AuthTicketResult inStep = demoCall([request](AuthTicketClient& client) { client.login(request); }, m_profile);
    QCOMPARE(Diagnoser::clockSkewSeconds(inStep.serverDate, inStep.receivedAt), std::optional<qint64>(0));
    QVERIFY(!Diagnoser::isSignificantSkew(0));
    QVERIFY(!Diagnoser::clockSkewSeconds({}, inStep.receivedAt));
}

void TestDiagnoser::clockSkewTexts_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("effect");
    QTest::newRow("behind") << qint64(95) << u"This computer's clock is 95 s behind the server"_s
                            << u"expire 95 s sooner"_s;
    QTest::newRow("ahead") << qint64(-3725) << u"This computer's clock is 1 h 2 min ahead of the server"_s
                           << u"valid 1 h 2 min longer"_s;
}

void TestDiagnoser::clockSkewTexts()
{
    QFETCH(qint64, skew);
    QFETCH(QString, title);
    QFETCH(QString, effect);
    const Diagnosis diagnosis = Diagnoser::clockSkew(skew);
    QCOMPARE(diagnosis.title, title);
    QVERIFY2(diagnosis.cause.contains(effect), qPrintable(diagnosis.cause));
    QVERIFY(diagnosis.cause.contains(u"Date header"_s));
    QVERIFY(diagnosis.nextStep.contains(u"NTP"_s));
    QCOMPARE(Diagnoser::isSignificantSkew(skew), true);
    QCOMPARE(Diagnoser::isSignificantSkew(Diagnoser::ClockSkewThresholdSeconds), false);
    QCOMPARE(Diagnoser::isSignificantSkew(-Diagnoser::ClockSkewThresholdSeconds - 1), true);
}

void TestDiagnoser::durations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << qint64(1) << u"1 s"_s;
    QTest::newRow("negative") << qint64(-14) << u"14 s"_s;
    QTest::newRow("minutes") << qint64(185) << u"3 min 5 s"_s;
    QTest::newRow("hours") << qint64(7260) << u"2 h 1 min"_s;
    QTest::newRow("days") << qint64(3 * 86400 + 5) << u"3 d 0 h"_s;
}

void TestDiagnoser::durations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Diagnoser::duration(seconds), text);
}

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "testdiagnoser.moc"
