// kti-screenshotter OUTDIR [--dark] [--suffix S] [--hold]
// Drives the real main window through a demo login and saves each screen as PNG, for the user guide.
// Not a test: scripts/screenshots runs it under Xvfb (100 %, 200 % via QT_SCALE_FACTOR, dark palette).
// It uses a memory vault so that taking screenshots never writes to the keychain.
#include "clock.h"
#include "compareview.h"
#include "demo/demotenant.h"
#include "helpers/faultserver.h"
#include "historyview.h"
#include "inspectorview.h"
#include "jsontreepane.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "networksettingsdialog.h"
#include "profilechooser.h"
#include "profiledialog.h"
#include "resultview.h"
#include "screenfit.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "translator.h"
#include "vault/historystore.h"
#include "vault/memoryvault.h"
#include "vault/profilestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A fault server plays the home host and, as a deliberate API host override, the tenant too: no lookup.
KiboProfile faultServerProfile(const QUrl& serverUrl)
{
    KiboProfile profile = KiboProfile::demo(serverUrl);
    profile.apiHost = serverUrl.toString();
    return profile;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return palette;
}

bool save(QWidget* window, const QString& directory, const QString& name, const QString& suffix)
{
    // Let posted layout requests (status bar, tab switch) settle before the grab.
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
    }
    const QString path = QDir(directory).filePath(name + suffix + u".png"_s);
    if (!window->grab().save(path)) {
        QTextStream(stderr) << "could not write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
}

