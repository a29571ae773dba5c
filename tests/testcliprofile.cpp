// The profile command and the --profile TARGET of architecture.md's CLI contract, on the real executable
// against one stand-alone demo-server, with the real keychain and a settings folder of the test's own
// (inside the throwaway HOME of scripts/with-keyring, so that the canary search covers it).
#include "helpers/canary.h"
#include "helpers/cliprocess.h"
#include "helpers/keychainlisting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const auto Ada = u"ada.lovelace@example.com"_s;
const QByteArray DemoSecret = "demo-shared-secret";
const QByteArray DemoPassword = "Demo-pass-1";
const auto DemoClientId = u"KiboTokenInspector.demo.1.0.0.Release"_s;
constexpr int Deadline = 60000;

} // namespace

class TestCliProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void helpNamesTheCommand();
    void addListLoginRemove();
    void secretIsBoundToTheAuthHost();
    void secretFromStdinOverridesTheKeychain();
    void setSecretStoresForTheProfileHost();
    void demoProfileUsesTheDemoTenant();
    void usageErrors_data();
    void usageErrors();
    void keychainFailure();
    void exportImport();
    void importBadFileChangesNothing();
    void damagedSettingsFileSetAside();
    void canaryNeverInAnyFile();

private:
    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const;
    QStringList addDemoServerProfile(
        const QString& name, const QString& host, const QString& clientId = QString()) const;
    QJsonArray listed() const;
    QString settingsFile() const;

    QProcess m_server;
    QString m_url;
    std::unique_ptr<QTemporaryDir> m_config;
    QProcessEnvironment m_environment;
};

CliResult TestCliProfile::run(const QStringList& arguments, const QByteArray& input) const
{
    return runCli(arguments, input, m_environment);
}

QStringList TestCliProfile::addDemoServerProfile(
    const QString& name, const QString& host, const QString& clientId) const
{
    // The demo server's home host: the tenant's own host is looked up there.
    return { u"profile"_s, u"add"_s, name, u"--tenant"_s, u"100001"_s, u"--site"_s, u"100002"_s, u"--auth-host"_s, host,
        u"--client-id"_s, clientId.isEmpty() ? DemoClientId : clientId, u"--client-secret-stdin"_s };
}

QJsonArray TestCliProfile::listed() const
{
    const CliResult result = run({ u"profile"_s, u"list"_s, u"--json"_s });
    if (result.exitCode != 0) {
        qWarning("profile list failed: %s", result.err.constData());
    }
    return result.json().value(u"profiles"_s).toArray();
}

QString TestCliProfile::settingsFile() const
{
    return m_config->filePath(u"io.github.kibotokeninspector/kibo-token-inspector.conf"_s);
}

void TestCliProfile::initTestCase()
{
    m_url = startDemoServer(m_server);
    QVERIFY(!m_url.isEmpty());
}

void TestCliProfile::init()
{
    // A fresh settings folder per test function, inside HOME.
    m_config = std::make_unique<QTemporaryDir>(QDir::homePath() + u"/testcliprofile-XXXXXX"_s);
    QVERIFY(m_config->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
}

void TestCliProfile::cleanupTestCase()
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(Deadline));
}

