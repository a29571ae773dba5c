#include "vault/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(KiboProfile)

// The profile list in the real QSettings file of the test's (throwaway) HOME: the demo profile is always
// there, every change is validated, and import/export round-trips without ever carrying a secret.
class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void demoProfileAlwaysThere();
    void demoHostsFollowTheDemoTenant();
    void addUpdateRenameRemove();
    void changesPersistInTheSettingsFile();
    void migratesProfilesSavedBeforeDataCentres();
    void importsFormatOneExports();
    void validation_data();
    void validation();
    void replaceAllIsAllOrNothing();
    void exportImportRoundTrip();
    void importReportsEachEntry();
    void importDropsSecrets();
    void importRefusesKeysNamingSecrets_data();
    void importRefusesKeysNamingSecrets();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
};

namespace {

KiboProfile acme(const QString& name = u"Acme sandbox (US)"_s)
{
    KiboProfile profile;
    profile.name = name;
    profile.tenantId = 12345;
    profile.siteId = 23456;
    profile.dataCentre = u"us"_s;
    profile.clientId = u"acme.tokeninspector.1.0.0.Release"_s;
    profile.locale = u"en-US"_s;
    profile.currency = u"USD"_s;
    profile.catalogId = 1;
    profile.masterCatalogId = 1;
    return profile;
}

KiboProfile acmeEu()
{
    KiboProfile profile;
    profile.name = u"Acme production EU"_s;
    profile.tenantId = 54321;
    profile.apiHost = u"https://t54321.euw1.kibocommerce.com"_s;
    profile.authHost = u"home.euw1.kibocommerce.com"_s;
    profile.clientId = u"acme.tokeninspector.1.0.0.Release"_s;
    profile.caBundlePath = u"/etc/ssl/acme-ca.pem"_s;
    return profile;
}

QByteArray settingsFileContent()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A profile export file holding entry alone.
QByteArray exportOf(const QJsonObject& entry)
{
    return QJsonDocument(QJsonObject { { u"format"_s, u"kibo-token-inspector-profiles"_s }, { u"version"_s, 1 },
                             { u"profiles"_s, QJsonArray { entry } } })
        .toJson();
}

} // namespace

void TestProfileStore::initTestCase()
{
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testprofilestore"_s);
    // Only inside a throwaway HOME (scripts/with-keyring or ctest's own environment): never the user's file.
    QVERIFY2(!QSettings().fileName().isEmpty(), "no settings file");
}

void TestProfileStore::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestProfileStore::demoProfileAlwaysThere()
{
    ProfileStore store;
    QCOMPARE(store.names(), QStringList { u"Demo"_s });
    const KiboProfile demo = store.profiles().constFirst();
    QCOMPARE(demo.tenantId, 100001);
    QCOMPARE(demo.siteId, std::optional<int>(100002));
    QCOMPARE(demo.clientId, u"KiboTokenInspector.demo.1.0.0.Release"_s);

    QVERIFY(!store.remove(u"Demo"_s).isEmpty());
    QVERIFY(!store.remove(u"demo"_s).isEmpty());
    QVERIFY(!store.update(u"Demo"_s, acme()).isEmpty());
    QVERIFY(!store.rename(u"Demo"_s, u"Mine"_s).isEmpty());
    QVERIFY(!store.add(acme(u"DEMO"_s)).isEmpty());
    QCOMPARE(store.names(), QStringList { u"Demo"_s });

    // A hand-edited settings file cannot shadow it either.
    QSettings settings;
    settings.beginGroup(u"Profiles"_s);
    settings.beginWriteArray(u"list"_s, 1);
    settings.setArrayIndex(0);
    settings.setValue(u"name"_s, u"demo"_s);
    settings.setValue(u"tenantId"_s, 1);
    settings.endArray();
    settings.endGroup();
    settings.sync();
    QCOMPARE(ProfileStore().names(), QStringList { u"Demo"_s });
}

