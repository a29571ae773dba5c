// The CLI contract of architecture.md, exercised on the real executable: flags, the order of
// secrets on standard input, --json keys, redaction, exit codes, the keychain and the demo server.
#include "helpers/canary.h"
#include "helpers/cliprocess.h"
#include "helpers/keychainlisting.h"
#include "helpers/rfcvectors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const auto Ada = u"ada.lovelace@example.com"_s;
const QByteArray DemoPassword = "Demo-pass-1\n";
constexpr int Deadline = 60000;

QStringList login(const QString& username, const QStringList& more = {})
{
    return QStringList { u"login"_s, u"--demo"_s, u"--username"_s, username, u"--password-stdin"_s } + more;
}

// What QtKeychain's Secret Service backend stored for a key, read back with libsecret's own tool.
QByteArray keychainLookup(const QString& key)
{
    QProcess process;
    process.start(u"secret-tool"_s, { u"lookup"_s, u"server"_s, u"io.github.kibotokeninspector"_s, u"user"_s, key });
    process.waitForFinished(Deadline);
    return process.readAllStandardOutput();
}

// A compact JWS of the header and payload bytes, with a signature nobody checks here.
QByteArray jwsOf(const QByteArray& header, const QByteArray& payload)
{
    const auto segment = [](const QByteArray& bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return segment(header) + '.' + segment(payload) + '.' + segment("0123456789abcdef0123456789abcdef");
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void usageMatchesEachCommand();
    void usageErrors_data();
    void usageErrors();
    void seededCustomers_data();
    void seededCustomers();
    void textOutputIsRedacted();
    void jsonRedactionAndShowSecrets();
    void ttlOptions_data();
    void ttlOptions();
    void responseFields();
    void twoFactorCodeFromStdin();
    void tokensGoToTheKeychainOnly();
    void noStoreLeavesKeychainAlone();
    void wrongPasswordCanaryNeverPrinted();
    void decode();
    void decodeJwsVectors_data();
    void decodeJwsVectors();
    void decodeJwsPayloadBytes();
    void speaksGerman_data();
    void speaksGerman();
    void demoServerServesOtherProcesses();
    void tenantLookup();
};

void TestCli::helpAndVersion()
{
    const CliResult version = runCli({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("kibo-token-inspector "));
    const CliResult help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("demo-server"));
    QVERIFY(help.out.contains("--password-stdin"));
}

void TestCli::usageMatchesEachCommand()
{
    // The usage text comes from the table of commands: every command it names answers --help, and every
    // option its usage lines name is one that command really takes.
    const CliResult help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    const QString prefix = u"  kibo-token-inspector "_s;
    QMap<QString, QSet<QString>> advertised;
    QString command;
    static const QRegularExpression option(u"--[a-z][a-z0-9-]*"_s);
    for (const QString& line : QString::fromUtf8(help.out).split(u'\n')) {
        if (line.startsWith(prefix) && !line.at(prefix.size()).isSpace() && line.at(prefix.size()) != u'[') {
            command = line.mid(prefix.size()).section(u' ', 0, 0);
        } else if (!line.startsWith(u"        "_s) || line.trimmed().startsWith(u'(')) {
            command.clear(); // the GUI's line, a blank, or the notes after the commands
            continue;
        }
        if (command.isEmpty() || command.startsWith(u"--"_s)) {
            continue;
        }
        for (auto match = option.globalMatch(line); match.hasNext();) {
            advertised[command].insert(match.next().captured());
        }
        advertised[command]; // a command without options is still a command
    }
    const QStringList expected { u"demo-server"_s, u"login"_s, u"refresh"_s, u"anonymous"_s, u"profile"_s, u"tenant"_s,
        u"decode"_s, u"diff"_s, u"verify"_s };
    QCOMPARE(QStringList(advertised.keyBegin(), advertised.keyEnd()).size(), expected.size());
    for (const QString& name : expected) {
        QVERIFY2(advertised.contains(name), qPrintable(name));
        const CliResult own = runCli({ name, u"--help"_s });
        QCOMPARE(own.exitCode, 0);
        for (const QString& flag : std::as_const(advertised[name])) {
            QVERIFY2(own.out.contains(flag.toUtf8()), qPrintable(name + u" --help lacks "_s + flag));
        }
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("no target") << QStringList { u"login"_s, u"--username"_s, Ada, u"--password-stdin"_s }
                               << DemoPassword << QByteArray("Name a target");
    QTest::newRow("two targets") << login(Ada, { u"--demo-server"_s, u"http://127.0.0.1:1"_s }) << DemoPassword
                                 << QByteArray("only one target");
    QTest::newRow("password as argument")
        << login(Ada, { u"--password=Canary-Argv-Secret-42"_s }) << QByteArray() << QByteArray("never accepted");
    QTest::newRow("password as separate argument")
        << QStringList { u"login"_s, u"--demo"_s, u"--username"_s, Ada, u"--password"_s, u"Canary-Argv-Secret-42"_s }
        << QByteArray() << QByteArray("never accepted");
    QTest::newRow("no username") << QStringList { u"login"_s, u"--demo"_s, u"--password-stdin"_s } << DemoPassword
                                 << QByteArray("--username");
    QTest::newRow("no password-stdin") << QStringList { u"login"_s, u"--demo"_s, u"--username"_s, Ada } << QByteArray()
                                       << QByteArray("--password-stdin");
    QTest::newRow("empty stdin") << login(Ada) << QByteArray() << QByteArray("ended before the password");
    QTest::newRow("empty password line") << login(Ada) << QByteArray("\n") << QByteArray("is empty");
    QTest::newRow("account id not a number")
        << login(Ada, { u"--account-id"_s, u"two"_s }) << DemoPassword << QByteArray("--account-id");
    QTest::newRow("ticket ttl zero") << login(Ada, { u"--ticket-ttl"_s, u"0"_s }) << DemoPassword
                                     << QByteArray("--ticket-ttl");
    QTest::newRow("refresh ttl text") << login(Ada, { u"--refresh-ttl"_s, u"long"_s }) << DemoPassword
                                      << QByteArray("--refresh-ttl");
    QTest::newRow("unknown profile") << QStringList { u"login"_s, u"--profile"_s, u"nowhere"_s, u"--username"_s, Ada,
        u"--password-stdin"_s } << DemoPassword
                                     << QByteArray("no saved profile");
    QTest::newRow("data centre without secret") << QStringList { u"login"_s, u"--data-centre"_s, u"usc1"_s,
        u"--tenant"_s, u"1"_s, u"--client-id"_s, u"a.b.1.0.0.Release"_s, u"--username"_s, Ada, u"--password-stdin"_s }
                                                << DemoPassword << QByteArray("--client-secret-stdin");
    QTest::newRow("unknown data centre") << QStringList {
        u"login"_s, u"--data-centre"_s, u"apac9"_s, u"--tenant"_s, u"1"_s, u"--client-id"_s, u"a.b"_s,
        u"--client-secret-stdin"_s, u"--username"_s, Ada, u"--password-stdin"_s
    } << DemoPassword << QByteArray("--data-centre does not know “apac9”; use one of us (North America (AWS)");
    QTest::newRow("data centre and home host") << QStringList { u"login"_s, u"--data-centre"_s, u"us"_s,
        u"--auth-host"_s, u"https://home.example"_s, u"--tenant"_s, u"1"_s, u"--client-id"_s, u"a.b"_s,
        u"--client-secret-stdin"_s, u"--username"_s, Ada,
        u"--password-stdin"_s } << DemoPassword << QByteArray("either --data-centre or --auth-host, not both");
    QTest::newRow("no data centre") << QStringList { u"login"_s, u"--tenant"_s, u"1"_s, u"--client-id"_s, u"a.b"_s,
        u"--client-secret-stdin"_s, u"--username"_s, Ada, u"--password-stdin"_s }
                                    << DemoPassword << QByteArray("Name the data centre with --data-centre NAME");
    QTest::newRow("the old --environment says what replaces it") << QStringList { u"login"_s, u"--environment"_s,
        u"tp1"_s, u"--tenant"_s, u"1"_s, u"--client-id"_s, u"a.b"_s, u"--client-secret-stdin"_s, u"--username"_s, Ada,
        u"--password-stdin"_s } << DemoPassword << QByteArray("--environment is no longer used");
    QTest::newRow("bad demo server url") << login(Ada, {}).replaceInStrings(u"--demo"_s, u"--demo-server=ftp://x"_s)
                                         << DemoPassword << QByteArray("--demo-server");
    QTest::newRow("decode two tokens") << QStringList { u"decode"_s, u"a.b.c"_s, u"d.e.f"_s } << QByteArray()
                                       << QByteArray("one token");
    QTest::newRow("demo-server bad port")
        << QStringList { u"demo-server"_s, u"--port"_s, u"70000"_s } << QByteArray() << QByteArray("--port");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const CliResult result = runCli(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("Canary-Argv-Secret-42"));
}

void TestCli::seededCustomers_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("active shopper") << Ada << DemoPassword << QStringList() << 0 << QString();
    QTest::newRow("wrong password") << Ada << QByteArray("nope\n") << QStringList() << 1 << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("unknown user") << u"nobody@example.com"_s << DemoPassword << QStringList() << 1
                                  << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("locked") << u"locked@example.com"_s << DemoPassword << QStringList() << 1 << u"ACCOUNT_LOCKED"_s;
    QTest::newRow("inactive") << u"inactive@example.com"_s << DemoPassword << QStringList() << 1
                              << u"ACCOUNT_INACTIVE"_s;
    QTest::newRow("password change required")
        << u"expired.password@example.com"_s << DemoPassword << QStringList() << 1 << u"PASSWORD_CHANGE_REQUIRED"_s;
    QTest::newRow("b2b first account") << u"b2b.buyer@example.com"_s << DemoPassword
                                       << QStringList { u"--account-id"_s, u"2001"_s } << 0 << QString();
    QTest::newRow("b2b second account") << u"b2b.buyer@example.com"_s << DemoPassword
                                        << QStringList { u"--account-id"_s, u"2002"_s } << 0 << QString();
    QTest::newRow("b2b foreign account") << u"b2b.buyer@example.com"_s << DemoPassword
                                         << QStringList { u"--account-id"_s, u"9999"_s } << 1
                                         << u"MISSING_OR_INVALID_PARAMETER"_s;
    QTest::newRow("big account") << u"big.account@example.com"_s << DemoPassword << QStringList() << 0 << QString();
    QTest::newRow("2FA without a code") << u"mfa@example.com"_s << DemoPassword << QStringList() << 1 << QString();
}

void TestCli::seededCustomers()
{
    QFETCH(QString, username);
    QFETCH(QByteArray, password);
    QFETCH(QStringList, more);
    QFETCH(int, exitCode);
    QFETCH(QString, errorCode);

    const CliResult result = runCli(login(username, more + QStringList { u"--json"_s, u"--no-store"_s }), password);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    const QJsonObject json = result.json();
    QVERIFY2(!json.isEmpty(), result.out.constData());
    QCOMPARE(json.value(u"error"_s).toObject().value(u"errorCode"_s).toString(), errorCode);
    if (!errorCode.isEmpty()) {
        const QJsonObject error = json.value(u"error"_s).toObject();
        QVERIFY(error.value(u"status"_s).toInt() >= 400);
        QCOMPARE(error.value(u"correlationId"_s).toString().size(), 32);
        QVERIFY(!error.value(u"diagnosis"_s).toObject().value(u"cause"_s).toString().isEmpty());
        QVERIFY(!json.contains(u"jwt"_s));
    }
    if (exitCode == 0) {
        const QJsonObject payload = json.value(u"jwt"_s).toObject().value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"iss"_s).toString(), u"https://www.kibocommerce.com"_s);
        QCOMPARE(json.value(u"ticket"_s)
                     .toObject()
                     .value(u"customerAccount"_s)
                     .toObject()
                     .value(u"emailAddress"_s)
                     .toString(),
            username);
        QCOMPARE(json.value(u"requires2FA"_s).toBool(), false);
        const int accountIndex = more.indexOf(u"--account-id"_s);
        if (accountIndex >= 0) {
            const QJsonObject userClaims = payload.value(u"https://www.kibocommerce.com/user_claims"_s).toObject();
            QCOMPARE(userClaims.value(u"b.AccountId"_s).toString(), more.at(accountIndex + 1));
        }
    }
    if (username == u"mfa@example.com"_s) {
        QCOMPARE(json.value(u"requires2FA"_s).toBool(), true);
        QVERIFY(!json.contains(u"jwt"_s));
        // A challenge left unanswered is a failure: its error says how to answer it.
        const QJsonObject error = json.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"two-factor-required"_s);
        QVERIFY(error.value(u"message"_s).toString().contains(u"--otp-stdin"_s));
    }
}