void TestCliProfile::helpNamesTheCommand()
{
    const CliResult help = run({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    const QList<QByteArray> lines = help.out.split('\n');
    QVERIFY2(lines.value(4).contains("kibo-token-inspector refresh TARGET"), help.out.constData());
    QVERIFY2(lines.value(7).contains("kibo-token-inspector profile list [--json]"), help.out.constData());
    QVERIFY(
        help.out.contains("kibo-token-inspector profile add NAME (--data-centre NAME | --auth-host URL) --tenant N"));
    const CliResult profileHelp = run({ u"profile"_s, u"--help"_s });
    QCOMPARE(profileHelp.exitCode, 0);
    QVERIFY(profileHelp.out.contains("--client-secret-stdin"));
    QVERIFY(profileHelp.out.contains("profile set-secret NAME"));
}

void TestCliProfile::addListLoginRemove()
{
    const CliResult added = run(addDemoServerProfile(u"Local demo"_s, m_url), DemoSecret + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("Profile “Local demo” saved; its client secret is in the keychain for 127.0.0.1:"),
        added.out.constData());
    QVERIFY(QFile::exists(settingsFile()));

    const QJsonArray profiles = listed();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).toObject().value(u"name"_s).toString(), u"Demo"_s);
    QCOMPARE(profiles.at(0).toObject().value(u"demo"_s).toBool(), true);
    const QJsonObject local = profiles.at(1).toObject();
    QCOMPARE(local.value(u"name"_s).toString(), u"Local demo"_s);
    QCOMPARE(local.value(u"authHost"_s).toString(), m_url);
    QCOMPARE(local.value(u"dataCentre"_s).toString(), u"custom"_s);
    QVERIFY(!local.contains(u"apiHost"_s));
    QCOMPARE(local.value(u"tenantId"_s).toInt(), 100001);
    QCOMPARE(local.value(u"authApiBase"_s).toString(), m_url + u"/api"_s);
    const CliResult text = run({ u"profile"_s, u"list"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QByteArray("Local demo\n    tenant 100001, site 100002, home " + m_url.toUtf8())),
        text.out.constData());

    // The client secret comes from the keychain; only the password is on standard input.
    const CliResult login = run({ u"login"_s, u"--profile"_s, u"local demo"_s, u"--username"_s, Ada,
                                    u"--password-stdin"_s, u"--json"_s, u"--no-store"_s },
        DemoPassword + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(!login.json().value(u"ticket"_s).toObject().value(u"accessToken"_s).toString().isEmpty());
    const QString key = local.value(u"clientSecretKey"_s).toString();
    QCOMPARE(key, u"clientSecret/"_s + DemoClientId + u'@' + m_url + u"/api"_s);
    QVERIFY(KeychainListing::read().hasAccount(key));
    for (const CliResult& result : { added, text, login }) {
        QVERIFY(!Canary::foundIn(DemoSecret, result.out + result.err));
        QVERIFY(!Canary::foundIn(DemoPassword, result.out + result.err));
    }
    // Where the lookup found the tenant is kept in the profile (another origin than its home host) ...
    const QString found = listed().at(1).toObject().value(u"tenantDomain"_s).toString();
    QCOMPARE(found, login.json().value(u"tenant"_s).toObject().value(u"domain"_s).toString());
    QVERIFY(found.startsWith(u"127.0.0.1:"_s));
    QVERIFY(!m_url.endsWith(found));
    // ... and the settings file, with the tenant's host in it, still holds no secret (canary).
    QFile settings(settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains(found.toUtf8()));
    for (const QByteArray& secret : { DemoSecret, DemoPassword,
             login.json().value(u"ticket"_s).toObject().value(u"accessToken"_s).toString().toUtf8() }) {
        QVERIFY(!Canary::foundIn(secret, settingsText));
    }

    const CliResult removed = run({ u"profile"_s, u"remove"_s, u"Local demo"_s });
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(removed.out, QByteArray("Profile “Local demo” removed.\n"));
    QCOMPARE(listed().size(), 1);
    const KeychainListing afterRemove = KeychainListing::read();
    QVERIFY(afterRemove.ok);
    QVERIFY2(!afterRemove.hasAccount(key), afterRemove.accountsText().constData());
    const CliResult gone
        = run({ u"login"_s, u"--profile"_s, u"Local demo"_s, u"--username"_s, Ada, u"--password-stdin"_s },
            DemoPassword + '\n');
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.err.contains("There is no saved profile named “Local demo”"), gone.err.constData());
}

