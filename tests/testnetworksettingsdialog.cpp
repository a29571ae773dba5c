#include "demo/demotenant.h"
#include "helpers/loopbackproxy.h"
#include "kibo/authticketclient.h"
#include "mainwindow.h"
#include "networksettingsdialog.h"
#include "session/customersession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNetworkSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsSavedSettings();
    void proxyFieldsFollowTheMode();
    void invalidValuesSaveNothing_data();
    void invalidValuesSaveNothing();
    void validValuesAreSavedAndApplied();
    void cancelSavesNothing();
    void aMendedValueLosesItsProblem();
    void mainWindowAppliesToEverySession();

private:
    template <typename T>
    T* child(QWidget& parent, const char* name)
    {
        T* widget = parent.findChild<T*>(QLatin1StringView(name));
        if (!widget) {
            qWarning("no %s", name);
        }
        return widget;
    }
    void clickOk(NetworkSettingsDialog& dialog);
    void typeInto(QLineEdit* edit, const QString& text);
    void choose(QRadioButton* radio);
};

void TestNetworkSettingsDialog::choose(QRadioButton* radio)
{
    QVERIFY(radio);
    // On the indicator: a click on the empty part of a stretched radio button does nothing.
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->iconSize().width() / 2 + 2, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void TestNetworkSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testnetworksettingsdialog"_s);
    qRegisterMetaType<AuthTicketResult>();
}

void TestNetworkSettingsDialog::init()
{
    QSettings().clear();
}

void TestNetworkSettingsDialog::clickOk(NetworkSettingsDialog& dialog)
{
    auto* ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestNetworkSettingsDialog::typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestNetworkSettingsDialog::showsSavedSettings()
{
    NetworkSettings saved;
    saved.proxyMode = NetworkSettings::ProxyMode::Explicit;
    saved.proxyHost = u"proxy.example.com"_s;
    saved.proxyPort = 3128;
    saved.proxyUser = u"qa-team"_s;
    saved.transferTimeoutSeconds = 12;
    saved.overallDeadlineSeconds = 34;
    QVERIFY(saved.save());
    NetworkSettingsDialog dialog;
    QVERIFY(child<QRadioButton>(dialog, "explicitProxyRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "proxyHostLineEdit")->text(), u"proxy.example.com"_s);
    QCOMPARE(child<QLineEdit>(dialog, "proxyPortLineEdit")->text(), u"3128"_s);
    QCOMPARE(child<QLineEdit>(dialog, "proxyUserLineEdit")->text(), u"qa-team"_s);
    QCOMPARE(child<QSpinBox>(dialog, "transferTimeoutSpinBox")->value(), 12);
    QCOMPARE(child<QSpinBox>(dialog, "overallDeadlineSpinBox")->value(), 34);
    QCOMPARE(dialog.settings(), saved);
}

void TestNetworkSettingsDialog::proxyFieldsFollowTheMode()
{
    NetworkSettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QRadioButton>(dialog, "systemProxyRadioButton")->isChecked()); // the default
    auto* host = child<QLineEdit>(dialog, "proxyHostLineEdit");
    QVERIFY(!host->isEnabled());
    choose(child<QRadioButton>(dialog, "explicitProxyRadioButton"));
    QVERIFY(host->isEnabled());
    QVERIFY(child<QLineEdit>(dialog, "proxyPortLineEdit")->isEnabled());
    choose(child<QRadioButton>(dialog, "noProxyRadioButton"));
    QVERIFY(!host->isEnabled());
}

void TestNetworkSettingsDialog::invalidValuesSaveNothing_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("transfer");
    QTest::addColumn<int>("deadline");
    QTest::addColumn<QString>("message");
    QTest::newRow("port not a number") << u"proxy.example.com"_s << u"80a"_s << 30 << 60 << u"from 1 to 65535"_s;
    QTest::newRow("port too big") << u"proxy.example.com"_s << u"70000"_s << 30 << 60 << u"from 1 to 65535"_s;
    QTest::newRow("port missing") << u"proxy.example.com"_s << QString() << 30 << 60 << u"from 1 to 65535"_s;
    QTest::newRow("host missing") << QString() << u"3128"_s << 30 << 60 << u"Enter the host name"_s;
    QTest::newRow("URL as host") << u"http://proxy.example.com"_s << u"3128"_s << 30 << 60 << u"without a scheme"_s;
    QTest::newRow("deadline shorter") << u"proxy.example.com"_s << u"3128"_s << 40 << 20
                                      << u"must not be shorter than the transfer timeout"_s;
}

void TestNetworkSettingsDialog::invalidValuesSaveNothing()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(int, transfer);
    QFETCH(int, deadline);
    QFETCH(QString, message);
    NetworkSettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &NetworkSettingsDialog::settingsSaved);
    choose(child<QRadioButton>(dialog, "explicitProxyRadioButton"));
    typeInto(child<QLineEdit>(dialog, "proxyHostLineEdit"), host);
    typeInto(child<QLineEdit>(dialog, "proxyPortLineEdit"), port);
    child<QSpinBox>(dialog, "transferTimeoutSpinBox")->setValue(transfer);
    child<QSpinBox>(dialog, "overallDeadlineSpinBox")->setValue(deadline);
    clickOk(dialog);

    QVERIFY(dialog.isVisible()); // stays open
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(saved.size(), 0);
    auto* problems = child<QLabel>(dialog, "problemsLabel");
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(message), qPrintable(problems->text()));
    QVERIFY(QSettings().allKeys().isEmpty()); // nothing saved
    QCOMPARE(NetworkSettings::load(), NetworkSettings());
}

