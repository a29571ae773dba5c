// What one auth-ticket reply means (AuthTicketOutcome), decided from real replies of the in-process demo tenant
// over loopback: a ticket, a 2FA challenge, a code sent, a refusal, a wrong and an expired code, an unknown
// tenant, no server at all and a cancelled call. Each carries the reply's correlation id, and a failure its
// diagnosis.
#include "demo/demotenant.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "session/authticketoutcome.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Kind = AuthTicketOutcome::Kind;

const auto Ada = u"ada.lovelace@example.com"_s;
const auto Mfa = u"mfa@example.com"_s;

CustomerLoginRequest credentials(const QString& username, const QString& password)
{
    CustomerLoginRequest request;
    request.username = username;
    request.password = password;
    return request;
}

} // namespace

class TestAuthTicketOutcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoReplies_data();
    void demoReplies();
    void malformedCodeIsWrongOnlyInACodeStep();
    void notUnderstood();

private:
    AuthTicketResult run(const std::function<void()>& start);
    // Logs mfa@example.com in up to the 2FA challenge; the code the demo outbox got goes to code.
    AuthTicketResult challenge(QString* code);

    DemoTenant m_tenant;
    QNetworkAccessManager m_manager;
    AuthTicketClient m_client { &m_manager, nullptr };
};

void TestAuthTicketOutcome::initTestCase()
{
    QVERIFY2(m_tenant.listen(), qPrintable(m_tenant.errorString()));
    m_client.setDeadlines(10'000, 30'000);
}