void TestProfileStore::demoHostsFollowTheDemoTenant()
{
    ProfileStore store;
    QVERIFY(store.demoProfile().authHost.isEmpty());
    store.setDemoBaseUrl(QUrl(u"http://127.0.0.1:41234"_s));
    const std::optional<KiboProfile> demo = store.profile(u"demo"_s);
    QVERIFY(demo);
    QCOMPARE(demo->name, u"Demo"_s);
    QCOMPARE(demo->dataCentre, u"demo"_s);
    QCOMPARE(demo->authHost, u"http://127.0.0.1:41234"_s); // its home host; the tenant's host is looked up there
    QVERIFY(demo->apiHost.isEmpty());
    // The hosts are run-time state: nothing about the demo profile is written.
    QVERIFY(!settingsFileContent().contains("41234"));
}

void TestProfileStore::addUpdateRenameRemove()
{
    ProfileStore store;
    QCOMPARE(store.add(acme()), QString());
    QCOMPARE(store.add(acmeEu()), QString());
    QCOMPARE(store.names(), (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s, u"Acme production EU"_s }));

    KiboProfile changed = acme();
    changed.siteId = 777;
    QCOMPARE(store.update(u"acme sandbox (us)"_s, changed), QString());
    QCOMPARE(store.profile(u"Acme sandbox (US)"_s)->siteId, std::optional<int>(777));

    QCOMPARE(store.rename(u"Acme sandbox (US)"_s, u"Acme sandbox"_s), QString());
    QCOMPARE(store.names(), (QStringList { u"Demo"_s, u"Acme sandbox"_s, u"Acme production EU"_s }));
    QVERIFY(!store.rename(u"Acme sandbox"_s, u"ACME PRODUCTION EU"_s).isEmpty());
    QVERIFY(!store.update(u"nobody"_s, acme()).isEmpty());

    QCOMPARE(store.remove(u"Acme sandbox"_s), QString());
    QCOMPARE(store.names(), (QStringList { u"Demo"_s, u"Acme production EU"_s }));
    QVERIFY(!store.remove(u"Acme sandbox"_s).isEmpty());
}

void TestProfileStore::changesPersistInTheSettingsFile()
{
    {
        ProfileStore store;
        QCOMPARE(store.add(acmeEu()), QString());
    }
    const QByteArray file = settingsFileContent();
    QVERIFY2(file.contains("Acme production EU"), file.constData());
    QVERIFY(file.contains("acme-ca.pem"));

    ProfileStore reopened;
    const std::optional<KiboProfile> profile = reopened.profile(u"Acme production EU"_s);
    QVERIFY(profile);
    QCOMPARE(ProfileStore::toJson(*profile), ProfileStore::toJson(acmeEu()));
    QCOMPARE(profile->siteId, std::nullopt);
    QCOMPARE(profile->caBundlePath, u"/etc/ssl/acme-ca.pem"_s);
}

