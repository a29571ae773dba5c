// The login panel, driven like a user would: keys typed into the real fields.
#include "kibo/datacentre.h"
#include "kibo/kibohosts.h"
#include "loginpanel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestLoginPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedFieldsMakeTheRequest_data();
    void typedFieldsMakeTheRequest();
    void typedFieldsMakeTheProfile();
    void validationBlocksIncompleteForms_data();
    void validationBlocksIncompleteForms();
    void enterLogsIn();
    void busyDisablesTheForm();
    void showPasswordToggles();
    void everyInputHasAnAccessibleNameAndABuddy();
    void tabOrderFollowsTheForm();
    void demoProfileFillsHostsButNotThePassword();
    void dataCentreGivesTheHomeHost_data();
    void dataCentreGivesTheHomeHost();
    void apiHostOverrideIsOptional();
    void discoveredTenantFillsTheSiteChooser();
    void siteChooserTakesATypedId_data();
    void siteChooserTakesATypedId();
    void lookUpAsksOnlyForACompleteTenant();
    void tokenOffersAProfile_data();
    void tokenOffersAProfile();
    void somethingElseIsNoToken_data();
    void somethingElseIsNoToken();

private:
    template <typename T>
    static T* field(LoginPanel& panel, const char* name)
    {
        auto* widget = panel.findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no field %s", name);
        }
        return widget;
    }
    static void typeInto(QWidget* widget, const QString& text)
    {
        if (text.isEmpty()) {
            return;
        }
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(widget, text);
    }
    static void chooseCustomHosts(LoginPanel& panel)
    {
        auto* combo = field<QComboBox>(panel, "dataCentreComboBox");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End);
        QCOMPARE(combo->currentIndex(), combo->count() - 1);
        QCOMPARE(combo->currentData().toString(), DataCentre::customKey());
    }
    static QLineEdit* siteEdit(LoginPanel& panel) { return field<QComboBox>(panel, "siteComboBox")->lineEdit(); }
    static void fillValidForm(LoginPanel& panel)
    {
        chooseCustomHosts(panel);
        typeInto(field<QLineEdit>(panel, "authHostLineEdit"), u"https://home.mozu.com"_s);
        typeInto(field<QLineEdit>(panel, "tenantIdLineEdit"), u"12345"_s);
        typeInto(field<QLineEdit>(panel, "clientIdLineEdit"), u"Shop.app.1.0.0.Release"_s);
        typeInto(field<QLineEdit>(panel, "clientSecretLineEdit"), u"client-secret-canary"_s);
        typeInto(field<QLineEdit>(panel, "usernameLineEdit"), u"ada.lovelace@example.com"_s);
        typeInto(field<QLineEdit>(panel, "passwordLineEdit"), u"Pass-word-canary"_s);
    }
};

void TestLoginPanel::typedFieldsMakeTheRequest_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("ticketTtl");
    QTest::addColumn<QString>("refreshTtl");
    QTest::addColumn<QString>("responseFields");
    QTest::addColumn<std::optional<int>>("expectedAccountId");
    QTest::addColumn<std::optional<int>>("expectedTicketTtl");
    QTest::addColumn<std::optional<int>>("expectedRefreshTtl");

    QTest::newRow("username and password only")
        << u"ada.lovelace@example.com"_s << u"Demo-pass-1"_s << QString() << QString() << QString() << QString()
        << QString() << QString() << std::optional<int>() << std::optional<int>() << std::optional<int>();
    QTest::newRow("every field") << u"b2b.buyer@example.com"_s << u"S3cret pass"_s << u"2002"_s << u"eu-west"_s
                                 << u"device-42"_s << u"30"_s << u"1440"_s
                                 << u"accessToken,customerAccount(id,emailAddress)"_s << std::optional<int>(2002)
                                 << std::optional<int>(30) << std::optional<int>(1440);
    QTest::newRow("username is trimmed, password is not")
        << u"  mfa@example.com  "_s << u" spaced "_s << QString() << QString() << QString() << QString() << QString()
        << QString() << std::optional<int>() << std::optional<int>() << std::optional<int>();
    QTest::newRow("only the refresh lifetime")
        << u"ada.lovelace@example.com"_s << u"x"_s << QString() << QString() << QString() << QString() << u"60"_s
        << QString() << std::optional<int>() << std::optional<int>() << std::optional<int>(60);
    QTest::newRow("letters cannot enter the account id")
        << u"ada.lovelace@example.com"_s << u"x"_s << u"abc"_s << QString() << QString() << QString() << QString()
        << QString() << std::optional<int>() << std::optional<int>() << std::optional<int>();
}

