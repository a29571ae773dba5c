// The login panel, driven like a user would: keys typed into the real fields.
#include "loginpanel.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
    void sandboxHostsAreDerived_data();
    void sandboxHostsAreDerived();

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
        auto* combo = field<QComboBox>(panel, "environmentComboBox");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End);
        QCOMPARE(combo->currentIndex(), combo->count() - 1);
    }
    static void fillValidForm(LoginPanel& panel)
    {
        chooseCustomHosts(panel);
        typeInto(field<QLineEdit>(panel, "apiHostLineEdit"), u"https://t12345.sandbox.mozu.com"_s);
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
    typeInto(field<QLineEdit>(panel, "siteIdLineEdit"), u"67890"_s);

    const KiboProfile profile = panel.profile();
    QCOMPARE(profile.apiHost, u"https://t12345.sandbox.mozu.com"_s);
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
    QTest::newRow("no api host") << u"apiHostLineEdit"_s << u"API host"_s;
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

    QSignalSpy requested(&panel, &LoginPanel::loginRequested);
    QTest::mouseClick(field<QPushButton>(panel, "loginButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(panel.validationMessage().contains(messageMentions, Qt::CaseInsensitive),
        qPrintable(panel.validationMessage()));
    QVERIFY(field<QLabel>(panel, "validationLabel")->isVisible());
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

    panel.setBusy(true);
    QVERIFY(panel.isBusy());
    QVERIFY(!field<QPushButton>(panel, "loginButton")->isEnabled());
    QVERIFY(!field<QLineEdit>(panel, "usernameLineEdit")->isEnabled());
    QTest::keyClick(&panel, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QTest::mouseClick(field<QPushButton>(panel, "cancelButton"), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);

    panel.setBusy(false);
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
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget());
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
    QCOMPARE(QUrl(profile.apiHost).port(), 45678);
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

void TestLoginPanel::sandboxHostsAreDerived_data()
{
    QTest::addColumn<int>("comboIndex");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("apiHost");
    QTest::addColumn<QString>("authHost");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("environment");

    QTest::newRow("US sandbox, tenant level") << 1 << QString() << u"https://t12345.sandbox.mozu.com"_s
                                              << u"https://home.mozu.com"_s << QString() << u"sandbox"_s;
    QTest::newRow("US sandbox, site level") << 1 << u"67890"_s << u"https://t12345-s67890.sandbox.mozu.com"_s
                                            << u"https://home.mozu.com"_s << QString() << u"sandbox"_s;
    QTest::newRow("EU sandbox") << 2 << QString() << u"https://t12345.sb.euw1.kibocommerce.com"_s
                                << u"https://home.euw1.kibocommerce.com"_s << u"euw1"_s << u"sb"_s;
}

void TestLoginPanel::sandboxHostsAreDerived()
{
    QFETCH(int, comboIndex);
    QFETCH(QString, site);
    QFETCH(QString, apiHost);
    QFETCH(QString, authHost);
    QFETCH(QString, region);
    QFETCH(QString, environment);

    LoginPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Custom hosts typed first are kept aside, not sent, while a sandbox is chosen.
    chooseCustomHosts(panel);
    typeInto(field<QLineEdit>(panel, "apiHostLineEdit"), u"https://custom.example"_s);
    auto* combo = field<QComboBox>(panel, "environmentComboBox");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < comboIndex; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(combo->currentIndex(), comboIndex);
    typeInto(field<QLineEdit>(panel, "tenantIdLineEdit"), u"12345"_s);
    typeInto(field<QLineEdit>(panel, "siteIdLineEdit"), site);

    auto* api = field<QLineEdit>(panel, "apiHostLineEdit");
    QVERIFY(!api->isEnabled());
    QCOMPARE(api->text(), apiHost);
    QCOMPARE(field<QLineEdit>(panel, "authHostLineEdit")->text(), authHost);
    const KiboProfile profile = panel.profile();
    QVERIFY(profile.apiHost.isEmpty());
    QVERIFY(profile.authHost.isEmpty());
    QCOMPARE(profile.region, region);
    QCOMPARE(profile.environment, environment);
    QCOMPARE(profile.tenantId, 12345);

    // Back to explicit hosts: what the user typed is still there.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(api->text(), u"https://custom.example"_s);
    QVERIFY(api->isEnabled());
}

QTEST_MAIN(TestLoginPanel)
#include "testloginpanel.moc"