bool logIn(MainWindow& window, const QString& username, const QString& password)
{
    auto* usernameEdit = window.findChild<QLineEdit*>(u"usernameLineEdit"_s);
    auto* passwordEdit = window.findChild<QLineEdit*>(u"passwordLineEdit"_s);
    usernameEdit->clear();
    QTest::keyClicks(usernameEdit, username);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(window.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    return finished.wait(30000);
}

// Like save(), but from the screen, so that an open popup (a combo box's list) is in the picture too.
bool saveFromScreen(QWidget* window, const QString& directory, const QString& name, const QString& suffix)
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
    }
    const QRect area(window->mapToGlobal(QPoint(0, 0)), window->size());
    const QPixmap shot = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const QString path = QDir(directory).filePath(name + suffix + u".png"_s);
    if (shot.isNull() || !shot.save(path)) {
        QTextStream(stderr) << "could not write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Sends the current session's login (or Look Up) and waits for its answer.
bool sendFromPanel(MainWindow& window, const char* button)
{
    SessionView* view = window.currentSessionView();
    retype(view->findChild<QLineEdit*>(u"usernameLineEdit"_s), u"ada.lovelace@example.com"_s);
    retype(view->findChild<QLineEdit*>(u"passwordLineEdit"_s), DemoTenant::defaultPassword());
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(view->findChild<QPushButton*>(QLatin1StringView(button)), Qt::LeftButton);
    return finished.wait(30000);
}

// A loopback home host that answers the app token and the tenant lookup as scripted (status, body).
bool scriptHome(FaultServer& server, int status, const QByteArray& tenantReply)
{
    if (!server.listenLocal()) {
        return false;
    }
    server.script("/api/platform/applications",
        { FaultServer::json(200, R"({"access_token":"screenshot","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/platform/tenants", { FaultServer::json(status, tenantReply) });
    return true;
}

// A custom-hosts profile whose home host is a scripted loopback server.
KiboProfile scriptedProfile(const FaultServer& server, const QString& name, int tenantId)
{
    KiboProfile profile;
    profile.name = name;
    profile.dataCentre = u"custom"_s;
    profile.authHost = server.baseUrl().toString();
    profile.tenantId = tenantId;
    profile.clientId = u"Acme.token-inspector.1.0.0.Release"_s;
    return profile;
}

// The tenant section after Look Up on a tenant with several sites (a scripted home host), its site list open.
bool saveTenantSitesScene(MainWindow& window, const QString& directory, const QString& suffix)
{
    FaultServer home;
    if (!scriptHome(home, 200,
            R"({"id":23456,"name":"Acme Sandbox","isDevTenant":true,"domain":"t23456.sandbox.mozu.com","sites":[)"
            R"({"id":34567,"name":"Acme Storefront","domain":"t23456-s34567.sandbox.mozu.com"},)"
            R"({"id":34568,"name":"Acme Outlet","domain":"t23456-s34568.sandbox.mozu.com"},)"
            R"({"id":34569,"name":"Acme B2B Portal","domain":"t23456-s34569.sandbox.mozu.com"}]})")) {
        return false;
    }
    window.newSession();
    LoginPanel* panel = window.loginPanel();
    KiboProfile profile = scriptedProfile(home, u"Acme sandbox (US)"_s, 23456);
    profile.siteId = 34567;
    panel->setProfile(profile, u"screenshot-secret"_s);
    panel->showChosenProfile(QString()); // typed by hand: no saved profile is chosen
    if (!sendFromPanel(window, "lookUpTenantButton") || !panel->discoveredTenant()) {
        QTextStream(stderr) << "the scripted tenant lookup did not finish\n";
        return false;
    }
    auto* sites = panel->findChild<QComboBox*>(u"siteComboBox"_s);
    // Let the form lay the three lines of what was found out before the list opens over it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    sites->showPopup();
    const bool ok = saveFromScreen(&window, directory, u"tenant-sites"_s, suffix);
    sites->hidePopup();
    window.sessionTabs()->closeSession(window.currentSessionIndex());
    return ok;
}

// Each way the tenant lookup fails, on the Problem tab of a session of its own: a tenant ID the home host does not
// know and a site that is not in the tenant (the demo tenant), an application that may not read the tenant and a
// reply without a domain (a scripted home host).
bool saveDiscoveryFailureScenes(MainWindow& window, const QString& directory, const QString& suffix)
{
    const auto scene = [&](const QString& name, const std::function<void(LoginPanel*)>& prepare) {
        window.newSession();
        prepare(window.loginPanel());
        if (!sendFromPanel(window, "loginButton") || !window.currentSession()->lastResult()
            || window.currentSession()->lastResult()->error.kind != KiboError::Kind::TenantDiscovery) {
            QTextStream(stderr) << "the login for " << name << " did not end with a tenant lookup failure\n";
            return false;
        }
        window.resultView()->setCurrentTab(ResultView::Tab::Problem);
        const bool ok = save(&window, directory, name, suffix);
        window.sessionTabs()->closeSession(window.currentSessionIndex());
        return ok;
    };
    bool ok = scene(u"tenant-unknown"_s,
        [](LoginPanel* panel) { retype(panel->findChild<QLineEdit*>(u"tenantIdLineEdit"_s), u"999"_s); });
    ok = scene(u"site-unknown"_s, [](LoginPanel* panel) {
        retype(panel->findChild<QComboBox*>(u"siteComboBox"_s)->lineEdit(), u"99"_s);
    }) && ok;
    FaultServer forbidden;
    FaultServer noDomain;
    if (!scriptHome(forbidden, 403,
            R"({"message":"The application Acme.token-inspector is not installed on tenant 45678",)"
            R"("errorCode":"UNAUTHORIZED","applicationName":"Tenant","additionalErrorData":[],"items":[]})")
        || !scriptHome(noDomain, 200,
            R"({"id":45678,"name":"Acme Production","isDevTenant":false,"sites":[{"id":56789,"name":"Acme EU"}]})")) {
        return false;
    }
    const auto useScripted = [](LoginPanel* panel, const FaultServer& home) {
        panel->setProfile(scriptedProfile(home, u"Acme production EU"_s, 45678), u"screenshot-secret"_s);
        panel->showChosenProfile(QString()); // typed by hand: no saved profile is chosen
    };
    ok = scene(u"tenant-forbidden"_s, [&](LoginPanel* panel) { useScripted(panel, forbidden); }) && ok;
    ok = scene(u"tenant-no-domain"_s, [&](LoginPanel* panel) { useScripted(panel, noDomain); }) && ok;
    return ok;
}

// A login to the demo tenant outside the window, for the compare window's inputs; empty when it fails.
AuthTicketResult demoLogin(DemoTenant* tenant, const QString& username)
{
    QNetworkAccessManager network;
    AuthTicketClient client(&network, nullptr);
    client.setProfile(KiboProfile::demo(tenant->baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = username;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    if (!finished.wait(30000)) {
        return {};
    }
    return finished.constFirst().constFirst().value<AuthTicketResult>();
}

// Two logins of Ada compared (they differ in their volatile fields), then with those ignored, then the JWTs of two
// customers.
// The profile dialog with a realistic list: the demo profile, a US sandbox and an EU production tenant, the
// sandbox selected with a client secret typed (masked; never saved: the dialog is cancelled).
bool saveProfileDialogScene(MainWindow& window, const QString& directory, const QString& suffix)
{
    ProfileStore* store = window.profileChooser()->store();
    KiboProfile sandbox;
    sandbox.name = u"Acme sandbox (US)"_s;
    sandbox.tenantId = 23456;
    sandbox.siteId = 34567;
    sandbox.dataCentre = u"us"_s;
    sandbox.clientId = u"Acme.token-inspector.1.0.0.Release"_s;
    sandbox.locale = u"en-US"_s;
    sandbox.currency = u"USD"_s;
    sandbox.catalogId = 1;
    sandbox.masterCatalogId = 1;
    KiboProfile production;
    production.name = u"Acme production EU"_s;
    production.tenantId = 45678;
    production.siteId = 56789;
    production.dataCentre = u"euw1"_s;
    production.tenantDomain = u"t45678.tp1.euw1.kibocommerce.com"_s;
    production.clientId = u"Acme.token-inspector.1.0.0.Release"_s;
    production.locale = u"de-DE"_s;
    production.currency = u"EUR"_s;
    for (const KiboProfile& profile : { sandbox, production }) {
        if (!store->contains(profile.name) && !store->add(profile).isEmpty()) {
            return false;
        }
    }
    window.profileChooser()->showDialog(sandbox.name);
    ProfileDialog* dialog = window.profileChooser()->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog)) {
        QTextStream(stderr) << "the profile dialog did not open\n";
        return false;
    }
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"clientSecretLineEdit"_s), u"screenshot-secret"_s);
    const bool ok = save(dialog, directory, u"profile-dialog"_s, suffix);
    dialog->reject();
    return ok;
}

bool saveCompareScenes(DemoTenant* tenant, const QString& directory, const QString& suffix)
{
    const AuthTicketResult first = demoLogin(tenant, u"ada.lovelace@example.com"_s);
    const AuthTicketResult second = demoLogin(tenant, u"ada.lovelace@example.com"_s);
    const AuthTicketResult other = demoLogin(tenant, u"big.account@example.com"_s);
    if (!first.ticket || !second.ticket || !other.ticket) {
        QTextStream(stderr) << "the demo logins for the compare window did not finish\n";
        return false;
    }
    CompareView compare;
    compare.resize(1200, 800);
    compare.show();
    if (!QTest::qWaitForWindowExposed(&compare)) {
        return false;
    }
    compare.setInputs(first.rawBody, second.rawBody);
    if (compare.differenceCount() == 0) {
        QTextStream(stderr) << "two demo logins compared equal\n";
        return false;
    }
    // Choose the first difference inside the decoded JWT, so that both trees show a selected, changed node.
    const QList<JsonDifference>& differences = compare.comparison().result.differences;
    int row = 0;
    for (int i = 0; i < differences.size(); ++i) {
        if (differences.at(i).path.startsWith(u"$.jwt.payload"_s)) {
            row = i;
            break;
        }
    }
    compare.selectDifference(row);
    bool ok = save(&compare, directory, u"compare"_s, suffix);
    compare.setIgnoreVolatile(true);
    ok = save(&compare, directory, u"compare-equal"_s, suffix) && ok;
    compare.setInputs(first.ticket->jwtAccessToken.toUtf8(), other.ticket->jwtAccessToken.toUtf8());
    compare.selectDifference(0);
    ok = save(&compare, directory, u"compare-jwt"_s, suffix) && ok;
    return ok;
}

// Tools → Network Settings… with an explicit proxy typed in (not saved), then a login to an HTTPS tenant whose
// certificate is signed by a CA the profile does not name: the Problem tab shows the certificate's details.
bool saveNetworkScenes(MainWindow& window, const QString& directory, const QString& suffix)
{
    auto* action = window.findChild<QAction*>(u"networkSettingsAction"_s);
    if (!action) {
        return false;
    }
    action->trigger();
    auto* dialog = window.findChild<NetworkSettingsDialog*>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog)) {
        QTextStream(stderr) << "the network settings did not open\n";
        return false;
    }
    dialog->findChild<QRadioButton*>(u"explicitProxyRadioButton"_s)->setChecked(true);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyHostLineEdit"_s), u"proxy.example.com"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyPortLineEdit"_s), u"3128"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyUserLineEdit"_s), u"qa-team"_s);
    bool ok = save(dialog, directory, u"network-settings"_s, suffix);
    dialog->reject();

    QTemporaryDir tlsDir;
    DemoTenant tlsTenant;
    if (!tlsDir.isValid() || !tlsTenant.listenTls(tlsDir.path())) {
        QTextStream(stderr) << "the HTTPS demo tenant did not start\n";
        return false;
    }
    // A tab of its own, so nothing of the earlier logins shows beside the failure; its home host is the HTTPS
    // tenant's, whose CA the profile does not name.
    window.newSession();
    LoginPanel* panel = window.loginPanel();
    auto* home = panel->findChild<QLineEdit*>(u"authHostLineEdit"_s);
    if (!home || home->isReadOnly()) {
        QTextStream(stderr) << "no editable home host\n";
        return false;
    }
    home->clear();
    QTest::keyClicks(home, tlsTenant.baseUrl().toString());
    auto* usernameEdit = panel->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    auto* passwordEdit = panel->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    QTest::keyClicks(usernameEdit, u"ada.lovelace@example.com"_s);
    QTest::keyClicks(passwordEdit, DemoTenant::defaultPassword());
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(panel->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    if (!finished.wait(30000) || window.currentSession()->lastResult()->error.kind != KiboError::Kind::Tls) {
        QTextStream(stderr) << "the HTTPS login did not end with a certificate error\n";
        return false;
    }
    window.resultView()->setCurrentTab(ResultView::Tab::Problem);
    ok = save(&window, directory, u"tls-error"_s, suffix) && ok;
    window.sessionTabs()->closeSession(window.sessionCount() - 1);
    return ok;
}