void TestLoginPanel::typedFieldsMakeTheRequest()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, accountId);
    QFETCH(QString, region);
    QFETCH(QString, fingerprint);
    QFETCH(QString, ticketTtl);
    QFETCH(QString, refreshTtl);
    QFETCH(QString, responseFields);
    QFETCH(std::optional<int>, expectedAccountId);
    QFETCH(std::optional<int>, expectedTicketTtl);
    QFETCH(std::optional<int>, expectedRefreshTtl);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    typeInto(field<QLineEdit>(panel, "usernameLineEdit"), username);
    typeInto(field<QLineEdit>(panel, "passwordLineEdit"), password);
    typeInto(field<QLineEdit>(panel, "accountIdLineEdit"), accountId);
    typeInto(field<QLineEdit>(panel, "regionLineEdit"), region);
    typeInto(field<QLineEdit>(panel, "fingerprintLineEdit"), fingerprint);
    typeInto(field<QSpinBox>(panel, "ticketTtlSpinBox"), ticketTtl);
    typeInto(field<QSpinBox>(panel, "refreshTtlSpinBox"), refreshTtl);
    typeInto(field<QLineEdit>(panel, "responseFieldsLineEdit"), responseFields);

    const CustomerLoginRequest request = panel.loginRequest();
    QCOMPARE(request.username, username.trimmed());
    QCOMPARE(request.password, password);
    QCOMPARE(request.accountId, expectedAccountId);
    QCOMPARE(request.region, region);
    QCOMPARE(request.fingerprint, fingerprint);
    QCOMPARE(request.authTicketTtlMinutes, expectedTicketTtl);
    QCOMPARE(request.refreshTokenTtlMinutes, expectedRefreshTtl);
    QCOMPARE(request.responseFields, responseFields);
}

void TestLoginPanel::typedFieldsMakeTheProfile()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillValidForm(panel);
    typeInto(siteEdit(panel), u"67890"_s);
    typeInto(field<QLineEdit>(panel, "apiHostLineEdit"), u"https://t12345.tp1.mozu.com"_s);

    const KiboProfile profile = panel.profile();
    QCOMPARE(profile.dataCentre, DataCentre::customKey());
    QCOMPARE(profile.apiHost, u"https://t12345.tp1.mozu.com"_s);
    QCOMPARE(profile.authHost, u"https://home.mozu.com"_s);
    QCOMPARE(profile.tenantId, 12345);
    QCOMPARE(profile.siteId, std::optional<int>(67890));
    QCOMPARE(profile.clientId, u"Shop.app.1.0.0.Release"_s);
    QCOMPARE(panel.clientSecret(), u"client-secret-canary"_s);
    QVERIFY(panel.validate());
    QVERIFY(panel.validationMessage().isEmpty());
}

void TestLoginPanel::validationBlocksIncompleteForms_data()
{
    QTest::addColumn<QString>("emptiedField");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("no username") << u"usernameLineEdit"_s << u"username"_s;
    QTest::newRow("no password") << u"passwordLineEdit"_s << u"password"_s;
    QTest::newRow("no tenant") << u"tenantIdLineEdit"_s << u"tenant ID"_s;
    QTest::newRow("no client id") << u"clientIdLineEdit"_s << u"client ID"_s;
    QTest::newRow("no client secret") << u"clientSecretLineEdit"_s << u"client secret"_s;
    QTest::newRow("no home host for custom hosts") << u"authHostLineEdit"_s << u"home"_s;
}

