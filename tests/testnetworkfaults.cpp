#include "helpers/faultserver.h"
#include "helpers/testca.h"
#include "kibo/diagnosis.h"
#include "kibo/kibocall.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultServer::Reply)

namespace {

const QByteArray CanaryRefreshToken = "c4a7a11e0ddba11c0ffee00112233445";
const QByteArray CanaryPassword = "Canary-Pa55word-7f3e";
const QByteArray CanaryAppToken = "Q2FuYXJ5QXBwVG9rZW4tOTk4ODc3NjY1NTQ0MzMyMjExMA==";

constexpr int TransferTimeoutMs = 400;
constexpr int OverallDeadlineMs = 1500;
constexpr qint64 CapBytes = 64 * 1024;

QByteArray g_log; // every log line of the run, searched for canaries
QtMessageHandler g_previousHandler = nullptr;

void collectLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

// The secret in any of the forms a leak takes: plain, base64, base64url, percent- or JSON-escaped.
bool leaks(const QByteArray& secret, const QByteArray& text)
{
    const QList<QByteArray> forms { secret, secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), secret.toPercentEncoding(),
        QByteArray(secret).replace("/", "\\/") };
    for (const QByteArray& form : forms) {
        if (text.contains(form)) {
            return true;
        }
    }
    return false;
}

QByteArray zlibBomb(qsizetype inflatedBytes)
{
    // qCompress = 4-byte big-endian length + a zlib stream, which is HTTP's "deflate" encoding.
    return qCompress(QByteArray(inflatedBytes, '\0'), 9).mid(4);
}

QByteArray kiboBody(const QByteArray& code, int status)
{
    return R"({"message":"Refused with )" + QByteArray::number(status) + R"(","errorCode":")" + code
        + R"(","applicationName":"Customer","additionalErrorData":[],"items":[]})";
}

} // namespace

class TestNetworkFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faults_data();
    void faults();
    void crossOriginRedirectSendsNothingElsewhere_data();
    void crossOriginRedirectSendsNothingElsewhere();
    void connectionRefused();
    void userCancel();
    void success();
    void tls_data();
    void tls();
    void missingCaFile();
    void httpsToHttpRedirect();
    void logsHoldNoSecret();

private:
    struct Outcome
    {
        KiboResponse response;
        qint64 wallMs = 0;
    };
    Outcome call(QNetworkAccessManager& manager, const QUrl& base, const QString& caPath = {});
    void verifyClean(const KiboResponse& response);

    TestCa m_ca;
    bool m_caReady = false;
    QString m_caError;
};

void TestNetworkFaults::initTestCase()
{
    qRegisterMetaType<KiboResponse>();
    g_previousHandler = qInstallMessageHandler(collectLog);
    m_caReady = m_ca.create(&m_caError);
}

TestNetworkFaults::Outcome TestNetworkFaults::call(
    QNetworkAccessManager& manager, const QUrl& base, const QString& caPath)
{
    KiboCall call(&manager);
    call.setOperation(KiboError::customerRefreshOperation());
    call.setDeadlines(TransferTimeoutMs, OverallDeadlineMs);
    call.setMaxResponseBytes(CapBytes);
    call.setCaBundlePath(caPath);
    QSignalSpy spy(&call, &KiboCall::finished);
    QUrl url = base;
    url.setPath(u"/api/commerce/customer/authtickets/refresh"_s);
    url.setQuery(u"refreshToken="_s + QString::fromLatin1(CanaryRefreshToken) + u"&accountId=2001"_s);
    QElapsedTimer wall;
    wall.start();
    call.start("PUT", url, { { "Authorization", "Bearer " + CanaryAppToken }, { "x-vol-tenant", "100001" } },
        R"({"password":")" + CanaryPassword + R"("})");
    [&] {
        QVERIFY(spy.wait(OverallDeadlineMs + 5000));
    }();
    Outcome outcome;
    outcome.wallMs = wall.elapsed();
    if (!spy.isEmpty()) {
        outcome.response = spy.first().first().value<KiboResponse>();
    }
    [&] {
        QCOMPARE(spy.size(), 1);
    }();
    return outcome;
}

