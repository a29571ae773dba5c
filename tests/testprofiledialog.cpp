#include "demo/demotenant.h"
#include "helpers/canary.h"
#include "helpers/nobuschild.h"
#include "inspectorview.h"
#include "kibo/authticketclient.h"
#include "kibo/datacentre.h"
#include "kibo/kibohosts.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "profilechooser.h"
#include "profiledialog.h"
#include "vault/clientsecretstore.h"
#include "vault/memoryvault.h"
#include "vault/profilestore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// The profile dialog through its real widgets, with the real QSettings file of the throwaway HOME and
// the real keychain of scripts/with-keyring; the file dialogs are replaced through the dialog's seam.
class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void demoProfileIsReadOnly();
    void addWithSecretSavesOnOk();
    void invalidInputShowsAMessageAndSavesNothing_data();
    void invalidInputShowsAMessageAndSavesNothing();
    void mendingTheFieldTakesItsProblemAway_data();
    void mendingTheFieldTakesItsProblemAway();
    void editedAuthHostDoesNotTakeTheSecret();
    void removeDeletesProfileAndSecret();
    void cancelChangesNothing();
    void exportAndImport();
    void importOfABadFileChangesNothing();
    void canaryNeverInAnyFile();
    void loginPanelChooserFillsThePanel();
    void keychainFailureIsSaidAndKeepsTheDialogOpen();
    void toolsMenuOpensTheDialog();
    void savedProfileKeepsTheHostTheLookupFound();
    void profileFromATokenIsConfirmedBeforeSaving_data();
    void profileFromATokenIsConfirmedBeforeSaving();

private:
    template <typename T>
    T* child(ProfileDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1StringView(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }
    void click(ProfileDialog& dialog, const char* name) { child<QPushButton>(dialog, name)->click(); }
    void clickOk(ProfileDialog& dialog)
    {
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    }
    void chooseDataCentre(ProfileDialog& dialog, const QString& key)
    {
        auto* combo = child<QComboBox>(dialog, "dataCentreComboBox");
        combo->setCurrentIndex(combo->findData(key));
        QCOMPARE(combo->currentData().toString(), key);
    }
    void setText(ProfileDialog& dialog, const char* name, const QString& text)
    {
        if (qstrcmp(name, "dataCentreComboBox") == 0) {
            chooseDataCentre(dialog, text);
            return;
        }
        QLineEdit* edit = child<QLineEdit>(dialog, name);
        edit->selectAll();
        if (text.isEmpty()) {
            QTest::keyClick(edit, Qt::Key_Delete);
        } else {
            QTest::keyClicks(edit, text);
        }
    }
    void fillAcme(ProfileDialog& dialog, const QString& name, const QString& secret);
    QString loadSecret(const KiboProfile& profile, VaultStatus* status = nullptr);
    QByteArray settingsFile() const;

    std::unique_ptr<ProfileStore> m_store;
    QString m_clientId;
};

namespace {

VaultStatus storeSecret(const KiboProfile& profile, const QString& secret)
{
    ClientSecretStore secrets;
    QSignalSpy stored(&secrets, &ClientSecretStore::stored);
    secrets.store(profile, secret);
    if (!stored.wait(60000)) {
        return VaultStatus { VaultStatus::Code::TimedOut };
    }
    return stored.at(0).at(1).value<VaultStatus>();
}

} // namespace

QString TestProfileDialog::loadSecret(const KiboProfile& profile, VaultStatus* status)
{
    ClientSecretStore secrets;
    QSignalSpy loaded(&secrets, &ClientSecretStore::loaded);
    secrets.load(profile);
    if (!loaded.wait(60000)) {
        return u"<no answer>"_s;
    }
    if (status) {
        *status = loaded.at(0).at(2).value<VaultStatus>();
    }
    return loaded.at(0).at(1).toString();
}

QByteArray TestProfileDialog::settingsFile() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestProfileDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testprofiledialog"_s);
}

void TestProfileDialog::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    m_store = std::make_unique<ProfileStore>();
    AuthTicketClient::clearTenantCache();
    // A client id of this run: keychain entries of earlier runs never answer for this one.
    m_clientId = u"acme.app."_s + QUuid::createUuid().toString(QUuid::Id128);
}