void TestLoginPanel::validationBlocksIncompleteForms()
{
    QFETCH(QString, emptiedField);
    QFETCH(QString, messageMentions);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillValidForm(panel);
    auto* emptied = panel.findChild<QLineEdit*>(emptiedField);
    QVERIFY(emptied);
    emptied->setFocus();
    QTest::keyClick(emptied, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(emptied, Qt::Key_Delete);
    QVERIFY(emptied->text().isEmpty());

    // The warning icon is made with the first problem, not with the panel (an icon-theme look-up).
    QVERIFY(field<QLabel>(panel, "validationIconLabel")->pixmap().isNull());
    QSignalSpy requested(&panel, &LoginPanel::loginRequested);
    QTest::mouseClick(field<QPushButton>(panel, "loginButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(panel.validationMessage().contains(messageMentions, Qt::CaseInsensitive),
        qPrintable(panel.validationMessage()));
    QVERIFY(field<QLabel>(panel, "validationLabel")->isVisible());
    QVERIFY(!field<QLabel>(panel, "validationIconLabel")->pixmap().isNull());
    QTRY_VERIFY(emptied->hasFocus());

    // Typing again clears the complaint; a complete form is sent.
    QTest::keyClicks(emptied, emptiedField == u"tenantIdLineEdit"_s ? u"12345"_s : u"https://x.example"_s);
    QVERIFY(panel.validationMessage().isEmpty());
    QTest::mouseClick(field<QPushButton>(panel, "loginButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestLoginPanel::enterLogsIn()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillValidForm(panel);
    QSignalSpy requested(&panel, &LoginPanel::loginRequested);

    QTest::keyClick(field<QLineEdit>(panel, "passwordLineEdit"), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QTest::keyClick(field<QSpinBox>(panel, "ticketTtlSpinBox"), Qt::Key_Enter);
    QCOMPARE(requested.count(), 2);

    // Enter with an empty username sends nothing and says why.
    auto* username = field<QLineEdit>(panel, "usernameLineEdit");
    username->clear();
    QTest::keyClick(username, Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
    QVERIFY(panel.validationMessage().contains(u"username"_s, Qt::CaseInsensitive));
}

void TestLoginPanel::busyDisablesTheForm()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillValidForm(panel);
    QSignalSpy requested(&panel, &LoginPanel::loginRequested);
    QSignalSpy cancelled(&panel, &LoginPanel::cancelRequested);

    // A quick answer: nothing can start a second call, and the fields never go grey (no flash of the form).
    panel.setBusy(true);
    QVERIFY(panel.isBusy());
    QVERIFY(!field<QPushButton>(panel, "loginButton")->isEnabled());
    QVERIFY(!field<QPushButton>(panel, "lookUpTenantButton")->isEnabled());
    QVERIFY(field<QLineEdit>(panel, "usernameLineEdit")->isEnabled());
    QTest::keyClick(field<QLineEdit>(panel, "usernameLineEdit"), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    panel.setBusy(false);
    QVERIFY(panel.areFieldsEnabled());
    QVERIFY(field<QPushButton>(panel, "loginButton")->isEnabled());

    // A call that takes a while: the fields go grey after GreyAfterMs, and come back with the answer.
    QElapsedTimer clock;
    clock.start();
    panel.setBusy(true);
    QVERIFY(panel.areFieldsEnabled());
    QTRY_VERIFY(!panel.areFieldsEnabled());
    QVERIFY(clock.elapsed() >= LoginPanel::GreyAfterMs / 2); // after a while, not at once (coarse timers vary)
    QVERIFY(!field<QLineEdit>(panel, "usernameLineEdit")->isEnabled());
    QTest::keyClick(&panel, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QTest::mouseClick(field<QPushButton>(panel, "cancelButton"), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);

    panel.setBusy(false);
    QVERIFY(panel.areFieldsEnabled());
    QVERIFY(field<QLineEdit>(panel, "usernameLineEdit")->isEnabled());
    QVERIFY(field<QPushButton>(panel, "loginButton")->isEnabled());
    QVERIFY(!field<QPushButton>(panel, "cancelButton")->isEnabled());
}

void TestLoginPanel::showPasswordToggles()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* password = field<QLineEdit>(panel, "passwordLineEdit");
    auto* toggle = field<QToolButton>(panel, "showPasswordButton");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::keyClick(toggle, Qt::Key_Space);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(field<QLineEdit>(panel, "clientSecretLineEdit")->echoMode(), QLineEdit::Password);
}

void TestLoginPanel::everyInputHasAnAccessibleNameAndABuddy()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QList<QWidget*> buddies;
    const QList<QLabel*> labels = panel.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy()) {
            buddies << label->buddy();
        }
    }

    int inputs = 0;
    const QList<QWidget*> widgets = panel.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool isInput = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractButton*>(widget);
        // Parts of other inputs (a spin box's line edit, a line edit's clear button) are named by their owner.
        const bool isPart = qobject_cast<QLineEdit*>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
            || qobject_cast<QComboBox*>(widget->parentWidget());
        if (!isInput || isPart) {
            continue;
        }
        ++inputs;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        if (!qobject_cast<QAbstractButton*>(widget)) {
            QVERIFY2(buddies.contains(widget), qPrintable(widget->objectName() + u" has no buddy label"_s));
        }
    }
    QVERIFY2(inputs >= 18, qPrintable(QString::number(inputs)));
}

void TestLoginPanel::tabOrderFollowsTheForm()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QWidget* username = field<QLineEdit>(panel, "usernameLineEdit");
    username->setFocus();
    QTRY_VERIFY(username->hasFocus());
    const QStringList expected { u"passwordLineEdit"_s, u"showPasswordButton"_s, u"accountIdLineEdit"_s,
        u"regionLineEdit"_s, u"fingerprintLineEdit"_s, u"ticketTtlSpinBox"_s };
    for (const QString& next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        // A spin box's focus sits in its inner line edit.
        if (focused && focused->objectName().startsWith(u"qt_"_s)) {
            focused = focused->parentWidget();
        }
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), next);
    }
}

