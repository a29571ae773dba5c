#include "helpers/nobuschild.h"
#include "vault/clientsecretstore.h"
#include "version.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// A profile's client secret in the real Secret Service that scripts/with-keyring starts: bound to the
// auth host and client id it was saved for, checked from outside with secret-tool.
class TestClientSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryKeyBindsAuthHostAndClientId_data();
    void entryKeyBindsAuthHostAndClientId();
    void roundTrip_data();
    void roundTrip();
    void secretIsBoundToItsAuthHost();
    void emptySecretRemovesTheEntry();
    void nothingBeforeTheFirstRequest();
    void invalidProfileHasNoEntry();
    void noSessionBusIsAClearError();
};

namespace {

KiboProfile profileFor(const QString& authHost, const QString& clientId = QString())
{
    KiboProfile profile;
    profile.name = u"Acme"_s;
    profile.tenantId = 12345;
    profile.apiHost = u"https://t12345.sandbox.mozu.com"_s;
    profile.authHost = authHost;
    profile.clientId = clientId.isEmpty() ? u"acme.app-"_s + QUuid::createUuid().toString(QUuid::Id128) : clientId;
    return profile;
}

struct Loaded
{
    QString secret;
    VaultStatus status;
    bool answered = false;
};

Loaded load(ClientSecretStore& store, const KiboProfile& profile)
{
    QSignalSpy spy(&store, &ClientSecretStore::loaded);
    store.load(profile);
    if (!spy.wait(60000)) {
        return {};
    }
    return { spy.at(0).at(1).toString(), spy.at(0).at(2).value<VaultStatus>(), true };
}

VaultStatus store(ClientSecretStore& secrets, const KiboProfile& profile, const QString& secret)
{
    QSignalSpy spy(&secrets, &ClientSecretStore::stored);
    secrets.store(profile, secret);
    if (!spy.wait(60000)) {
        return VaultStatus { VaultStatus::Code::TimedOut };
    }
    return spy.at(0).at(1).value<VaultStatus>();
}

// What the Secret Service holds for the entry, seen by another client (libsecret's secret-tool).
QByteArray lookup(const QString& key)
{
    QProcess process;
    process.start(u"secret-tool"_s, { u"lookup"_s, u"user"_s, key, u"server"_s, u"" KTI_APP_ID ""_s });
    if (!process.waitForFinished(30000)) {
        return "<secret-tool hung>";
    }
    return process.readAllStandardOutput();
}

} // namespace

void TestClientSecretStore::entryKeyBindsAuthHostAndClientId_data()
{
    QTest::addColumn<QString>("authHost");
    QTest::addColumn<QString>("key");
    QTest::newRow("bare host") << u"home.mozu.com"_s << u"clientSecret/app@https://home.mozu.com/api"_s;
    QTest::newRow("upper case, slash, /api")
        << u"HTTPS://Home.Mozu.com/api/"_s << u"clientSecret/app@https://home.mozu.com/api"_s;
    QTest::newRow("loopback with port") << u"http://127.0.0.1:8080"_s
                                        << u"clientSecret/app@http://127.0.0.1:8080/api"_s;
    QTest::newRow("eu region host") << u"home.euw1.kibocommerce.com"_s
                                    << u"clientSecret/app@https://home.euw1.kibocommerce.com/api"_s;
    QTest::newRow("from region, no host") << QString() << u"clientSecret/app@https://home.mozu.com/api"_s;
}

void TestClientSecretStore::entryKeyBindsAuthHostAndClientId()
{
    QFETCH(QString, authHost);
    QFETCH(QString, key);
    QCOMPARE(ClientSecretStore::entryKey(profileFor(authHost, u"app"_s)), key);
}

void TestClientSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("typical") << u"9f1c2e7a4b6d4e0f8a3b5c7d9e1f2a4b"_s;
    QTest::newRow("one character") << u"x"_s;
    QTest::newRow("unicode and spaces") << u"  Grüße ☃ secret  "_s;
    QString longSecret(64 * 1024, u'k');
    for (qsizetype i = 0; i < longSecret.size(); i += 101) {
        longSecret[i] = QChar(char16_t(u'A' + (i / 101) % 26));
    }
    QTest::newRow("64 KiB") << longSecret;
}

void TestClientSecretStore::roundTrip()
{
    QFETCH(QString, secret);
    const KiboProfile profile = profileFor(u"home.mozu.com"_s);
    ClientSecretStore secrets;
    QVERIFY(store(secrets, profile, secret).ok());
    QCOMPARE(QString::fromUtf8(lookup(ClientSecretStore::entryKey(profile))), secret);

    ClientSecretStore reader; // another instance: what the keychain holds, not a cache
    const Loaded loaded = load(reader, profile);
    QVERIFY(loaded.answered);
    QVERIFY(loaded.status.ok());
    QCOMPARE(loaded.secret, secret);

    QSignalSpy removed(&reader, &ClientSecretStore::removed);
    reader.remove(profile);
    QVERIFY(removed.wait(60000));
    QVERIFY(removed.at(0).at(1).value<VaultStatus>().ok());
    QCOMPARE(lookup(ClientSecretStore::entryKey(profile)), QByteArray());
}