void TestProfileDialog::fillAcme(ProfileDialog& dialog, const QString& name, const QString& secret)
{
    setText(dialog, "nameLineEdit", name);
    setText(dialog, "tenantIdLineEdit", u"12345"_s);
    setText(dialog, "siteIdLineEdit", u"23456"_s);
    chooseDataCentre(dialog, u"us"_s);
    setText(dialog, "clientIdLineEdit", m_clientId);
    setText(dialog, "clientSecretLineEdit", secret);
    setText(dialog, "localeLineEdit", u"en-US"_s);
    setText(dialog, "currencyLineEdit", u"USD"_s);
}

void TestProfileDialog::demoProfileIsReadOnly()
{
    ProfileDialog dialog(m_store.get());
    QCOMPARE(dialog.profileNames(), QStringList { u"Demo"_s });
    QCOMPARE(dialog.currentProfileName(), u"Demo"_s);
    QVERIFY(child<QLineEdit>(dialog, "nameLineEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "tenantIdLineEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(dialog, "tenantIdLineEdit")->text(), u"100001"_s);
    QVERIFY(!child<QLineEdit>(dialog, "clientSecretLineEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "readOnlyLabel")->isVisibleTo(&dialog));

    // Duplicate makes an editable copy; the demo profile itself stays.
    click(dialog, "duplicateButton");
    QCOMPARE(dialog.profileNames(), (QStringList { u"Demo"_s, u"Demo (copy)"_s }));
    QVERIFY(!child<QLineEdit>(dialog, "nameLineEdit")->isReadOnly());
    QVERIFY(child<QPushButton>(dialog, "removeButton")->isEnabled());
    QVERIFY(!child<QLabel>(dialog, "readOnlyLabel")->isVisibleTo(&dialog));
}

void TestProfileDialog::addWithSecretSavesOnOk()
{
    const QString secret = u"dialog-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);
    ProfileDialog dialog(m_store.get());
    QSignalSpy saved(&dialog, &ProfileDialog::profilesSaved);
    click(dialog, "addButton");
    QCOMPARE(dialog.currentProfileName(), u"New profile"_s);
    fillAcme(dialog, u"Acme sandbox (US)"_s, secret);
    QCOMPARE(dialog.profileNames(), (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s }));
    QCOMPARE(child<QLabel>(dialog, "secretHintLabel")->text(),
        u"Stored in the keychain for home.mozu.com when you press OK, and sent to no other host."_s);
    // No pod is built or guessed: the home host, and the tenant host found by the lookup at login.
    const QString hosts = child<QLabel>(dialog, "derivedHostsLabel")->text();
    QVERIFY2(hosts.contains(u"https://home.mozu.com/api"_s) && hosts.contains(u"looked up"_s), qPrintable(hosts));
    QVERIFY(!hosts.contains(u"sandbox.mozu.com"_s));
    QCOMPARE(child<QLineEdit>(dialog, "clientSecretLineEdit")->echoMode(), QLineEdit::Password);

    // Nothing is saved before OK.
    QCOMPARE(ProfileStore().names(), QStringList { u"Demo"_s });
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
    QCOMPARE(saved.count(), 1);
    const std::optional<KiboProfile> profile = ProfileStore().profile(u"Acme sandbox (US)"_s);
    QVERIFY(profile);
    QCOMPARE(profile->tenantId, 12345);
    QCOMPARE(profile->siteId, std::optional<int>(23456));
    QCOMPARE(profile->clientId, m_clientId);
    QCOMPARE(profile->locale, u"en-US"_s);
    QCOMPARE(profile->dataCentre, u"us"_s);
    QVERIFY(profile->apiHost.isEmpty());
    QVERIFY(profile->authHost.isEmpty());
    QCOMPARE(loadSecret(*profile), secret);
    QVERIFY(!settingsFile().contains(secret.toUtf8()));
}

void TestProfileDialog::invalidInputShowsAMessageAndSavesNothing_data()
{
    QTest::addColumn<QString>("dataCentre");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("focused");

    const QString us = u"us"_s;
    QTest::newRow("empty name") << us << QByteArray("nameLineEdit") << QString() << u"Enter a name for the profile."_s
                                << QByteArray("nameLineEdit");
    QTest::newRow("duplicate name") << us << QByteArray("nameLineEdit") << u"acme production eu"_s
                                    << u"A profile named “Acme production EU” already exists; choose another name."_s
                                    << QByteArray("nameLineEdit");
    QTest::newRow("demo name") << us << QByteArray("nameLineEdit") << u"Demo"_s
                               << u"“Demo” is the built-in demo profile; choose another name."_s
                               << QByteArray("nameLineEdit");
    QTest::newRow("tenant not a number") << us << QByteArray("tenantIdLineEdit") << u"12x"_s
                                         << u"Enter the tenant id (a positive number)."_s
                                         << QByteArray("tenantIdLineEdit");
    QTest::newRow("site zero") << us << QByteArray("siteIdLineEdit") << u"0"_s
                               << u"The site id must be a positive number."_s << QByteArray("siteIdLineEdit");
    QTest::newRow("no client id") << us << QByteArray("clientIdLineEdit") << QString()
                                  << u"Enter the application key (client id)."_s << QByteArray("clientIdLineEdit");
    QTest::newRow("custom hosts without a home host")
        << DataCentre::customKey() << QByteArray("authHostLineEdit") << QString()
        << u"Custom hosts need the authentication (home) host, e.g. https://home.mozu.com."_s
        << QByteArray("authHostLineEdit");
    QTest::newRow("bad API host override")
        << us << QByteArray("apiHostLineEdit") << u"ftp://t1.example.com"_s
        << u"The API host “ftp://t1.example.com” is not a valid host name or https address."_s
        << QByteArray("apiHostLineEdit");
    QTest::newRow("bad home host") << DataCentre::customKey() << QByteArray("authHostLineEdit") << u"https://a b"_s
                                   << u"The authentication host “https://a b” is not a valid host name or https "
                                      "address."_s
                                   << QByteArray("authHostLineEdit");
    QTest::newRow("missing CA bundle")
        << us << QByteArray("caBundleLineEdit") << u"/nonexistent/ca.pem"_s
        << u"The CA certificate file “/nonexistent/ca.pem” of the profile does not exist."_s
        << QByteArray("caBundleLineEdit");
}

void TestProfileDialog::invalidInputShowsAMessageAndSavesNothing()
{
    QFETCH(QString, dataCentre);
    QFETCH(QByteArray, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QByteArray, focused);

    KiboProfile existing;
    existing.name = u"Acme production EU"_s;
    existing.tenantId = 54321;
    existing.dataCentre = u"euw1"_s;
    existing.clientId = m_clientId;
    QCOMPARE(m_store->add(existing), QString());
    const QByteArray before = settingsFile();

    const QString secret = u"never-saved-"_s + QUuid::createUuid().toString(QUuid::Id128);
    ProfileDialog dialog(m_store.get());
    dialog.show();
    click(dialog, "addButton");
    fillAcme(dialog, u"Acme sandbox (US)"_s, secret);
    chooseDataCentre(dialog, dataCentre);
    setText(dialog, field.constData(), text);
    // Away and back: the form's edits live in the working copy, not in the widgets only.
    child<QListWidget>(dialog, "profileList")->setCurrentRow(0);
    child<QListWidget>(dialog, "profileList")->setCurrentRow(2);
    clickOk(dialog);

    QCOMPARE(dialog.message(), message);
    QVERIFY(child<QLabel>(dialog, "messageLabel")->isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.focusWidget());
    QCOMPARE(dialog.focusWidget()->objectName().toLatin1(), focused);
    QCOMPARE(settingsFile(), before);
    KiboProfile bound;
    bound.name = u"x"_s;
    bound.tenantId = 1;
    bound.clientId = m_clientId;
    VaultStatus status;
    QCOMPARE(loadSecret(bound, &status), QString());
    QCOMPARE(status.code, VaultStatus::Code::NotFound);
}

void TestProfileDialog::mendingTheFieldTakesItsProblemAway_data()
{
    QTest::addColumn<QString>("dataCentre");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("mended");
    const QString us = u"us"_s;
    QTest::newRow("tenant") << us << QByteArray("tenantIdLineEdit") << u"12x"_s << u"12345"_s;
    QTest::newRow("empty name") << us << QByteArray("nameLineEdit") << QString() << u"Acme sandbox (US)"_s;
    QTest::newRow("client id") << us << QByteArray("clientIdLineEdit") << u"acme app"_s << u"acme.app"_s;
    QTest::newRow("home host") << DataCentre::customKey() << QByteArray("authHostLineEdit") << QString()
                               << u"https://home.example.com"_s;
    QTest::newRow("custom hosts given up")
        << DataCentre::customKey() << QByteArray("dataCentreComboBox") << DataCentre::customKey() << us;
    QTest::newRow("CA bundle") << us << QByteArray("caBundleLineEdit") << u"/nonexistent/ca.pem"_s << QString();
}

void TestProfileDialog::mendingTheFieldTakesItsProblemAway()
{
    QFETCH(QString, dataCentre);
    QFETCH(QByteArray, field);
    QFETCH(QString, wrong);
    QFETCH(QString, mended);
    ProfileDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(dialog, "addButton");
    fillAcme(dialog, u"Acme sandbox (US)"_s, QString());
    chooseDataCentre(dialog, dataCentre);
    setText(dialog, field.constData(), wrong);
    clickOk(dialog);
    const QString problem = dialog.message();
    QVERIFY(!problem.isEmpty());
    auto* label = child<QLabel>(dialog, "messageLabel");
    QVERIFY(label->isVisible());

    // Another field does not mend it.
    setText(dialog, "localeLineEdit", u"en-GB"_s);
    QCOMPARE(dialog.message(), problem);
    // Its own field does, at once.
    setText(dialog, field.constData(), mended);
    QCOMPARE(dialog.message(), QString());
    QVERIFY(!label->isVisible());
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestProfileDialog::editedAuthHostDoesNotTakeTheSecret()
{
    const QString secret = u"bound-"_s + QUuid::createUuid().toString(QUuid::Id128);
    KiboProfile profile;
    profile.name = u"Acme sandbox (US)"_s;
    profile.tenantId = 12345;
    profile.dataCentre = u"us"_s;
    profile.clientId = m_clientId;
    QCOMPARE(m_store->add(profile), QString());
    QVERIFY(storeSecret(profile, secret).ok());

    ProfileDialog dialog(m_store.get());
    dialog.selectProfile(u"Acme sandbox (US)"_s);
    // The secret is never read into the dialog.
    QCOMPARE(child<QLineEdit>(dialog, "clientSecretLineEdit")->text(), QString());
    QCOMPARE(child<QLabel>(dialog, "secretHintLabel")->text(),
        u"Left empty, the secret stored in the keychain for home.mozu.com (if any) stays as it is."_s);
    QVERIFY(child<QLineEdit>(dialog, "authHostLineEdit")->isReadOnly()); // the data centre's home host
    chooseDataCentre(dialog, DataCentre::customKey());
    setText(dialog, "authHostLineEdit", u"https://auth.evil.example"_s);
    QCOMPARE(child<QLabel>(dialog, "secretHintLabel")->text(),
        u"Left empty, the secret stored in the keychain for auth.evil.example (if any) stays as it is."_s);
    clickOk(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<KiboProfile> edited = ProfileStore().profile(u"Acme sandbox (US)"_s);
    QVERIFY(edited);
    QCOMPARE(edited->authHost, u"https://auth.evil.example"_s);
    VaultStatus status;
    QCOMPARE(loadSecret(*edited, &status), QString()); // nothing for the new host
    QCOMPARE(status.code, VaultStatus::Code::NotFound);
    QCOMPARE(loadSecret(profile), secret); // still bound to home.mozu.com
    QVERIFY(storeSecret(profile, QString()).ok());
}

void TestProfileDialog::removeDeletesProfileAndSecret()
{
    KiboProfile profile;
    profile.name = u"Old"_s;
    profile.tenantId = 5;
    profile.dataCentre = u"us"_s;
    profile.clientId = m_clientId;
    QCOMPARE(m_store->add(profile), QString());
    QVERIFY(storeSecret(profile, u"old-secret"_s).ok());

    ProfileDialog dialog(m_store.get());
    dialog.selectProfile(u"Old"_s);
    click(dialog, "removeButton");
    QCOMPARE(dialog.profileNames(), QStringList { u"Demo"_s });
    QCOMPARE(dialog.message(), u"“Old” will be removed when you press OK."_s);
    QCOMPARE(ProfileStore().names().size(), 2); // not before OK
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
    QCOMPARE(ProfileStore().names(), QStringList { u"Demo"_s });
    VaultStatus status;
    QCOMPARE(loadSecret(profile, &status), QString());
    QCOMPARE(status.code, VaultStatus::Code::NotFound);
}

void TestProfileDialog::cancelChangesNothing()
{
    KiboProfile profile;
    profile.name = u"Keep"_s;
    profile.tenantId = 5;
    profile.dataCentre = u"us"_s;
    profile.clientId = m_clientId;
    QCOMPARE(m_store->add(profile), QString());
    const QByteArray before = settingsFile();
    ProfileDialog dialog(m_store.get());
    dialog.selectProfile(u"Keep"_s);
    setText(dialog, "tenantIdLineEdit", u"777"_s);
    setText(dialog, "clientSecretLineEdit", u"typed-then-cancelled"_s);
    click(dialog, "addButton");
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(settingsFile(), before);
    VaultStatus status;
    QCOMPARE(loadSecret(profile, &status), QString());
    QCOMPARE(status.code, VaultStatus::Code::NotFound);
}

void TestProfileDialog::exportAndImport()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(u"profiles.json"_s);
    QList<QFileDialog::AcceptMode> asked;
    const auto chooser = [&asked, &file](QFileDialog::AcceptMode mode, const QString&) {
        asked.append(mode);
        return file;
    };

    {
        ProfileDialog dialog(m_store.get());
        dialog.setFileChooser(chooser);
        click(dialog, "addButton");
        fillAcme(dialog, u"Acme sandbox (US)"_s, u"export-never-holds-this"_s);
        click(dialog, "exportButton");
        QCOMPARE(asked, QList<QFileDialog::AcceptMode> { QFileDialog::AcceptSave });
        QCOMPARE(dialog.message(), u"Profiles exported to “%1”: 1, without secrets."_s.arg(file));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray content = exported.readAll();
        QVERIFY(content.contains("\"Acme sandbox (US)\""));
        QVERIFY(!Canary::foundIn("export-never-holds-this", content));
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
    }
    QCOMPARE(ProfileStore().names(), QStringList { u"Demo"_s });

    ProfileDialog dialog(m_store.get());
    dialog.setFileChooser(chooser);
    click(dialog, "importButton");
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last(), QFileDialog::AcceptOpen);
    QCOMPARE(dialog.profileNames(), (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s }));
    QCOMPARE(dialog.currentProfileName(), u"Acme sandbox (US)"_s);
    QCOMPARE(dialog.message(), u"“Acme sandbox (US)” was added.\nPress OK to keep the imported profiles."_s);
    click(dialog, "importButton");
    QCOMPARE(dialog.profileNames(), (QStringList { u"Demo"_s, u"Acme sandbox (US)"_s }));
    QCOMPARE(dialog.message(),
        u"“Acme sandbox (US)” was skipped: the same profile is already there.\nNothing new was imported."_s);
    clickOk(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ProfileStore().profile(u"Acme sandbox (US)"_s)->tenantId, 12345);
}

void TestProfileDialog::importOfABadFileChangesNothing()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"bad.json"_s);
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\":\"something else\",\"version\":1,\"profiles\":[]}");
    bad.close();
    ProfileDialog dialog(m_store.get());
    dialog.setFileChooser([&file](QFileDialog::AcceptMode, const QString&) { return file; });
    click(dialog, "importButton");
    QCOMPARE(dialog.message(), u"The file is not a Kibo Token Inspector profile export; nothing was imported."_s);
    QCOMPARE(dialog.profileNames(), QStringList { u"Demo"_s });

    // A cancelled file dialog does nothing at all.
    dialog.setFileChooser([](QFileDialog::AcceptMode, const QString&) { return QString(); });
    click(dialog, "importButton");
    QCOMPARE(dialog.profileNames(), QStringList { u"Demo"_s });
}