void TestCliProfile::secretIsBoundToTheAuthHost()
{
    // A listener that records everything sent to it: the edited profile's auth host.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QByteArray received;
    int connections = 0;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = listener.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this, [socket, &received] { received += socket->readAll(); });
        }
    });
    const QByteArray secret = "bound-secret-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const CliResult added = run(addDemoServerProfile(u"Bound"_s, m_url), secret + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // Edit the auth host in the settings file (as the GUI's dialog would): the secret stays behind.
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    const QByteArray otherHost = "http://127.0.0.1:" + QByteArray::number(listener.serverPort());
    const QByteArray authLine = "authHost=" + m_url.toUtf8();
    QVERIFY2(content.contains(authLine), content.constData());
    content.replace(authLine, QByteArray("authHost=" + otherHost));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    const CliResult login = run(
        { u"login"_s, u"--profile"_s, u"Bound"_s, u"--username"_s, Ada, u"--password-stdin"_s }, DemoPassword + '\n');
    QCOMPARE(login.exitCode, 2);
    QVERIFY2(login.err.contains(QByteArray("No client secret is stored for the profile “Bound” at 127.0.0.1:"
                 + QByteArray::number(listener.serverPort()))),
        login.err.constData());
    QVERIFY(!Canary::foundIn(secret, login.out + login.err));
    QCoreApplication::processEvents();
    QCOMPARE(connections, 0);
    QVERIFY(!Canary::foundIn(secret, received));

    // Back to the host it was saved for, the secret is used again.
    content.replace(QByteArray("authHost=" + otherHost), authLine);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const CliResult again = run({ u"login"_s, u"--profile"_s, u"Bound"_s, u"--username"_s, Ada, u"--password-stdin"_s,
                                    u"--json"_s, u"--no-store"_s },
        DemoPassword + '\n');
    QCOMPARE(again.exitCode, 1); // the demo tenant refuses the made-up secret: it was sent there
    QCOMPARE(run({ u"profile"_s, u"remove"_s, u"Bound"_s }).exitCode, 0);
}

void TestCliProfile::secretFromStdinOverridesTheKeychain()
{
    QStringList add = addDemoServerProfile(u"No secret"_s, m_url);
    add.removeLast(); // no --client-secret-stdin
    const CliResult added = run(add);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.out.contains("without a client secret"));

    const QStringList login { u"login"_s, u"--profile"_s, u"No secret"_s, u"--username"_s, Ada, u"--password-stdin"_s,
        u"--no-store"_s };
    const CliResult missing = run(login, DemoPassword + '\n');
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("profile set-secret NAME"), missing.err.constData());
    const CliResult fromStdin
        = run(login + QStringList { u"--client-secret-stdin"_s }, DemoSecret + '\n' + DemoPassword + '\n');
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    QVERIFY(fromStdin.out.contains("Logged in as ada.lovelace@example.com"));
}

