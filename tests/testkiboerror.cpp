#include "kibo/customerauthticket.h"
#include "kibo/diagnosis.h"
#include "kibo/kiboerror.h"
#include "kibo/kiboresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray kiboBody(const QByteArray& code, const QByteArray& message, const QByteArray& dataJson = "[]",
    const QByteArray& application = "Customer")
{
    return R"({"message":")" + message + R"(","errorCode":")" + code + R"(","applicationName":")" + application
        + R"(","additionalErrorData":)" + dataJson
        + R"(,"items":[],"exceptionDetail":{"type":"Demo.Exceptions.DemoException","message":")" + message
        + R"(","source":"demo","targetSite":"","stackTrace":""}})";
}

QString allText(const Diagnosis& diagnosis)
{
    return diagnosis.title + u'\n' + diagnosis.cause + u'\n' + diagnosis.nextStep;
}

} // namespace

class TestKiboError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttpReply_data();
    void fromHttpReply();
    void retryAfter();
    void toJsonKeys();
    void networkKinds_data();
    void networkKinds();
    void scrubRemovesQueries();
    void parseKiboTime_data();
    void parseKiboTime();
    void ticketFromJson();
};

void TestKiboError::fromHttpReply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QStringList>("keywords"); // each must occur in the diagnosis (case-insensitive)
    QTest::addColumn<int>("exitCode");

    const QByteArray json = "application/json; charset=utf-8";
    const QString login = KiboError::customerLoginOperation();
    const QString app = KiboError::appAuthenticationOperation();
    const int kibo = int(KiboError::Kind::HttpKibo);

    QTest::newRow("401 INVALID_ACCESS_TOKEN")
        << 401 << json
        << kiboBody("INVALID_ACCESS_TOKEN", "Invalid access token",
               R"([{"name":"OperationName","value":"CustomerAuthTicket.Create"}])", "Tenant")
        << login << kibo << u"INVALID_ACCESS_TOKEN"_s << QStringList { u"application token"_s } << 1;
    QTest::newRow("400 MISSING_OR_INVALID_PARAMETER password")
        << 400 << json
        << kiboBody("MISSING_OR_INVALID_PARAMETER", "Missing or invalid parameter: password required",
               R"([{"name":"ParameterName","value":"password"}])")
        << login << kibo << u"MISSING_OR_INVALID_PARAMETER"_s << QStringList { u"password"_s } << 1;
    QTest::newRow("401 INVALID_CREDENTIALS customer")
        << 401 << json << kiboBody("INVALID_CREDENTIALS", "Invalid credentials") << login << kibo
        << u"INVALID_CREDENTIALS"_s << QStringList { u"username"_s, u"password"_s } << 1;
    QTest::newRow("401 INVALID_CREDENTIALS app")
        << 401 << json
        << kiboBody("INVALID_CREDENTIALS", "Invalid credentials",
               R"([{"name":"CredentialsName","value":"KiboTokenInspector.demo.1.0.0.Release"}])", "AppDev")
        << app << kibo << u"INVALID_CREDENTIALS"_s << QStringList { u"shared secret"_s, u"client id"_s } << 1;
    QTest::newRow("401 ACCOUNT_LOCKED")
        << 401 << json
        << kiboBody("ACCOUNT_LOCKED", "Account is locked",
               R"([{"name":"IsLocked","value":"true"},{"name":"LastLockedOn","value":"2026-01-02T03:04:05Z"},)"
               R"({"name":"FailedLoginAttemptCount","value":"5"},{"name":"RemainingLoginAttempts","value":"0"}])")
        << login << kibo << u"ACCOUNT_LOCKED"_s << QStringList { u"locked"_s, u"2026-01-02 03:04 UTC"_s } << 1;
    QTest::newRow("401 ACCOUNT_INACTIVE")
        << 401 << json
        << kiboBody("ACCOUNT_INACTIVE", "Account is inactive", R"([{"name":"IsActive","value":"false"}])") << login
        << kibo << u"ACCOUNT_INACTIVE"_s << QStringList { u"inactive"_s, u"activate"_s } << 1;
    QTest::newRow("401 PASSWORD_CHANGE_REQUIRED")
        << 401 << json
        << kiboBody("PASSWORD_CHANGE_REQUIRED", "Password change required",
               R"([{"name":"IsPasswordChangeRequired","value":"true"},)"
               R"({"name":"LastPasswordChangeOn","value":"2020-01-01T00:00:00Z"}])")
        << login << kibo << u"PASSWORD_CHANGE_REQUIRED"_s << QStringList { u"new password"_s } << 1;
    QTest::newRow("400 wrong B2B accountId")
        << 400 << json
        << kiboBody("MISSING_OR_INVALID_PARAMETER", "Missing or invalid parameter: accountId not valid for user",
               R"([{"name":"ParameterName","value":"accountId"}])")
        << login << kibo << u"MISSING_OR_INVALID_PARAMETER"_s << QStringList { u"B2B account"_s } << 1;
    QTest::newRow("401 INVALID_REFRESH_TOKEN")
        << 401 << json << kiboBody("INVALID_REFRESH_TOKEN", "Invalid refresh token")
        << KiboError::customerRefreshOperation() << kibo << u"INVALID_REFRESH_TOKEN"_s
        << QStringList { u"refresh token"_s, u"log the customer in again"_s } << 1;
    QTest::newRow("401 INVALID_OTP tries left")
        << 401 << json << kiboBody("INVALID_OTP", "Invalid code", R"([{"name":"RemainingAttempts","value":"2"}])")
        << KiboError::twoFactorOperation() << kibo << u"INVALID_OTP"_s << QStringList { u"code"_s, u"2 attempts"_s }
        << 1;
    QTest::newRow("401 OTP_EXPIRED") << 401 << json << kiboBody("OTP_EXPIRED", "Code expired")
                                     << KiboError::twoFactorOperation() << kibo << u"OTP_EXPIRED"_s
                                     << QStringList { u"expired"_s, u"new code"_s } << 1;
    QTest::newRow("403 MISSING_BEHAVIOR")
        << 403 << json
        << kiboBody("MISSING_BEHAVIOR", "Missing behavior",
               R"([{"name":"Behavior","value":"customer-auth:configure-token-durations"}])")
        << login << kibo << u"MISSING_BEHAVIOR"_s << QStringList { u"customer-auth:configure-token-durations"_s } << 1;
    QTest::newRow("404 ITEM_NOT_FOUND") << 404 << json << kiboBody("ITEM_NOT_FOUND", "Item not found") << login << kibo
                                        << u"ITEM_NOT_FOUND"_s << QStringList { u"tenant"_s, u"site"_s, u"host"_s }
                                        << 1;
    QTest::newRow("error only in items")
        << 400 << json
        << QByteArray(R"({"items":[{"errorCode":"VALIDATION_CONFLICT","message":"Conflict","applicationName":)"
                      R"("Customer","additionalErrorData":[]}]})")
        << login << kibo << u"VALIDATION_CONFLICT"_s << QStringList { u"VALIDATION_CONFLICT"_s } << 1;
    QTest::newRow("unlisted Kibo code 409") << 409 << json << kiboBody("SOMETHING_NEW", "New thing") << login << kibo
                                            << u"SOMETHING_NEW"_s << QStringList { u"SOMETHING_NEW"_s } << 1;
    QTest::newRow("500 Kibo JSON") << 500 << json << kiboBody("UNHANDLED", "Object reference not set") << login << kibo
                                   << u"UNHANDLED"_s << QStringList { u"server fault"_s, u"correlation"_s } << 1;
    QTest::newRow("502 HTML") << 502 << QByteArray("text/html")
                              << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << login
                              << int(KiboError::Kind::HttpOther) << QString()
                              << QStringList { u"Server fault (HTTP 502)"_s, u"gateway"_s } << 4;
    QTest::newRow("503 HTML without content type")
        << 503 << QByteArray() << QByteArray("<!DOCTYPE html><p>down</p>") << login << int(KiboError::Kind::HttpOther)
        << QString() << QStringList { u"503"_s } << 4;
    QTest::newRow("401 empty body") << 401 << QByteArray() << QByteArray() << login << int(KiboError::Kind::HttpOther)
                                    << QString() << QStringList { u"401"_s } << 4;
    QTest::newRow("400 broken JSON") << 400 << json << QByteArray(R"({"errorCode":"INVALID_CRED)") << login
                                     << int(KiboError::Kind::HttpOther) << QString() << QStringList { u"400"_s } << 4;
    QTest::newRow("404 JSON wrong shape")
        << 404 << json << QByteArray(R"(["not","an","error"])") << login << int(KiboError::Kind::HttpOther) << QString()
        << QStringList { u"404"_s, u"tenant"_s } << 4;
    QTest::newRow("429 Kibo JSON") << 429 << json << kiboBody("TOO_MANY_REQUESTS", "Slow down") << login
                                   << int(KiboError::Kind::Throttled) << u"TOO_MANY_REQUESTS"_s
                                   << QStringList { u"429"_s, u"wait"_s } << 1;
    QTest::newRow("429 empty") << 429 << QByteArray() << QByteArray() << login << int(KiboError::Kind::Throttled)
                               << QString() << QStringList { u"too many"_s } << 1;
}