void TestNetworkFaults::verifyClean(const KiboResponse& response)
{
    const Diagnosis diagnosis = Diagnoser::diagnose(response.error);
    QVERIFY(!diagnosis.title.isEmpty());
    QVERIFY(!diagnosis.cause.isEmpty());
    QVERIFY(!diagnosis.nextStep.isEmpty());
    const QByteArray text = (diagnosis.title + u'\n' + diagnosis.cause + u'\n' + diagnosis.nextStep + u'\n'
                                + response.error.message + u'\n' + response.error.tlsDetails)
                                .toUtf8()
        + QJsonDocument(response.error.toJson()).toJson();
    for (const QByteArray& secret : { CanaryRefreshToken, CanaryPassword, CanaryAppToken }) {
        QVERIFY2(!leaks(secret, text), text.constData());
    }
    QVERIFY(!text.contains("refreshToken="));
    QVERIFY(!text.contains("Unknown error"));
}

void TestNetworkFaults::faults_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    using F = FaultServer;
    const QByteArray ticket = R"({"accessToken":"abc","refreshToken":"def","userId":"0123"})";
    QTest::newRow("stall before headers")
        << F::fault(F::Fault::StallBeforeHeaders) << int(KiboError::Kind::Timeout) << 0;
    QTest::newRow("stall mid-body") << F::fault(F::Fault::StallMidBody, ticket) << int(KiboError::Kind::Timeout) << 200;
    F::Reply trickle = F::fault(F::Fault::Trickle, QByteArray(400, ' ') + ticket);
    trickle.trickleIntervalMs = 100; // under the silence timeout, so only the overall deadline can stop it
    QTest::newRow("slow trickle") << trickle << int(KiboError::Kind::Timeout) << 200;
    QTest::newRow("truncated") << F::fault(F::Fault::Truncated, ticket) << int(KiboError::Kind::Network) << 200;
    QTest::newRow("closed without reply")
        << F::fault(F::Fault::CloseWithoutReply) << int(KiboError::Kind::Network) << 0;
    F::Reply declared = F::json(200, ticket);
    declared.declaredLength = 50 * 1024 * 1024;
    declared.fault = F::Fault::StallMidBody;
    QTest::newRow("oversize by Content-Length") << declared << int(KiboError::Kind::TooLarge) << 200;
    F::Reply stream = F::json(200, {});
    stream.fault = F::Fault::Stream;
    stream.streamBytes = 8 * 1024 * 1024;
    QTest::newRow("oversize streamed") << stream << int(KiboError::Kind::TooLarge) << 200;
    QTest::newRow("gzip bomb") << F::json(200, zlibBomb(64 * 1024 * 1024), { { "Content-Encoding", "deflate" } })
                               << int(KiboError::Kind::TooLarge) << 200;
    QTest::newRow("redirect loop") << F::json(302, {}, { { "Location", "/api/commerce/customer/authtickets/refresh" } })
                                   << int(KiboError::Kind::Redirect) << 302;
    QTest::newRow("redirect to another port")
        << F::json(301, {}, { { "Location", "http://127.0.0.1:9/api/x" } }) << int(KiboError::Kind::Redirect) << 301;
    QTest::newRow("400 Kibo error") << F::json(400, kiboBody("MISSING_OR_INVALID_PARAMETER", 400))
                                    << int(KiboError::Kind::HttpKibo) << 400;
    QTest::newRow("401 customer") << F::json(401, kiboBody("INVALID_REFRESH_TOKEN", 401))
                                  << int(KiboError::Kind::HttpKibo) << 401;
    QTest::newRow("403") << F::json(403, kiboBody("MISSING_BEHAVIOR", 403)) << int(KiboError::Kind::HttpKibo) << 403;
    QTest::newRow("404") << F::json(404, kiboBody("ITEM_NOT_FOUND", 404)) << int(KiboError::Kind::HttpKibo) << 404;
    QTest::newRow("429 Retry-After") << F::json(429, {}, { { "Retry-After", "17" } }) << int(KiboError::Kind::Throttled)
                                     << 429;
    QTest::newRow("500 Kibo JSON") << F::json(500, kiboBody("UNHANDLED", 500)) << int(KiboError::Kind::HttpKibo) << 500;
    F::Reply html502 = F::json(502, "<html><body>Bad gateway</body></html>");
    html502.headers = { { "Content-Type", "text/html" }, { "x-vol-correlation", "fa17fa17fa17fa17fa17fa17fa17fa17" } };
    QTest::newRow("502 HTML") << html502 << int(KiboError::Kind::HttpOther) << 502;
    F::Reply html503 = html502;
    html503.status = 503;
    QTest::newRow("503 HTML") << html503 << int(KiboError::Kind::HttpOther) << 503;
    QTest::newRow("401 empty") << F::json(401, {}) << int(KiboError::Kind::HttpOther) << 401;
    QTest::newRow("200 broken JSON") << F::json(200, R"({"accessToken":"ab)") << int(KiboError::Kind::NotKibo) << 200;
    QTest::newRow("200 empty") << F::json(200, {}) << int(KiboError::Kind::NotKibo) << 200;
    F::Reply html200 = html502;
    html200.status = 200;
    QTest::newRow("200 HTML") << html200 << int(KiboError::Kind::NotKibo) << 200;
    QTest::newRow("200 wrong JSON shape") << F::json(200, R"(["accessToken"])") << int(KiboError::Kind::NotKibo) << 200;
}