void TestLoginPanel::demoProfileFillsHostsButNotThePassword()
{
    LoginPanel panel;
    QSignalSpy demoRequested(&panel, &LoginPanel::demoTenantRequested);
    const QUrl demoUrl(u"http://127.0.0.1:45678"_s);
    panel.setProfile(KiboProfile::demo(demoUrl), u"demo-shared-secret"_s);
    QCOMPARE(demoRequested.count(), 0); // a demo profile brings its own hosts
    panel.setUsername(u"ada.lovelace@example.com"_s);
    panel.setDemoCredentialsHint(u"Demo-pass-1"_s);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QCOMPARE(field<QLineEdit>(panel, "passwordLineEdit")->text(), QString());
    QVERIFY(field<QLabel>(panel, "demoCredentialsLabel")->text().contains(u"Demo-pass-1"_s));
    const KiboProfile profile = panel.profile();
    QCOMPARE(profile.dataCentre, DataCentre::demoKey());
    QCOMPARE(QUrl(profile.authHost).port(), 45678);
    QVERIFY(profile.apiHost.isEmpty()); // the demo's pod is looked up like any tenant's
    QVERIFY(field<QLineEdit>(panel, "authHostLineEdit")->isEnabled());
    QVERIFY(!field<QLineEdit>(panel, "authHostLineEdit")->isReadOnly());
    QVERIFY(profile.tenantId > 0);
    QVERIFY(!profile.clientId.isEmpty());

    // Without a password the form is incomplete and says so.
    QSignalSpy requested(&panel, &LoginPanel::loginRequested);
    QTest::keyClick(field<QLineEdit>(panel, "usernameLineEdit"), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY(panel.validationMessage().contains(u"password"_s, Qt::CaseInsensitive));
    QTest::keyClicks(field<QLineEdit>(panel, "passwordLineEdit"), u"Demo-pass-1"_s);
    QTest::keyClick(field<QLineEdit>(panel, "passwordLineEdit"), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestLoginPanel::dataCentreGivesTheHomeHost_data()
{
    QTest::addColumn<int>("comboIndex");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("homeHost");

    // No pod is ever typed or guessed: the data centre names the home host, the lookup there finds the tenant.
    QTest::newRow("North America (AWS)") << 1 << u"North America (AWS)"_s << u"us"_s << u"https://home.mozu.com"_s;
    QTest::newRow("Europe (AWS)") << 2 << u"Europe (AWS)"_s << u"euw1"_s << u"https://home.euw1.kibocommerce.com"_s;
    QTest::newRow("North America (Google Cloud)")
        << 3 << u"North America (Google Cloud)"_s << u"usc1"_s << u"https://services.usc1.gcp.kibocommerce.com"_s;
    QTest::newRow("Europe (Google Cloud)")
        << 4 << u"Europe (Google Cloud)"_s << u"euw4"_s << u"https://services.euw4.gcp.kibocommerce.com"_s;
}

void TestLoginPanel::dataCentreGivesTheHomeHost()
{
    QFETCH(int, comboIndex);
    QFETCH(QString, label);
    QFETCH(QString, key);
    QFETCH(QString, homeHost);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // A home host typed for custom hosts is kept aside, not sent, while a Kibo data centre is chosen.
    chooseCustomHosts(panel);
    auto* home = field<QLineEdit>(panel, "authHostLineEdit");
    typeInto(home, u"https://gateway.example"_s);
    auto* combo = field<QComboBox>(panel, "dataCentreComboBox");
    QCOMPARE(combo->itemText(0), u"Demo tenant (this computer)"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < comboIndex; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(combo->currentIndex(), comboIndex);
    QCOMPARE(combo->currentText(), label);
    typeInto(field<QLineEdit>(panel, "tenantIdLineEdit"), u"12345"_s);

    QVERIFY(home->isReadOnly());
    QCOMPARE(home->text(), homeHost);
    auto* api = field<QLineEdit>(panel, "apiHostLineEdit");
    QVERIFY(api->isEnabled() && !api->isReadOnly()); // an override stays possible
    QVERIFY(api->text().isEmpty());
    QCOMPARE(api->placeholderText(), u"Looked up from the tenant"_s);
    const KiboProfile profile = panel.profile();
    QCOMPARE(profile.dataCentre, key);
    QVERIFY(profile.apiHost.isEmpty());
    QVERIFY(profile.authHost.isEmpty());
    QCOMPARE(KiboHosts::authApiBase(profile), QUrl(homeHost + u"/api"_s));
    QCOMPARE(profile.tenantId, 12345);
    QCOMPARE(KiboHosts::tenantKey(profile), QUrl(homeHost).host() + u"/t12345"_s);

    // Back to custom hosts: what the user typed is still there.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(home->text(), u"https://gateway.example"_s);
    QVERIFY(!home->isReadOnly());
}

void TestLoginPanel::apiHostOverrideIsOptional()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillValidForm(panel);
    QVERIFY(field<QLineEdit>(panel, "apiHostLineEdit")->text().isEmpty());
    QVERIFY2(panel.validate(), qPrintable(panel.validationMessage()));

    // Given, it must be a host; then it is used as given.
    auto* api = field<QLineEdit>(panel, "apiHostLineEdit");
    typeInto(api, u"ftp://t12345.tp1.mozu.com"_s);
    QVERIFY(!panel.validate());
    QVERIFY2(panel.validationMessage().contains(u"API host"_s), qPrintable(panel.validationMessage()));
    QTRY_VERIFY(api->hasFocus());
    typeInto(api, u"t12345.tp1.mozu.com"_s);
    QVERIFY(panel.validate());
    QCOMPARE(KiboHosts::apiHostOverride(panel.profile()), QUrl(u"https://t12345.tp1.mozu.com/api"_s));
}

namespace {

KiboTenant twoSiteTenant()
{
    KiboTenant tenant;
    tenant.id = 12345;
    tenant.name = u"Acme Sandbox"_s;
    tenant.isDevTenant = true;
    tenant.domain = u"t12345.sandbox.mozu.com"_s;
    tenant.sites = { KiboSite { 23456, u"Acme Storefront"_s, u"t12345-s23456.sandbox.mozu.com"_s, 1, {}, {} },
        KiboSite { 23457, u"Acme Outlet"_s, u"t12345-s23457.sandbox.mozu.com"_s, 2, {}, {} } };
    return tenant;
}

} // namespace

void TestLoginPanel::discoveredTenantFillsTheSiteChooser()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    typeInto(field<QLineEdit>(panel, "tenantIdLineEdit"), u"12345"_s);
    typeInto(siteEdit(panel), u"23457"_s);
    auto* sites = field<QComboBox>(panel, "siteComboBox");
    QCOMPARE(sites->count(), 0);
    QVERIFY(!panel.tenantInfoText().contains(u"Acme"_s));

    panel.setDiscoveredTenant(panel.profile(), twoSiteTenant());
    QCOMPARE(sites->count(), 2);
    QCOMPARE(sites->itemText(0), u"Acme Storefront (23456)"_s);
    QCOMPARE(sites->itemText(1), u"Acme Outlet (23457)"_s);
    QCOMPARE(sites->currentText(), u"Acme Outlet (23457)"_s); // the typed site, found in the list
    QCOMPARE(panel.profile().siteId, std::optional<int>(23457));
    const QString info = panel.tenantInfoText();
    QVERIFY2(info.contains(u"Acme Sandbox"_s) && info.contains(u"development"_s)
            && info.contains(u"t12345.sandbox.mozu.com"_s) && info.contains(u"2 site"_s),
        qPrintable(info));
    QCOMPARE(field<QLabel>(panel, "tenantInfoLabel")->text(), info);
    // The host found goes with the profile (to be saved), as long as the fields still name that tenant.
    QCOMPARE(panel.profile().tenantDomain, u"t12345.sandbox.mozu.com"_s);

    // Choosing a site from the list.
    sites->setFocus();
    QTest::keyClick(sites, Qt::Key_Up);
    QCOMPARE(sites->currentIndex(), 0);
    QCOMPARE(panel.profile().siteId, std::optional<int>(23456));

    // Another tenant ID: what was found is not this tenant's; no sites, no host kept.
    typeInto(field<QLineEdit>(panel, "tenantIdLineEdit"), u"12346"_s);
    QCOMPARE(sites->count(), 0);
    QVERIFY(!panel.tenantInfoText().contains(u"Acme"_s));
    QVERIFY(panel.profile().tenantDomain.isEmpty());
    QCOMPARE(panel.profile().siteId, std::optional<int>(23456)); // the typed choice stays as an ID
    QVERIFY(!panel.discoveredTenant());
}

void TestLoginPanel::siteChooserTakesATypedId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<std::optional<int>>("expected");

    QTest::newRow("empty") << QString() << true << std::optional<int>();
    QTest::newRow("an ID not in the list") << u"99"_s << true << std::optional<int>(99);
    QTest::newRow("a listed site as shown") << u"Acme Outlet (23457)"_s << true << std::optional<int>(23457);
    QTest::newRow("a name with an ID") << u"Old Shop (777)"_s << true << std::optional<int>(777);
    QTest::newRow("a found name completes") << u"Acme Out"_s << true << std::optional<int>(23457);
    QTest::newRow("a name not found") << u"Old Shop"_s << false << std::optional<int>();
    QTest::newRow("zero") << u"0"_s << false << std::optional<int>();
    QTest::newRow("letters") << u"abc"_s << false << std::optional<int>();
}

void TestLoginPanel::siteChooserTakesATypedId()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(std::optional<int>, expected);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillValidForm(panel);
    panel.setDiscoveredTenant(panel.profile(), [] {
        KiboTenant tenant = twoSiteTenant();
        tenant.id = 12345;
        return tenant;
    }());
    QLineEdit* edit = siteEdit(panel);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, typed);

    QCOMPARE(panel.validate(), valid);
    if (valid) {
        QCOMPARE(panel.profile().siteId, expected);
    } else {
        QVERIFY2(panel.validationMessage().contains(u"site"_s), qPrintable(panel.validationMessage()));
        QTRY_VERIFY(edit->hasFocus());
    }
}