void TestProfileStore::migratesProfilesSavedBeforeDataCentres()
{
    // Format 1 settings, as an earlier version wrote them: a region and a pod guess instead of a data centre.
    {
        QSettings settings;
        settings.beginGroup(u"Profiles"_s);
        settings.setValue(u"version"_s, 1);
        settings.beginWriteArray(u"list"_s, 4);
        const auto entry = [&settings](int index, const QString& name, const QString& environment,
                               const QString& region, const QString& apiHost, const QString& authHost) {
            settings.setArrayIndex(index);
            settings.setValue(u"name"_s, name);
            settings.setValue(u"tenantId"_s, 12345);
            settings.setValue(u"siteId"_s, 23456);
            settings.setValue(u"clientId"_s, u"acme.app.1.0.0.Release"_s);
            settings.setValue(u"locale"_s, u"en-US"_s);
            settings.setValue(u"caBundlePath"_s, u"/etc/ssl/acme.pem"_s);
            for (const auto& [key, value] : { std::pair { u"environment"_s, environment }, { u"region"_s, region },
                     { u"apiHost"_s, apiHost }, { u"authHost"_s, authHost } }) {
                if (!value.isEmpty()) {
                    settings.setValue(key, value);
                }
            }
        };
        entry(0, u"US production"_s, u"tp1"_s, u""_s, u""_s, u""_s);
        entry(1, u"GCP sandbox"_s, u"sb"_s, u"usc1"_s, u""_s, u""_s);
        entry(2, u"EU sandbox"_s, u"sb"_s, u"euw1"_s, u""_s, u""_s);
        entry(3, u"Gateway"_s, u""_s, u""_s, u"https://t12345.gateway.example.com"_s, u"https://auth.example.com"_s);
        settings.endArray();
        settings.endGroup();
    }
    ProfileStore store;
    QCOMPARE(store.names(),
        (QStringList { u"Demo"_s, u"US production"_s, u"GCP sandbox"_s, u"EU sandbox"_s, u"Gateway"_s }));
    QCOMPARE(store.profile(u"US production"_s)->dataCentre, u"us"_s);
    QCOMPARE(store.profile(u"GCP sandbox"_s)->dataCentre, u"usc1"_s);
    QCOMPARE(store.profile(u"EU sandbox"_s)->dataCentre, u"euw1"_s);
    const KiboProfile gateway = *store.profile(u"Gateway"_s);
    QCOMPARE(gateway.dataCentre, u"custom"_s); // explicit hosts stay explicit
    QCOMPARE(gateway.authHost, u"https://auth.example.com"_s);
    QCOMPARE(gateway.apiHost, u"https://t12345.gateway.example.com"_s); // and the API host stays an override
    for (const QString& name : store.names().mid(1)) {
        const KiboProfile profile = *store.profile(name);
        QCOMPARE(profile.tenantId, 12345); // nothing else is lost
        QCOMPARE(profile.siteId, std::optional<int>(23456));
        QCOMPARE(profile.clientId, u"acme.app.1.0.0.Release"_s);
        QCOMPARE(profile.locale, u"en-US"_s);
        QCOMPARE(profile.caBundlePath, u"/etc/ssl/acme.pem"_s);
        QVERIFY(ProfileStore::validate(profile, QList<KiboProfile> {}).isEmpty());
    }
    // The next change writes every profile in the new form.
    KiboProfile changed = *store.profile(u"US production"_s);
    changed.tenantDomain = u"t12345.tp1.mozu.com"_s;
    QCOMPARE(store.update(u"US production"_s, changed), QString());
    const QByteArray file = settingsFileContent();
    QVERIFY2(!file.contains("environment") && !file.contains("region"), file.constData());
    QVERIFY(file.contains("dataCentre=usc1"));
    QCOMPARE(ProfileStore().profile(u"US production"_s)->tenantDomain, u"t12345.tp1.mozu.com"_s);
}

