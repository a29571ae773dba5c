// The whole window against the in-process demo tenant: typed password, clicked button, real HTTP on loopback.
#include "clock.h"
#include "compareview.h"
#include "demo/demotenant.h"
#include "helpers/sessionviewrig.h"
#include "inspectorview.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "profilechooser.h"
#include "resultview.h"
#include "sessionview.h"
#include "timelineview.h"
#include "vault/keychainvault.h"
#include "vault/memoryvault.h"
#include "vault/profilestore.h"
#include "vault/storedtokens.h"
#include "vault/tokenvault.h"

#include "json/jsontreemodel.h"
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsReadyWithoutTouchingTheKeychain();
    void damagedSettingsFileSetAside();
    void demoLoginFillsEveryView();
    void refusalsShowTheirDiagnosis_data();
    void refusalsShowTheirDiagnosis();
    void twoFactorIsAClearState();
    void secretsStayOutOfTheRawTabWhileRedacted();
    void tokensGoToTheKeychain();
    void keychainUnavailableKeepsTokensInMemory();
    void countdownFollowsTheClock();
    void settingsKeepLayoutButNoSecret();
    void cancelKeepsTheWindowUsable();
    void bigAccountOpensLazily();
    void keyboardOnlyLogin();
    void unreachableHostIsDiagnosed();
    void choosingTheDemoStartsIt();
    void savedProfileKeepsWhereItsTenantWasFound();
    void compareWindowTakesTheShownTicket();
    void twoSessionsInTabsStaySeparate();
    void sideBySideShowsBothSessions();
    void demoTenantRotatesRefreshTokensOnRequest();

private:
    void startDemo();
    void logIn(const QString& username, const QString& password);
    void logInTo(SessionView* view, const QString& username);
    template <typename T>
    T* child(const char* name) const
    {
        auto* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    static bool treeHasPath(const QAbstractItemModel* model, const QString& path, const QModelIndex& parent = {});

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Window geometry goes to a test-only settings file, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testmainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::startDemo()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy started(m_window.get(), &MainWindow::demoTenantStarted);
    m_window->startDemoTenant();
    QCOMPARE(started.count(), 1);
    QVERIFY(m_window->demoTenant());
    QVERIFY(child<QWidget>("demoBannerFrame")->isVisible());
}

void TestMainWindow::logIn(const QString& username, const QString& password)
{
    auto* usernameEdit = child<QLineEdit>("usernameLineEdit");
    auto* passwordEdit = child<QLineEdit>("passwordLineEdit");
    usernameEdit->setFocus();
    QTest::keyClick(usernameEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(usernameEdit, username);
    passwordEdit->setFocus();
    QTest::keyClick(passwordEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(passwordEdit, password);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_window->loginPanel()->isBusy());
}

void TestMainWindow::logInTo(SessionView* view, const QString& username)
{
    SessionViewRig::typeCredentials(view, username);
    auto* passwordEdit = view->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    QVERIFY(passwordEdit);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QSignalSpy stored(view->session(), &CustomerSession::tokensStored);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY(view->session()->currentTicket());
    QVERIFY(stored.count() > 0 || stored.wait(20000));
}

bool TestMainWindow::treeHasPath(const QAbstractItemModel* model, const QString& path, const QModelIndex& parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(JsonTreeModel::JsonPathRole).toString() == path) {
            return true;
        }
        if (path.startsWith(index.data(JsonTreeModel::JsonPathRole).toString()) && treeHasPath(model, path, index)) {
            return true;
        }
    }
    return false;
}

void TestMainWindow::startsReadyWithoutTouchingTheKeychain()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->windowTitle(), u"Kibo Token Inspector"_s);
    QCOMPARE(m_window->statusText(), u"Ready"_s);
    QVERIFY(!m_window->vault()); // no keychain job before the first login
    // A roomy first size, as far as the screen allows (the offscreen screen is 800×600).
    const QRect screen = m_window->screen()->availableGeometry();
    QVERIFY(m_window->width() >= std::min(900, screen.width() - 40));
    QVERIFY(screen.contains(m_window->frameGeometry()));
    QVERIFY(!child<QWidget>("demoBannerFrame")->isVisible());
}

// A settings file QSettings cannot read is set aside before the window reads its layout or a profile, and the status
// bar says where it went; the window starts on defaults and saves a whole file again.
void TestMainWindow::damagedSettingsFileSetAside()
{
    m_window.reset();
    const QString path = QSettings().fileName();
    const QString aside = path + u".corrupt"_s;
    const auto removeAside = qScopeGuard([aside] { QFile::remove(aside); });
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("[MainWindow]\ngeometry=").append(64, '\0')); // data a crash never let reach the disk
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(
        m_window->statusText().contains(u"It was set aside as “%1”"_s.arg(aside)), qPrintable(m_window->statusText()));
    QVERIFY(QFile::exists(aside));
    QVERIFY(m_window->close()); // saves its layout
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(settings.contains(u"MainWindow/geometry"_s));
}

