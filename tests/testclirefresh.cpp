// The refresh and anonymous commands of architecture.md's CLI contract, on the real executable against
// one stand-alone demo-server (so that refresh tokens outlive a run) and the real keychain.
#include "helpers/canary.h"
#include "helpers/cliprocess.h"
#include "helpers/keychainlisting.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const auto Ada = u"ada.lovelace@example.com"_s;
const QByteArray DemoPassword = "Demo-pass-1\n";
const QByteArray UnknownToken = "Canary-Refresh-Token-5d2e8b41";
const auto UserClaims = u"https://www.kibocommerce.com/user_claims"_s;
constexpr int Deadline = 60000;

// The accounts stored for one tenant host ("127.0.0.1:PORT"), sorted. Only these: the other tests of a parallel
// ctest run share the keyring and store and remove entries of their own tenants meanwhile.
QStringList accountsAt(const QString& tenantHost)
{
    QStringList accounts;
    const KeychainListing listing = KeychainListing::read();
    if (!listing.ok) {
        return { u"secret-tool could not list the keychain"_s };
    }
    for (const QString& user : listing.users) {
        if (user.contains(u'@' + tenantHost + u'/')) {
            accounts.append(user);
        }
    }
    accounts.sort();
    return accounts;
}

} // namespace

class TestCliRefresh final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageNamesTheCommands();
    void usageErrors_data();
    void usageErrors();
    void refreshFromKeychain();
    void rotatedRefreshTokenIsStored();
    void replyWithoutRefreshTokenKeepsIt();
    void refreshFromStdin();
    void unknownTokenNeverPrinted_data();
    void unknownTokenNeverPrinted();
    void noStoredToken();
    void keychainFailure();
    void anonymousIsNeverStored();

private:
    QStringList target(const QString& command, const QStringList& more = {}) const;
    QJsonObject loginJson(const QStringList& more);

    QProcess m_server;
    QString m_url;
};

QStringList TestCliRefresh::target(const QString& command, const QStringList& more) const
{
    QStringList arguments { command, u"--demo-server"_s, m_url };
    return arguments + more;
}

QJsonObject TestCliRefresh::loginJson(const QStringList& more)
{
    const CliResult result = runCli(
        target(u"login"_s,
            QStringList { u"--username"_s, Ada, u"--password-stdin"_s, u"--json"_s, u"--show-secrets"_s } + more),
        DemoPassword);
    if (result.exitCode != 0) {
        qWarning("login failed: %s", result.err.constData());
        return {};
    }
    return result.json();
}

void TestCliRefresh::initTestCase()
{
    m_url = startDemoServer(m_server);
    QVERIFY(!m_url.isEmpty());
}

void TestCliRefresh::cleanupTestCase()
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(Deadline));
}

void TestCliRefresh::usageNamesTheCommands()
{
    const CliResult help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    const QList<QByteArray> lines = help.out.split('\n');
    QVERIFY2(lines.value(3).contains("kibo-token-inspector login TARGET"), help.out.constData());
    QVERIFY2(lines.value(4).contains("kibo-token-inspector refresh TARGET"), help.out.constData());
    QVERIFY(help.out.contains("--refresh-token-stdin"));
    QVERIFY(help.out.contains("kibo-token-inspector anonymous TARGET"));
    QVERIFY(!help.out.contains("not available"));

    const CliResult refreshHelp = runCli({ u"refresh"_s, u"--help"_s });
    QCOMPARE(refreshHelp.exitCode, 0);
    QVERIFY(refreshHelp.out.contains("--refresh-token-stdin"));
    QVERIFY(refreshHelp.out.contains("2 usage error or no refresh token stored"));
    const CliResult anonymousHelp = runCli({ u"anonymous"_s, u"--help"_s });
    QCOMPARE(anonymousHelp.exitCode, 0);
    QVERIFY(anonymousHelp.out.contains("--response-fields"));
}

void TestCliRefresh::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("refresh without target")
        << QStringList { u"refresh"_s, u"--refresh-token-stdin"_s } << UnknownToken + '\n'
        << QByteArray("Name a target");
    QTest::newRow("token as positional argument")
        << QStringList { u"refresh"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s, QString::fromLatin1(UnknownToken) }
        << QByteArray() << QByteArray("standard input");
    QTest::newRow("token as option") << QStringList { u"refresh"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s,
        u"--refresh-token="_s + QString::fromLatin1(UnknownToken) }
                                     << QByteArray() << QByteArray("never accepted");
    QTest::newRow("token as separate option") << QStringList { u"refresh"_s, u"--demo-server"_s,
        u"http://127.0.0.1:1"_s, u"--refresh-token"_s, QString::fromLatin1(UnknownToken) }
                                              << QByteArray() << QByteArray("never accepted");
    QTest::newRow("neither username nor stdin")
        << QStringList { u"refresh"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s } << QByteArray()
        << QByteArray("--username");
    QTest::newRow("empty stdin") << QStringList { u"refresh"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s,
        u"--refresh-token-stdin"_s }
                                 << QByteArray() << QByteArray("refresh token");
    QTest::newRow("account id not a number") << QStringList { u"refresh"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s,
        u"--refresh-token-stdin"_s, u"--account-id"_s,
        u"two"_s } << UnknownToken + '\n' << QByteArray("--account-id");
    QTest::newRow("anonymous without target")
        << QStringList { u"anonymous"_s } << QByteArray() << QByteArray("Name a target");
    QTest::newRow("anonymous with an argument")
        << QStringList { u"anonymous"_s, u"--demo-server"_s, u"http://127.0.0.1:1"_s, u"extra"_s } << QByteArray()
        << QByteArray("no positional");
}