void TestProfileDialog::canaryNeverInAnyFile()
{
    // Profiles with a canary client secret, saved, exported and imported through the dialog: no file
    // under HOME but the keyring holds the secret in any form.
    const QByteArray canary = "Canary-Dialog-Secret-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QString file = QDir::homePath() + u"/testprofiledialog-export.json"_s;
    ProfileDialog dialog(m_store.get());
    dialog.setFileChooser([&file](QFileDialog::AcceptMode, const QString&) { return file; });
    click(dialog, "addButton");
    fillAcme(dialog, u"Canary one"_s, QString::fromLatin1(canary));
    click(dialog, "duplicateButton");
    setText(dialog, "clientSecretLineEdit", QString::fromLatin1(canary));
    chooseDataCentre(dialog, DataCentre::customKey());
    setText(dialog, "authHostLineEdit", u"home.euw1.kibocommerce.com"_s);
    click(dialog, "exportButton");
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
    QCOMPARE(loadSecret(*ProfileStore().profile(u"Canary one (copy)"_s)), QString::fromLatin1(canary));
    QVERIFY(QFile::exists(file));
    QVERIFY(settingsFile().contains("Canary one (copy)"));

    const QStringList files = Canary::filesContaining(canary, QDir::homePath(), { u".local/share/keyrings"_s });
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    QFile::remove(file);
    for (const KiboProfile& profile : ProfileStore().savedProfiles()) {
        QVERIFY(storeSecret(profile, QString()).ok());
    }
}