void TestKiboError::fromHttpReply()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, operation);
    QFETCH(int, kind);
    QFETCH(QString, errorCode);
    QFETCH(QStringList, keywords);
    QFETCH(int, exitCode);

    const QByteArray correlation = "0123456789abcdef0123456789abcdef";
    const KiboError error
        = KiboError::fromHttpReply(status, contentType, body, correlation, operation, u"t100001.example.test"_s);
    QCOMPARE(int(error.kind), kind);
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorCode, errorCode);
    QCOMPARE(error.correlationId, QString::fromLatin1(correlation));
    QCOMPARE(error.cliExitCode(), exitCode);
    if (kind == int(KiboError::Kind::HttpKibo) && body.contains("exceptionDetail")) {
        QCOMPARE(error.exceptionType, u"Demo.Exceptions.DemoException"_s);
    }
    if (kind != int(KiboError::Kind::HttpKibo) && errorCode.isEmpty()) {
        QVERIFY2(error.message.isEmpty(), "an HTML or broken body is never quoted as the server's words");
    }

    const Diagnosis diagnosis = Diagnoser::diagnose(error);
    QVERIFY(!diagnosis.title.isEmpty());
    QVERIFY(!diagnosis.cause.isEmpty());
    QVERIFY(!diagnosis.nextStep.isEmpty());
    const QString text = allText(diagnosis);
    for (const QString& keyword : keywords) {
        QVERIFY2(text.contains(keyword, Qt::CaseInsensitive), qPrintable(keyword + u" not in: "_s + text));
    }
    QVERIFY(!text.contains(u"Unknown"_s, Qt::CaseInsensitive));
    // Without a Kibo error body nothing proves that Kibo answered: the title must not blame it.
    if (kind == int(KiboError::Kind::HttpOther)) {
        QVERIFY2(!diagnosis.title.contains(u"Kibo"_s), qPrintable(diagnosis.title));
    }
}