void TestMainWindow::demoLoginFillsEveryView()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    QVERIFY(child<QLineEdit>("passwordLineEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>("usernameLineEdit")->text(), u"ada.lovelace@example.com"_s);
    // Only the password is left to type, and the cursor waits there.
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("passwordLineEdit"));

    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY2(m_window->statusText().startsWith(u"Logged in as ada.lovelace@example.com"_s),
        qPrintable(m_window->statusText()));

    ResultView* view = m_window->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Summary);
    QVERIFY(!view->isTabVisible(ResultView::Tab::Problem));
    QVERIFY(child<QLabel>("customerNameValueLabel")->text().contains(u"Ada"_s));
    QCOMPARE(child<QLabel>("emailValueLabel")->text(), u"ada.lovelace@example.com"_s);
    QVERIFY(child<QLabel>("headlineLabel")->text().contains(u"Ada"_s));
    QVERIFY(child<QLabel>("signatureNoteLabel")->text().contains(u"signature not verified"_s));

    const QAbstractItemModel* payload = child<QTreeView>("jwtPayloadTreeView")->model();
    QTRY_VERIFY(payload->rowCount() > 0);
    QVERIFY(treeHasPath(payload, u"$.exp"_s));
    QVERIFY(treeHasPath(payload, u"$[\"https://www.kibocommerce.com/user_claims\"][\"b.TenantId\"]"_s));
    // Claims carry their meaning from the claim catalogue.
    for (int row = 0; row < payload->rowCount(); ++row) {
        const QModelIndex name = payload->index(row, JsonTreeModel::KeyColumn);
        if (name.data(JsonTreeModel::JsonPathRole).toString() == u"$.exp"_s) {
            QVERIFY(!payload->index(row, JsonTreeModel::NoteColumn).data().toString().isEmpty());
            QVERIFY(payload->index(row, JsonTreeModel::ValueColumn).data().toString().contains(u"UTC"_s));
        }
    }
    const QAbstractItemModel* header = child<QTreeView>("jwtHeaderTreeView")->model();
    QVERIFY(header->rowCount() > 0);
    const QAbstractItemModel* account = child<QTreeView>("accountTreeView")->model();
    QTRY_VERIFY(account->rowCount() > 0);
    QVERIFY(treeHasPath(account, u"$.emailAddress"_s));
    QVERIFY(treeHasPath(account, u"$.contacts[0]"_s));

    // The filter narrows the account tree to matching rows.
    const int before = account->rowCount();
    QTest::keyClicks(child<QLineEdit>("accountFilterLineEdit"), u"emailAddress"_s);
    QTRY_VERIFY(account->rowCount() < before);
    QVERIFY(account->rowCount() > 0);
}

void TestMainWindow::refusalsShowTheirDiagnosis_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("httpStatus");

    QTest::newRow("wrong password") << u"ada.lovelace@example.com"_s << u"wrong-password"_s << u"INVALID_CREDENTIALS"_s
                                    << u"401"_s;
    QTest::newRow("unknown user") << u"nobody@example.com"_s << u"Demo-pass-1"_s << u"INVALID_CREDENTIALS"_s
                                  << u"401"_s;
    QTest::newRow("locked account") << u"locked@example.com"_s << u"Demo-pass-1"_s << u"ACCOUNT_LOCKED"_s << u"401"_s;
    QTest::newRow("inactive account") << u"inactive@example.com"_s << u"Demo-pass-1"_s << u"ACCOUNT_INACTIVE"_s
                                      << u"401"_s;
    QTest::newRow("password change required")
        << u"expired.password@example.com"_s << u"Demo-pass-1"_s << u"PASSWORD_CHANGE_REQUIRED"_s << u"401"_s;
}

void TestMainWindow::refusalsShowTheirDiagnosis()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, errorCode);
    QFETCH(QString, httpStatus);

    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    logIn(username, password);

    ResultView* view = m_window->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Problem);
    QVERIFY(view->isTabVisible(ResultView::Tab::Problem));
    QVERIFY(!view->isTabVisible(ResultView::Tab::Jwt));
    QCOMPARE(child<QLabel>("errorCodeValueLabel")->text(), errorCode);
    QCOMPARE(child<QLabel>("httpStatusValueLabel")->text(), httpStatus);
    QVERIFY(!child<QLabel>("problemTitleLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>("problemCauseLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>("nextStepLabel")->text().isEmpty());
    // Kibo's words are quoted as the server's, beside our diagnosis.
    QVERIFY(child<QLabel>("serverMessageValueLabel")->text().startsWith(u"“"_s));
    const QString correlationId = child<QLabel>("correlationIdValueLabel")->text();
    QCOMPARE(correlationId.size(), 32);
    QVERIFY(child<QPushButton>("copyCorrelationIdButton")->isEnabled());
    QVERIFY(m_window->statusText().startsWith(u"Login failed"_s));
    // A refusal stores nothing.
    QVERIFY(!child<QLabel>("headlineLabel")->text().isEmpty());
    // The password never shows up anywhere in the window's text, the raw reply's included (made when shown).
    m_window->resultView()->setCurrentTab(ResultView::Tab::Raw);
    QVERIFY(!child<QPlainTextEdit>("rawPlainTextEdit")->toPlainText().isEmpty());
    QVERIFY(!child<QPlainTextEdit>("rawPlainTextEdit")->toPlainText().contains(password));
    QVERIFY(!m_window->statusText().contains(password));
}