void TestCli::textOutputIsRedacted()
{
    const CliResult result = runCli(login(Ada, { u"--no-store"_s }), DemoPassword);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Logged in as ada.lovelace@example.com (Ada Lovelace)"), result.out.constData());
    QVERIFY(result.out.contains("decoded, signature not verified"));
    QVERIFY(result.out.contains("<redacted accessToken: 428 characters, ends …"));
    QVERIFY(result.out.contains("<redacted refreshToken: 32 characters, ends …"));
    QVERIFY(result.out.contains("add --show-secrets"));
    QVERIFY(result.out.contains("https://www.kibocommerce.com/user_claims"));
}

void TestCli::jsonRedactionAndShowSecrets()
{
    const CliResult redacted = runCli(login(Ada, { u"--json"_s, u"--no-store"_s }), DemoPassword);
    QCOMPARE(redacted.exitCode, 0);
    const QJsonObject ticket = redacted.json().value(u"ticket"_s).toObject();
    for (const QString& field : { u"accessToken"_s, u"refreshToken"_s, u"jwtAccessToken"_s }) {
        QVERIFY2(ticket.value(field).toString().startsWith(u"<redacted "_s + field), qPrintable(field));
    }
    const QJsonObject signature = redacted.json().value(u"jwt"_s).toObject().value(u"signature"_s).toObject();
    QCOMPARE(signature.value(u"algorithm"_s).toString(), u"HS256"_s);
    QCOMPARE(signature.value(u"state"_s).toString(), u"not verified"_s);

    const CliResult shown = runCli(login(Ada, { u"--json"_s, u"--show-secrets"_s, u"--no-store"_s }), DemoPassword);
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject full = shown.json().value(u"ticket"_s).toObject();
    const QString accessToken = full.value(u"accessToken"_s).toString();
    QCOMPARE(accessToken.size(), 428);
    QCOMPARE(QByteArray::fromBase64(accessToken.toLatin1()).size(), 320);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(full.value(u"refreshToken"_s).toString()).hasMatch());
    QCOMPARE(full.value(u"jwtAccessToken"_s).toString().count(u'.'), 2);
}