void TestNetworkFaults::faults()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(int, kind);
    QFETCH(int, status);

    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api", { reply });
    QNetworkAccessManager manager;
    const Outcome outcome = call(manager, server.baseUrl());
    if (QTest::currentTestFailed()) {
        return;
    }
    const KiboResponse& response = outcome.response;
    QVERIFY2(int(response.error.kind) == kind,
        qPrintable(KiboError::kindName(response.error.kind) + u" body bytes "_s + QString::number(response.body.size())
            + u" "_s + response.error.message));
    QCOMPARE(response.status, status);
    // Never retried by us, never followed. Qt itself re-sends an idempotent PUT once when the connection
    // closes before any reply byte; a POST (login) it never re-sends.
    const int requests = server.count("/api/commerce/customer/authtickets/refresh");
    QVERIFY2(requests == 1 || (requests == 2 && reply.fault == FaultServer::Fault::CloseWithoutReply),
        qPrintable(QString::number(requests)));
    QVERIFY2(outcome.wallMs < OverallDeadlineMs + 1000, qPrintable(QString::number(outcome.wallMs)));
    QVERIFY(response.elapsedMs <= outcome.wallMs);
    QVERIFY(response.body.size() <= CapBytes);
    if (status > 0) {
        QCOMPARE(response.error.correlationId, u"fa17fa17fa17fa17fa17fa17fa17fa17"_s);
    }
    if (response.error.kind == KiboError::Kind::Throttled) {
        QCOMPARE(response.error.retryAfterSeconds, 17);
    }
    if (response.error.kind == KiboError::Kind::Redirect) {
        QVERIFY(!response.error.redirectTarget.isEmpty());
    }
    if (response.error.kind == KiboError::Kind::HttpKibo) {
        QVERIFY(response.error.message.startsWith(u"Refused with"_s));
    }
    verifyClean(response);
}

void TestNetworkFaults::crossOriginRedirectSendsNothingElsewhere_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("302") << 302;
    QTest::newRow("307 (would re-post the body)") << 307;
    QTest::newRow("308") << 308;
}