void TestLoginPanel::lookUpAsksOnlyForACompleteTenant()
{
    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy lookup(&panel, &LoginPanel::tenantLookupRequested);
    QSignalSpy login(&panel, &LoginPanel::loginRequested);
    auto* lookUp = field<QPushButton>(panel, "lookUpTenantButton");

    typeInto(field<QLineEdit>(panel, "tenantIdLineEdit"), u"12345"_s);
    QTest::mouseClick(lookUp, Qt::LeftButton);
    QCOMPARE(lookup.count(), 0);
    QVERIFY2(panel.validationMessage().contains(u"client ID"_s), qPrintable(panel.validationMessage()));

    // The customer's fields are not needed to find the tenant.
    typeInto(field<QLineEdit>(panel, "clientIdLineEdit"), u"Shop.app.1.0.0.Release"_s);
    typeInto(field<QLineEdit>(panel, "clientSecretLineEdit"), u"client-secret-canary"_s);
    QTest::mouseClick(lookUp, Qt::LeftButton);
    QCOMPARE(lookup.count(), 1);
    QCOMPARE(login.count(), 0);
    QVERIFY(panel.validationMessage().isEmpty());

    panel.setBusy(true);
    QVERIFY(!lookUp->isEnabled());
}

namespace {

QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A customer JWT of the shape Kibo issues (auth-api.md section 6); the signature is never checked here.
QString customerJwt(const QString& tenant, const QString& site, const QString& env, const QString& issuer)
{
    QJsonObject user { { u"uid"_s, u"0f2a"_s }, { u"anon"_s, u"0"_s }, { u"st"_s, u"Shopper"_s } };
    if (!tenant.isNull()) {
        user.insert(u"b.TenantId"_s, tenant);
    }
    if (!site.isNull()) {
        user.insert(u"b.SiteId"_s, site);
    }
    if (!env.isNull()) {
        user.insert(u"env"_s, env);
    }
    const QJsonObject payload {
        { u"iss"_s, issuer },
        { u"aud"_s, issuer },
        { u"sub"_s, u"0f2a"_s },
        { u"https://www.kibocommerce.com/app_claims"_s,
            QJsonObject { { u"akey"_s, u"Acme.storefront.1.0.0.Release"_s }, { u"env"_s, env } } },
        { u"https://www.kibocommerce.com/user_claims"_s, user },
    };
    return base64Url(R"({"alg":"HS256","typ":"JWT"})") + u'.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + u'.' + base64Url("signature-canary");
}

const QString KiboIssuer = u"https://www.kibocommerce.com"_s;

} // namespace