void TestCliRefresh::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);

    const CliResult result = runCli(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(!Canary::foundIn(UnknownToken, result.out));
    QVERIFY(!Canary::foundIn(UnknownToken, result.err));
}

void TestCliRefresh::refreshFromKeychain()
{
    const QJsonObject login = loginJson({});
    const QString oldAccess = login.value(u"ticket"_s).toObject().value(u"accessToken"_s).toString();
    const QByteArray oldRefresh = login.value(u"ticket"_s).toObject().value(u"refreshToken"_s).toString().toUtf8();
    QVERIFY(!oldAccess.isEmpty());
    QVERIFY(!oldRefresh.isEmpty());

    const CliResult result = runCli(target(u"refresh"_s, { u"--username"_s, Ada, u"--json"_s, u"--show-secrets"_s }));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    QVERIFY(json.contains(u"ticket"_s));
    QVERIFY(json.contains(u"jwt"_s));
    QVERIFY(!json.contains(u"error"_s));
    QCOMPARE(json.value(u"requires2FA"_s).toBool(false), false);
    const QString newAccess = json.value(u"ticket"_s).toObject().value(u"accessToken"_s).toString();
    QVERIFY(!newAccess.isEmpty());
    QVERIFY(newAccess != oldAccess);
    QVERIFY(result.err.contains("New tokens saved in the keychain"));
    QVERIFY(!Canary::foundIn(oldRefresh, result.err));

    // The new tokens were stored: a second refresh from the keychain works too, and text output hides them.
    const CliResult again = runCli(target(u"refresh"_s, { u"--username"_s, Ada }));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(!again.out.contains(newAccess.toUtf8()));
    QVERIFY(!Canary::foundIn(oldRefresh, again.out));
    QVERIFY(!Canary::foundIn(oldRefresh, again.err));
}

void TestCliRefresh::rotatedRefreshTokenIsStored()
{
    // A tenant that rotates: every refresh answers with a new refresh token and forgets the one sent.
    QProcess rotating;
    const QString url = startDemoServer(rotating, { u"--rotate-refresh-tokens"_s });
    QVERIFY(!url.isEmpty());
    const auto on = [&url](const QString& command, const QStringList& more) {
        return QStringList { command, u"--demo-server"_s, url } + more;
    };
    const CliResult login
        = runCli(on(u"login"_s, { u"--username"_s, Ada, u"--password-stdin"_s, u"--json"_s, u"--show-secrets"_s }),
            DemoPassword);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    const QByteArray first = login.json().value(u"ticket"_s).toObject().value(u"refreshToken"_s).toString().toUtf8();
    QVERIFY(!first.isEmpty());

    const CliResult refreshed = runCli(on(u"refresh"_s, { u"--username"_s, Ada, u"--json"_s, u"--show-secrets"_s }));
    QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
    const QByteArray second
        = refreshed.json().value(u"ticket"_s).toObject().value(u"refreshToken"_s).toString().toUtf8();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first); // rotated

    // The rotated token was stored: the next refresh from the keychain works, and the old one is refused.
    const CliResult again = runCli(on(u"refresh"_s, { u"--username"_s, Ada }));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const CliResult old = runCli(on(u"refresh"_s, { u"--refresh-token-stdin"_s, u"--no-store"_s }), first + '\n');
    QCOMPARE(old.exitCode, 1);
    QVERIFY2(old.err.contains("INVALID_REFRESH_TOKEN"), old.err.constData());
    QVERIFY(!Canary::foundIn(first, old.out + old.err));

    rotating.terminate();
    QVERIFY(rotating.waitForFinished(Deadline));
}

void TestCliRefresh::replyWithoutRefreshTokenKeepsIt()
{
    // Asked for the access token alone, the tenant answers without a refresh token and keeps the one sent:
    // the keychain must keep it too, so that the next refresh still works.
    QVERIFY(!loginJson({}).isEmpty());
    const CliResult partial = runCli(target(u"refresh"_s,
        { u"--username"_s, Ada, u"--response-fields"_s, u"accessToken"_s, u"--json"_s, u"--show-secrets"_s }));
    QVERIFY2(partial.exitCode == 0, partial.err.constData());
    const QJsonObject ticket = partial.json().value(u"ticket"_s).toObject();
    QVERIFY(!ticket.value(u"accessToken"_s).toString().isEmpty());
    QVERIFY(ticket.value(u"refreshToken"_s).toString().isEmpty()); // the reply carried none
    QVERIFY(partial.err.contains("New tokens saved in the keychain"));

    const CliResult again = runCli(target(u"refresh"_s, { u"--username"_s, Ada }));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.err.contains("New tokens saved in the keychain"));
}