void TestCliProfile::setSecretStoresForTheProfileHost()
{
    QStringList add = addDemoServerProfile(u"Later"_s, m_url);
    add.removeLast();
    QCOMPARE(run(add).exitCode, 0);
    const CliResult set = run({ u"profile"_s, u"set-secret"_s, u"Later"_s }, DemoSecret + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.out.startsWith("The client secret of “Later” is in the keychain for 127.0.0.1:"));
    const CliResult login
        = run({ u"login"_s, u"--profile"_s, u"Later"_s, u"--username"_s, Ada, u"--password-stdin"_s, u"--no-store"_s },
            DemoPassword + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QCOMPARE(run({ u"profile"_s, u"set-secret"_s, u"Demo"_s }, DemoSecret + '\n').exitCode, 2);
    QCOMPARE(run({ u"profile"_s, u"remove"_s, u"Later"_s }).exitCode, 0);
}

void TestCliProfile::demoProfileUsesTheDemoTenant()
{
    const CliResult login
        = run({ u"login"_s, u"--profile"_s, u"Demo"_s, u"--username"_s, Ada, u"--password-stdin"_s, u"--no-store"_s },
            DemoPassword + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.out.contains("Logged in as ada.lovelace@example.com"));
}

void TestCliProfile::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");

    const QStringList add { u"profile"_s, u"add"_s, u"Acme"_s, u"--client-id"_s, u"acme.app"_s };
    QTest::newRow("no action") << QStringList { u"profile"_s } << QByteArray() << QByteArray("profile needs an action");
    QTest::newRow("unknown action") << QStringList { u"profile"_s, u"rename"_s } << QByteArray()
                                    << QByteArray("profile has no action “rename”");
    QTest::newRow("add without name") << QStringList { u"profile"_s, u"add"_s } << QByteArray()
                                      << QByteArray("profile add needs a NAME.");
    QTest::newRow("add without tenant") << add + QStringList { u"--data-centre"_s, u"us"_s } << QByteArray()
                                        << QByteArray("--tenant N is needed: the tenant id.");
    QTest::newRow("tenant not a number") << add + QStringList { u"--tenant"_s, u"12x"_s, u"--data-centre"_s, u"us"_s }
                                         << QByteArray()
                                         << QByteArray("--tenant needs a positive whole number, not “12x”.");
    QTest::newRow("neither data centre nor home host") << add + QStringList { u"--tenant"_s, u"5"_s } << QByteArray()
                                                       << QByteArray("Name the data centre with --data-centre NAME");
    QTest::newRow("data centre and home host")
        << add + QStringList { u"--tenant"_s, u"5"_s, u"--data-centre"_s, u"us"_s, u"--auth-host"_s, u"home.example"_s }
        << QByteArray() << QByteArray("either --data-centre or --auth-host, not both");
    QTest::newRow("api host alone is no home host")
        << add + QStringList { u"--tenant"_s, u"5"_s, u"--api-host"_s, u"t5.example"_s } << QByteArray()
        << QByteArray("Name the data centre with --data-centre NAME");
    QTest::newRow("demo name") << QStringList { u"profile"_s, u"add"_s, u"demo"_s, u"--client-id"_s, u"a"_s,
        u"--tenant"_s, u"5"_s, u"--data-centre"_s, u"us"_s }
                               << QByteArray() << QByteArray("“demo” is the built-in demo profile");
    QTest::newRow("unknown data centre") << add + QStringList { u"--tenant"_s, u"5"_s, u"--data-centre"_s, u"mars"_s }
                                         << QByteArray() << QByteArray("--data-centre does not know “mars”");
    QTest::newRow("the old --environment says what replaces it")
        << add + QStringList { u"--tenant"_s, u"5"_s, u"--environment"_s, u"sandbox"_s } << QByteArray()
        << QByteArray("--environment is no longer used");
    QTest::newRow("the old --region says what replaces it")
        << add + QStringList { u"--tenant"_s, u"5"_s, u"--region"_s, u"euw1"_s } << QByteArray()
        << QByteArray("--region is no longer used");
    QTest::newRow("no client id") << QStringList { u"profile"_s, u"add"_s, u"Acme"_s, u"--tenant"_s, u"5"_s,
        u"--data-centre"_s, u"us"_s }
                                  << QByteArray() << QByteArray("Enter the application key (client id).");
    QTest::newRow("unreadable CA bundle")
        << add
            + QStringList { u"--tenant"_s, u"5"_s, u"--data-centre"_s, u"us"_s, u"--ca-bundle"_s,
                  u"/nonexistent/ca.pem"_s }
        << QByteArray() << QByteArray("The CA certificate file “/nonexistent/ca.pem” of the profile does not exist.");
    QTest::newRow("CA bundle without PEM") << add
            + QStringList { u"--tenant"_s, u"5"_s, u"--data-centre"_s, u"us"_s, u"--ca-bundle"_s,
                  QStringLiteral(KTI_TEST_DATA_DIR) }
                                           << QByteArray() << QByteArray("is a folder, not a file.");
    QTest::newRow("empty secret line") << add
            + QStringList { u"--tenant"_s, u"5"_s, u"--data-centre"_s, u"us"_s, u"--client-secret-stdin"_s }
                                       << QByteArray("\n") << QByteArray("is empty");
    QTest::newRow("remove demo") << QStringList { u"profile"_s, u"remove"_s, u"Demo"_s } << QByteArray()
                                 << QByteArray("The demo profile is built in and cannot be removed.");
    QTest::newRow("remove unknown") << QStringList { u"profile"_s, u"remove"_s, u"Nobody"_s } << QByteArray()
                                    << QByteArray("There is no profile named “Nobody”.");
    QTest::newRow("list with a name") << QStringList { u"profile"_s, u"list"_s, u"x"_s } << QByteArray()
                                      << QByteArray("profile list takes only no further arguments.");
    QTest::newRow("import missing file") << QStringList { u"profile"_s, u"import"_s, u"/nonexistent/p.json"_s }
                                         << QByteArray() << QByteArray("could not be read");
}