void TestKiboError::retryAfter()
{
    QCOMPARE(KiboError::parseRetryAfter("30"), 30);
    QCOMPARE(KiboError::parseRetryAfter(" 7 "), 7);
    QCOMPARE(KiboError::parseRetryAfter(""), -1);
    QCOMPARE(KiboError::parseRetryAfter("soon"), -1);
    QCOMPARE(KiboError::parseRetryAfter("-5"), -1);
    QCOMPARE(KiboError::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // a past date: no wait
    // Found by fuzz_headers: a NUL ended the number for QByteArray::toLongLong ("6"), while the date reader read a
    // date further on. A header value holds no control character: neither reader takes one.
    const QByteArray withNul("6\0\0\x16"
                             "1 Nov 2052 03:00:00 GMT",
        27);
    QCOMPARE(KiboError::parseRetryAfter(withNul), -1);
    QVERIFY(!KiboResponse::parseHttpDate(withNul).isValid());
    QVERIFY(!KiboResponse::parseHttpDate("Sun, 29 Nov\x01 2026 03:00:00 GMT").isValid());
    QVERIFY(KiboResponse::parseHttpDate("Sun, 29 Nov 2026 03:00:00 GMT").isValid());
    QCOMPARE(KiboError::parseRetryAfter("12\x7f"), -1);

    KiboError error = KiboError::fromHttpReply(429, {}, {}, {}, KiboError::customerLoginOperation(), u"h"_s);
    error.retryAfterSeconds = 42;
    const QString text = allText(Diagnoser::diagnose(error));
    QVERIFY2(text.contains(u"42 s,"_s), qPrintable(text));
    QCOMPARE(error.toJson().value(u"retryAfterSeconds"_s).toInt(), 42);
}

void TestKiboError::toJsonKeys()
{
    const KiboError error = KiboError::fromHttpReply(401, "application/json",
        // Found by fuzz_kiboerror: a name blank once trimmed was kept as an empty name.
        kiboBody("ACCOUNT_LOCKED", "Account is locked",
            R"([{"name":"LastLockedOn","value":"2026-01-02"},{"name":" \t ","value":"x"},{"name":"","value":"y"}])"),
        "c0ffee", KiboError::customerLoginOperation(), u"demo.test"_s);
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(u"status"_s).toInt(), 401);
    QCOMPARE(json.value(u"errorCode"_s).toString(), u"ACCOUNT_LOCKED"_s);
    QCOMPARE(json.value(u"message"_s).toString(), u"Account is locked"_s);
    QCOMPARE(json.value(u"correlationId"_s).toString(), u"c0ffee"_s);
    const QJsonObject diagnosis = json.value(u"diagnosis"_s).toObject();
    QVERIFY(!diagnosis.value(u"title"_s).toString().isEmpty());
    QVERIFY(!diagnosis.value(u"cause"_s).toString().isEmpty());
    QVERIFY(!diagnosis.value(u"nextStep"_s).toString().isEmpty());
    QCOMPARE(json.value(u"additionalErrorData"_s).toArray().size(), 1);

    const KiboError none;
    QVERIFY(!none.isError());
    QCOMPARE(none.cliExitCode(), 0);
}