// The two-factor prompt after one wrong code, 46 seconds after the code was sent: attempts left, the countdown
// and the demo outbox.
bool saveTwoFactorScene(MainWindow& window, ManualClock& clock, const QString& directory, const QString& suffix)
{
    auto* code = window.findChild<QLineEdit*>(u"codeLineEdit"_s);
    const QString outbox = window.findChild<QLabel*>(u"demoOutboxLabel"_s)->text();
    code->clear();
    QTest::keyClicks(code, outbox.contains(u"000000"_s) ? u"111111"_s : u"000000"_s);
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(window.findChild<QPushButton*>(u"verifyCodeButton"_s), Qt::LeftButton);
    if (!finished.wait(30000)) {
        return false;
    }
    clock.advanceSeconds(46);
    window.resultView()->refreshCountdowns();
    return save(&window, directory, u"two-factor"_s, suffix);
}

// The password-less login: "One-time code (email)" chosen, Send Code clicked, the code page with its countdown.
bool saveOtpLoginScene(MainWindow& window, ManualClock& clock, const QString& directory, const QString& suffix)
{
    window.loginPanel()->setSignInMode(LoginPanel::SignInMode::OneTimeCode);
    auto* usernameEdit = window.findChild<QLineEdit*>(u"usernameLineEdit"_s);
    usernameEdit->clear();
    QTest::keyClicks(usernameEdit, u"ada.lovelace@example.com"_s);
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(window.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    if (!finished.wait(30000) || !window.resultView()->isOneTimeCodeLogin()) {
        return false;
    }
    clock.advanceSeconds(12);
    window.resultView()->refreshCountdowns();
    const bool ok = save(&window, directory, u"otp-login"_s, suffix);
    window.loginPanel()->setSignInMode(LoginPanel::SignInMode::Password);
    return ok;
}

// The refresh lab: automatic refresh on, a refresh by hand, one the tenant rotates, and an "Expire Now" that the
// automatic check refreshes, four minutes apart on the window's clock; the summary's timeline and the refresh log.
bool saveRefreshLabScene(MainWindow& window, ManualClock& clock, const QString& directory, const QString& suffix)
{
    SessionView* view = window.currentSessionView();
    auto* automatic = view->findChild<QCheckBox*>(u"autoRefreshCheckBox"_s);
    if (!automatic->isChecked()) {
        automatic->click();
    }
    const auto step = [&](const std::function<void()>& act) {
        clock.advanceSeconds(4 * 60);
        QSignalSpy finished(&window, &MainWindow::loginFinished);
        act();
        return finished.wait(30000);
    };
    bool ok = step([&] { view->findChild<QToolButton*>(u"refreshButton"_s)->click(); });
    window.demoTenant()->setRotateRefreshTokens(true);
    ok = ok && step([&] { view->findChild<QToolButton*>(u"refreshButton"_s)->click(); });
    window.demoTenant()->setRotateRefreshTokens(false);
    ok = ok && step([&] { view->findChild<QToolButton*>(u"expireNowButton"_s)->click(); });
    if (!ok) {
        QTextStream(stderr) << "the refreshes of the refresh lab did not finish\n";
        return false;
    }
    clock.advanceSeconds(40);
    view->updateRefreshState();
    window.resultView()->refreshCountdowns();
    window.resultView()->setCurrentTab(ResultView::Tab::Summary);
    // The summary scrolled to its timeline, where the refreshes are.
    if (auto* timeline = window.resultView()->findChild<QWidget*>(u"timelineGroupBox"_s)) {
        for (QWidget* parent = timeline->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
                scroll->ensureWidgetVisible(timeline, 0, 0);
                break;
            }
        }
    }
    ok = save(&window, directory, u"refresh-lab"_s, suffix);
    automatic->click(); // off again for the scenes that follow
    return ok;
}