void TestProfileDialog::loginPanelChooserFillsThePanel()
{
    const QString secret = u"chooser-"_s + QUuid::createUuid().toString(QUuid::Id128);
    KiboProfile acme;
    acme.name = u"Acme sandbox (US)"_s;
    acme.tenantId = 12345;
    acme.siteId = 23456;
    acme.dataCentre = u"us"_s;
    acme.clientId = m_clientId;
    QCOMPARE(m_store->add(acme), QString());
    QVERIFY(storeSecret(acme, secret).ok());
    KiboProfile eu;
    eu.name = u"Acme production EU"_s;
    eu.tenantId = 54321;
    eu.dataCentre = u"euw4"_s;
    eu.clientId = m_clientId;
    QCOMPARE(m_store->add(eu), QString());

    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    LoginPanel* panel = window.loginPanel();
    auto* combo = panel->findChild<QComboBox*>(u"profileComboBox"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(1), u"Acme sandbox (US)"_s);
    auto* secretEdit = panel->findChild<QLineEdit*>(u"clientSecretLineEdit"_s);

    // Chosen by the user: the fields at once, the secret once the keychain answered.
    QSignalSpy loaded(window.profileChooser(), &ProfileChooser::clientSecretLoaded);
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    QCOMPARE(panel->profile().tenantId, 12345);
    QCOMPARE(panel->profile().siteId, std::optional<int>(23456));
    QCOMPARE(panel->profile().clientId, m_clientId);
    QCOMPARE(panel->profile().name, u"Acme sandbox (US)"_s);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(secretEdit->text(), secret);
    // Pointed at another auth host in the panel itself, the keychain secret does not stay.
    auto* dataCentre = panel->findChild<QComboBox*>(u"dataCentreComboBox"_s);
    dataCentre->setCurrentIndex(dataCentre->findData(u"euw1"_s));
    QCOMPARE(KiboHosts::authApiBase(panel->profile()).host(), u"home.euw1.kibocommerce.com"_s);
    QCOMPARE(secretEdit->text(), QString());
    // Chosen again, it comes back for its own host; a secret the user types is left alone.
    Q_EMIT combo->activated(1);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(secretEdit->text(), secret);
    auto* clientId = panel->findChild<QLineEdit*>(u"clientIdLineEdit"_s);
    QTest::keyClicks(clientId, u".other"_s);
    QCOMPARE(secretEdit->text(), QString());
    QTest::keyClicks(secretEdit, u"typed-by-hand"_s);
    QTest::keyClicks(clientId, u"2"_s);
    QCOMPARE(secretEdit->text(), u"typed-by-hand"_s);

    // Another profile, another auth host: the secret does not go along.
    QVERIFY(window.chooseProfile(u"acme production eu"_s));
    QCOMPARE(combo->currentText(), u"Acme production EU"_s);
    QCOMPARE(secretEdit->text(), QString());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.last().at(1).toBool(), false);
    QCOMPARE(secretEdit->text(), QString());
    QCOMPARE(window.statusText(),
        u"No client secret is stored for this profile at services.euw4.gcp.kibocommerce.com: type it, or save it in "
        "Tools → Profiles…."_s);
    // Every data centre has its choice in the panel: the same home host, no host typed.
    QCOMPARE(dataCentre->currentData().toString(), u"euw4"_s);
    QCOMPARE(panel->profile().dataCentre, u"euw4"_s);
    QVERIFY(panel->profile().apiHost.isEmpty());
    QCOMPARE(KiboHosts::authApiBase(panel->profile()), KiboHosts::authApiBase(eu));
    QCOMPARE(KiboHosts::tenantKey(panel->profile()), KiboHosts::tenantKey(eu));

    QVERIFY(!window.chooseProfile(u"Nobody"_s));
    QVERIFY(window.statusText().contains(u"There is no saved profile named “Nobody”."_s));

    // The demo profile starts the demo tenant and fills the panel for it.
    QSignalSpy demo(&window, &MainWindow::demoTenantStarted);
    QVERIFY(window.chooseProfile(u"Demo"_s));
    QVERIFY(demo.count() == 1 || demo.wait(20000));
    QCOMPARE(panel->profile().tenantId, 100001);
    QCOMPARE(secretEdit->text(), u"demo-shared-secret"_s);
    QVERIFY(storeSecret(acme, QString()).ok());
}