void TestProfileStore::importsFormatOneExports()
{
    const QByteArray document = QJsonDocument(
        QJsonObject { { u"format"_s, u"kibo-token-inspector-profiles"_s }, { u"version"_s, 1 },
            { u"profiles"_s,
                QJsonArray { QJsonObject { { u"name"_s, u"Old EU"_s }, { u"tenantId"_s, 5 },
                    { u"environment"_s, u"tp1"_s }, { u"region"_s, u"euw1"_s }, { u"clientId"_s, u"a.b"_s } } } } })
                                    .toJson();
    ProfileStore store;
    const ProfileStore::ImportReport report = store.importJson(document);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(store.profile(u"Old EU"_s)->dataCentre, u"euw1"_s);
    QCOMPARE(store.profile(u"Old EU"_s)->tenantId, 5);
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<KiboProfile>("profile");
    QTest::addColumn<QString>("message");

    const auto with = [](const std::function<void(KiboProfile&)>& change) {
        KiboProfile profile = acme(u"New one"_s);
        change(profile);
        return profile;
    };
    QTest::newRow("empty name") << with([](KiboProfile& p) { p.name.clear(); }) << u"Enter a name for the profile."_s;
    QTest::newRow("blank name") << with([](KiboProfile& p) { p.name = u"   "_s; })
                                << u"Enter a name for the profile."_s;
    QTest::newRow("duplicate name, other case")
        << with([](KiboProfile& p) { p.name = u"ACME SANDBOX (US)"_s; })
        << u"A profile named “Acme sandbox (US)” already exists; choose another name."_s;
    QTest::newRow("duplicate name, spaces around")
        << with([](KiboProfile& p) { p.name = u" Acme sandbox (US) "_s; })
        << u"A profile named “Acme sandbox (US)” already exists; choose another name."_s;
    QTest::newRow("demo name") << with([](KiboProfile& p) { p.name = u"demo"_s; })
                               << u"“demo” is the built-in demo profile; choose another name."_s;
    QTest::newRow("line break in name") << with([](KiboProfile& p) {
        p.name = u"two\nlines"_s;
    }) << u"The profile name may not contain line breaks or other control characters."_s;
    QTest::newRow("name too long") << with([](KiboProfile& p) { p.name = QString(81, u'x'); })
                                   << u"The profile name is too long; use at most 80 characters."_s;
    QTest::newRow("no tenant") << with([](KiboProfile& p) { p.tenantId = 0; })
                               << u"Enter the tenant id (a positive number)."_s;
    QTest::newRow("negative tenant") << with([](KiboProfile& p) { p.tenantId = -5; })
                                     << u"Enter the tenant id (a positive number)."_s;
    QTest::newRow("site zero") << with([](KiboProfile& p) { p.siteId = 0; })
                               << u"The site id must be a positive number."_s;
    QTest::newRow("catalog zero") << with([](KiboProfile& p) { p.catalogId = 0; })
                                  << u"The catalog and master catalog ids must be positive numbers."_s;
    QTest::newRow("no client id") << with([](KiboProfile& p) { p.clientId = u"  "_s; })
                                  << u"Enter the application key (client id)."_s;
    QTest::newRow("client id with space") << with([](KiboProfile& p) { p.clientId = u"acme app"_s; })
                                          << u"The application key (client id) may not contain spaces."_s;
    QTest::newRow("unknown data centre") << with([](KiboProfile& p) { p.dataCentre = u"apac9"_s; })
                                         << u"The data centre “apac9” is not known; choose one of us, euw1, usc1, "
                                            "euw4, or custom hosts."_s;
    QTest::newRow("custom hosts without home host") << with([](KiboProfile& p) { p.dataCentre = u"custom"_s; })
                                                    << u"Custom hosts need the authentication (home) host, e.g. "
                                                       "https://home.mozu.com."_s;
    QTest::newRow("bad api host") << with([](KiboProfile& p) {
        p.apiHost = u"ftp://t1.example.com"_s;
    }) << u"The API host “ftp://t1.example.com” is not a valid host name or https address."_s;
    QTest::newRow("bad auth host") << with([](KiboProfile& p) {
        p.dataCentre = u"custom"_s;
        p.authHost = u"https://user@home.mozu.com"_s;
    }) << u"The authentication host “https://user@home.mozu.com” is not a valid host name or https address."_s;
}

void TestProfileStore::validation()
{
    QFETCH(KiboProfile, profile);
    QFETCH(QString, message);

    ProfileStore store;
    QCOMPARE(store.add(acme()), QString());
    const QByteArray before = settingsFileContent();
    QCOMPARE(store.validate(profile), message);
    QCOMPARE(store.add(profile), message);
    QCOMPARE(store.update(u"Acme sandbox (US)"_s, profile).isEmpty(), message.contains(u"already exists"_s));
    if (!message.contains(u"already exists"_s)) {
        QCOMPARE(settingsFileContent(), before);
    }
    QCOMPARE(store.names().size(), 2);
    // The same profile under its own name is fine when it replaces itself.
    QCOMPARE(store.validate(acme(), u"Acme sandbox (US)"_s), QString());
}