void TestMainWindow::twoFactorIsAClearState()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    QSignalSpy outbox(m_window->demoTenant(), &DemoTenant::codeSent);
    logIn(u"mfa@example.com"_s, u"Demo-pass-1"_s);
    ResultView* view = m_window->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Summary);
    QVERIFY(child<QLabel>("headlineLabel")->text().contains(u"Two-step verification required"_s));
    QVERIFY(child<QLabel>("twoFactorLabel")->isVisible());
    QCOMPARE(child<QLabel>("userIdValueLabel")->text().size(), 32);
    QVERIFY(!view->isTabVisible(ResultView::Tab::Jwt));
    QVERIFY(view->isWaitingForCode());
    QVERIFY(m_window->statusText().contains(u"Two-factor"_s));
    QVERIFY(m_window->vaultStatusText().contains(u"after a successful login"_s)); // nothing stored yet
    QCOMPARE(outbox.count(), 1);
    const QString code = outbox.at(0).at(1).toString();
    QCOMPARE(code.size(), 6);
    QVERIFY(child<QLabel>("demoOutboxLabel")->text().contains(code));

    // A wrong code keeps the form and says why, inline.
    auto* codeEdit = child<QLineEdit>("codeLineEdit");
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    codeEdit->setFocus();
    QTest::keyClicks(codeEdit, wrong);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY(view->isWaitingForCode());
    QVERIFY(child<QLabel>("twoFactorErrorLabel")->isVisible());
    QVERIFY(!child<QLabel>("twoFactorErrorLabel")->text().isEmpty());

    // The right code, typed and clicked, finishes the login.
    codeEdit->selectAll();
    QTest::keyClicks(codeEdit, code);
    QTest::mouseClick(child<QPushButton>("verifyCodeButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!view->isWaitingForCode());
    QVERIFY2(m_window->statusText().startsWith(u"Logged in as mfa@example.com"_s), qPrintable(m_window->statusText()));
    QVERIFY(view->isTabVisible(ResultView::Tab::Jwt));
    QVERIFY(!child<QWidget>("twoFactorGroupBox")->isVisible());
    QTRY_VERIFY(child<QTreeView>("accountTreeView")->model()->rowCount() > 0);
}

void TestMainWindow::secretsStayOutOfTheRawTabWhileRedacted()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);

    // The real tokens, read from the clear view, then checked against the redacted views.
    ResultView* view = m_window->resultView();
    view->setCurrentTab(ResultView::Tab::Raw); // its text is made when shown
    view->setSecretsShown(true);
    const QString accessToken = child<QLineEdit>("accessTokenLineEdit")->text();
    const QString refreshToken = child<QLineEdit>("refreshTokenLineEdit")->text();
    const QString jwt = child<QLineEdit>("jwtLineEdit")->text();
    QVERIFY(accessToken.size() > 100);
    QCOMPARE(refreshToken.size(), 32);
    QCOMPARE(jwt.count(u'.'), 2);
    QString raw = child<QPlainTextEdit>("rawPlainTextEdit")->toPlainText();
    QVERIFY(raw.contains(refreshToken));

    view->setSecretsShown(false);
    raw = child<QPlainTextEdit>("rawPlainTextEdit")->toPlainText();
    QVERIFY(raw.contains(u"emailAddress"_s));
    for (const QString& secret : { accessToken, refreshToken, jwt }) {
        QVERIFY(!raw.contains(secret));
        QVERIFY(!raw.contains(secret.left(16)));
        QVERIFY(!child<QLineEdit>("accessTokenLineEdit")->text().contains(secret));
        QVERIFY(!child<QLineEdit>("refreshTokenLineEdit")->text().contains(secret));
        QVERIFY(!child<QLineEdit>("jwtLineEdit")->text().contains(secret));
        QVERIFY(!m_window->statusText().contains(secret));
    }
    QVERIFY(!raw.contains(u"Demo-pass-1"_s));
}