void TestProfileDialog::toolsMenuOpensTheDialog()
{
    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    auto* action = window.findChild<QAction*>(u"profilesAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Profiles…"_s);
    action->trigger();
    ProfileDialog* dialog = window.profileChooser()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    click(*dialog, "addButton");
    fillAcme(*dialog, u"From the menu"_s, QString());
    clickOk(*dialog);
    // The login panel's list follows.
    auto* combo = window.loginPanel()->findChild<QComboBox*>(u"profileComboBox"_s);
    QTRY_COMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), u"From the menu"_s);
    // Manage… opens it again, on the chosen profile.
    QVERIFY(window.chooseProfile(u"From the menu"_s));
    window.loginPanel()->findChild<QPushButton*>(u"manageProfilesButton"_s)->click();
    QTRY_VERIFY(window.profileChooser()->dialog());
    QCOMPARE(window.profileChooser()->dialog()->currentProfileName(), u"From the menu"_s);
}

namespace {

// Runs one call of client to its end; the result, or a default one when it did not finish in time.
AuthTicketResult finish(AuthTicketClient& client, const std::function<void()>& start)
{
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    start();
    if (!finished.wait(30000)) {
        return {};
    }
    return finished.at(0).at(0).value<AuthTicketResult>();
}

} // namespace

