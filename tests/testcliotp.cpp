// The password-less `login TARGET --username EMAIL --otp-stdin` of architecture.md's CLI contract, on the real
// executable against one stand-alone demo-server: the code is taken from the server's outbox line and written to
// the login's standard input only once the code was sent, as a person would.
#include "helpers/cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const auto Ada = u"ada.lovelace@example.com"_s;
constexpr int Deadline = 60000;

// True when the code stands in the text as a number of its own (not inside a longer run of digits, such as
// an epoch time that happens to contain it).
bool codeIn(const QString& code, const QByteArray& text)
{
    const QRegularExpression alone(u"(?<![0-9])"_s + code + u"(?![0-9])"_s);
    return alone.match(QString::fromUtf8(text)).hasMatch();
}

QByteArray line(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    bytes.append('\n');
    return bytes;
}

QString wrongCodeFor(const QString& code)
{
    return code == u"000000"_s ? u"111111"_s : u"000000"_s;
}

struct OtpRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString code; // the code the outbox received (empty when none arrived)
};

} // namespace

class TestCliOtp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpShowsThePasswordlessLogin();
    void usageErrors_data();
    void usageErrors();
    void otpLoginJson();
    void otpLoginStoresTheTokens();
    void wrongCode_data();
    void wrongCode();
    void unknownEmail();
    void requestFailsBeforeAnyCodeIsRead();
    void inProcessDemoOutboxOnStandardError();
    void passwordWithOtpStdinStillAnswersTwoFactor();

private:
    QStringList login(const QString& email, const QStringList& more) const;
    // Starts the login, waits for the outbox line of email on the server (or, when expectCode is false, for
    // the login to say that it reads the code), then writes answer(code) as the next line of standard input.
    OtpRun runOtp(const QString& email, const QStringList& more,
        const std::function<QByteArray(const QString&)>& answer, bool expectCode = true);
    // Whether the server's outbox has a line for email that no earlier takeOutboxCode() took (idempotent: the
    // QTRY macros evaluate it again after it came true).
    bool outboxHas(const QString& email);
    QString takeOutboxCode(); // the code of the line outboxHas() found

    QProcess m_server;
    QString m_url;
    QByteArray m_serverOut;
    qsizetype m_outboxRead = 0;
    QRegularExpressionMatch m_outboxMatch;
};

QStringList TestCliOtp::login(const QString& email, const QStringList& more) const
{
    return QStringList { u"login"_s, u"--demo-server"_s, m_url, u"--username"_s, email, u"--otp-stdin"_s } + more;
}

bool TestCliOtp::outboxHas(const QString& email)
{
    m_serverOut += m_server.readAllStandardOutput();
    const QRegularExpression outbox(u"outbox: "_s + QRegularExpression::escape(email) + u" code (\\d{6})\\n"_s);
    m_outboxMatch = outbox.match(QString::fromUtf8(m_serverOut), m_outboxRead);
    return m_outboxMatch.hasMatch();
}

QString TestCliOtp::takeOutboxCode()
{
    m_outboxRead = m_outboxMatch.capturedEnd();
    return m_outboxMatch.captured(1);
}

OtpRun TestCliOtp::runOtp(const QString& email, const QStringList& more,
    const std::function<QByteArray(const QString&)>& answer, bool expectCode)
{
    OtpRun run;
    QProcess process;
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH), login(email, more));
    if (!process.waitForStarted(Deadline)) {
        return run;
    }
    if (expectCode) {
        [&] {
            QTRY_VERIFY2_WITH_TIMEOUT(outboxHas(email), m_serverOut.constData(), Deadline);
        }();
        run.code = takeOutboxCode();
    } else {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((run.err += process.readAllStandardError()).contains("standard input"), Deadline);
        }();
    }
    process.write(answer(run.code));
    process.closeWriteChannel();
    if (!process.waitForFinished(Deadline)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    return run;
}

void TestCliOtp::initTestCase()
{
    m_url = startDemoServer(m_server, {}, &m_serverOut);
    QVERIFY(!m_url.isEmpty());
    m_outboxRead = m_serverOut.indexOf('\n') + 1; // outbox lines follow the listening line
}

