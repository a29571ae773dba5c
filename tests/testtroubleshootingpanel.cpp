// The Problem tab's troubleshooting panel with real failures: a locked account from the demo tenant, a 429
// from the fault server counted down on a ManualClock, clock skew from the Date header, a TLS failure with
// its certificate, the response headers with secrets redacted, and the correlation id copied.
#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/faultserver.h"
#include "helpers/testca.h"
#include "kibo/authticketclient.h"
#include "resultview.h"
#include "session/customersession.h"
#include "troubleshootingpanel.h"

#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A fault server plays the home host and, as a deliberate API host override, the tenant too: no lookup.
KiboProfile faultServerProfile(const QUrl& serverUrl)
{
    KiboProfile profile = KiboProfile::demo(serverUrl);
    profile.apiHost = serverUrl.toString();
    return profile;
}

const QByteArray CanaryCookie = "kti-session=c4a7a11ec00c1e5ec2e7d1a9";
const QByteArray CanaryAppToken = "Q2FuYXJ5LXRyb3VibGVzaG9vdC1hcHAtdG9rZW4=";

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

class TestTroubleshootingPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lockedAccountFromDemoTenant();
    void throttledCountdown();
    void throttledWithoutRetryAfter();
    void sessionRefusesBeforeRetryAfter();
    void clockSkewFromDemoTenant();
    void tlsFailureShowsCertificate();
    void headerValues_data();
    void headerValues();
    void clearHidesEverything();
    void proxyRow();

private:
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        [&] {
            QVERIFY2(widget, name);
        }();
        return widget;
    }
    AuthTicketResult login(const KiboProfile& profile, const QString& username, const QString& caPath = {});
    QString headerValue(const QString& name) const;

    ManualClock m_clock { QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC) };
    QNetworkAccessManager* m_manager = nullptr;
    ResultView* m_view = nullptr;
};

void TestTroubleshootingPanel::initTestCase()
{
    qRegisterMetaType<AuthTicketResult>();
}

void TestTroubleshootingPanel::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_view = new ResultView;
    m_view->setClock(&m_clock);
    m_view->resize(900, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestTroubleshootingPanel::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_manager;
    m_manager = nullptr;
}