void TestCli::ttlOptions_data()
{
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<int>("ticketMinutes");
    QTest::addColumn<int>("refreshMinutes");

    QTest::newRow("defaults") << QStringList() << 15 << 24 * 60;
    QTest::newRow("asked") << QStringList { u"--ticket-ttl"_s, u"30"_s, u"--refresh-ttl"_s, u"120"_s } << 30 << 120;
    QTest::newRow("capped") << QStringList { u"--ticket-ttl"_s, u"600"_s, u"--refresh-ttl"_s, u"99999"_s } << 60
                            << 10080;
}

void TestCli::ttlOptions()
{
    QFETCH(QStringList, more);
    QFETCH(int, ticketMinutes);
    QFETCH(int, refreshMinutes);
    const CliResult result = runCli(login(Ada, more + QStringList { u"--json"_s, u"--no-store"_s }), DemoPassword);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject ticket = result.json().value(u"ticket"_s).toObject();
    const QJsonObject payload = result.json().value(u"jwt"_s).toObject().value(u"payload"_s).toObject();
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(payload.value(u"iat"_s).toInteger(), Qt::UTC);
    const auto minutesAfterIssue = [&](const QString& field) {
        return qRound(issued.secsTo(QDateTime::fromString(ticket.value(field).toString(), Qt::ISODateWithMs)) / 60.0);
    };
    QCOMPARE(minutesAfterIssue(u"accessTokenExpiration"_s), ticketMinutes);
    QCOMPARE(minutesAfterIssue(u"refreshTokenExpiration"_s), refreshMinutes);
}