void TestCliProfile::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const CliResult result = run(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(listed().size(), 1); // nothing saved
}

void TestCliProfile::keychainFailure()
{
    QProcessEnvironment noBus = m_environment;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/kti-no-bus"_s);
    const CliResult added = runCli(addDemoServerProfile(u"No keychain"_s, m_url), DemoSecret + '\n', noBus);
    QCOMPARE(added.exitCode, 5);
    QVERIFY2(
        added.err.contains("The profile was not saved: its client secret could not be stored"), added.err.constData());
    QCOMPARE(listed().size(), 1);

    QStringList add = addDemoServerProfile(u"No keychain"_s, m_url);
    add.removeLast();
    QCOMPARE(run(add).exitCode, 0);
    const CliResult login = runCli(
        { u"login"_s, u"--profile"_s, u"No keychain"_s, u"--username"_s, Ada, u"--password-stdin"_s, u"--no-store"_s },
        DemoPassword + '\n', noBus);
    QCOMPARE(login.exitCode, 5);
    QVERIFY2(
        login.err.contains("The client secret of the profile “No keychain” could not be read"), login.err.constData());
    // The profile list itself never needs the keychain.
    const CliResult list = runCli({ u"profile"_s, u"list"_s }, {}, noBus);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("No keychain"));
}

void TestCliProfile::exportImport()
{
    QStringList add = addDemoServerProfile(u"Acme sandbox (US)"_s, m_url);
    add.removeLast();
    QCOMPARE(run(add).exitCode, 0);
    QCOMPARE(run({ u"profile"_s, u"add"_s, u"Acme production EU"_s, u"--tenant"_s, u"54321"_s, u"--data-centre"_s,
                     u"euw1"_s, u"--client-id"_s, u"acme.app"_s, u"--locale"_s, u"de-DE"_s, u"--currency"_s, u"EUR"_s,
                     u"--catalog"_s, u"2"_s, u"--master-catalog"_s, u"3"_s })
                 .exitCode,
        0);
    const QString exportFile = m_config->filePath(u"profiles.json"_s);
    const CliResult exported = run({ u"profile"_s, u"export"_s, exportFile });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.out.contains(": 2 (no secrets)."), exported.out.constData());
    const CliResult toStdout = run({ u"profile"_s, u"export"_s, u"-"_s });
    QVERIFY(toStdout.json().value(u"profiles"_s).toArray().size() == 2);
    const QJsonArray before = listed();

    // Into an empty settings folder: the same list comes back.
    const std::unique_ptr<QTemporaryDir> exportedFrom = std::move(m_config);
    init();
    const CliResult imported = run({ u"profile"_s, u"import"_s, exportFile });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.out,
        QByteArray("“Acme sandbox (US)” was added.\n“Acme production EU” was added.\nProfiles imported: 2.\n"));
    QCOMPARE(listed(), before);
    const CliResult again = run({ u"profile"_s, u"import"_s, exportFile });
    QVERIFY(again.out.contains("“Acme production EU” was skipped: the same profile is already there."));
    QCOMPARE(listed(), before);
}