void TestNetworkSettingsDialog::validValuesAreSavedAndApplied()
{
    DemoTenant tenant;
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    // A running session: its manager and client exist before the dialog is opened.
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(KiboProfile::demo(tenant.baseUrl()), DemoTenant::sharedSecret());
    NetworkSettings::load().apply(&manager, &client);

    NetworkSettingsDialog dialog;
    connect(&dialog, &NetworkSettingsDialog::settingsSaved, &client,
        [&manager, &client](const NetworkSettings& settings) { settings.apply(&manager, &client); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QRadioButton>(dialog, "explicitProxyRadioButton"));
    typeInto(child<QLineEdit>(dialog, "proxyHostLineEdit"), u"127.0.0.1"_s);
    typeInto(child<QLineEdit>(dialog, "proxyPortLineEdit"), QString::number(proxy.serverPort()));
    QTest::mouseClick(child<QCheckBox>(dialog, "proxyLoopbackCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
    typeInto(child<QLineEdit>(dialog, "proxyUserLineEdit"), u"qa-team"_s);
    auto* transfer = child<QSpinBox>(dialog, "transferTimeoutSpinBox");
    transfer->selectAll();
    QTest::keyClicks(transfer, u"15"_s);
    clickOk(dialog);

    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.problems().isEmpty());
    const NetworkSettings saved = NetworkSettings::load();
    QCOMPARE(saved.proxyMode, NetworkSettings::ProxyMode::Explicit);
    QCOMPARE(saved.proxyHost, u"127.0.0.1"_s);
    QCOMPARE(saved.proxyPort, int(proxy.serverPort()));
    QCOMPARE(saved.proxyUser, u"qa-team"_s);
    QVERIFY(saved.proxyLoopback);
    QCOMPARE(saved.transferTimeoutSeconds, 15);
    QCOMPARE(saved.overallDeadlineSeconds, 60);

    // Applied: the running session's next login goes through the proxy.
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    QVERIFY(finished.wait(20'000));
    QVERIFY(finished.first().first().value<AuthTicketResult>().ticket);
    QCOMPARE(proxy.count("POST", "/api/commerce/customer/authtickets"), 1);
}

void TestNetworkSettingsDialog::cancelSavesNothing()
{
    NetworkSettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &NetworkSettingsDialog::settingsSaved);
    choose(child<QRadioButton>(dialog, "noProxyRadioButton"));
    auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.size(), 0);
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestNetworkSettingsDialog::mainWindowAppliesToEverySession()
{
    DemoTenant tenant;
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newSession();
    QCOMPARE(window.sessionCount(), 2);

    auto* action = window.findChild<QAction*>(u"networkSettingsAction"_s);
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    NetworkSettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<NetworkSettingsDialog*>()) && dialog->isVisible());
    choose(child<QRadioButton>(*dialog, "explicitProxyRadioButton"));
    typeInto(child<QLineEdit>(*dialog, "proxyHostLineEdit"), u"127.0.0.1"_s);
    typeInto(child<QLineEdit>(*dialog, "proxyPortLineEdit"), QString::number(proxy.serverPort()));
    QTest::mouseClick(child<QCheckBox>(*dialog, "proxyLoopbackCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
    clickOk(*dialog);
    QTRY_VERIFY(!window.findChild<NetworkSettingsDialog*>()); // closed and gone
    QCOMPARE(NetworkSettings::load().proxyMode, NetworkSettings::ProxyMode::Explicit);

    // Both running sessions now reach the tenant through the proxy; so does a session opened afterwards.
    window.newSession();
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    for (int i = 0; i < window.sessionCount(); ++i) {
        AuthTicketClient* client = window.session(i)->client();
        client->setProfile(KiboProfile::demo(tenant.baseUrl()), DemoTenant::sharedSecret());
        QSignalSpy finished(client, &AuthTicketClient::finished);
        client->login(request);
        QVERIFY(finished.wait(20'000));
        QVERIFY(finished.first().first().value<AuthTicketResult>().ticket);
        QCOMPARE(proxy.count("POST", "/api/commerce/customer/authtickets"), i + 1);
    }
}

void TestNetworkSettingsDialog::aMendedValueLosesItsProblem()
{
    NetworkSettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QRadioButton>(dialog, "explicitProxyRadioButton"));
    typeInto(child<QLineEdit>(dialog, "proxyPortLineEdit"), u"99999"_s);
    typeInto(child<QLineEdit>(dialog, "proxyUserLineEdit"), u"qa:team"_s);
    clickOk(dialog);
    auto* label = child<QLabel>(dialog, "problemsLabel");
    QCOMPARE(dialog.problems().size(), 3); // host, port, user
    QVERIFY(label->text().contains(u"Enter the host name"_s));

    typeInto(child<QLineEdit>(dialog, "proxyHostLineEdit"), u"proxy.example.com"_s);
    QCOMPARE(dialog.problems().size(), 2);
    QVERIFY(!label->text().contains(u"Enter the host name"_s));
    QVERIFY(label->text().contains(u"from 1 to 65535"_s));
    typeInto(child<QLineEdit>(dialog, "proxyPortLineEdit"), u"3128"_s);
    QCOMPARE(dialog.problems(), QStringList { u"The proxy user name cannot contain a colon."_s });
    QVERIFY(!label->text().contains(u"from 1 to 65535"_s));
    typeInto(child<QLineEdit>(dialog, "proxyUserLineEdit"), u"qa-team"_s);
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(!label->isVisible());
    QVERIFY(dialog.isVisible()); // nothing was saved: that is OK's
}

QTEST_MAIN(TestNetworkSettingsDialog)
#include "testnetworksettingsdialog.moc"