void TestClientSecretStore::secretIsBoundToItsAuthHost()
{
    const QString secret = u"bound-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);
    KiboProfile profile = profileFor(u"home.mozu.com"_s);
    ClientSecretStore secrets;
    QVERIFY(store(secrets, profile, secret).ok());
    QCOMPARE(ClientSecretStore::boundHost(profile), u"home.mozu.com"_s);

    // Same profile, auth host edited: another host gets nothing, whatever the rest of the profile.
    const QStringList otherHosts { u"home.euw1.kibocommerce.com"_s, u"https://evil.example"_s,
        u"http://home.mozu.com"_s, u"https://home.mozu.com:8443"_s, u"https://home.mozu.com.evil.example"_s };
    for (const QString& host : otherHosts) {
        KiboProfile edited = profile;
        edited.authHost = host;
        const Loaded loaded = load(secrets, edited);
        QVERIFY2(loaded.answered, qPrintable(host));
        QCOMPARE(loaded.status.code, VaultStatus::Code::NotFound);
        QVERIFY2(loaded.secret.isEmpty(), qPrintable(host));
    }
    // Another client id at the same host gets nothing either.
    KiboProfile otherApp = profile;
    otherApp.clientId += u".other"_s;
    QCOMPARE(load(secrets, otherApp).status.code, VaultStatus::Code::NotFound);

    // Spelled differently, the same host finds it; so does a renamed profile.
    KiboProfile sameHost = profile;
    sameHost.authHost = u"HTTPS://HOME.MOZU.COM/api/"_s;
    sameHost.name = u"Renamed"_s;
    QCOMPARE(load(secrets, sameHost).secret, secret);

    QSignalSpy removed(&secrets, &ClientSecretStore::removed);
    secrets.remove(profile);
    QVERIFY(removed.wait(60000));
}

void TestClientSecretStore::emptySecretRemovesTheEntry()
{
    const KiboProfile profile = profileFor(u"home.mozu.com"_s);
    ClientSecretStore secrets;
    QVERIFY(store(secrets, profile, u"to-be-cleared"_s).ok());
    QVERIFY(store(secrets, profile, QString()).ok());
    QCOMPARE(lookup(ClientSecretStore::entryKey(profile)), QByteArray());
    const Loaded loaded = load(secrets, profile);
    QCOMPARE(loaded.status.code, VaultStatus::Code::NotFound);
    QVERIFY(loaded.secret.isEmpty());
    // Clearing what is not there is fine too.
    QVERIFY(store(secrets, profile, QString()).ok());
}

void TestClientSecretStore::nothingBeforeTheFirstRequest()
{
    // Constructing the store and asking for keys runs no job: answers come only after a request,
    // and never from inside the call.
    ClientSecretStore secrets;
    QSignalSpy loaded(&secrets, &ClientSecretStore::loaded);
    QSignalSpy waiting(&secrets, &ClientSecretStore::waiting);
    QVERIFY(!ClientSecretStore::entryKey(profileFor(u"home.mozu.com"_s)).isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 0);
    secrets.load(profileFor(u"home.mozu.com"_s));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.at(0).at(2).value<VaultStatus>().code, VaultStatus::Code::NotFound);
}

void TestClientSecretStore::invalidProfileHasNoEntry()
{
    KiboProfile noClient = profileFor(u"home.mozu.com"_s);
    noClient.clientId.clear();
    KiboProfile badHost = profileFor(u"ftp://home.mozu.com"_s);
    QCOMPARE(ClientSecretStore::entryKey(noClient), QString());
    QCOMPARE(ClientSecretStore::entryKey(badHost), QString());
    ClientSecretStore secrets;
    QCOMPARE(store(secrets, badHost, u"never-written"_s).code, VaultStatus::Code::Failed);
    QCOMPARE(load(secrets, badHost).status.code, VaultStatus::Code::NotFound);
}

void TestClientSecretStore::noSessionBusIsAClearError()
{
    // A real keychain that is not there: this test runs itself again as a child whose session bus
    // address leads nowhere.
    if (!isNoSessionBusChild()) {
        const NoBusChildRun child = runWithoutSessionBus(u"noSessionBusIsAClearError"_s);
        const QByteArray& output = child.output;
        QVERIFY2(child.finished, output.constData());
        QVERIFY2(child.passed, output.constData());
        QVERIFY2(output.contains("PASS   : TestClientSecretStore::noSessionBusIsAClearError()"), output.constData());
        QVERIFY2(!output.contains("no-bus-canary-secret"), output.constData());
        return;
    }
    const KiboProfile profile = profileFor(u"home.mozu.com"_s);
    ClientSecretStore secrets;
    const VaultStatus stored = store(secrets, profile, u"no-bus-canary-secret"_s);
    QCOMPARE(stored.code, VaultStatus::Code::NoSessionBus);
    QVERIFY(!stored.message().isEmpty());
    QVERIFY(!stored.message().contains(u"no-bus"_s));
    const Loaded loaded = load(secrets, profile);
    QCOMPARE(loaded.status.code, VaultStatus::Code::NoSessionBus);
    QVERIFY(loaded.secret.isEmpty());
    qInfo("keychain message: %s", qPrintable(loaded.status.message()));
}

QTEST_GUILESS_MAIN(TestClientSecretStore)
#include "testclientsecretstore.moc"