AuthTicketResult TestAuthTicketOutcome::run(const std::function<void()>& start)
{
    QSignalSpy spy(&m_client, &AuthTicketClient::finished);
    start();
    if (spy.isEmpty()) { // a cancelled call may finish at once
        [&] {
            QVERIFY(spy.wait(30'000));
        }();
    }
    return spy.isEmpty() ? AuthTicketResult {} : spy.first().first().value<AuthTicketResult>();
}

AuthTicketResult TestAuthTicketOutcome::challenge(QString* code)
{
    QSignalSpy codes(&m_tenant, &DemoTenant::codeSent);
    const AuthTicketResult result = run([&] { m_client.login(credentials(Mfa, DemoTenant::defaultPassword())); });
    [&] {
        QTRY_COMPARE(codes.size(), 1);
    }();
    *code = codes.isEmpty() ? QString() : codes.first().at(1).toString();
    return result;
}

void TestAuthTicketOutcome::demoReplies_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<bool>("correlated"); // the reply carries an x-vol-correlation id

    QTest::newRow("ticket") << u"login"_s << int(Kind::Ok) << QString() << true;
    QTest::newRow("needs 2FA") << u"2fa"_s << int(Kind::NeedsTwoFactor) << QString() << true;
    QTest::newRow("code sent") << u"resend"_s << int(Kind::Done) << QString() << true;
    QTest::newRow("refused: wrong password")
        << u"wrong password"_s << int(Kind::Refused) << u"INVALID_CREDENTIALS"_s << true;
    QTest::newRow("refused: locked") << u"locked"_s << int(Kind::Refused) << u"ACCOUNT_LOCKED"_s << true;
    QTest::newRow("code wrong") << u"wrong code"_s << int(Kind::CodeWrong) << u"INVALID_OTP"_s << true;
    QTest::newRow("code expired") << u"no code pending"_s << int(Kind::CodeExpired) << u"OTP_EXPIRED"_s << true;
    QTest::newRow("tenant not found") << u"unknown tenant"_s << int(Kind::TenantNotFound) << QString() << true;
    QTest::newRow("network: nothing listens") << u"closed port"_s << int(Kind::Network) << QString() << false;
    QTest::newRow("cancelled") << u"cancel"_s << int(Kind::Cancelled) << QString() << false;
}

void TestAuthTicketOutcome::demoReplies()
{
    QFETCH(QString, scenario);
    QFETCH(int, kind);
    QFETCH(QString, errorCode);
    QFETCH(bool, correlated);

    KiboProfile profile = KiboProfile::demo(m_tenant.baseUrl());
    AuthTicketOutcome::Step step = AuthTicketOutcome::Step::Other;
    if (scenario == u"unknown tenant"_s) {
        profile.tenantId = 424242;
    } else if (scenario == u"closed port"_s) {
        profile = KiboProfile::demo(QUrl(u"http://127.0.0.1:1"_s));
    }
    m_client.setProfile(profile, DemoTenant::sharedSecret());

    AuthTicketResult result;
    QString code;
    if (scenario == u"2fa"_s) {
        result = challenge(&code);
    } else if (scenario == u"resend"_s || scenario == u"wrong code"_s) {
        const QString pending = challenge(&code).pendingUserId;
        QVERIFY(!pending.isEmpty());
        step = AuthTicketOutcome::Step::Code;
        const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
        result = scenario == u"resend"_s ? run([&] { m_client.resend2FACode(pending); })
                                         : run([&] { m_client.finish2FA(pending, wrong); });
    } else if (scenario == u"no code pending"_s) {
        step = AuthTicketOutcome::Step::Code;
        result = run([&] { m_client.finish2FA(u"0123456789abcdef0123456789abcdef"_s, u"123456"_s); });
    } else if (scenario == u"wrong password"_s) {
        result = run([&] { m_client.login(credentials(Ada, u"Wrong-pass-1"_s)); });
    } else if (scenario == u"locked"_s) {
        result = run([&] { m_client.login(credentials(u"locked@example.com"_s, DemoTenant::defaultPassword())); });
    } else if (scenario == u"cancel"_s) {
        result = run([&] {
            m_client.login(credentials(Ada, DemoTenant::defaultPassword()));
            m_client.cancel();
        });
    } else {
        result = run([&] { m_client.login(credentials(Ada, DemoTenant::defaultPassword())); });
    }

    const AuthTicketOutcome outcome(result, step);
    QCOMPARE(AuthTicketOutcome::kindName(outcome.kind()), AuthTicketOutcome::kindName(Kind(kind)));
    QCOMPARE(outcome.isOk(), kind == int(Kind::Ok));
    if (!errorCode.isNull()) {
        QCOMPARE(outcome.error().errorCode, errorCode);
    }
    QCOMPARE(outcome.isFailure(), result.error.isError());
    // The diagnosis explains every failure and nothing else.
    QCOMPARE(outcome.diagnosis().title.isEmpty(), !outcome.isFailure());
    QCOMPARE(outcome.correlationId().isEmpty(), !correlated);
    QCOMPARE(outcome.correlationId(), result.correlationId());
    if (correlated) {
        QCOMPARE(outcome.correlationId().size(), 32);
    }
    QCOMPARE(outcome.isCodeRefusal(), kind == int(Kind::CodeWrong) || kind == int(Kind::CodeExpired));
    QCOMPARE(outcome.remainingAttempts().has_value(), kind == int(Kind::CodeWrong));
    if (kind == int(Kind::CodeWrong)) {
        QCOMPARE(*outcome.remainingAttempts(), 2);
    }
}

void TestAuthTicketOutcome::malformedCodeIsWrongOnlyInACodeStep()
{
    // Kibo answers a malformed code with MISSING_OR_INVALID_PARAMETER: a wrong code when one was sent, a
    // refusal like any other elsewhere. Kibo does not say how many attempts are left.
    KiboError error;
    error.kind = KiboError::Kind::HttpKibo;
    error.httpStatus = 400;
    error.errorCode = u"MISSING_OR_INVALID_PARAMETER"_s;
    error.correlationId = u"c0ffee"_s;
    const AuthTicketOutcome code(error, AuthTicketOutcome::Step::Code);
    QCOMPARE(AuthTicketOutcome::kindName(code.kind()), AuthTicketOutcome::kindName(Kind::CodeWrong));
    QVERIFY(!code.remainingAttempts());
    QCOMPARE(code.correlationId(), u"c0ffee"_s);
    const AuthTicketOutcome other(error);
    QCOMPARE(AuthTicketOutcome::kindName(other.kind()), AuthTicketOutcome::kindName(Kind::Refused));
    QVERIFY(other.isRefusal());
}

void TestAuthTicketOutcome::notUnderstood()
{
    // A 2xx reply that is no Kibo reply (the demo tenant never sends one): not understood, never a refusal.
    AuthTicketResult result;
    result.httpStatus = 200;
    result.error = KiboError::notKibo(200, u"not JSON"_s, "feedfeed", u"customer login"_s, u"t1.example.test"_s);
    result.responseHeaders = { { "X-Vol-Correlation", " feedfeed " } };
    const AuthTicketOutcome outcome(result);
    QCOMPARE(AuthTicketOutcome::kindName(outcome.kind()), AuthTicketOutcome::kindName(Kind::NotUnderstood));
    QVERIFY(!outcome.isRefusal());
    QVERIFY(!outcome.diagnosis().title.isEmpty());
    QCOMPARE(outcome.correlationId(), u"feedfeed"_s);
    QCOMPARE(result.correlationIds(), QStringList { u"feedfeed"_s });
}

QTEST_GUILESS_MAIN(TestAuthTicketOutcome)
#include "testauthticketoutcome.moc"