void TestCli::responseFields()
{
    const CliResult result = runCli(login(Ada,
                                        { u"--response-fields"_s, u"accessToken,customerAccount(id,emailAddress)"_s,
                                            u"--json"_s, u"--no-store"_s }),
        DemoPassword);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject ticket = result.json().value(u"ticket"_s).toObject();
    QCOMPARE(ticket.keys(), (QStringList { u"accessToken"_s, u"customerAccount"_s }));
    QCOMPARE(ticket.value(u"customerAccount"_s).toObject().keys(), (QStringList { u"emailAddress"_s, u"id"_s }));

    // The text says what the reply holds and what it left out, with no empty brackets or blanks.
    const CliResult text = runCli(
        login(Ada, { u"--response-fields"_s, u"accessToken,customerAccount(id,emailAddress)"_s, u"--no-store"_s }),
        DemoPassword);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("Logged in as ada.lovelace@example.com, customer 1001."), text.out.constData());
    QVERIFY(text.out.contains("User id: not in the reply"));
    QVERIFY(text.out.contains("Refresh token: not in the reply"));
    QVERIFY(!text.out.contains("()"));
}

void TestCli::twoFactorCodeFromStdin()
{
    QProcess process;
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH),
        login(u"mfa@example.com"_s, { u"--otp-stdin"_s, u"--json"_s, u"--no-store"_s }));
    QVERIFY(process.waitForStarted(Deadline));
    process.write(DemoPassword);
    // The code is read only after the server asked for it: it arrives in the demo outbox first.
    QByteArray err;
    const QRegularExpression outbox(u"outbox: mfa@example\\.com code (\\d{6})"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += process.readAllStandardError(), match = outbox.match(QString::fromUtf8(err))).hasMatch(), Deadline);
    process.write(match.captured(1).toUtf8() + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(Deadline));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, QByteArray(err + process.readAllStandardError()).constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(u"requires2FA"_s).toBool(), false);
    QVERIFY(!json.value(u"ticket"_s)
                 .toObject()
                 .value(u"customerAccount"_s)
                 .toObject()
                 .value(u"last2FaDate"_s)
                 .toString()
                 .isEmpty());
}