AuthTicketResult TestTroubleshootingPanel::login(
    const KiboProfile& profile, const QString& username, const QString& caPath)
{
    AuthTicketClient client(m_manager, nullptr);
    client.setClock(&m_clock);
    client.setDeadlines(10'000, 20'000);
    KiboProfile withCa = profile;
    withCa.caBundlePath = caPath;
    client.setProfile(withCa, DemoTenant::sharedSecret());
    QSignalSpy spy(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = username;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    [&] {
        QVERIFY(spy.wait(20'000));
    }();
    return spy.isEmpty() ? AuthTicketResult {} : spy.first().first().value<AuthTicketResult>();
}

QString TestTroubleshootingPanel::headerValue(const QString& name) const
{
    const auto* table = m_view->findChild<QTableWidget*>(u"headersTableWidget"_s);
    for (int row = 0; table && row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0) {
            return table->item(row, 1)->text();
        }
    }
    return {};
}

void TestTroubleshootingPanel::lockedAccountFromDemoTenant()
{
    DemoTenant tenant;
    tenant.setClock(&m_clock);
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    const AuthTicketResult result = login(KiboProfile::demo(tenant.baseUrl()), u"locked@example.com"_s);
    QCOMPARE(result.error.errorCode, u"ACCOUNT_LOCKED"_s);
    m_view->showResult(result);

    QCOMPARE(m_view->currentTab(), ResultView::Tab::Problem);
    QVERIFY(child<QLabel>("problemTitleLabel")->text().contains(u"locked since 2025-01-15 08:00 UTC"_s));
    QVERIFY(child<QLabel>("problemCauseLabel")->text().contains(u"Failed login attempts counted by Kibo: 5"_s));
    QVERIFY(child<QLabel>("nextStepLabel")->text().contains(u"unlock"_s));
    QCOMPARE(child<QLabel>("httpStatusValueLabel")->text(), u"401"_s);
    QCOMPARE(child<QLabel>("errorCodeValueLabel")->text(), u"ACCOUNT_LOCKED"_s);
    QCOMPARE(child<QLabel>("serverMessageValueLabel")->text(), u"“The account is locked.”"_s);
    QVERIFY(child<QLabel>("elapsedValueLabel")->text().endsWith(u" ms"_s)); // loopback: maybe "under 1 ms"
    QVERIFY(child<QLabel>("serverTimeValueLabel")->text().contains(u"2026-11-29 09:00:00 UTC, in step"_s));
    QVERIFY(!child<QLabel>("clockSkewLabel")->isVisible());
    QVERIFY(!child<QPushButton>("tryAgainButton")->isVisible());
    QVERIFY(!child<QGroupBox>("tlsGroupBox")->isVisible());
    QVERIFY(child<QGroupBox>("headersGroupBox")->isVisible());
    QCOMPARE(headerValue(u"x-vol-correlation"_s), result.error.correlationId);
    QCOMPARE(headerValue(u"Date"_s), u"Sun, 29 Nov 2026 09:00:00 GMT"_s);

    // Copy the correlation id for Kibo support.
    const QString correlationId = child<QLabel>("correlationIdValueLabel")->text();
    QCOMPARE(correlationId.size(), 32);
    QCOMPARE(correlationId, result.error.correlationId);
    QSignalSpy status(m_view, &ResultView::statusMessage);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("copyCorrelationIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), correlationId);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), u"Correlation ID copied."_s);
    // Share buttons stay on the panel.
    QVERIFY(child<QPushButton>("copySupportBundleButton")->isEnabled());
    QVERIFY(child<QPushButton>("copyCurlButton")->isEnabled());
}

void TestTroubleshootingPanel::throttledCountdown()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api/platform",
        { FaultServer::json(
            200, R"({"access_token":")" + CanaryAppToken + R"(","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/commerce",
        { FaultServer::json(429, {},
            { { "Retry-After", "14" }, { "Date", httpDate(m_clock.now()) }, { "Set-Cookie", CanaryCookie } }) });
    const AuthTicketResult result = login(faultServerProfile(server.baseUrl()), u"ada.lovelace@example.com"_s);
    QCOMPARE(result.error.kind, KiboError::Kind::Throttled);
    QCOMPARE(result.receivedAt, m_clock.now());

    TroubleshootingPanel* panel = m_view->troubleshootingPanel();
    QSignalSpy allowed(m_view, &ResultView::retryAllowedChanged);
    QSignalSpy retry(m_view, &ResultView::retryRequested);
    m_view->showResult(result);
    auto* countdown = child<QLabel>("retryCountdownLabel");
    auto* tryAgain = child<QPushButton>("tryAgainButton");
    QVERIFY(countdown->isVisible());
    QVERIFY(tryAgain->isVisible());
    QCOMPARE(countdown->text(), u"You can try again in 14 s."_s);
    QVERIFY(!tryAgain->isEnabled());
    QVERIFY(!panel->isRetryAllowed());
    QCOMPARE(panel->retryNotBefore(), m_clock.now().addSecs(14));
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(allowed.takeFirst().first().toBool(), false);
    QVERIFY(child<QLabel>("problemCauseLabel")->text().contains(u"Retry-After"_s));
    QCOMPARE(child<QLabel>("httpStatusValueLabel")->text(), u"429"_s);

    QTest::mouseClick(tryAgain, Qt::LeftButton); // disabled: nothing happens
    QCOMPARE(retry.size(), 0);

    m_clock.advanceSeconds(5);
    panel->refreshCountdown();
    QCOMPARE(countdown->text(), u"You can try again in 9 s."_s);
    QVERIFY(!tryAgain->isEnabled());
    QCOMPARE(allowed.size(), 0);

    m_clock.advanceSeconds(9);
    // The panel's own 1 s timer notices without being asked.
    QTRY_COMPARE(allowed.size(), 1);
    QCOMPARE(allowed.first().first().toBool(), true);
    QVERIFY(panel->isRetryAllowed());
    QVERIFY(tryAgain->isEnabled());
    QCOMPARE(countdown->text(), u"The server's waiting time has passed: you can try again now."_s);
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QCOMPARE(retry.size(), 1);

    // The cookie is redacted in the header table; the headers are all there.
    QCOMPARE(headerValue(u"Set-Cookie"_s), u"<redacted set-cookie>"_s);
    QCOMPARE(headerValue(u"Retry-After"_s), u"14"_s);
    const auto* table = child<QTableWidget>("headersTableWidget");
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, 1)->text().toLatin1().contains("c4a7a11ec00c1e5e"));
    }

    // Shown again later, the waiting time still counts from when the reply arrived: it is over.
    m_view->showResult(result);
    QVERIFY(panel->isRetryAllowed());
    QVERIFY(tryAgain->isEnabled());
}