void TestCliRefresh::refreshFromStdin()
{
    const QJsonObject login = loginJson({ u"--no-store"_s });
    const QString oldAccess = login.value(u"ticket"_s).toObject().value(u"accessToken"_s).toString();
    const QByteArray refreshToken = login.value(u"ticket"_s).toObject().value(u"refreshToken"_s).toString().toUtf8();
    QVERIFY(!refreshToken.isEmpty());

    const CliResult result = runCli(
        target(u"refresh"_s, { u"--refresh-token-stdin"_s, u"--json"_s, u"--no-store"_s }), refreshToken + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    QVERIFY(json.contains(u"ticket"_s));
    QVERIFY(json.contains(u"jwt"_s));
    QCOMPARE(json.value(u"requires2FA"_s).toBool(false), false);
    QVERIFY(!Canary::foundIn(refreshToken, result.out));
    QVERIFY(!Canary::foundIn(refreshToken, result.err));
    QVERIFY(!Canary::foundIn(oldAccess.toUtf8(), result.out));
}

void TestCliRefresh::unknownTokenNeverPrinted_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("text") << QStringList();
    QTest::newRow("json") << QStringList { u"--json"_s };
    QTest::newRow("show secrets") << QStringList { u"--show-secrets"_s };
    QTest::newRow("json show secrets") << QStringList { u"--json"_s, u"--show-secrets"_s };
}

void TestCliRefresh::unknownTokenNeverPrinted()
{
    QFETCH(QStringList, extra);
    const CliResult result
        = runCli(target(u"refresh"_s, QStringList { u"--refresh-token-stdin"_s, u"--username"_s, Ada } + extra),
            UnknownToken + '\n');
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!Canary::foundIn(UnknownToken, result.out));
    QVERIFY(!Canary::foundIn(UnknownToken, result.err));
    if (extra.contains(u"--json"_s)) {
        const QJsonObject error = result.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"errorCode"_s).toString(), u"INVALID_REFRESH_TOKEN"_s);
        QVERIFY2(
            !error.value(u"diagnosis"_s).toObject().value(u"title"_s).toString().isEmpty(), result.out.constData());
    } else {
        QVERIFY(!result.err.trimmed().isEmpty());
        QVERIFY(result.out.trimmed().isEmpty());
    }
    const QStringList files = Canary::filesContaining(UnknownToken, qEnvironmentVariable("HOME"));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

void TestCliRefresh::noStoredToken()
{
    const CliResult result = runCli(target(u"refresh"_s, { u"--username"_s, u"nobody.stored@example.com"_s }));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("No refresh token stored for nobody.stored@example.com"), result.err.constData());
    QVERIFY(result.err.contains("--refresh-token-stdin"));
}

void TestCliRefresh::keychainFailure()
{
    // No session bus, so no Secret Service: a keychain failure, not "nothing stored".
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/kti-no-bus"_s);
    const CliResult result = runCli(target(u"refresh"_s, { u"--username"_s, Ada, u"--json"_s }), {}, environment);
    QCOMPARE(result.exitCode, 5);
    // Its own message and --json code: no session bus, not "unavailable" or "locked" (with --json, on stdout alone).
    const QJsonObject error = result.json().value(u"error"_s).toObject();
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
    QVERIFY2(message.contains(u"There is no D-Bus session bus"_s), qPrintable(message));
    QCOMPARE(error.value(u"code"_s).toString(), u"keychain-no-session-bus"_s);
}

void TestCliRefresh::anonymousIsNeverStored()
{
    const QString tenantHost = QUrl(m_url).authority() + u"/t100001"_s; // the home host and the tenant id
    QVERIFY(!loginJson({}).isEmpty()); // a stored login, so that the listing of this tenant is not empty
    const QStringList before = accountsAt(tenantHost);
    QVERIFY2(before.contains(Ada + u'@' + tenantHost + u"/refreshToken"_s), qPrintable(before.join(u", "_s)));
    const CliResult result = runCli(target(u"anonymous"_s, { u"--json"_s, u"--show-secrets"_s }));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    const QString accessToken = json.value(u"ticket"_s).toObject().value(u"accessToken"_s).toString();
    QVERIFY(!accessToken.isEmpty());
    const QJsonObject payload = json.value(u"jwt"_s).toObject().value(u"payload"_s).toObject();
    QCOMPARE(payload.value(UserClaims).toObject().value(u"anon"_s).toString(), u"1"_s);
    QCOMPARE(accountsAt(tenantHost), before);
    // Under no account at all, whatever its name.
    const KeychainListing listing = KeychainListing::read();
    QVERIFY(listing.ok);
    QVERIFY(!listing.secrets.contains(accessToken.toUtf8()));

    const CliResult text = runCli(target(u"anonymous"_s));
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(!text.out.isEmpty());
    QCOMPARE(accountsAt(tenantHost), before);
}

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "testclirefresh.moc"