void TestLoginPanel::tokenOffersAProfile_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tenantId");
    QTest::addColumn<std::optional<int>>("siteId");
    QTest::addColumn<QString>("dataCentre");

    const QString demo = customerJwt(u"100001"_s, u"100002"_s, u"demo"_s, KiboIssuer);
    QTest::newRow("demo JWT pasted into the tenant ID")
        << u"paste"_s << demo << 100001 << std::optional<int>(100002) << DataCentre::demoKey();
    QTest::newRow("demo JWT dropped on the panel")
        << u"drop on panel"_s << demo << 100001 << std::optional<int>(100002) << DataCentre::demoKey();
    QTest::newRow("demo JWT dropped on a field")
        << u"drop on field"_s << demo << 100001 << std::optional<int>(100002) << DataCentre::demoKey();
    QTest::newRow("JWT from the clipboard button")
        << u"button"_s << demo << 100001 << std::optional<int>(100002) << DataCentre::demoKey();
    QTest::newRow("env names the EU data centre")
        << u"paste"_s << customerJwt(u"45678"_s, u"56789"_s, u"prod-euw1"_s, KiboIssuer) << 45678
        << std::optional<int>(56789) << u"euw1"_s;
    QTest::newRow("issuer names Google Cloud US")
        << u"paste"_s << customerJwt(u"45678"_s, QString(), u"dev07"_s, u"https://services.usc1.gcp.kibocommerce.com"_s)
        << 45678 << std::optional<int>() << u"usc1"_s;
    QTest::newRow("a token that does not say where")
        << u"paste"_s << customerJwt(u"12345"_s, u"23456"_s, u"dev07"_s, KiboIssuer) << 12345
        << std::optional<int>(23456) << QString();
    const QString ticket = QString::fromUtf8(
        QJsonDocument(QJsonObject {
                          { u"accessToken"_s, u"opaque-access-canary"_s },
                          { u"refreshToken"_s, u"refresh-canary"_s },
                          { u"jwtAccessToken"_s, customerJwt(u"100001"_s, u"100002"_s, u"demo"_s, KiboIssuer) },
                      })
            .toJson());
    QTest::newRow("a whole auth ticket") << u"drop on panel"_s << ticket << 100001 << std::optional<int>(100002)
                                         << DataCentre::demoKey();
    const QString cliOutput = QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"ticket"_s, QJsonDocument::fromJson(ticket.toUtf8()).object() } }).toJson());
    QTest::newRow("the CLI's login --json output")
        << u"paste"_s << cliOutput << 100001 << std::optional<int>(100002) << DataCentre::demoKey();
}

