#include "helpers/canary.h"
#include "helpers/demologinrig.h"
#include "helpers/faultserver.h"
#include "share/curlexport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct ShellRun
{
    bool ok = false;
    QByteArray output;
    QByteArray errors;
};

// Runs script with bash, the script on standard input (never in argv: it may hold a secret).
ShellRun runBash(const QByteArray& script, const QStringList& arguments = {}, const QProcessEnvironment& extra = {})
{
    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    bash.setProcessEnvironment(environment);
    bash.start(u"bash"_s, arguments);
    ShellRun run;
    if (!bash.waitForStarted(10'000)) {
        return run;
    }
    bash.write(script);
    bash.closeWriteChannel();
    if (!bash.waitForFinished(30'000)) {
        return run;
    }
    run.ok = bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0;
    run.output = bash.readAllStandardOutput();
    run.errors = bash.readAllStandardError();
    return run;
}

// The arguments curl would get: a shell function named curl prints each one, NUL-terminated.
QList<QByteArray> curlArguments(const QString& command, const QProcessEnvironment& environment)
{
    const QByteArray script = "curl() { printf '%s\\0' \"$@\"; }\n" + command.toUtf8() + '\n';
    const ShellRun run = runBash(script, {}, environment);
    if (!run.ok) {
        return {};
    }
    QList<QByteArray> arguments = run.output.split('\0');
    arguments.removeLast(); // after the last NUL
    return arguments;
}

QByteArray optionValue(const QList<QByteArray>& arguments, const QByteArray& option)
{
    const qsizetype at = arguments.indexOf(option);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QByteArray();
}

QList<QByteArray> headerValues(const QList<QByteArray>& arguments)
{
    QList<QByteArray> headers;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == "--header") {
            headers.append(arguments.at(i + 1));
        }
    }
    return headers;
}

} // namespace

class TestCurlExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placeholdersByDefault_data();
    void placeholdersByDefault();
    void secretsOnlyWhenPassed();
    void replaysWhatTheServerReceived_data();
    void replaysWhatTheServerReceived();
    void nothingWithoutARequest();
    void shellQuoteRoundTrips_data();
    void shellQuoteRoundTrips();
};

void TestCurlExport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"bash"_s).isEmpty()) {
        QSKIP("bash is needed to parse the commands");
    }
}

void TestCurlExport::placeholdersByDefault_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("variables");
    const QStringList login { u"KIBO_APP_TOKEN"_s, u"KIBO_PASSWORD"_s };
    QTest::newRow("ada: ticket") << u"ada"_s << login;
    QTest::newRow("locked: refusal") << u"locked"_s << login;
    QTest::newRow("mfa: 2FA pending") << u"mfa pending"_s << login;
    QTest::newRow("mfa: 2FA finished") << u"mfa finish"_s << QStringList { u"KIBO_APP_TOKEN"_s, u"KIBO_OTP_CODE"_s };
    QTest::newRow("b2b: wrong account") << u"b2b wrong account"_s << login;
    QTest::newRow("refresh") << u"refresh"_s << QStringList { u"KIBO_APP_TOKEN"_s, u"KIBO_REFRESH_TOKEN"_s };
    QTest::newRow("anonymous") << u"anonymous"_s << QStringList { u"KIBO_APP_TOKEN"_s };
    QTest::newRow("anonymous upgrade: x-vol-user-claims")
        << u"anonymous upgrade"_s << QStringList { u"KIBO_APP_TOKEN"_s, u"KIBO_USER_CLAIMS"_s, u"KIBO_PASSWORD"_s };
    QTest::newRow("username with quotes, $, backticks, newline") << u"tricky username"_s << login;
}