void TestMainWindow::tokensGoToTheKeychain()
{
    // The real Secret Service of scripts/with-keyring, as in production.
    startDemo();
    QVERIFY(!m_window->vault());
    QSignalSpy reported(m_window.get(), &MainWindow::vaultStatusChanged);
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY(qobject_cast<KeychainVault*>(m_window->vault()));
    QVERIFY(reported.count() > 0 || reported.wait(20000));
    if (qEnvironmentVariableIsEmpty("KTI_KEYRING_SANDBOX")) {
        // Outside scripts/with-keyring there may be no keyring: then the status must say so.
        QVERIFY2(m_window->vaultStatusText() == u"Tokens saved in the keychain"_s
                || m_window->vaultStatusText().endsWith(u"tokens are kept in memory until you quit"_s),
            qPrintable(m_window->vaultStatusText()));
        return;
    }
    QCOMPARE(m_window->vaultStatusText(), u"Tokens saved in the keychain"_s);

    // Read them back with a second vault: the same tokens the window shows, under user@home-host/tenant.
    m_window->resultView()->setSecretsShown(true);
    const QString refreshToken = child<QLineEdit>("refreshTokenLineEdit")->text();
    const QString jwt = child<QLineEdit>("jwtLineEdit")->text();
    const QUrl base = m_window->demoTenant()->baseUrl();
    const QString account
        = TokenVault::accountKey(u"ada.lovelace@example.com"_s, u"%1:%2/t100001"_s.arg(base.host()).arg(base.port()));
    KeychainVault reader;
    QSignalSpy loaded(&reader, &TokenVault::loaded);
    reader.load(account);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.at(0).at(0).toString(), account);
    const auto tokens = loaded.at(0).at(1).value<StoredTokens>();
    QCOMPARE(tokens.refreshToken, refreshToken);
    QCOMPARE(tokens.jwtAccessToken, jwt);
    QVERIFY(loaded.at(0).at(2).value<VaultStatus>().ok());

    QSignalSpy removed(&reader, &TokenVault::removed);
    reader.remove(account);
    QVERIFY(removed.wait(20000));
}

void TestMainWindow::keychainUnavailableKeepsTokensInMemory()
{
    // A real keychain that is not there: this test runs itself again as a child whose session bus
    // address leads nowhere, with a HOME of its own that the child searches before it ends.
    if (qEnvironmentVariableIsEmpty("KTI_TEST_NO_BUS_CHILD")) {
        QTemporaryDir sandbox;
        QVERIFY(sandbox.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"KTI_KEYRING_SANDBOX"_s);
        env.insert(u"KTI_TEST_NO_BUS_CHILD"_s, u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + sandbox.filePath(u"no-bus"_s));
        env.insert(u"HOME"_s, sandbox.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, sandbox.filePath(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, sandbox.filePath(u"home/.local/share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, sandbox.filePath(u"home/.cache"_s));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { u"keychainUnavailableKeepsTokensInMemory"_s });
        QVERIFY(child.waitForFinished(120000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(
            output.contains("PASS   : TestMainWindow::keychainUnavailableKeepsTokensInMemory()"), output.constData());
        QVERIFY2(output.contains("searched home:"), output.constData());
        return;
    }

    startDemo();
    QSignalSpy reported(m_window.get(), &MainWindow::vaultStatusChanged);
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY(qobject_cast<KeychainVault*>(m_window->vault()));
    QVERIFY(reported.count() > 0 || reported.wait(60000));
    // Nothing listens at the bus address: "no session bus", not "unavailable" or "locked".
    QCOMPARE(m_window->vaultStatusText(), u"No session bus: tokens are kept in memory until you quit"_s);
    const QString reason = child<QLabel>("vaultStatusLabel")->toolTip();
    QVERIFY2(!reason.isEmpty() && !reason.contains(u"no-bus"_s), qPrintable(reason));

    // The session goes on with the tokens in memory.
    ResultView* view = m_window->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Summary);
    view->setSecretsShown(true);
    const QStringList secrets { u"Demo-pass-1"_s, child<QLineEdit>("accessTokenLineEdit")->text(),
        child<QLineEdit>("refreshTokenLineEdit")->text(), child<QLineEdit>("jwtLineEdit")->text() };
    for (const QString& secret : secrets) {
        QVERIFY(secret.size() >= 8);
    }
    QVERIFY(m_window->close());
    m_window.reset();
    QSettings().sync();

    // Whatever was written under this child's HOME (settings, caches) holds none of them.
    int files = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        for (const QString& secret : secrets) {
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        ++files;
    }
    QVERIFY(files > 0); // the window's settings at least: the search did look somewhere
    qInfo("searched home: %d files", files);
}

void TestMainWindow::countdownFollowsTheClock()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    m_window->setClock(&clock);
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);

    // The demo tenant issues on the same clock: the ticket lives exactly 15 minutes from "now".
    auto* remaining = child<QLabel>("accessRemainingValueLabel");
    QCOMPARE(remaining->text(), u"in 15 min 0 s"_s);
    clock.advanceSeconds(5 * 60 + 30);
    QTRY_COMPARE(remaining->text(), u"in 9 min 30 s"_s);
    // The timeline agrees with the ticket and moves with the same clock.
    auto* timeline = child<TimelineView>("timelineView");
    QVERIFY(timeline->isVisible());
    QVERIFY(timeline->timeline().findings().isEmpty());
    const QDateTime issued = timeline->timeline().event(TokenTimeline::Moment::IssuedAt)->at;
    const QDateTime access = timeline->timeline().event(TokenTimeline::Moment::AccessExpiry)->at;
    QVERIFY(qAbs(issued.secsTo(access) - 15 * 60) <= 1);
    clock.advanceSeconds(10 * 60);
    QTRY_COMPARE(remaining->text(), u"expired 30 s ago"_s);
    QVERIFY(!timeline->timeline().hasFinding(u"access-expired"_s)); // 30 s: within the leeway
    // The refresh token (24 h) is still valid.
    QCOMPARE(child<QLabel>("refreshRemainingValueLabel")->text(), u"in 23 h 44 min 30 s"_s);
    clock.advanceSeconds(60);
    QTRY_VERIFY(timeline->timeline().hasFinding(u"access-expired"_s));
    m_window.reset(); // before the clock goes away
}

void TestMainWindow::settingsKeepLayoutButNoSecret()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    const QString password = u"Demo-pass-1"_s;
    logIn(u"ada.lovelace@example.com"_s, password);
    m_window->resultView()->setSecretsShown(true);
    const QStringList secrets { password, child<QLineEdit>("accessTokenLineEdit")->text(),
        child<QLineEdit>("refreshTokenLineEdit")->text(), child<QLineEdit>("jwtLineEdit")->text(),
        DemoTenant::sharedSecret() };
    m_window->resize(1000, 700);
    QVERIFY(m_window->close());

    QSettings settings;
    settings.sync();
    QVERIFY(settings.contains(u"MainWindow/geometry"_s));
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.isEmpty());
    for (const QString& secret : secrets) {
        QVERIFY(secret.size() >= 8);
        QVERIFY(!stored.contains(secret.toUtf8()));
        QVERIFY(!stored.contains(secret.toUtf8().toBase64()));
    }

    // A new window comes back at the size the last one had.
    MainWindow again;
    QCOMPARE(again.size(), QSize(1000, 700));
}