void TestLoginPanel::tokenOffersAProfile()
{
    QFETCH(QString, how);
    QFETCH(QString, text);
    QFETCH(int, tenantId);
    QFETCH(std::optional<int>, siteId);
    QFETCH(QString, dataCentre);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy offered(&panel, &LoginPanel::profileFromTokenOffered);
    auto* tenantField = field<QLineEdit>(panel, "tenantIdLineEdit");

    if (how == u"paste"_s || how == u"button"_s) {
        QApplication::clipboard()->setText(text);
        if (how == u"paste"_s) {
            tenantField->setFocus();
            QTest::keyClick(tenantField, Qt::Key_V, Qt::ControlModifier);
        } else {
            QTest::mouseClick(field<QPushButton>(panel, "fromTokenButton"), Qt::LeftButton);
        }
    } else {
        QWidget* target
            = how == u"drop on field"_s ? static_cast<QWidget*>(tenantField) : field<QLabel>(panel, "tenantInfoLabel");
        auto* mime = new QMimeData;
        mime->setText(text);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(how == u"drop on field"_s ? target : &panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(how == u"drop on field"_s ? target : &panel, &drop);
        QVERIFY(drop.isAccepted());
        delete mime;
    }

    QCOMPARE(offered.count(), 1);
    QVERIFY(tenantField->text().isEmpty()); // the token went nowhere in the form
    const TokenProfile found = offered.at(0).at(0).value<TokenProfile>();
    QVERIFY(found.isValid());
    QCOMPARE(found.profile.tenantId, tenantId);
    QCOMPARE(found.profile.siteId, siteId);
    QCOMPARE(found.profile.dataCentre, dataCentre);
    QCOMPARE(found.dataCentreKnown, !dataCentre.isEmpty());
    QCOMPARE(found.profile.clientId, u"Acme.storefront.1.0.0.Release"_s);
    QVERIFY(found.profile.apiHost.isEmpty() && found.profile.authHost.isEmpty());
    QVERIFY(found.found.join(u' ').contains(QString::number(tenantId)));
    // Nothing of the token but its ids travels on.
    const QString everything = found.found.join(u' ') + found.profile.name + found.profile.clientId;
    QVERIFY(!everything.contains(u"canary"_s));
    QVERIFY(!everything.contains(text.section(u'.', 2)));
    QVERIFY(panel.validationMessage().isEmpty());
}

void TestLoginPanel::somethingElseIsNoToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("opaque access token") << u"4b6f7a1e9c0d4f2a8b3c5d6e7f8a9b0c"_s << u"opaque"_s;
    QTest::newRow("a JWT without a tenant")
        << customerJwt(QString(), QString(), u"demo"_s, KiboIssuer) << u"b.TenantId"_s;
    QTest::newRow("JSON without a JWT") << uR"({"accessToken":"abc","refreshToken":"def"})"_s << u"jwtAccessToken"_s;
    QTest::newRow("prose") << u"hello there"_s << u"JWT"_s;
}

void TestLoginPanel::somethingElseIsNoToken()
{
    QFETCH(QString, text);
    QFETCH(QString, messageMentions);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy offered(&panel, &LoginPanel::profileFromTokenOffered);
    QApplication::clipboard()->setText(text);
    QTest::mouseClick(field<QPushButton>(panel, "fromTokenButton"), Qt::LeftButton);
    QCOMPARE(offered.count(), 0);
    QVERIFY2(panel.validationMessage().contains(messageMentions), qPrintable(panel.validationMessage()));

    // Pasted into a tenant field, it is no token: the field gets it as any paste (the tenant ID takes digits only).
    auto* client = field<QLineEdit>(panel, "clientIdLineEdit");
    client->setFocus();
    QTest::keyClick(client, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(offered.count(), 0);
    QCOMPARE(client->text(), text);
}

QTEST_MAIN(TestLoginPanel)
#include "testloginpanel.moc"