void TestCurlExport::placeholdersByDefault()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, variables);
    DemoLoginRig rig;
    QVERIFY(rig.start());
    const AuthTicketResult result = rig.run(scenario);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(result.request.isValid());
    QStringList actualVariables = CurlExport::variables(result.request);
    actualVariables.sort();
    variables.sort();
    QCOMPARE(actualVariables, variables);
    for (const QString& variable : std::as_const(variables)) {
        QVERIFY(CurlExport::variablesHint(result.request).contains(variable));
    }

    QProcessEnvironment environment;
    environment.insert(u"KIBO_APP_TOKEN"_s, rig.lastAppToken());
    environment.insert(u"KIBO_PASSWORD"_s, rig.lastPassword());
    environment.insert(u"KIBO_REFRESH_TOKEN"_s, rig.lastRefreshToken());
    environment.insert(u"KIBO_USER_CLAIMS"_s, rig.lastUserClaims());
    environment.insert(u"KIBO_OTP_CODE"_s, rig.lastOtpCode());

    QList<QByteArray> firstArguments;
    for (const CurlExport::Layout layout : { CurlExport::Layout::OneLine, CurlExport::Layout::MultiLine }) {
        const QString command = CurlExport::command(result.request, layout);
        const QByteArray text = command.toUtf8();
        for (const auto& [name, secret] : rig.secrets()) {
            QVERIFY2(!Canary::foundIn(secret, text), qPrintable(u"the command holds the "_s + name));
        }
        if (layout == CurlExport::Layout::OneLine) {
            QVERIFY(!command.contains(u'\n'));
        } else {
            QVERIFY(command.count(u" \\\n  "_s) >= 3);
        }
        for (const QString& variable : std::as_const(variables)) {
            QVERIFY2(command.contains(u"\"$"_s + variable + u'"'), qPrintable(command));
        }

        const ShellRun syntax = runBash(text, { u"-n"_s });
        QVERIFY2(syntax.ok, syntax.errors.constData());

        // Run through a stand-in curl: the arguments are exactly what was sent, secrets from the environment.
        const QList<QByteArray> arguments = curlArguments(command, environment);
        QVERIFY2(!arguments.isEmpty(), qPrintable(command));
        QCOMPARE(arguments.first(), QByteArray("--include"));
        QCOMPARE(optionValue(arguments, "--request"), result.request.verb);
        const QUrl url(QString::fromUtf8(optionValue(arguments, "--url")), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.adjusted(QUrl::RemoveQuery), result.request.url);
        const QUrlQuery query(url);
        for (const auto& [name, value] : result.request.query) {
            const QString sent = query.queryItemValue(name, QUrl::FullyDecoded);
            if (name == u"refreshToken"_s) {
                QVERIFY(sent == rig.lastRefreshToken()); // no QCOMPARE: it would print the token
            } else {
                QCOMPARE(sent, value);
            }
        }
        const QList<QByteArray> headers = headerValues(arguments);
        QCOMPARE(headers.size(), result.request.headers.size());
        QVERIFY(headers.contains("Authorization: Bearer " + rig.lastAppToken().toLatin1()));
        QVERIFY(headers.contains("x-vol-tenant: 100001"));
        if (!rig.lastUserClaims().isEmpty()) {
            QVERIFY(headers.contains("x-vol-user-claims: " + rig.lastUserClaims().toLatin1()));
        }
        if (result.request.hasBody) {
            const QJsonObject body = QJsonDocument::fromJson(optionValue(arguments, "--data-raw")).object();
            if (result.request.body.contains(u"username"_s)) {
                QCOMPARE(body.value(u"username"_s).toString(), rig.lastUsername());
                QVERIFY(body.value(u"password"_s).toString() == rig.lastPassword());
            }
            if (result.request.body.contains(u"otpCode"_s)) {
                QVERIFY(body.value(u"otpCode"_s).toString() == rig.lastOtpCode());
            }
        } else {
            QVERIFY(!arguments.contains("--data-raw"));
        }
        if (firstArguments.isEmpty()) {
            firstArguments = arguments;
        } else {
            QVERIFY(firstArguments == arguments); // both layouts say the same
        }
    }
}