void TestMainWindow::cancelKeepsTheWindowUsable()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    auto* passwordEdit = child<QLineEdit>("passwordLineEdit");
    QTest::keyClicks(passwordEdit, u"Demo-pass-1"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    // Log in and cancel before the event loop could deliver any reply.
    QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
    QVERIFY(m_window->loginPanel()->isBusy());
    auto* cancel = child<QPushButton>("cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(m_window->statusText(), u"Login cancelled."_s);
    QVERIFY(!m_window->loginPanel()->isBusy());
    QVERIFY(!m_window->resultView()->hasResult());

    // The next login works.
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY(m_window->statusText().startsWith(u"Logged in as"_s));
}

void TestMainWindow::bigAccountOpensLazily()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    logIn(u"big.account@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY2(m_window->statusText().startsWith(u"Logged in as"_s), qPrintable(m_window->statusText()));
    m_window->resultView()->setCurrentTab(ResultView::Tab::Account);
    auto* tree = child<QTreeView>("accountTreeView");
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(tree->model());
    QVERIFY(proxy);
    const auto* model = qobject_cast<const JsonTreeModel*>(proxy->sourceModel());
    QVERIFY(model);
    // 5,000 contacts and 2,000 attributes, but only the top level has been built.
    QVERIFY2(model->nodeCount() < 200, qPrintable(QString::number(model->nodeCount())));
    QVERIFY(treeHasPath(tree->model(), u"$.contacts"_s));
}

void TestMainWindow::keyboardOnlyLogin()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    QWidget* username = child<QLineEdit>("usernameLineEdit");
    username->setFocus();
    QTRY_VERIFY(username->hasFocus());
    // Tab to the password, type it, press Enter: no mouse anywhere.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("passwordLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), u"Demo-pass-1"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_window->statusText().startsWith(u"Logged in as"_s), qPrintable(m_window->statusText()));

    // Ctrl+Shift+S shows the secrets, through the View menu's shortcut.
    QVERIFY(!m_window->resultView()->secretsShown());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->resultView()->secretsShown());
}

void TestMainWindow::unreachableHostIsDiagnosed()
{
    // A loopback port that was free a moment ago: nothing listens there.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    m_window->setVault(std::make_unique<MemoryVault>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString host = u"http://127.0.0.1:%1"_s.arg(closedPort);
    m_window->loginPanel()->setProfile(KiboProfile::demo(QUrl(host)), DemoTenant::sharedSecret());
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);

    ResultView* view = m_window->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Problem);
    QVERIFY(!child<QLabel>("problemTitleLabel")->text().isEmpty());
    QVERIFY(!child<QLabel>("nextStepLabel")->text().isEmpty());
    QVERIFY(!child<QWidget>("problemDetailsGroupBox")->isVisible()); // no HTTP reply to detail
    QVERIFY(m_window->statusText().startsWith(u"Login failed"_s));
    QVERIFY(!m_window->vault() || qobject_cast<MemoryVault*>(m_window->vault()));
}