void TestProfileDialog::savedProfileKeepsTheHostTheLookupFound()
{
    DemoTenant tenant;
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    KiboProfile local = KiboProfile::demo(tenant.baseUrl());
    local.name = u"Local demo"_s;
    QCOMPARE(m_store->add(local), QString());
    QVERIFY(ProfileStore().profile(u"Local demo"_s)->tenantDomain.isEmpty());

    // A lookup of this run (a login or Look Up does the same) finds the tenant's pod.
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(local, DemoTenant::sharedSecret());
    const AuthTicketResult found = finish(client, [&client] { client.lookupTenant(); });
    QVERIFY2(!found.error.isError(), qPrintable(found.error.message));
    QVERIFY(found.tenant);
    const QString pod = KiboHosts::hostWithPort(tenant.podUrl());
    QCOMPARE(found.tenant->domain, pod);

    ProfileDialog dialog(m_store.get());
    dialog.selectProfile(u"Local demo"_s);
    const QString hosts = child<QLabel>(dialog, "derivedHostsLabel")->text();
    QVERIFY2(hosts.contains(pod), qPrintable(hosts));
    clickOk(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<KiboProfile> saved = ProfileStore().profile(u"Local demo"_s);
    QVERIFY(saved);
    QCOMPARE(saved->tenantDomain, pod);
    QVERIFY(saved->apiHost.isEmpty()); // a cache, never an override
    QVERIFY(!Canary::foundIn(DemoTenant::sharedSecret().toUtf8(), settingsFile()));

    // Another tenant ID: the host found for the old one is not kept.
    ProfileDialog again(m_store.get());
    again.selectProfile(u"Local demo"_s);
    QVERIFY(child<QLabel>(again, "derivedHostsLabel")->text().contains(pod));
    setText(again, "tenantIdLineEdit", u"100009"_s);
    clickOk(again);
    QTRY_COMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY(ProfileStore().profile(u"Local demo"_s)->tenantDomain.isEmpty());
}

void TestProfileDialog::profileFromATokenIsConfirmedBeforeSaving_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("wholeTicket");

    QTest::newRow("JWT dropped on the login panel") << u"login panel"_s << false;
    QTest::newRow("auth ticket dropped on the login panel") << u"login panel"_s << true;
    QTest::newRow("JWT in the inspector") << u"inspector"_s << false;
    QTest::newRow("auth ticket in the inspector") << u"inspector"_s << true;
}