void TestCliOtp::cleanupTestCase()
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(Deadline));
}

void TestCliOtp::helpShowsThePasswordlessLogin()
{
    const CliResult help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("or: --username U --otp-stdin"), help.out.constData());
    const CliResult loginHelp = runCli({ u"login"_s, u"--help"_s });
    QCOMPARE(loginHelp.exitCode, 0);
    QVERIFY2(
        loginHelp.out.simplified().contains("log in with a one-time code sent by email"), loginHelp.out.constData());
}

void TestCliOtp::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");

    const QStringList server { u"login"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s, u"--username"_s, Ada };
    QTest::newRow("neither password nor code") << server << QByteArray() << QByteArray("--otp-stdin alone");
    QTest::newRow("account id with a one-time code")
        << server + QStringList { u"--otp-stdin"_s, u"--account-id"_s, u"2001"_s } << QByteArray("123456\n")
        << QByteArray("--account-id applies to a password login only");
    QTest::newRow("ticket ttl with a one-time code")
        << server + QStringList { u"--otp-stdin"_s, u"--ticket-ttl"_s, u"30"_s } << QByteArray("123456\n")
        << QByteArray("--ticket-ttl applies");
    QTest::newRow("refresh ttl with a one-time code")
        << server + QStringList { u"--otp-stdin"_s, u"--refresh-ttl"_s, u"30"_s } << QByteArray("123456\n")
        << QByteArray("--refresh-ttl applies");
    QTest::newRow("no username") << QStringList { u"login"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s,
        u"--otp-stdin"_s } << QByteArray("123456\n")
                                 << QByteArray("--username");
    QTest::newRow("code as an argument") << server + QStringList { u"--otp-stdin"_s, u"123456"_s } << QByteArray()
                                         << QByteArray("no positional");
}

void TestCliOtp::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);

    const CliResult result = runCli(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(!codeIn(u"123456"_s, result.out + result.err));
}

void TestCliOtp::otpLoginJson()
{
    const OtpRun run = runOtp(Ada,
        { u"--json"_s, u"--no-store"_s, u"--response-fields"_s,
            u"accessToken,refreshToken,jwtAccessToken,customerAccount(id,emailAddress)"_s },
        [](const QString& code) { return line(code); });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.code.size(), 6);
    QVERIFY2(run.err.contains("Kibo sends a one-time code to ada.lovelace@example.com"), run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(!json.isEmpty(), run.out.constData());
    QVERIFY(!json.contains(u"error"_s));
    QCOMPARE(json.value(u"requires2FA"_s).toBool(false), false);
    const QJsonObject ticket = json.value(u"ticket"_s).toObject();
    QCOMPARE(ticket.value(u"customerAccount"_s).toObject().value(u"emailAddress"_s).toString().toLower(), Ada);
    // Secrets are redacted without --show-secrets, and the code is printed nowhere.
    const QString refreshShown = ticket.value(u"refreshToken"_s).toString();
    QVERIFY(!refreshShown.isEmpty());
    QVERIFY2(!QRegularExpression(u"^[0-9a-f]{32}$"_s).match(refreshShown).hasMatch(), qPrintable(refreshShown));
    QVERIFY(json.value(u"jwt"_s).toObject().contains(u"payload"_s));
    QVERIFY(!codeIn(run.code, run.out));
    QVERIFY(!codeIn(run.code, run.err));
    QVERIFY(!run.err.contains("Tokens saved"));
}

void TestCliOtp::otpLoginStoresTheTokens()
{
    const OtpRun run = runOtp(Ada, {}, [](const QString& code) { return line(code); });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Logged in as ada.lovelace@example.com"), run.out.constData());
    QVERIFY2(
        run.err.contains("Tokens saved in the keychain as “ada.lovelace@example.com@127.0.0.1:"), run.err.constData());
    QVERIFY(!codeIn(run.code, run.out + run.err));
    // The stored refresh token is the one this login got: a refresh from the keychain works.
    const CliResult refresh
        = runCli({ u"refresh"_s, u"--demo-server"_s, m_url, u"--username"_s, Ada, u"--no-store"_s });
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
}