void TestCli::tokensGoToTheKeychainOnly()
{
    const CliResult result = runCli(login(Ada), DemoPassword);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("Tokens saved in the keychain"), result.err.constData());
    // Filed under the home host and tenant id, known before any lookup.
    const QRegularExpression accountLine(u"“(ada\\.lovelace@example\\.com@127\\.0\\.0\\.1:\\d+/t100001)”"_s);
    const QRegularExpressionMatch match = accountLine.match(QString::fromUtf8(result.err));
    QVERIFY2(match.hasMatch(), result.err.constData());
    const QString account = match.captured(1);

    const QByteArray accessToken = keychainLookup(account + u"/accessToken"_s);
    const QByteArray refreshToken = keychainLookup(account + u"/refreshToken"_s);
    const QByteArray jwt = keychainLookup(account + u"/jwtAccessToken"_s);
    QCOMPARE(accessToken.size(), 428);
    QCOMPARE(refreshToken.size(), 32);
    QCOMPARE(jwt.count('.'), 2);

    const QString home = qEnvironmentVariable("HOME");
    for (const QByteArray& secret : { accessToken, refreshToken, jwt, QByteArray("Demo-pass-1") }) {
        QVERIFY(!Canary::foundIn(secret, result.out));
        QVERIFY(!Canary::foundIn(secret, result.err));
        // The keyring's own folder holds the encrypted store; nothing else may hold a secret.
        const QStringList files = Canary::filesContaining(secret, home, { u".local/share/keyrings"_s });
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
}

void TestCli::noStoreLeavesKeychainAlone()
{
    const CliResult result = runCli(
        login(u"b2b.buyer@example.com"_s, { u"--no-store"_s, u"--json"_s, u"--show-secrets"_s }), DemoPassword);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.err.contains("Tokens saved in the keychain"));
    const QJsonObject ticket = result.json().value(u"ticket"_s).toObject();
    const QByteArray accessToken = ticket.value(u"accessToken"_s).toString().toUtf8();
    const QByteArray refreshToken = ticket.value(u"refreshToken"_s).toString().toUtf8();
    QVERIFY(!accessToken.isEmpty());
    QVERIFY(!refreshToken.isEmpty());
    // By its tokens, not by the user name: other tests of a parallel run store b2b.buyer at their own tenants.
    const KeychainListing listing = KeychainListing::read();
    QVERIFY(listing.ok);
    QVERIFY(!listing.secrets.contains(accessToken));
    QVERIFY(!listing.secrets.contains(refreshToken));
}

void TestCli::wrongPasswordCanaryNeverPrinted()
{
    const QByteArray canary = "Canary-Password-7f3a9c";
    for (const QStringList& extra : { QStringList(), QStringList { u"--json"_s } }) {
        const CliResult result = runCli(login(Ada, extra), canary + '\n');
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!Canary::foundIn(canary, result.out));
        QVERIFY(!Canary::foundIn(canary, result.err));
    }
    const QStringList files = Canary::filesContaining(canary, qEnvironmentVariable("HOME"));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