void TestKiboError::networkKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("refused") << int(KiboError::Kind::ConnectionRefused) << u"refused"_s << 3;
    QTest::newRow("dns") << int(KiboError::Kind::HostNotFound) << u"DNS"_s << 3;
    QTest::newRow("timeout") << int(KiboError::Kind::Timeout) << u"in time"_s << 3;
    QTest::newRow("cancelled") << int(KiboError::Kind::Cancelled) << u"You cancelled"_s << 3;
    QTest::newRow("tls") << int(KiboError::Kind::Tls) << u"certificate"_s << 3;
    QTest::newRow("redirect") << int(KiboError::Kind::Redirect) << u"other.example"_s << 3;
    QTest::newRow("network") << int(KiboError::Kind::Network) << u"without answering"_s << 3;
    QTest::newRow("not kibo") << int(KiboError::Kind::NotKibo) << u"not a Kibo reply"_s << 4;
    QTest::newRow("too large") << int(KiboError::Kind::TooLarge) << u"too large"_s << 4;
}

void TestKiboError::networkKinds()
{
    QFETCH(int, kind);
    QFETCH(QString, keyword);
    QFETCH(int, exitCode);
    KiboError error;
    error.kind = KiboError::Kind(kind);
    error.operation = KiboError::customerLoginOperation();
    error.host = u"t1.sandbox.mozu.com"_s;
    error.redirectTarget = u"other.example"_s;
    const Diagnosis diagnosis = Diagnoser::diagnose(error);
    const QString text = allText(diagnosis);
    QVERIFY2(text.contains(keyword, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(!text.contains(u"Unknown"_s, Qt::CaseInsensitive));
    QCOMPARE(error.cliExitCode(), exitCode);
    QVERIFY(error.isError());
}

void TestKiboError::scrubRemovesQueries()
{
    const QString canary = u"cafebabe0000111122223333deadbeef"_s;
    const QString scrubbed = KiboError::scrub(
        u"PUT https://h/api/commerce/customer/authtickets/refresh?refreshToken="_s + canary + u"&accountId=5 failed"_s);
    QVERIFY(!scrubbed.contains(canary));
    QVERIFY(scrubbed.contains(u"failed"_s));

    const QByteArray body = kiboBody("INVALID_REFRESH_TOKEN", "Bad /refresh?refreshToken=" + canary.toLatin1());
    const KiboError error
        = KiboError::fromHttpReply(401, "application/json", body, {}, KiboError::customerRefreshOperation(), u"h"_s);
    QVERIFY(!error.message.contains(canary));
    QVERIFY(!QJsonDocument(error.toJson()).toJson().contains(canary.toLatin1()));
}

void TestKiboError::parseKiboTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2021, 7, 29), QTime(14, 57, 40), Qt::UTC);
    QTest::newRow("Z, 3 digits") << u"2021-07-29T14:57:40.514Z"_s << base.addMSecs(514);
    QTest::newRow("no fraction") << u"2021-07-29T14:57:40Z"_s << base;
    QTest::newRow("7 digits") << u"2021-07-29T14:57:40.5140000Z"_s << base.addMSecs(514);
    QTest::newRow("1 digit") << u"2021-07-29T14:57:40.5Z"_s << base.addMSecs(500);
    QTest::newRow("no zone = UTC") << u"2021-07-29T14:57:40.514"_s << base.addMSecs(514);
    QTest::newRow("offset") << u"2021-07-29T16:57:40+02:00"_s << base;
    QTest::newRow("invalid: 8 digits") << u"2021-07-29T14:57:40.12345678Z"_s << QDateTime();
    QTest::newRow("invalid: month 13") << u"2021-13-29T14:57:40Z"_s << QDateTime();
    QTest::newRow("invalid: text") << u"tomorrow"_s << QDateTime();
}