void TestProfileStore::replaceAllIsAllOrNothing()
{
    ProfileStore store;
    QCOMPARE(store.add(acme()), QString());
    const QByteArray before = settingsFileContent();
    KiboProfile broken = acmeEu();
    broken.clientId.clear();
    QCOMPARE(store.replaceAll({ acme(u"Renamed"_s), broken }),
        u"Profile “Acme production EU”: Enter the application key (client id)."_s);
    QCOMPARE(store.replaceAll({ acme(u"Twice"_s), acme(u"twice"_s) }),
        u"Profile “Twice”: A profile named “twice” already exists; choose another name."_s);
    QCOMPARE(settingsFileContent(), before);
    QCOMPARE(store.replaceAll({ acmeEu(), acme(u"Renamed"_s) }), QString());
    QCOMPARE(store.names(), (QStringList { u"Demo"_s, u"Acme production EU"_s, u"Renamed"_s }));
    QCOMPARE(store.replaceAll({}), QString());
    QCOMPARE(store.names(), QStringList { u"Demo"_s });
}

void TestProfileStore::exportImportRoundTrip()
{
    ProfileStore store;
    store.setDemoBaseUrl(QUrl(u"http://127.0.0.1:41234"_s));
    QCOMPARE(store.add(acme()), QString());
    QCOMPARE(store.add(acmeEu()), QString());
    const QByteArray exported = store.exportJson();

    const QJsonObject document = QJsonDocument::fromJson(exported).object();
    QCOMPARE(document.value(u"format"_s).toString(), u"kibo-token-inspector-profiles"_s);
    QCOMPARE(document.value(u"version"_s).toInt(), 2);
    QCOMPARE(document.value(u"profiles"_s).toArray().size(), 2); // never the demo profile
    QVERIFY(!exported.contains("41234"));

    const QByteArray one = store.exportJson({ u"acme production eu"_s });
    QCOMPARE(QJsonDocument::fromJson(one).object().value(u"profiles"_s).toArray().size(), 1);

    init();
    ProfileStore fresh;
    const ProfileStore::ImportReport report = fresh.importJson(exported);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.addedCount(), 2);
    QCOMPARE(
        report.messages(), (QStringList { u"“Acme sandbox (US)” was added."_s, u"“Acme production EU” was added."_s }));
    QCOMPARE(fresh.names(), (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s, u"Acme production EU"_s }));
    QCOMPARE(ProfileStore::toJson(*fresh.profile(u"Acme sandbox (US)"_s)), ProfileStore::toJson(acme()));
    QCOMPARE(ProfileStore::toJson(*fresh.profile(u"Acme production EU"_s)), ProfileStore::toJson(acmeEu()));
}

void TestProfileStore::importReportsEachEntry()
{
    ProfileStore store;
    QCOMPARE(store.add(acme()), QString());
    KiboProfile differentSameName = acmeEu();
    differentSameName.name = u"Acme sandbox (US)"_s;
    KiboProfile invalid = acme(u"Broken"_s);
    invalid.tenantId = 0;

    QJsonArray list { ProfileStore::toJson(acme()), ProfileStore::toJson(differentSameName),
        ProfileStore::toJson(acme(u"Demo"_s)), ProfileStore::toJson(invalid), QJsonObject { { u"tenantId"_s, 5 } },
        u"not an object"_s, ProfileStore::toJson(acmeEu()) };
    const QByteArray document = QJsonDocument(
        QJsonObject { { u"format"_s, u"kibo-token-inspector-profiles"_s }, { u"version"_s, 1 },
            { u"profiles"_s,
                list } }).toJson();
    const ProfileStore::ImportReport report = store.importJson(document);
    QVERIFY(report.ok());
    QCOMPARE(report.messages(),
        (QStringList {
            u"“Acme sandbox (US)” was skipped: the same profile is already there."_s,
            u"“Acme sandbox (US)” was added as “Acme sandbox (US) (2)”, because a different profile has that name."_s,
            u"“Demo” was skipped: the demo profile is built in."_s,
            u"“Broken” was skipped: Enter the tenant id (a positive number)."_s,
            u"“entry 5” was skipped: it has no name."_s,
            u"“entry 6” was skipped: it is not a profile."_s,
            u"“Acme production EU” was added."_s,
        }));
    QCOMPARE(report.addedCount(), 2);
    QCOMPARE(store.names(),
        (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s, u"Acme sandbox (US) (2)"_s, u"Acme production EU"_s }));
    QCOMPARE(store.profile(u"Acme sandbox (US) (2)"_s)->tenantId, 54321);
}