void TestProfileDialog::profileFromATokenIsConfirmedBeforeSaving()
{
    QFETCH(QString, from);
    QFETCH(bool, wholeTicket);

    // A real customer token, from the demo tenant over loopback.
    DemoTenant tenant;
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(KiboProfile::demo(tenant.baseUrl()), DemoTenant::sharedSecret());
    CustomerLoginRequest login;
    login.username = u"ada.lovelace@example.com"_s;
    login.password = DemoTenant::defaultPassword();
    const AuthTicketResult result = finish(client, [&client, &login] { client.login(login); });
    QVERIFY(result.ticket);
    const QString text = wholeTicket ? QString::fromUtf8(result.rawBody) : result.ticket->jwtAccessToken;

    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    window.show();
    LoginPanel* panel = window.loginPanel();
    if (from == u"login panel"_s) {
        QMimeData mime;
        mime.setText(text);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &enter);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &drop);
    } else {
        window.showInspector();
        InspectorView* inspector = window.inspectorView();
        QVERIFY(inspector);
        auto* newProfile = inspector->findChild<QPushButton*>(u"newProfileButton"_s);
        QVERIFY(newProfile);
        QVERIFY(!newProfile->isEnabled());
        inspector->setInput(text);
        QVERIFY(newProfile->isEnabled());
        newProfile->click();
    }

    // The dialog shows the new profile for confirmation; nothing is saved yet.
    const QPointer<ProfileDialog> dialog = window.profileChooser()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString name = u"Tenant 100001, site 100002"_s;
    QCOMPARE(dialog->currentProfileName(), name);
    QCOMPARE(ProfileStore().names(), QStringList { u"Demo"_s });
    QVERIFY2(dialog->message().contains(u"tenant 100001 (b.TenantId)"_s)
            && dialog->message().contains(u"site 100002 (b.SiteId)"_s),
        qPrintable(dialog->message()));
    QCOMPARE(child<QLineEdit>(*dialog, "tenantIdLineEdit")->text(), u"100001"_s);
    QCOMPARE(child<QLineEdit>(*dialog, "siteIdLineEdit")->text(), u"100002"_s);
    QCOMPARE(child<QLineEdit>(*dialog, "clientIdLineEdit")->text(), DemoTenant::clientId());
    QCOMPARE(child<QComboBox>(*dialog, "dataCentreComboBox")->currentData().toString(), DataCentre::demoKey());
    QVERIFY(child<QLineEdit>(*dialog, "clientSecretLineEdit")->text().isEmpty());

    // The demo of this window does not run, so its home host is the user's to give; OK says so first.
    clickOk(*dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(u"home) host"_s), qPrintable(dialog->message()));
    setText(*dialog, "authHostLineEdit", tenant.baseUrl().toString());
    clickOk(*dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const std::optional<KiboProfile> saved = ProfileStore().profile(name);
    QVERIFY(saved);
    QCOMPARE(saved->tenantId, 100001);
    QCOMPARE(saved->siteId, std::optional<int>(100002));
    QCOMPARE(saved->dataCentre, DataCentre::demoKey());
    // The login panel now shows the confirmed profile.
    QTRY_COMPARE(panel->chosenProfileName(), name);
    QCOMPARE(panel->profile().tenantId, 100001);
    QCOMPARE(panel->profile().siteId, std::optional<int>(100002));
    // No part of the token reached the profile file.
    const QByteArray file = settingsFile();
    for (const QString& secret : { result.ticket->jwtAccessToken.section(u'.', 2), result.ticket->accessToken,
             result.ticket->refreshToken, DemoTenant::sharedSecret() }) {
        QVERIFY(!secret.isEmpty());
        QVERIFY(!Canary::foundIn(secret.toUtf8(), file));
    }
}