void TestNetworkFaults::crossOriginRedirectSendsNothingElsewhere()
{
    QFETCH(int, status);
    FaultServer other;
    QVERIFY(other.listenLocal());
    other.setFallback(FaultServer::json(200, R"({"accessToken":"stolen"})"));
    FaultServer server;
    QVERIFY(server.listenLocal());
    QUrl target = other.baseUrl();
    target.setPath(u"/collect"_s);
    server.script("/api", { FaultServer::json(status, {}, { { "Location", target.toEncoded() } }) });

    QNetworkAccessManager manager;
    const Outcome outcome = call(manager, server.baseUrl());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(outcome.response.error.kind, KiboError::Kind::Redirect);
    QCOMPARE(outcome.response.error.redirectTarget, u"http://127.0.0.1:%1"_s.arg(other.serverPort()));
    // Give a follower every chance to reach the other origin before checking it got nothing.
    QTest::qWait(200); // not synchronisation: proves an absence
    QCOMPARE(other.connectionCount(), 0);
    QVERIFY(other.requests().isEmpty());
    verifyClean(outcome.response);
    const QString text = Diagnoser::diagnose(outcome.response.error).cause;
    QVERIFY2(text.contains(QString::number(other.serverPort())), qPrintable(text));
}

void TestNetworkFaults::connectionRefused()
{
    quint16 port = 0;
    {
        FaultServer closed;
        QVERIFY(closed.listenLocal());
        port = closed.serverPort();
    }
    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(port);
    QNetworkAccessManager manager;
    const Outcome outcome = call(manager, base);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(outcome.response.error.kind, KiboError::Kind::ConnectionRefused);
    QCOMPARE(outcome.response.error.cliExitCode(), 3);
    verifyClean(outcome.response);
}

void TestNetworkFaults::userCancel()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api", { FaultServer::fault(FaultServer::Fault::StallBeforeHeaders) });
    QNetworkAccessManager manager;
    KiboCall call(&manager);
    call.setOperation(KiboError::customerLoginOperation());
    call.setDeadlines(60'000, 60'000);
    QSignalSpy spy(&call, &KiboCall::finished);
    QSignalSpy received(&server, &FaultServer::requestReceived);
    QUrl url = server.baseUrl();
    url.setPath(u"/api/commerce/customer/authtickets"_s);
    call.start("POST", url, {}, R"({"username":"a"})");
    QVERIFY(call.isRunning());
    QVERIFY(received.wait(5000));
    call.cancel();
    QTRY_COMPARE(spy.size(), 1);
    const auto response = spy.first().first().value<KiboResponse>();
    QCOMPARE(response.error.kind, KiboError::Kind::Cancelled);
    QVERIFY(!call.isRunning());
    QVERIFY(Diagnoser::diagnose(response.error).cause.contains(u"You cancelled"_s));
    call.cancel(); // a second cancel is harmless and emits nothing
    QCOMPARE(spy.size(), 1);
}

void TestNetworkFaults::success()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api", { FaultServer::json(200, R"({"accessToken":"abc"})") });
    QNetworkAccessManager manager;
    const Outcome outcome = call(manager, server.baseUrl());
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!outcome.response.error.isError());
    QCOMPARE(outcome.response.json.object().value(u"accessToken"_s).toString(), u"abc"_s);
    QCOMPARE(outcome.response.header("X-VOL-CORRELATION"), QByteArray("fa17fa17fa17fa17fa17fa17fa17fa17"));
    const FaultServer::Request& request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.header("authorization"), "Bearer " + CanaryAppToken);
    QCOMPARE(request.header("x-vol-tenant"), QByteArray("100001"));
    QVERIFY(request.target.contains(QByteArray("refreshToken=" + CanaryRefreshToken)));
}

void TestNetworkFaults::tls_data()
{
    QTest::addColumn<int>("serverKind");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<bool>("expectSuccess");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("reason");
    QTest::newRow("trusted private CA") << int(TestCa::ServerKind::Good) << true << true << QString() << QString();
    QTest::newRow("unknown CA") << int(TestCa::ServerKind::Good) << false << false << u"KTI Test CA"_s
                                << u"does not trust"_s;
    QTest::newRow("self-signed") << int(TestCa::ServerKind::SelfSigned) << true << false << u"Issuer: 127.0.0.1"_s
                                 << u"self-signed"_s;
    QTest::newRow("wrong host name") << int(TestCa::ServerKind::WrongHost) << true << false << u"wrong.example.test"_s
                                     << u"different host name"_s;
    QTest::newRow("expired") << int(TestCa::ServerKind::Expired) << true << false << u"2020-01-02"_s
                             << u"has expired"_s;
}