void TestCli::decode()
{
    const CliResult shown = runCli(login(Ada, { u"--json"_s, u"--show-secrets"_s, u"--no-store"_s }), DemoPassword);
    QCOMPARE(shown.exitCode, 0);
    const QByteArray jwt = shown.json().value(u"ticket"_s).toObject().value(u"jwtAccessToken"_s).toString().toUtf8();

    const CliResult text = runCli({ u"decode"_s }, jwt + '\n');
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("decoded, signature not verified"));
    QVERIFY(text.out.contains("b.TenantId"));
    // The line end that echo and files add is not whitespace around the token.
    QVERIFY2(!text.out.contains("Whitespace"), text.out.constData());
    const CliResult spaced = runCli({ u"decode"_s }, " " + jwt + "\n\n");
    QCOMPARE(spaced.exitCode, 0);
    QVERIFY(spaced.out.contains("Whitespace around the token was ignored."));

    const CliResult json = runCli({ u"decode"_s, u"-"_s, u"--json"_s }, jwt);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(u"jwt"_s).toObject().value(u"kind"_s).toString(), u"jws"_s);

    const CliResult garbage = runCli({ u"decode"_s, u"not.a.token!"_s });
    QCOMPARE(garbage.exitCode, 4);
    QVERIFY(!garbage.err.isEmpty());

    // An opaque token is recognised, but there is nothing to decode: a script must not read "decoded".
    const CliResult opaque = runCli({ u"decode"_s }, "hello\n");
    QCOMPARE(opaque.exitCode, 4);
    QVERIFY(opaque.out.isEmpty());
    QVERIFY2(opaque.err.contains("opaque token, not a JWT"), opaque.err.constData());

    const CliResult huge = runCli({ u"decode"_s }, QByteArray(2 * 1024 * 1024, 'a'));
    QCOMPARE(huge.exitCode, 4);
}

void TestCli::decodeJwsVectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("payloadText"); // empty: RFC 7515's example claims
    const QList<RfcJwsVector> vectors = rfcJwsVectors();
    QVERIFY(!vectors.isEmpty());
    for (const RfcJwsVector& vector : vectors) {
        QTest::newRow(qPrintable(vector.name)) << vector.token << vector.algorithm << vector.payloadText;
    }
}

void TestCli::decodeJwsVectors()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, algorithm);
    QFETCH(QString, payloadText);

    const CliResult json = runCli({ u"decode"_s, u"-"_s, u"--json"_s }, token + '\n');
    QCOMPARE(json.exitCode, 0);
    const QJsonObject jwt = json.json().value(u"jwt"_s).toObject();
    QCOMPARE(jwt.value(u"kind"_s).toString(), u"jws"_s);
    QCOMPARE(jwt.value(u"header"_s).toObject().value(u"alg"_s).toString(), algorithm);
    QCOMPARE(jwt.value(u"signature"_s).toObject().value(u"algorithm"_s).toString(), algorithm);
    QStringList codes;
    for (const QJsonValue& notice : jwt.value(u"notices"_s).toArray()) {
        codes << notice.toObject().value(u"code"_s).toString();
    }

    const CliResult text = runCli({ u"decode"_s }, token + '\n');
    QCOMPARE(text.exitCode, 0);
    // Standard error holds at most log lines (the tests turn kti.* logging on), never the token or its payload.
    QVERIFY2(!text.err.contains("not a token"), text.err.constData());
    QVERIFY(!text.err.contains(token.split('.').at(1)));
    QVERIFY2(text.out.contains(QByteArray("\"alg\": \"" + algorithm.toLatin1() + '"')), text.out.constData());
    if (payloadText.isEmpty()) {
        QCOMPARE(jwt.value(u"payload"_s).toObject().value(u"iss"_s).toString(), u"joe"_s);
        QVERIFY(!jwt.contains(u"payloadText"_s));
        QVERIFY(!codes.contains(u"non-json-payload"_s));
        QVERIFY(text.out.contains("Claims:"));
        return;
    }
    QVERIFY(!jwt.contains(u"payload"_s));
    QVERIFY(!jwt.contains(u"payloadHex"_s));
    QCOMPARE(jwt.value(u"payloadText"_s).toString(), payloadText);
    QCOMPARE(codes, (QStringList { u"non-json-payload"_s, u"not-verified"_s }));
    QVERIFY2(text.out.contains(QByteArray("JWS (" + algorithm.toLatin1() + ", decoded, signature not verified)")),
        text.out.constData());
    QVERIFY(text.out.contains("a JWS whose payload is not JSON: not a JWT"));
    QVERIFY(text.out.contains(QByteArray("Payload (text):\n" + payloadText.toUtf8() + '\n')));
    QVERIFY(!text.out.contains("Claims:"));
}