void TestProfileDialog::keychainFailureIsSaidAndKeepsTheDialogOpen()
{
    // A real keychain that is not there: this test runs itself again as a child whose session bus address
    // leads nowhere.
    if (!isNoSessionBusChild()) {
        const NoBusChildRun child = runWithoutSessionBus(u"keychainFailureIsSaidAndKeepsTheDialogOpen"_s);
        const QByteArray& output = child.output;
        QVERIFY2(child.finished, output.constData());
        QVERIFY2(child.passed, output.constData());
        QVERIFY2(output.contains("PASS   : TestProfileDialog::keychainFailureIsSaidAndKeepsTheDialogOpen()"),
            output.constData());
        QVERIFY2(!output.contains("no-bus-dialog-secret"), output.constData());
        return;
    }
    ProfileDialog dialog(m_store.get());
    dialog.show();
    click(dialog, "addButton");
    fillAcme(dialog, u"No keychain"_s, u"no-bus-dialog-secret"_s);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.message().startsWith(u"The profiles were saved, but the client secret of “No "
                                                         "keychain” could not be stored in the keychain: "_s),
        60000);
    QVERIFY(!dialog.message().contains(u"no-bus"_s));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(ProfileStore().contains(u"No keychain"_s));
    QVERIFY(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!settingsFile().contains("no-bus-dialog-secret"));
    qInfo("dialog message: %s", qPrintable(dialog.message()));
}

QTEST_MAIN(TestProfileDialog)
#include "testprofiledialog.moc"