void TestNetworkFaults::tls()
{
    QFETCH(int, serverKind);
    QFETCH(bool, trustCa);
    QFETCH(bool, expectSuccess);
    QFETCH(QString, detail);
    QFETCH(QString, reason);
    QVERIFY2(m_caReady, qPrintable(m_caError));
    QString error;
    const TestCa::ServerCertificate certificate = m_ca.server(TestCa::ServerKind(serverKind), &error);
    QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));

    FaultServer server;
    server.setTls(certificate.certificate, certificate.key);
    QVERIFY(server.listenLocal());
    server.script("/api", { FaultServer::json(200, R"({"accessToken":"abc"})") });
    QNetworkAccessManager manager; // a fresh manager per trust setting (reliability.md)
    const Outcome outcome = call(manager, server.baseUrl(), trustCa ? m_ca.caPemPath() : QString());
    if (QTest::currentTestFailed()) {
        return;
    }
    if (expectSuccess) {
        QVERIFY2(!outcome.response.error.isError(), qPrintable(outcome.response.error.tlsDetails));
        QCOMPARE(server.count("/api"), 1);
        return;
    }
    QCOMPARE(outcome.response.error.kind, KiboError::Kind::Tls);
    qInfo().noquote() << "TLS details:" << outcome.response.error.tlsDetails;
    QCOMPARE(server.count("/api"), 0); // nothing, not even the request line, reached an untrusted server
    QVERIFY2(outcome.response.error.tlsDetails.contains(detail), qPrintable(outcome.response.error.tlsDetails));
    QVERIFY(outcome.response.error.tlsDetails.contains(u"SHA-256"_s));
    QVERIFY2(outcome.response.error.tlsDetails.contains(reason), qPrintable(outcome.response.error.tlsDetails));
    QVERIFY(Diagnoser::diagnose(outcome.response.error).cause.contains(detail));
    verifyClean(outcome.response);
}

void TestNetworkFaults::missingCaFile()
{
    QNetworkAccessManager manager;
    QUrl base(u"https://127.0.0.1:9"_s);
    const Outcome outcome = call(manager, base, u"/nonexistent/ca.pem"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(outcome.response.error.kind, KiboError::Kind::Tls);
    QVERIFY(outcome.response.error.tlsDetails.contains(u"/nonexistent/ca.pem"_s));
}

void TestNetworkFaults::httpsToHttpRedirect()
{
    QVERIFY2(m_caReady, qPrintable(m_caError));
    QString error;
    const TestCa::ServerCertificate certificate = m_ca.server(TestCa::ServerKind::Good, &error);
    QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
    FaultServer plain;
    QVERIFY(plain.listenLocal());
    FaultServer server;
    server.setTls(certificate.certificate, certificate.key);
    QVERIFY(server.listenLocal());
    QUrl target = plain.baseUrl();
    target.setPath(u"/api/commerce/customer/authtickets/refresh"_s);
    server.script("/api", { FaultServer::json(307, {}, { { "Location", target.toEncoded() } }) });
    QNetworkAccessManager manager;
    const Outcome outcome = call(manager, server.baseUrl(), m_ca.caPemPath());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(outcome.response.error.kind, KiboError::Kind::Redirect);
    QCOMPARE(outcome.response.error.redirectTarget, u"http://127.0.0.1:%1"_s.arg(plain.serverPort()));
    QCOMPARE(server.count("/api"), 1);
    QTest::qWait(200); // not synchronisation: proves an absence
    QCOMPARE(plain.connectionCount(), 0);
    verifyClean(outcome.response);
}

void TestNetworkFaults::logsHoldNoSecret()
{
    QVERIFY2(g_log.contains("/api/commerce/customer/authtickets/refresh"), "the kti.kibo log lines were not seen");
    for (const QByteArray& secret : { CanaryRefreshToken, CanaryPassword, CanaryAppToken }) {
        QVERIFY(!leaks(secret, g_log));
    }
}

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "testnetworkfaults.moc"