void TestCli::decodeJwsPayloadBytes()
{
    // Bytes that are not UTF-8 come out as hex; text with control characters comes out escaped, never raw on the
    // terminal.
    const CliResult bytes
        = runCli({ u"decode"_s, u"-"_s, u"--json"_s }, jwsOf(R"({"alg":"HS256"})", QByteArray("\xff\x00\x7f", 3)));
    QCOMPARE(bytes.exitCode, 0);
    const QJsonObject jwt = bytes.json().value(u"jwt"_s).toObject();
    QCOMPARE(jwt.value(u"payloadHex"_s).toString(), u"ff007f"_s);
    QVERIFY(!jwt.contains(u"payloadText"_s));
    const CliResult bytesText = runCli({ u"decode"_s }, jwsOf(R"({"alg":"HS256"})", QByteArray("\xff\x00\x7f", 3)));
    QCOMPARE(bytesText.exitCode, 0);
    QVERIFY2(bytesText.out.contains("Payload (3 bytes, not text, in hexadecimal):\nff007f"), bytesText.out.constData());

    const CliResult escaped = runCli({ u"decode"_s }, jwsOf(R"({"alg":"HS256"})", "red \x1b[31m\nline"));
    QCOMPARE(escaped.exitCode, 0);
    QVERIFY2(escaped.out.contains("Payload (text):\nred \\u001b[31m\\nline"), escaped.out.constData());
    QVERIFY(!escaped.out.contains('\x1b'));

    // A payload that starts as JSON but breaks is still a broken token.
    const CliResult broken = runCli({ u"decode"_s }, jwsOf(R"({"alg":"HS256"})", R"({"sub":"42")"));
    QCOMPARE(broken.exitCode, 4);
    QVERIFY(broken.err.contains("This is not a token that can be decoded."));
}

void TestCli::speaksGerman_data()
{
    QTest::addColumn<QStringList>("language");
    QTest::addColumn<QString>("lang");
    QTest::newRow("--lang de") << QStringList { u"--lang"_s, u"de"_s } << u"en_US.UTF-8"_s;
    QTest::newRow("--lang=de_DE") << QStringList { u"--lang=de_DE"_s } << u"en_US.UTF-8"_s;
    QTest::newRow("system locale") << QStringList {} << u"de_DE.UTF-8"_s;
}

void TestCli::speaksGerman()
{
    QFETCH(QStringList, language);
    QFETCH(QString, lang);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s }) {
        env.remove(name);
    }
    env.insert(u"LANG"_s, lang);

    // A refusal, a usage error and the help, each in German.
    const CliResult garbage = runCli(QStringList { u"decode"_s, u"not.a.token!"_s } + language, {}, env);
    QCOMPARE(garbage.exitCode, 4);
    QVERIFY2(garbage.err.contains("Dies ist kein Token, das decodiert werden kann."), garbage.err.constData());
    const CliResult usage = runCli(QStringList { u"login"_s, u"--demo"_s } + language, {}, env);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains("login braucht --username."), usage.err.constData());
    const CliResult help = runCli(language + QStringList { u"--help"_s }, {}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("Exit-Codes: 0 Erfolg"), help.out.constData());

    // And English when asked for it: the German above came from the catalogue, not by accident.
    const CliResult english = runCli({ u"decode"_s, u"not.a.token!"_s, u"--lang"_s, u"en"_s }, {}, env);
    QVERIFY2(english.err.contains("This is not a token that can be decoded."), english.err.constData());
}