void TestTroubleshootingPanel::throttledWithoutRetryAfter()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api/platform",
        { FaultServer::json(
            200, R"({"access_token":")" + CanaryAppToken + R"(","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/commerce", { FaultServer::json(429, {}) });
    const AuthTicketResult result = login(faultServerProfile(server.baseUrl()), u"ada.lovelace@example.com"_s);
    QCOMPARE(result.error.kind, KiboError::Kind::Throttled);
    m_view->showResult(result);
    QVERIFY(m_view->troubleshootingPanel()->isRetryAllowed());
    QVERIFY(child<QPushButton>("tryAgainButton")->isEnabled());
    QVERIFY(child<QLabel>("retryCountdownLabel")->text().contains(u"no waiting time"_s));
    QVERIFY(child<QLabel>("serverTimeValueLabel")->text().contains(u"no Date header"_s));
}

void TestTroubleshootingPanel::sessionRefusesBeforeRetryAfter()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api/platform",
        { FaultServer::json(
            200, R"({"access_token":")" + CanaryAppToken + R"(","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/commerce",
        { FaultServer::json(429, {}, { { "Retry-After", "14" } }),
            FaultServer::json(401,
                R"({"message":"Invalid credentials","errorCode":"INVALID_CREDENTIALS","applicationName":"Customer"})") });
    CustomerSession session(m_manager, nullptr);
    session.setClock(&m_clock);
    session.setProfile(faultServerProfile(server.baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy results(&session, &CustomerSession::resultReady);
    QSignalSpy progress(&session, &CustomerSession::progress);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();

    session.login(request);
    QVERIFY(results.wait(20'000));
    QCOMPARE(results.takeFirst().first().value<AuthTicketResult>().error.kind, KiboError::Kind::Throttled);
    QCOMPARE(session.retryNotBefore(), m_clock.now().addSecs(14));
    QVERIFY(session.isThrottled());
    QCOMPARE(server.count("/api/commerce"), 1);

    // Before the time: refused locally, nothing sent, and it says why.
    m_clock.advanceSeconds(10);
    progress.clear();
    session.login(request);
    QVERIFY(!session.isBusy());
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().first().toString(), u"Kibo asked to wait (Retry-After): you can try again in 4 s."_s);
    session.anonymous();
    QVERIFY(!session.isBusy());
    QCOMPARE(server.count("/api/commerce"), 1);
    QVERIFY(results.isEmpty());

    // After it: sent again.
    m_clock.advanceSeconds(4);
    QVERIFY(!session.isThrottled());
    session.login(request);
    QVERIFY(session.isBusy());
    QVERIFY(results.wait(20'000));
    QCOMPARE(results.first().first().value<AuthTicketResult>().error.errorCode, u"INVALID_CREDENTIALS"_s);
    QCOMPARE(server.count("/api/commerce"), 2);
}

void TestTroubleshootingPanel::clockSkewFromDemoTenant()
{
    // The tenant's clock runs 2 min 5 s ahead of this computer's.
    ManualClock tenantClock(m_clock.now().addSecs(125));
    DemoTenant tenant;
    tenant.setClock(&tenantClock);
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    const AuthTicketResult result = login(KiboProfile::demo(tenant.baseUrl()), u"inactive@example.com"_s);
    QCOMPARE(result.error.errorCode, u"ACCOUNT_INACTIVE"_s);
    m_view->showResult(result);
    QCOMPARE(m_view->troubleshootingPanel()->clockSkewSeconds(), std::optional<qint64>(125));
    auto* skew = child<QLabel>("clockSkewLabel");
    QVERIFY(skew->isVisible());
    QVERIFY2(
        skew->text().contains(u"This computer's clock is 2 min 5 s behind the server"_s), qPrintable(skew->text()));
    QVERIFY(skew->text().contains(u"expire 2 min 5 s sooner"_s));
    QVERIFY(child<QLabel>("serverTimeValueLabel")->text().contains(u"2 min 5 s behind"_s));

    // Behind the other way: the computer's clock is ahead.
    tenantClock.setNow(m_clock.now().addSecs(-40));
    m_view->showResult(login(KiboProfile::demo(tenant.baseUrl()), u"inactive@example.com"_s));
    QVERIFY(skew->text().contains(u"40 s ahead of the server"_s));

    // A ticket shows the skew on the Summary, above the lifetimes; in step, nothing.
    tenantClock.setNow(m_clock.now().addSecs(125));
    m_view->showResult(login(KiboProfile::demo(tenant.baseUrl()), u"ada.lovelace@example.com"_s));
    QCOMPARE(m_view->currentTab(), ResultView::Tab::Summary);
    auto* summarySkew = child<QLabel>("summaryClockSkewLabel");
    QVERIFY(summarySkew->isVisible());
    QVERIFY(summarySkew->text().contains(u"2 min 5 s behind the server"_s));
    tenantClock.setNow(m_clock.now().addSecs(3));
    m_view->showResult(login(KiboProfile::demo(tenant.baseUrl()), u"ada.lovelace@example.com"_s));
    QVERIFY(!summarySkew->isVisible());
}

void TestTroubleshootingPanel::tlsFailureShowsCertificate()
{
    TestCa ca;
    QString error;
    QVERIFY2(ca.create(&error), qPrintable(error));
    const TestCa::ServerCertificate certificate = ca.server(TestCa::ServerKind::WrongHost, &error);
    QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
    FaultServer server;
    server.setTls(certificate.certificate, certificate.key);
    QVERIFY(server.listenLocal());
    const AuthTicketResult result
        = login(faultServerProfile(server.baseUrl()), u"ada.lovelace@example.com"_s, ca.caPemPath());
    QCOMPARE(result.error.kind, KiboError::Kind::Tls);
    m_view->showResult(result);
    QVERIFY(child<QGroupBox>("tlsGroupBox")->isVisible());
    const QString details = child<QLabel>("tlsDetailsLabel")->text();
    QVERIFY2(details.contains(u"wrong.example.test"_s), qPrintable(details));
    QVERIFY(details.contains(u"SHA-256"_s));
    QVERIFY(child<QLabel>("problemTitleLabel")->text().contains(u"different host"_s));
    // The certificate is shown once, in its box; the cause keeps the reason.
    const QString cause = child<QLabel>("problemCauseLabel")->text();
    QVERIFY2(cause.contains(u"different host name"_s), qPrintable(cause));
    QVERIFY2(!cause.contains(u"SHA-256"_s), qPrintable(cause));
    QVERIFY(!child<QLabel>("proxyValueLabel")->isVisible());
    QVERIFY(!child<QGroupBox>("problemDetailsGroupBox")->isVisible()); // no HTTP reply
    QVERIFY(!child<QGroupBox>("headersGroupBox")->isVisible());
    QCOMPARE(server.count("/api"), 0);
}

void TestTroubleshootingPanel::headerValues_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Set-Cookie") << QByteArray("Set-Cookie") << CanaryCookie << u"<redacted set-cookie>"_s;
    QTest::newRow("Authorization") << QByteArray("authorization") << QByteArray("Bearer abc")
                                   << u"<redacted authorization>"_s;
    QTest::newRow("user claims") << QByteArray("x-vol-user-claims") << QByteArray("abc")
                                 << u"<redacted x-vol-user-claims>"_s;
    QTest::newRow("any token") << QByteArray("X-Refresh-Token") << QByteArray("abc") << u"<redacted x-refresh-token>"_s;
    QTest::newRow("Location query removed")
        << QByteArray("Location") << QByteArray("https://elsewhere.example/api?refreshToken=abc")
        << u"https://elsewhere.example/api"_s;
    QTest::newRow("plain") << QByteArray("Content-Type") << QByteArray("application/json") << u"application/json"_s;
}

void TestTroubleshootingPanel::headerValues()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, shown);
    QCOMPARE(TroubleshootingPanel::displayedHeaderValue(name, value).left(shown.size()), shown);
    QVERIFY(!TroubleshootingPanel::displayedHeaderValue(name, value).contains(u"abc"_s));
}

void TestTroubleshootingPanel::clearHidesEverything()
{
    AuthTicketResult result;
    result.error.kind = KiboError::Kind::Throttled;
    result.error.retryAfterSeconds = 30;
    result.httpStatus = 429;
    result.receivedAt = m_clock.now();
    m_view->showResult(result);
    QVERIFY(!m_view->troubleshootingPanel()->isRetryAllowed());
    QSignalSpy allowed(m_view, &ResultView::retryAllowedChanged);
    m_view->clear();
    QVERIFY(m_view->troubleshootingPanel()->isRetryAllowed());
    QCOMPARE(allowed.size(), 1);
    QVERIFY(child<QLabel>("retryCountdownLabel")->text().isEmpty());
}

void TestTroubleshootingPanel::proxyRow()
{
    // The value as KiboCall reports a refusing proxy (its own failure, shown by network's tests over a real one).
    AuthTicketResult result;
    result.error.kind = KiboError::Kind::Proxy;
    result.error.proxyProblem = KiboError::ProxyProblem::Refused;
    result.error.proxy = u"127.0.0.1:3128"_s;
    m_view->showResult(result);
    QVERIFY(child<QGroupBox>("problemDetailsGroupBox")->isVisible());
    QVERIFY(child<QLabel>("proxyValueLabel")->isVisible());
    QCOMPARE(child<QLabel>("proxyValueLabel")->text(), u"127.0.0.1:3128"_s);
    QCOMPARE(child<QLabel>("httpStatusValueLabel")->text(), u"(no HTTP reply)"_s);
}

QTEST_MAIN(TestTroubleshootingPanel)
#include "testtroubleshootingpanel.moc"