void TestCliOtp::wrongCode_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void TestCliOtp::wrongCode()
{
    QFETCH(bool, json);
    QString wrong;
    const OtpRun run = runOtp(Ada, json ? QStringList { u"--json"_s } : QStringList {}, [&](const QString& code) {
        wrong = wrongCodeFor(code);
        return line(wrong);
    });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!codeIn(run.code, run.out + run.err));
    QVERIFY(!codeIn(wrong, run.out + run.err));
    QVERIFY(!run.err.contains("Tokens saved"));
    if (json) {
        const QJsonObject error = QJsonDocument::fromJson(run.out).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"errorCode"_s).toString(), u"INVALID_OTP"_s);
        QCOMPARE(error.value(u"status"_s).toInt(), 401);
        QVERIFY2(QJsonDocument(error).toJson().contains("2 attempts left"), run.out.constData());
        QCOMPARE(error.value(u"correlationId"_s).toString().size(), 32);
    } else {
        QVERIFY2(run.err.contains("Wrong verification code"), run.err.constData());
        QVERIFY(run.err.contains("2 attempts left"));
        QVERIFY(run.err.contains("INVALID_OTP"));
    }
}

void TestCliOtp::unknownEmail()
{
    // Kibo answers an unknown address like a known one and sends nothing; the code then cannot match.
    const OtpRun run = runOtp(
        u"nobody@example.com"_s, { u"--json"_s }, [](const QString&) { return QByteArray("123456\n"); }, false);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(run.out).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"errorCode"_s).toString(), u"OTP_EXPIRED"_s);
    QVERIFY(!codeIn(u"123456"_s, run.out + run.err));
    QVERIFY(!outboxHas(u"nobody@example.com"_s));
}

void TestCliOtp::requestFailsBeforeAnyCodeIsRead()
{
    // Nothing listens on port 1: the request fails, no code is asked for, and the exit code says "network".
    const CliResult result = runCli({ u"login"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s, u"--username"_s, Ada,
                                        u"--otp-stdin"_s, u"--json"_s },
        "123456\n");
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(!result.err.contains("reading the code"), result.err.constData());
    QVERIFY(result.json().contains(u"error"_s));
    QVERIFY(!codeIn(u"123456"_s, result.out + result.err));
}

void TestCliOtp::inProcessDemoOutboxOnStandardError()
{
    QProcess process;
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH),
        { u"login"_s, u"--demo"_s, u"--username"_s, Ada, u"--otp-stdin"_s, u"--no-store"_s });
    QVERIFY(process.waitForStarted(Deadline));
    QByteArray err;
    const QRegularExpression outbox(u"outbox: ada\\.lovelace@example\\.com code (\\d{6})"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += process.readAllStandardError(), match = outbox.match(QString::fromUtf8(err))).hasMatch(), Deadline);
    process.write(line(match.captured(1)));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(Deadline));
    const QByteArray out = process.readAllStandardOutput();
    err += process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(out.contains("Logged in as ada.lovelace@example.com"), out.constData());
    QVERIFY(!codeIn(match.captured(1), out));
}

void TestCliOtp::passwordWithOtpStdinStillAnswersTwoFactor()
{
    QProcess process;
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH),
        { u"login"_s, u"--demo-server"_s, m_url, u"--username"_s, u"mfa@example.com"_s, u"--password-stdin"_s,
            u"--otp-stdin"_s, u"--json"_s, u"--no-store"_s });
    QVERIFY(process.waitForStarted(Deadline));
    process.write("Demo-pass-1\n");
    QTRY_VERIFY_WITH_TIMEOUT(outboxHas(u"mfa@example.com"_s), Deadline);
    const QString code = takeOutboxCode();
    process.write(line(code));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(Deadline));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("Two-factor authentication is required"), err.constData());
    QVERIFY(!err.contains("one-time code to"));
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QVERIFY(!json.value(u"ticket"_s)
                 .toObject()
                 .value(u"customerAccount"_s)
                 .toObject()
                 .value(u"last2FaDate"_s)
                 .toString()
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestCliOtp)
#include "testcliotp.moc"