// Two customers at once: a second session (File → New Session) logged in as the B2B buyer, then View → Side by
// Side with the login panels hidden, so both results show next to each other.
bool saveTwoSessionsScene(MainWindow& window, const QString& directory, const QString& suffix)
{
    const QSize size = window.size();
    window.newSession();
    SessionView* second = window.currentSessionView();
    auto* username = second->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    username->clear();
    QTest::keyClicks(username, u"b2b.buyer@example.com"_s);
    QTest::keyClicks(second->findChild<QLineEdit*>(u"passwordLineEdit"_s), DemoTenant::defaultPassword());
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(second->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    if (!finished.wait(30000)) {
        QTextStream(stderr) << "the second session's login did not finish\n";
        return false;
    }
    bool ok = save(&window, directory, u"two-sessions-tabs"_s, suffix);
    auto* loginPanels = window.findChild<QAction*>(u"showLoginPanelAction"_s);
    loginPanels->setChecked(false);
    window.sessionTabs()->setSideBySide(true);
    QApplication::processEvents();
    window.resize(1280, 780);
    window.sessionView(0)->resultView()->setCurrentTab(ResultView::Tab::Summary);
    second->resultView()->setCurrentTab(ResultView::Tab::Summary);
    ok = save(&window, directory, u"two-sessions"_s, suffix) && ok;
    window.sessionTabs()->setSideBySide(false);
    loginPanels->setChecked(true);
    window.sessionTabs()->closeSession(1);
    window.resize(size);
    return ok;
}

// The troubleshooting panel: the locked account scrolled to the server's reply and headers, then a 429 from a
// scripted loopback server (Retry-After 42 s, its clock 95 s ahead) with the countdown and the clock-skew note;
// last the History window with the attempts so far.
bool saveTroubleshootingScenes(MainWindow& window, const QString& directory, const QString& suffix)
{
    ResultView* result = window.resultView();
    result->setCurrentTab(ResultView::Tab::Problem);
    auto* scroll = result->findChild<QScrollArea*>(u"problemScrollArea"_s);
    if (!scroll) {
        return false;
    }
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    bool ok = save(&window, directory, u"troubleshooting"_s, suffix);
    scroll->verticalScrollBar()->setValue(0);

    FaultServer server;
    if (!server.listenLocal()) {
        return false;
    }
    const QByteArray ahead
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(95), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
              .toLatin1();
    server.script("/api/platform",
        { FaultServer::json(200, R"({"access_token":"screenshot","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/commerce",
        { FaultServer::json(429,
            R"({"message":"Too many requests","errorCode":"TOO_MANY_REQUESTS","applicationName":"Customer"})",
            { { "Retry-After", "42" }, { "Date", ahead }, { "Set-Cookie", "kti-session=screenshot; HttpOnly" } }) });
    // A session of its own: after a 429 a session refuses to send until Retry-After has passed.
    window.newSession();
    CustomerSession* session = window.currentSession();
    KiboProfile throttled = faultServerProfile(server.baseUrl());
    throttled.name = u"sandbox"_s;
    session->setProfile(throttled, DemoTenant::sharedSecret());
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    session->login(request);
    if (!finished.wait(30000)) {
        QTextStream(stderr) << "the throttled login did not finish\n";
        return false;
    }
    window.resultView()->setCurrentTab(ResultView::Tab::Problem);
    ok = save(&window, directory, u"troubleshooting-429"_s, suffix) && ok;
    window.sessionTabs()->closeSession(window.currentSessionIndex());

    window.showHistory();
    HistoryView* history = window.historyView();
    if (!history || !QTest::qWaitForWindowExposed(history)) {
        QTextStream(stderr) << "the history did not open\n";
        return false;
    }
    history->setProfileFilter(QString());
    ok = save(history, directory, u"history"_s, suffix) && ok;
    history->close();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Translator::install(&app, u"en"_s); // the shipped English catalogue: real plural forms, as the app shows
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.screenshots"_s);
    QCoreApplication::setApplicationName(u"kti-screenshotter"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"directory"_s, u"Where the PNG files go."_s);
    parser.addOptions({
        { u"dark"_s, u"Fusion style with a dark palette."_s },
        { u"suffix"_s, u"Appended to every file name, e.g. @2x."_s, u"S"_s },
        { u"hold"_s, u"Afterwards keep the window open on the summary and print \"ready\" (for a screen capture)."_s },
    });
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const QString directory = parser.positionalArguments().constFirst();
    const QString suffix = parser.value(u"suffix"_s);
    QDir().mkpath(directory);

    if (parser.isSet(u"dark"_s)) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }

    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    // The window's own clock, so that the refresh lab can space its refreshes out without waiting.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    window.setClock(&clock);
    window.resize(1200, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    window.startDemoTenant();
    if (!window.demoTenant()) {
        return 1;
    }
    window.historyStore()->clearAll(); // the same attempts in every run (100 %, @2x, dark)
    bool ok = save(&window, directory, u"login"_s, suffix);
    // Look Up: the demo tenant's name, host and site, found at its home host.
    {
        QSignalSpy found(&window, &MainWindow::loginFinished);
        QTest::mouseClick(window.findChild<QPushButton*>(u"lookUpTenantButton"_s), Qt::LeftButton);
        if (!found.wait(30000) || !window.loginPanel()->discoveredTenant()) {
            QTextStream(stderr) << "the demo tenant lookup did not finish\n";
            return 1;
        }
        ok = save(&window, directory, u"tenant-lookup"_s, suffix) && ok;
    }

    QSignalSpy vaultReported(&window, &MainWindow::vaultStatusChanged);
    if (!logIn(window, u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s)) {
        QTextStream(stderr) << "the demo login did not finish\n";
        return 1;
    }
    if (vaultReported.isEmpty() && !vaultReported.wait(10000)) {
        QTextStream(stderr) << "the vault did not report\n";
        return 1;
    }
    ResultView* result = window.resultView();
    result->setCurrentTab(ResultView::Tab::Summary);
    ok = save(&window, directory, u"result-summary"_s, suffix) && ok;
    result->setCurrentTab(ResultView::Tab::Jwt);
    ok = save(&window, directory, u"result-jwt"_s, suffix) && ok;
    result->setCurrentTab(ResultView::Tab::Account);
    ok = save(&window, directory, u"result-account"_s, suffix) && ok;
    result->setCurrentTab(ResultView::Tab::Raw);
    ok = save(&window, directory, u"result-raw"_s, suffix) && ok;

    // Presenter mode: the banner, secrets and customer details masked, on the summary and the account.
    window.setPresenterMode(true);
    result->setCurrentTab(ResultView::Tab::Summary);
    ok = save(&window, directory, u"result-presenter"_s, suffix) && ok;
    result->setCurrentTab(ResultView::Tab::Account);
    ok = save(&window, directory, u"result-presenter-account"_s, suffix) && ok;
    window.setPresenterMode(false);

    // The offline inspector on the same JWT: decoded and annotated, then checked with the demo's key.
    window.openJwtInInspector();
    InspectorView* inspector = window.inspectorView();
    if (!inspector || !QTest::qWaitForWindowExposed(inspector)) {
        QTextStream(stderr) << "the inspector did not open\n";
        return 1;
    }
    inspector->resize(1000, 760);
    ok = save(inspector, directory, u"inspector"_s, suffix) && ok;
    // The claims filter keeps the matches with their parents and highlights them.
    auto* claims = inspector->findChild<JsonTreePane*>(u"payloadTreePane"_s);
    if (!claims) {
        return 1;
    }
    claims->setFilterText(u"exp"_s);
    ok = save(inspector, directory, u"inspector-filter"_s, suffix) && ok;
    claims->setFilterText(QString());
    auto* secretEdit = inspector->findChild<QLineEdit*>(u"secretLineEdit"_s);
    QTest::keyClicks(secretEdit, QString::fromUtf8(DemoTenant::jwtSecret()));
    inspector->verify();
    if (!inspector->isVerified()) {
        QTextStream(stderr) << "the demo JWT did not verify with the demo key\n";
        return 1;
    }
    ok = save(inspector, directory, u"inspector-verified"_s, suffix) && ok;
    // A JWS whose payload is text, not JSON (as RFC 7515 A.4): shown as text, in the token's typeface, and checked.
    {
        const auto b64 = [](const QByteArray& bytes) {
            return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray input = b64(R"({"alg":"HS256","typ":"JOSE"})") + '.'
            + b64("A JWS may sign any bytes at all.\nThis one signs three lines of text, not a JSON object,\nso it "
                  "is no JWT, and its signature still checks.");
        const QByteArray signature
            = b64(QMessageAuthenticationCode::hash(input, DemoTenant::jwtSecret(), QCryptographicHash::Sha256));
        inspector->setInput(QString::fromLatin1(input + '.' + signature));
        inspector->verify();
        ok = save(inspector, directory, u"inspector-text-payload"_s, suffix) && ok;
    }
    inspector->close();

    ok = saveCompareScenes(window.demoTenant(), directory, suffix) && ok;
    ok = saveProfileDialogScene(window, directory, suffix) && ok;
    ok = saveRefreshLabScene(window, clock, directory, suffix) && ok;
    ok = saveTwoSessionsScene(window, directory, suffix) && ok;
    // The failures and the code pages in a fresh session, so that the refresh lab's ticket and log are not beside them.
    window.newSession();
    window.sessionTabs()->closeSession(0);

    if (!logIn(window, u"locked@example.com"_s, u"Demo-pass-1"_s)) {
        QTextStream(stderr) << "the refused login did not finish\n";
        return 1;
    }
    ok = save(&window, directory, u"problem"_s, suffix) && ok;
    ok = saveTroubleshootingScenes(window, directory, suffix) && ok;
    ok = saveTenantSitesScene(window, directory, suffix) && ok;
    ok = saveDiscoveryFailureScenes(window, directory, suffix) && ok;

    // The window's manual clock (shared with the demo tenant) lets the code countdowns show a moment of their own.
    if (!logIn(window, u"mfa@example.com"_s, u"Demo-pass-1"_s)
        || !saveTwoFactorScene(window, clock, directory, suffix)) {
        QTextStream(stderr) << "the two-factor login did not finish\n";
        return 1;
    }
    if (!saveOtpLoginScene(window, clock, directory, suffix)) {
        QTextStream(stderr) << "the one-time code login did not finish\n";
        return 1;
    }

    ok = saveNetworkScenes(window, directory, suffix) && ok;
    if (!ok) {
        return 1;
    }
    if (parser.isSet(u"hold"_s)) {
        if (!logIn(window, u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s)) {
            return 1;
        }
        // The scenes before opened and closed sessions: ask for the view in front now, not the first one.
        window.resultView()->setCurrentTab(ResultView::Tab::Jwt);
        // The scenes had their own fixed size; held on a real screen, the window keeps to it as the app does.
        ScreenFit::fit(&window, window.size());
        QTextStream(stdout) << "ready" << Qt::endl;
        return QApplication::exec();
    }
    return 0;
}