void TestCurlExport::secretsOnlyWhenPassed()
{
    DemoLoginRig rig;
    QVERIFY(rig.start());
    const AuthTicketResult result = rig.run(u"tricky username"_s);
    QVERIFY(result.request.isValid());
    const QByteArray password = rig.lastPassword().toUtf8();

    CurlExport::Secrets secrets;
    secrets.password = rig.lastPassword();
    const QString command = CurlExport::commandWithSecrets(result.request, secrets);
    // The canary search catches a secret in a command: this is what the other tests rule out.
    QVERIFY(Canary::foundIn(password, command.toUtf8()));
    QVERIFY(!Canary::foundIn(password, CurlExport::command(result.request).toUtf8()));
    QVERIFY(!Canary::foundIn(rig.lastAppToken().toUtf8(), command.toUtf8())); // not passed: still a variable
    QCOMPARE(CurlExport::variables(result.request), (QStringList { u"KIBO_APP_TOKEN"_s, u"KIBO_PASSWORD"_s }));

    QProcessEnvironment environment;
    environment.insert(u"KIBO_APP_TOKEN"_s, rig.lastAppToken());
    const QList<QByteArray> arguments = curlArguments(command, environment);
    QVERIFY(!arguments.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(optionValue(arguments, "--data-raw")).object();
    QVERIFY(body.value(u"password"_s).toString().toUtf8() == password);
    QCOMPARE(body.value(u"username"_s).toString(), DemoLoginRig::trickyUsername());
}

void TestCurlExport::replaysWhatTheServerReceived_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("login with every field") << u"login"_s;
    QTest::newRow("refresh with account and fields") << u"refresh"_s;
    QTest::newRow("2FA finish") << u"2fa"_s;
    QTest::newRow("anonymous") << u"anonymous"_s;
}