void TestCli::tenantLookup()
{
    // The lookup Kibo's SDKs make before every tenant call, on its own: name, kind, host and sites.
    const CliResult text = runCli({ u"tenant"_s, u"--demo"_s });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("Tenant 100001: Kibo Token Inspector Demo"), text.out.constData());
    QVERIFY(text.out.contains("development (sandbox) tenant"));
    QVERIFY(text.out.contains("100002  Demo Storefront"));
    const CliResult json = runCli({ u"tenant"_s, u"--demo"_s, u"--json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject tenant = json.json().value(u"tenant"_s).toObject();
    QCOMPARE(tenant.value(u"id"_s).toInt(), 100001);
    QVERIFY(tenant.value(u"isDevTenant"_s).toBool());
    QVERIFY(tenant.value(u"domain"_s).toString().startsWith(u"127.0.0.1:"_s));
    QCOMPARE(tenant.value(u"sites"_s).toArray().at(0).toObject().value(u"id"_s).toInt(), 100002);
    QVERIFY(!json.json().contains(u"error"_s));

    // A stand-alone demo server as a custom home host: an unknown tenant and a wrong site, each explained.
    QProcess server;
    const QString url = startDemoServer(server);
    QVERIFY(!url.isEmpty());
    const QByteArray secret = "demo-shared-secret\n";
    const QStringList custom { u"--auth-host"_s, url, u"--client-id"_s, u"KiboTokenInspector.demo.1.0.0.Release"_s,
        u"--client-secret-stdin"_s };
    const CliResult unknown = runCli(QStringList { u"tenant"_s, u"--tenant"_s, u"424242"_s } + custom, secret);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("The tenant was not found"), unknown.err.constData());
    QVERIFY(unknown.err.contains("424242"));
    const CliResult unknownJson
        = runCli(QStringList { u"tenant"_s, u"--tenant"_s, u"424242"_s, u"--json"_s } + custom, secret);
    QCOMPARE(unknownJson.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"tenantDiscovery"_s);
    QCOMPARE(unknownJson.json().value(u"error"_s).toObject().value(u"discovery"_s).toString(), u"tenant-unknown"_s);
    // Kibo's own words stay Kibo's, as serverMessage; the message is ours, the diagnosis' cause.
    QCOMPARE(unknownJson.json().value(u"error"_s).toObject().value(u"serverMessage"_s).toString(),
        u"Item not found: tenant 424242"_s);
    QCOMPARE(unknownJson.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"tenant-unknown"_s);

    const CliResult wrongSite = runCli(QStringList { u"login"_s, u"--tenant"_s, u"100001"_s, u"--site"_s, u"99"_s,
                                           u"--username"_s, Ada, u"--password-stdin"_s, u"--no-store"_s }
            + custom,
        secret + DemoPassword);
    QCOMPARE(wrongSite.exitCode, 1);
    QVERIFY2(wrongSite.err.contains("The site is not in this tenant"), wrongSite.err.constData());
    QVERIFY(wrongSite.err.contains("Demo Storefront (100002)"));

    // The login through the same custom home host reaches the tenant's own host, which the lookup named.
    const CliResult login = runCli(QStringList { u"login"_s, u"--tenant"_s, u"100001"_s, u"--site"_s, u"100002"_s,
                                       u"--username"_s, Ada, u"--password-stdin"_s, u"--no-store"_s, u"--json"_s }
            + custom,
        secret + DemoPassword);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    const QString pod = login.json().value(u"tenant"_s).toObject().value(u"domain"_s).toString();
    QVERIFY(!pod.isEmpty());
    QVERIFY(!url.contains(pod)); // another origin than the home host
}

void TestCli::demoServerServesOtherProcesses()
{
    QProcess server;
    QByteArray out;
    const QString url = startDemoServer(server, {}, &out);
    QVERIFY(!url.isEmpty());

    QStringList arguments = login(Ada, { u"--json"_s, u"--no-store"_s });
    arguments.replace(arguments.indexOf(u"--demo"_s), u"--demo-server"_s);
    arguments.insert(2, url);
    const CliResult result = runCli(arguments, DemoPassword);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.json().value(u"requires2FA"_s).toBool(), false);

    // 2FA codes from a standalone server go to its standard output.
    const CliResult challenged
        = runCli(QStringList(arguments).replaceInStrings(Ada, u"mfa@example.com"_s), DemoPassword);
    QCOMPARE(challenged.exitCode, 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += server.readAllStandardOutput()).contains("outbox: mfa@example.com code "), Deadline);

    server.terminate();
    QVERIFY(server.waitForFinished(Deadline));
}

QTEST_GUILESS_MAIN(TestCli)
#include "testcli.moc"