void TestProfileStore::importDropsSecrets()
{
    const QByteArray canary = "kti-canary-client-secret-7f3a9c";
    QJsonObject entry = ProfileStore::toJson(acme());
    entry.insert(u"clientSecret"_s, QString::fromLatin1(canary));
    ProfileStore store;
    const ProfileStore::ImportReport report = store.importJson(exportOf(entry));
    QCOMPARE(report.messages(),
        QStringList {
            u"“Acme sandbox (US)” was added; a secret in the file was ignored: secrets are never imported."_s });
    QVERIFY(!settingsFileContent().contains(canary));
    QVERIFY(!store.exportJson().contains(canary));
}

void TestProfileStore::importRefusesKeysNamingSecrets_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("client secret") << u"clientSecret"_s << true;
    QTest::newRow("password") << u"password"_s << true;
    // Harmless to show in a reply, yet no profile has them: an import says it dropped a secret.
    QTest::newRow("token type") << u"tokenType"_s << true;
    QTest::newRow("refresh token expiration") << u"refreshTokenExpiration"_s << true;
    QTest::newRow("unknown plain key") << u"notes"_s << false;
}

void TestProfileStore::importRefusesKeysNamingSecrets()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QJsonObject entry = ProfileStore::toJson(acme());
    entry.insert(key, u"kti-canary-value-4d2e"_s);
    ProfileStore store;
    const ProfileStore::ImportReport report = store.importJson(exportOf(entry));
    QCOMPARE(report.messages(),
        QStringList { secret
                ? u"“Acme sandbox (US)” was added; a secret in the file was ignored: secrets are never imported."_s
                : u"“Acme sandbox (US)” was added."_s });
    QVERIFY(!store.exportJson().contains("kti-canary-value-4d2e"));
}

void TestProfileStore::badFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("error");

    const QString notExport = u"The file is not a Kibo Token Inspector profile export; nothing was imported."_s;
    const QString notJson = u"The file is not a profile export (it is not a JSON object); nothing was imported."_s;
    const QByteArray valid
        = QJsonDocument(QJsonObject { { u"format"_s, u"kibo-token-inspector-profiles"_s }, { u"version"_s, 1 },
                            { u"profiles"_s, QJsonArray { ProfileStore::toJson(acmeEu()) } } })
              .toJson();
    QTest::newRow("empty file") << QByteArray() << notJson;
    QTest::newRow("not JSON") << QByteArray("name=Acme\n") << notJson;
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << notJson;
    QTest::newRow("array") << QByteArray("[{\"name\":\"Acme\"}]") << notJson;
    QTest::newRow("other format") << QByteArray(valid).replace("kibo-token-inspector-profiles", "postman") << notExport;
    QTest::newRow("profiles not a list") << QByteArray(
        R"({"format":"kibo-token-inspector-profiles","version":1,"profiles":{}})")
                                         << notExport;
    QTest::newRow("no version") << QByteArray(valid).replace("\"version\"", "\"versio\"")
                                << u"The profile export has no valid format version; nothing was imported."_s;
    QTest::newRow("newer version") << QByteArray(valid).replace("\"version\": 1", "\"version\": 3")
                                   << u"The profile export uses format 3, written by a newer version; this version "
                                      "reads format 2. Nothing was imported."_s;
    QByteArray huge = valid;
    huge.append(QByteArray(ProfileStore::MaxImportSize, ' '));
    QTest::newRow("too large")
        << huge << u"The file is too large for a profile export (more than 1 MB); nothing was imported."_s;
}

void TestProfileStore::badFilesChangeNothing()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, error);

    ProfileStore store;
    QCOMPARE(store.add(acme()), QString());
    const QByteArray before = settingsFileContent();
    const ProfileStore::ImportReport report = store.importJson(document);
    QCOMPARE(report.error, error);
    QVERIFY(!report.ok());
    QVERIFY(report.entries.isEmpty());
    QCOMPARE(settingsFileContent(), before);
    QCOMPARE(store.names(), (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s }));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "testprofilestore.moc"