// What the server received from the client, and what it would receive from the copied command,
// are the same request: method, path, query, every header the client chose, body.
void TestCurlExport::replaysWhatTheServerReceived()
{
    QFETCH(QString, call);
    const QByteArray appToken = "app-token-5e1f0c2a9b7d4e3f8a6c1b0d2e4f6a8c";
    const QString password = u"Pa55-w0rd with 'quotes' and $dollar"_s;
    const QString refreshToken = u"c0ffee00c0ffee00c0ffee00c0ffee00"_s;
    const QString userClaims = u"YW5vbnltb3VzLXNob3BwZXItY2xhaW1z"_s;
    const QString otpCode = u"204613"_s;
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api/platform/applications/authtickets/oauth",
        { FaultServer::json(
            200, R"({"access_token":")" + appToken + R"(","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/commerce/customer/authtickets",
        { FaultServer::json(200,
            R"({"accessToken":"b3BhcXVl","accessTokenExpiration":"2026-11-29T03:15:00Z","refreshToken":")"
                + refreshToken.toLatin1() + R"(","userId":"aaaabbbbccccddddeeeeffff00001111"})") });
    // The tenant lookup names the same server as the tenant's host.
    server.script("/api/platform/tenants/",
        { FaultServer::json(200,
            R"({"id":100001,"domain":")" + server.baseUrl().authority().toLatin1()
                + R"(","sites":[{"id":100002,"name":"Main"}]})") });
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setDeadlines(10'000, 30'000);
    client.setProfile(KiboProfile::demo(server.baseUrl()), u"client-secret-x"_s);
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    if (call == u"login"_s) {
        CustomerLoginRequest request;
        request.username = DemoLoginRig::trickyUsername();
        request.password = password;
        request.accountId = 2001;
        request.region = u"eu west"_s;
        request.fingerprint = u"device=1&x"_s;
        request.authTicketTtlMinutes = 30;
        request.responseFields = u"accessToken,customerAccount(id,emailAddress)"_s;
        request.anonymousAccessToken = userClaims;
        client.login(request);
    } else if (call == u"refresh"_s) {
        client.refresh(refreshToken, 2002, u"accessToken,refreshToken"_s);
    } else if (call == u"2fa"_s) {
        client.finish2FA(u"aaaabbbbccccddddeeeeffff00001111"_s, otpCode);
    } else {
        client.anonymous();
    }
    QVERIFY(finished.wait(30'000));
    const AuthTicketResult result = finished.first().first().value<AuthTicketResult>();
    QVERIFY(result.request.isValid());
    const FaultServer::Request received = server.requests().last();

    QProcessEnvironment environment;
    environment.insert(u"KIBO_APP_TOKEN"_s, QString::fromLatin1(appToken));
    environment.insert(u"KIBO_PASSWORD"_s, password);
    environment.insert(u"KIBO_REFRESH_TOKEN"_s, refreshToken);
    environment.insert(u"KIBO_USER_CLAIMS"_s, userClaims);
    environment.insert(u"KIBO_OTP_CODE"_s, otpCode);
    const QString command = CurlExport::command(result.request, CurlExport::Layout::MultiLine);
    for (const QString& secret : { QString::fromLatin1(appToken), password, refreshToken, userClaims }) {
        QVERIFY(!Canary::foundIn(secret.toUtf8(), command.toUtf8()));
    }
    const QList<QByteArray> arguments = curlArguments(command, environment);
    QVERIFY2(!arguments.isEmpty(), qPrintable(command));

    QCOMPARE(optionValue(arguments, "--request"), received.method);
    const QUrl url(QString::fromUtf8(optionValue(arguments, "--url")), QUrl::StrictMode);
    QCOMPARE(url.path().toUtf8(), received.path());
    const QUrlQuery sentQuery(QString::fromLatin1(received.target.mid(received.path().size() + 1)));
    const auto items = [](const QUrlQuery& query) {
        auto list = query.queryItems(QUrl::FullyDecoded);
        std::sort(list.begin(), list.end());
        return list;
    };
    QVERIFY(items(QUrlQuery(url)) == items(sentQuery)); // no QCOMPARE: the refresh token is in there
    QCOMPARE(items(QUrlQuery(url)).size(), items(sentQuery).size());

    const QList<QByteArray> headers = headerValues(arguments);
    QVERIFY(headers.size() >= 9);
    for (const QByteArray& header : headers) {
        const qsizetype colon = header.indexOf(": ");
        QVERIFY(colon > 0);
        const QByteArray name = header.left(colon);
        QVERIFY2(received.header(name) == header.mid(colon + 2), name.constData());
    }
    for (const QByteArray& name :
        { QByteArray("Authorization"), QByteArray("x-vol-tenant"), QByteArray("x-vol-site") }) {
        QVERIFY2(!received.header(name).isEmpty(), name.constData());
    }
    if (call == u"login"_s) {
        QVERIFY(received.header("x-vol-user-claims") == userClaims.toLatin1());
    }

    if (received.body.isEmpty()) {
        QVERIFY(!arguments.contains("--data-raw"));
    } else {
        const QJsonDocument fromCurl = QJsonDocument::fromJson(optionValue(arguments, "--data-raw"));
        QVERIFY(fromCurl.isObject());
        QVERIFY(fromCurl == QJsonDocument::fromJson(received.body)); // no QCOMPARE: the password is in there
    }
}

void TestCurlExport::nothingWithoutARequest()
{
    DemoLoginRig rig;
    QVERIFY(rig.start());
    const AuthTicketResult result = rig.run(u"wrong client secret"_s);
    QVERIFY(result.error.isError());
    QVERIFY(!result.request.isValid()); // the app token was refused: no customer request was sent
    QVERIFY(CurlExport::command(result.request).isEmpty());
    QVERIFY(CurlExport::commandWithSecrets(result.request, CurlExport::Secrets {}).isEmpty());
    QVERIFY(CurlExport::variables(result.request).isEmpty());
}

void TestCurlExport::shellQuoteRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"application/json"_s;
    QTest::newRow("single quote") << u"o'brien"_s;
    QTest::newRow("only quotes") << u"'''"_s;
    QTest::newRow("dollar and braces") << u"$HOME ${PATH} $(id)"_s;
    QTest::newRow("backticks") << u"`id` ``"_s;
    QTest::newRow("double quotes and backslash") << u"\"a\\\"b\\n\""_s;
    QTest::newRow("newline") << u"first\nsecond"_s;
    QTest::newRow("tab, carriage return, bell") << u"a\tb\rc\x07d"_s;
    QTest::newRow("quote and newline") << u"it's\n$x"_s;
    QTest::newRow("unicode") << u"Grüße – 東京 …"_s;
    QTest::newRow("history and glob") << u"!! * ? [a] ~ #"_s;
    QTest::newRow("leading equals") << u"=cmd"_s;
    QTest::newRow("leading tilde") << u"~root"_s;
    QTest::newRow("bare url") << u"http://127.0.0.1:8080/api/a-b_c.d?x=1"_s;
}

void TestCurlExport::shellQuoteRoundTrips()
{
    QFETCH(QString, text);
    const QString quoted = CurlExport::shellQuote(text);
    QVERIFY(!quoted.isEmpty());
    if (text == u"application/json"_s) {
        QCOMPARE(quoted, text); // nothing to quote
    }
    const ShellRun run = runBash("printf '%s' " + quoted.toUtf8() + '\n');
    QVERIFY2(run.ok, run.errors.constData());
    QCOMPARE(QString::fromUtf8(run.output), text);
}

QTEST_GUILESS_MAIN(TestCurlExport)
#include "testcurlexport.moc"