void TestMainWindow::choosingTheDemoStartsIt()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->demoTenant());
    QSignalSpy started(m_window.get(), &MainWindow::demoTenantStarted);
    auto* combo = child<QComboBox>("dataCentreComboBox");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home); // "Demo tenant (this computer)" comes first
    QCOMPARE(started.count(), 1);
    QVERIFY(m_window->demoTenant());
    // The demo's home host; its pod is looked up there like any tenant's.
    QCOMPARE(QUrl(child<QLineEdit>("authHostLineEdit")->text()), m_window->demoTenant()->baseUrl());
    QVERIFY(child<QLineEdit>("apiHostLineEdit")->text().isEmpty());

    // Leaving and coming back does not start a second one.
    QTest::keyClick(combo, Qt::Key_End);
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(started.count(), 1);
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY(m_window->statusText().startsWith(u"Logged in as"_s));
}

void TestMainWindow::savedProfileKeepsWhereItsTenantWasFound()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    KiboProfile local = KiboProfile::demo(m_window->demoTenant()->baseUrl());
    local.name = u"Local demo"_s;
    local.dataCentre = u"custom"_s;
    ProfileStore* store = m_window->profileChooser()->store();
    QCOMPARE(store->add(local), QString());
    QVERIFY(m_window->profileChooser()->choose(m_window->loginPanel(), local.name));
    auto* secret = child<QLineEdit>("clientSecretLineEdit");
    secret->setFocus();
    QTest::keyClick(secret, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(secret, DemoTenant::sharedSecret());
    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    QVERIFY(m_window->statusText().startsWith(u"Logged in as"_s));
    // Saved at once, in the settings file, and it is the tenant's own host, not the home host.
    const QString pod = m_window->demoTenant()->podUrl().authority();
    QCOMPARE(ProfileStore().profile(local.name)->tenantDomain, pod);
}

void TestMainWindow::compareWindowTakesTheShownTicket()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    auto* compareLogin = m_window->findChild<QAction*>(u"compareLoginAction"_s);
    QVERIFY(compareLogin);
    QVERIFY(!compareLogin->isEnabled()); // nothing shown yet
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    QVERIFY(compareLogin->isEnabled());

    compareLogin->trigger();
    CompareView* compare = m_window->compareView();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QVERIFY(compare->input(CompareView::Side::First) == m_window->resultView()->result()->rawBody);
    QVERIFY(compare->input(CompareView::Side::Second).isEmpty());

    // Presenter mode reaches the compare window too.
    m_window->setPresenterMode(true);
    QVERIFY(compare->presenterMode());
    QVERIFY(!compare->findChild<QPlainTextEdit*>(u"firstPlainTextEdit"_s)->isVisible());
    m_window->setPresenterMode(false);
    QVERIFY(!compare->presenterMode());

    // The menu action opens the same window again.
    compare->close();
    m_window->findChild<QAction*>(u"compareAction"_s)->trigger();
    QCOMPARE(m_window->compareView(), compare);
    QVERIFY(compare->isVisible());
    // It closes with the main window, or the application would stay open.
    QVERIFY(m_window->close());
    QVERIFY(!compare->isVisible());
}

namespace {

StoredTokens readBack(TokenVault* vault, const QString& account)
{
    QSignalSpy loaded(vault, &TokenVault::loaded);
    vault->load(account);
    if (!loaded.wait(20000)) {
        return {};
    }
    return loaded.at(0).at(1).value<StoredTokens>();
}

} // namespace