void TestCliProfile::importBadFileChangesNothing()
{
    const QString bad = m_config->filePath(u"bad.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"kibo-token-inspector-profiles","version":7,"profiles":[{"name":"X","tenantId":5}]})");
    file.close();
    const CliResult result = run({ u"profile"_s, u"import"_s, bad });
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("uses format 7"), result.err.constData());
    QCOMPARE(listed().size(), 1);
    QVERIFY(!QFile::exists(settingsFile()));
}

// A settings file that cannot be read (here zeros, as a crash can leave a file whose data never reached the disk) is
// set aside with one line on standard error; the command does its work on defaults and its output stays clean JSON.
void TestCliProfile::damagedSettingsFileSetAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(settingsFile()).absolutePath()));
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray zeros(2048, '\0');
    file.write(zeros);
    file.close();

    const CliResult result = run({ u"profile"_s, u"list"_s, u"--json"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.json().value(u"profiles"_s).toArray().size(), 1); // the demo profile only
    const QString aside = settingsFile() + u".corrupt"_s;
    QVERIFY2(QString::fromUtf8(result.err).contains(u"could not be read. It was set aside as “%1”"_s.arg(aside)),
        result.err.constData());
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), zeros);
    // Said once: the next command finds no damaged file.
    const CliResult again = run({ u"profile"_s, u"list"_s, u"--json"_s });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QByteArray());
}

void TestCliProfile::canaryNeverInAnyFile()
{
    // A canary client secret (refused by the demo tenant) and the real demo secret, each saved with a
    // profile and used for a login; then an export. No file under HOME but the keyring holds either.
    const QByteArray canary = "Canary-Client-Secret-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    // Another client id, so that the two secrets are two keychain entries; the demo tenant refuses it.
    QCOMPARE(run(addDemoServerProfile(u"Canary"_s, m_url, u"Canary.app.1.0.0.Release"_s), canary + '\n').exitCode, 0);
    QCOMPARE(run(addDemoServerProfile(u"Real"_s, m_url), DemoSecret + '\n').exitCode, 0);
    const CliResult refused = run(
        { u"login"_s, u"--profile"_s, u"Canary"_s, u"--username"_s, Ada, u"--password-stdin"_s }, DemoPassword + '\n');
    QCOMPARE(refused.exitCode, 1);
    const CliResult loggedIn = run(
        { u"login"_s, u"--profile"_s, u"Real"_s, u"--username"_s, Ada, u"--password-stdin"_s }, DemoPassword + '\n');
    QVERIFY2(loggedIn.exitCode == 0, loggedIn.err.constData());
    QCOMPARE(run({ u"profile"_s, u"export"_s, m_config->filePath(u"exported.json"_s) }).exitCode, 0);
    QVERIFY(QFile::exists(settingsFile()));

    for (const CliResult& result : { refused, loggedIn }) {
        QVERIFY(!Canary::foundIn(canary, result.out + result.err));
        QVERIFY(!Canary::foundIn(DemoSecret, result.out + result.err));
    }
    const QStringList excluded { u".local/share/keyrings"_s };
    for (const QByteArray& secret : { canary, DemoSecret, DemoPassword }) {
        const QStringList files = Canary::filesContaining(secret, QDir::homePath(), excluded);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
    QVERIFY(Canary::filesContaining("Canary", m_config->path()).size() == 2); // the scan sees both files

    QCOMPARE(run({ u"profile"_s, u"remove"_s, u"Canary"_s }).exitCode, 0);
    QCOMPARE(run({ u"profile"_s, u"remove"_s, u"Real"_s }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "testcliprofile.moc"