void TestKiboError::parseKiboTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = CustomerAuthTicket::parseKiboTime(text);
    if (!expected.isValid()) {
        QVERIFY(!parsed.isValid());
        return;
    }
    QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestKiboError::ticketFromJson()
{
    QString error;
    const auto ticket = CustomerAuthTicket::fromJson(
        QJsonDocument::fromJson(R"({"accessToken":"abc","accessTokenExpiration":"2021-07-29T14:57:40.514Z",)"
                                R"("refreshToken":"r","refreshTokenExpiration":"2021-07-30T14:57:40Z",)"
                                R"("userId":"u","customerAccount":{"id":1001},"jwtAccessToken":"a.b.c"})")
            .object(),
        &error);
    QVERIFY2(ticket, qPrintable(error));
    QCOMPARE(ticket->accessToken, u"abc"_s);
    QCOMPARE(ticket->customerAccount.value(u"id"_s).toInt(), 1001);
    QVERIFY(ticket->refreshTokenExpiration > ticket->accessTokenExpiration);

    QVERIFY(!CustomerAuthTicket::fromJson(QJsonObject { { u"foo"_s, 1 } }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CustomerAuthTicket::fromJson(QJsonObject { { u"accessToken"_s, 5 } }, &error));
    QVERIFY(!CustomerAuthTicket::fromJson(QJsonObject { { u"accessTokenExpiration"_s, u"never"_s } }, &error));
    const auto partial = CustomerAuthTicket::fromJson(QJsonObject { { u"customerAccount"_s, QJsonObject {} } }, &error);
    QVERIFY(partial);
}

QTEST_GUILESS_MAIN(TestKiboError)
#include "testkiboerror.moc"