void TestMainWindow::twoSessionsInTabsStaySeparate()
{
    // The real keychain under scripts/with-keyring (the window makes it on the first store), else memory.
    const bool realKeychain = !qEnvironmentVariableIsEmpty("KTI_KEYRING_SANDBOX");
    if (!realKeychain) {
        m_window->setVault(std::make_unique<MemoryVault>());
    }
    startDemo();
    auto* tabs = child<QTabWidget>("sessionTabWidget");
    QCOMPARE(m_window->sessionCount(), 1);
    QVERIFY(!tabs->tabBar()->isVisible()); // one session needs no tabs
    SessionView* first = m_window->sessionView(0);
    logInTo(first, u"ada.lovelace@example.com"_s);
    QCOMPARE(tabs->tabText(0), u"ada.lovelace@example.com"_s); // named after the customer

    // File → New Session (Ctrl+T): a second tab on the same tenant.
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->sessionCount(), 2);
    QCOMPARE(m_window->currentSessionIndex(), 1);
    QVERIFY(tabs->tabBar()->isVisible());
    SessionView* second = m_window->sessionView(1);
    QCOMPARE(m_window->currentSessionView(), second);
    QCOMPARE(m_window->loginPanel(), second->loginPanel());
    QCOMPARE(QUrl(second->findChild<QLineEdit*>(u"authHostLineEdit"_s)->text()), m_window->demoTenant()->baseUrl());
    QVERIFY(!first->loginPanel()->chosenProfileName().isEmpty());
    QCOMPARE(second->loginPanel()->chosenProfileName(), first->loginPanel()->chosenProfileName());
    QVERIFY(!second->resultView()->hasResult());
    QCOMPARE(m_window->statusText(), u"New session: choose the customer and log in."_s);
    QVERIFY(!m_window->findChild<QAction*>(u"refreshAction"_s)->isEnabled()); // follows the empty tab
    logInTo(second, u"b2b.buyer@example.com"_s);
    QCOMPARE(tabs->tabText(1), u"b2b.buyer@example.com"_s);
    QVERIFY(m_window->session(0)->accountKey() != m_window->session(1)->accountKey());

    // The status bar, the share actions and the inspector follow the tab in front.
    QVERIFY(m_window->statusText().startsWith(u"Logged in as b2b.buyer@example.com"_s));
    m_window->setCurrentSession(0);
    QVERIFY2(m_window->statusText().startsWith(u"Logged in as ada.lovelace@example.com"_s),
        qPrintable(m_window->statusText()));
    QCOMPARE(m_window->resultView(), first->resultView());
    QCOMPARE(m_window->currentSession(), first->session());
    // Session → Refresh (Ctrl+R) on the first tab only.
    m_window->setCurrentSession(0);
    QVERIFY(m_window->findChild<QAction*>(u"refreshAction"_s)->isEnabled());
    const CustomerAuthTicket secondTicket = *second->session()->currentTicket();
    const QString firstAccess = first->session()->currentTicket()->accessToken;
    TokenVault* vault = m_window->vault();
    QVERIFY(vault);
    const StoredTokens secondStored = readBack(vault, second->session()->accountKey());
    QCOMPARE(secondStored.refreshToken, secondTicket.refreshToken);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QSignalSpy stored(first->session(), &CustomerSession::tokensStored);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QVERIFY(stored.count() > 0 || stored.wait(20000));
    QVERIFY2(m_window->statusText().startsWith(u"Refreshed in"_s), qPrintable(m_window->statusText()));
    QVERIFY(first->session()->currentTicket()->accessToken != firstAccess);
    QCOMPARE(first->session()->refreshLog().size(), 1);
    QCOMPARE(
        readBack(vault, first->session()->accountKey()).accessToken, first->session()->currentTicket()->accessToken);
    // The other tab: same ticket, no refresh, same keychain entry.
    QVERIFY(second->session()->refreshLog().isEmpty());
    QCOMPARE(second->session()->currentTicket()->accessToken, secondTicket.accessToken);
    QCOMPARE(readBack(vault, second->session()->accountKey()), secondStored);
    QCOMPARE(second->findChild<QTreeWidget*>(u"refreshLogTreeWidget"_s)->topLevelItemCount(), 0);

    // The inspector opens the JWT of the tab in front.
    m_window->setCurrentSession(0);
    m_window->findChild<QAction*>(u"openJwtInInspectorAction"_s)->trigger();
    QVERIFY(m_window->inspectorView());
    auto* inspectorInput = m_window->inspectorView()->findChild<QPlainTextEdit*>(u"tokenPlainTextEdit"_s);
    QCOMPARE(inspectorInput->toPlainText(), first->session()->currentTicket()->jwtAccessToken);
    m_window->inspectorView()->close();
    m_window->setCurrentSession(1);
    m_window->findChild<QAction*>(u"openJwtInInspectorAction"_s)->trigger();
    QCOMPARE(inspectorInput->toPlainText(), second->session()->currentTicket()->jwtAccessToken);
    m_window->inspectorView()->close();

    // Presenter mode masks the customers in the tab titles.
    m_window->setPresenterMode(true);
    QVERIFY(!tabs->tabText(0).contains(u"ada.lovelace@example.com"_s));
    QVERIFY(!tabs->tabText(1).contains(u"b2b.buyer@example.com"_s));
    m_window->setPresenterMode(false);
    QCOMPARE(tabs->tabText(0), u"ada.lovelace@example.com"_s);

    // Renamed by hand, a session keeps its name.
    m_window->sessionTabs()->renameSession(1, u"Buyer (QA)"_s);
    QCOMPARE(tabs->tabText(1), u"Buyer (QA)"_s);
    QCOMPARE(m_window->session(1)->name(), u"Buyer (QA)"_s);

    // Close (Ctrl+W; the inspector window has the keyboard now) asks nothing while idle; the closed session's keychain
    // entry stays.
    m_window->setCurrentSession(1);
    const QString closedAccount = second->session()->accountKey();
    QCOMPARE(m_window->findChild<QAction*>(u"closeSessionAction"_s)->shortcut(), QKeySequence(u"Ctrl+W"_s));
    m_window->findChild<QAction*>(u"closeSessionAction"_s)->trigger();
    QCOMPARE(m_window->sessionCount(), 1);
    QCOMPARE(m_window->currentSessionView(), first);
    QVERIFY(!tabs->tabBar()->isVisible());
    QVERIFY2(m_window->statusText().startsWith(u"Refreshed in"_s), qPrintable(m_window->statusText()));
    QCOMPARE(readBack(vault, closedAccount), secondStored);

    // Session → Forget Session: cleared here, removed from the keychain, proven.
    const QString account = first->session()->accountKey();
    QSignalSpy forgotten(first, &SessionView::forgetFinished);
    m_window->findChild<QAction*>(u"forgetSessionAction"_s)->trigger();
    QVERIFY(forgotten.wait(20000));
    QVERIFY(!m_window->resultView()->hasResult());
    QVERIFY(readBack(vault, account).refreshToken.isEmpty());
    QVERIFY(first->noticeText().contains(u"Kibo has no customer logout endpoint"_s));
    QVERIFY(!m_window->findChild<QAction*>(u"refreshAction"_s)->isEnabled());
    if (realKeychain) {
        QCOMPARE(m_window->vaultStatusText(), u"Tokens removed from the keychain"_s);
    }
    QSignalSpy removed(vault, &TokenVault::removed);
    vault->remove(closedAccount);
    QVERIFY(removed.wait(20000));
}

void TestMainWindow::sideBySideShowsBothSessions()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    startDemo();
    auto* sideBySide = m_window->findChild<QAction*>(u"sideBySideAction"_s);
    QVERIFY(!sideBySide->isEnabled()); // one session: nothing to put side by side
    logIn(u"ada.lovelace@example.com"_s, u"Demo-pass-1"_s);
    m_window->newSession();
    QVERIFY(sideBySide->isEnabled());
    SessionView* first = m_window->sessionView(0);
    SessionView* second = m_window->sessionView(1);
    QVERIFY(!first->isVisible());

    sideBySide->trigger();
    QVERIFY(m_window->isSideBySide());
    QVERIFY(first->isVisible());
    QVERIFY(second->isVisible());
    QVERIFY(!child<QTabWidget>("sessionTabWidget")->isVisible());
    QCOMPARE(first->findChild<QLabel*>(u"sessionTitleLabel"_s)->text(), u"ada.lovelace@example.com"_s);
    m_window->setPresenterMode(true); // the headings name no customer on a shared screen
    QVERIFY(!first->findChild<QLabel*>(u"sessionTitleLabel"_s)->text().contains(u"ada.lovelace"_s));
    m_window->setPresenterMode(false);
    QCOMPARE(first->findChild<QLabel*>(u"sessionTitleLabel"_s)->text(), u"ada.lovelace@example.com"_s);
    QVERIFY(first->x() < second->x()
        || first->mapTo(m_window.get(), QPoint()).x() < second->mapTo(m_window.get(), QPoint()).x());
    QCOMPARE(m_window->currentSessionView(), second);
    // Working in one makes it current.
    m_window->setCurrentSession(0);
    QVERIFY(m_window->statusText().startsWith(u"Logged in as ada.lovelace@example.com"_s));
    // A new session joins the row; back to tabs keeps all three and the current one.
    m_window->newSession();
    QCOMPARE(m_window->sessionCount(), 3);
    QVERIFY(m_window->sessionView(2)->isVisible());
    m_window->setCurrentSession(0);
    sideBySide->trigger();
    QVERIFY(!m_window->isSideBySide());
    QCOMPARE(child<QTabWidget>("sessionTabWidget")->count(), 3);
    QCOMPARE(m_window->currentSessionView(), first);
    QVERIFY(first->isVisible());
    QVERIFY(!second->isVisible());
}

void TestMainWindow::demoTenantRotatesRefreshTokensOnRequest()
{
    m_window->setVault(std::make_unique<MemoryVault>());
    auto* rotate = child<QAction>("demoRotateRefreshTokensAction");
    QVERIFY(!rotate->isEnabled()); // there is no demo tenant yet
    startDemo();
    QVERIFY(rotate->isEnabled());
    QVERIFY(!rotate->isChecked());
    SessionView* view = m_window->currentSessionView();
    logInTo(view, u"ada.lovelace@example.com"_s);

    // Tools → Demo Tenant Rotates Refresh Tokens, then Session → Refresh: a new refresh token, logged as rotated.
    rotate->trigger();
    QVERIFY(rotate->isChecked());
    const QString first = view->session()->currentTicket()->refreshToken;
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(view->session()->refreshLog().size(), 1);
    QVERIFY(view->session()->refreshLog().constLast().ok);
    QVERIFY(view->session()->refreshLog().constLast().rotated);
    QVERIFY(view->session()->currentTicket()->refreshToken != first);

    // Off again: the tenant keeps the refresh token.
    rotate->trigger();
    const QString second = view->session()->currentTicket()->refreshToken;
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(view->session()->refreshLog().size(), 2);
    QVERIFY(view->session()->refreshLog().constLast().ok);
    QVERIFY(!view->session()->refreshLog().constLast().rotated);
    QCOMPARE(view->session()->currentTicket()->refreshToken, second);
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
