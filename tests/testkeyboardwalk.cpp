// The main window with the keyboard alone: key events through QTest, no mouse and no slot called directly, against
// the in-process demo tenant and the real keychain (scripts/with-keyring). Each step asserts what the user sees.
#include "demo/demotenant.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "session/customersession.h"
#include "sessionview.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findWorksFromTheLoginPanel();
    void newSessionStartsInUsername();
    void loginLeavesTheFocusOnTheAnswer();
    void wholeWalk();

private:
    // A key as the user presses it: to the widget with the keyboard focus.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString& text);
    // Alt+menu, then the command's letter in the menu that opened.
    static void menu(Qt::Key menuKey, Qt::Key commandKey);
    void startDemoByKeyboard();
    void submitLogin();
    template <typename T>
    T* child(const QString& name, QWidget* in = nullptr) const
    {
        auto* widget = (in ? in : static_cast<QWidget*>(m_window.get()))->findChild<T*>(name);
        if (!widget) {
            qFatal("no child %s", qPrintable(name));
        }
        return widget;
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testkeyboardwalk"_s);
    QSettings().clear();
}

void TestKeyboardWalk::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboardWalk::cleanup()
{
    m_window.reset();
}

void TestKeyboardWalk::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void TestKeyboardWalk::type(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

void TestKeyboardWalk::menu(Qt::Key menuKey, Qt::Key commandKey)
{
    press(menuKey, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), commandKey);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

// Alt+N goes to the tenant group's first field, the saved profiles; the arrow keys choose "Demo", which starts the
// demo tenant and fills in everything but the password.
void TestKeyboardWalk::startDemoByKeyboard()
{
    press(Qt::Key_N, Qt::AltModifier);
    auto* profiles = child<QComboBox>(u"profileComboBox"_s);
    QTRY_COMPARE(QApplication::focusWidget(), profiles);
    QSignalSpy started(m_window.get(), &MainWindow::demoTenantStarted);
    for (int i = 0; i < profiles->count() && started.isEmpty(); ++i) {
        press(Qt::Key_Down);
    }
    QCOMPARE(started.count(), 1);
    QVERIFY(child<QWidget>(u"demoBannerFrame"_s)->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"passwordLineEdit"_s, m_window->currentSessionView()));
}

void TestKeyboardWalk::submitLogin()
{
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    press(Qt::Key_Return);
    QVERIFY(finished.wait(20000));
}

void TestKeyboardWalk::findWorksFromTheLoginPanel()
{
    startDemoByKeyboard();
    type(DemoTenant::defaultPassword());
    submitLogin();
    QVERIFY(m_window->currentSession()->currentTicket());

    // Back in the form (Alt+U), Ctrl+F still reaches the tree: the JWT's filter, and the typed text goes there.
    press(Qt::Key_U, Qt::AltModifier);
    auto* username = child<QLineEdit>(u"usernameLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), username);
    const QString before = username->text();
    press(Qt::Key_F, Qt::ControlModifier);
    auto* filter = child<QLineEdit>(u"jwtFilterLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QCOMPARE(m_window->resultView()->currentTab(), ResultView::Tab::Jwt);
    type(u"b.TenantId"_s);
    QCOMPARE(filter->text(), u"b.TenantId"_s);
    QCOMPARE(username->text(), before);
}

void TestKeyboardWalk::newSessionStartsInUsername()
{
    startDemoByKeyboard();
    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->sessionCount(), 2);
    QTRY_COMPARE(QApplication::focusWidget(),
        static_cast<QWidget*>(child<QLineEdit>(u"usernameLineEdit"_s, m_window->currentSessionView())));
    type(u"b2b.buyer@example.com"_s);
    QCOMPARE(m_window->loginPanel()->loginRequest().username, u"b2b.buyer@example.com"_s);
}

void TestKeyboardWalk::loginLeavesTheFocusOnTheAnswer()
{
    startDemoByKeyboard();
    type(DemoTenant::defaultPassword());
    submitLogin();
    auto* tabs = child<QTabWidget>(u"resultTabWidget"_s);
    // Not the profile list (typing there switched profiles): the answer's tabs, where typing changes nothing.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tabs->tabBar()));
    const QString profile = child<QComboBox>(u"profileComboBox"_s)->currentText();
    type(u"x"_s);
    QCOMPARE(child<QComboBox>(u"profileComboBox"_s)->currentText(), profile);
    QVERIFY(m_window->currentSession()->currentTicket());

    // A refusal: the Problem tab in front, with the keyboard on the tabs too.
    press(Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(u"usernameLineEdit"_s));
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"locked@example.com"_s);
    submitLogin();
    QCOMPARE(m_window->resultView()->currentTab(), ResultView::Tab::Problem);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tabs->tabBar()));

    // A code asked for: the code field.
    press(Qt::Key_U, Qt::AltModifier);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"mfa@example.com"_s);
    submitLogin();
    QVERIFY(m_window->resultView()->isWaitingForCode());
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(u"codeLineEdit"_s));
}

void TestKeyboardWalk::wholeWalk()
{
    // Start: the demo tenant, chosen from the profiles.
    startDemoByKeyboard();

    // Log in ada (the demo fills in her username): the password, then Enter.
    type(DemoTenant::defaultPassword());
    submitLogin();
    QVERIFY2(m_window->statusText().startsWith(u"Logged in as ada.lovelace@example.com"_s),
        qPrintable(m_window->statusText()));

    // Inspect the JWT: Alt+J brings its tab to the front, with the decoded claims.
    press(Qt::Key_J, Qt::AltModifier);
    QCOMPARE(m_window->resultView()->currentTab(), ResultView::Tab::Jwt);
    auto* jwtTree = child<QTreeView>(u"jwtPayloadTreeView"_s);
    QVERIFY(jwtTree->isVisible());
    QVERIFY(jwtTree->model()->rowCount() > 5);

    // Filter the account: the next tab (the arrow key on the tabs), Ctrl+F, type.
    press(Qt::Key_Right);
    QCOMPARE(m_window->resultView()->currentTab(), ResultView::Tab::Account);
    press(Qt::Key_F, Qt::ControlModifier);
    auto* accountFilter = child<QLineEdit>(u"accountFilterLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), accountFilter);
    auto* accountTree = child<QTreeView>(u"accountTreeView"_s);
    const int allRows = accountTree->model()->rowCount();
    type(u"emailAddress"_s);
    QTRY_VERIFY(accountTree->model()->rowCount() < allRows);
    QVERIFY(accountTree->model()->rowCount() > 0);
    bool found = false;
    for (int row = 0; row < accountTree->model()->rowCount(); ++row) {
        found = found || accountTree->model()->index(row, 0).data().toString() == u"emailAddress"_s;
    }
    QVERIFY(found);

    // Refresh: Ctrl+R, one line in the refresh log.
    SessionView* first = m_window->currentSessionView();
    QSignalSpy refreshed(first->session(), &CustomerSession::resultReady);
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(refreshed.wait(20000));
    auto* log = child<QTreeWidget>(u"refreshLogTreeWidget"_s, first);
    QTRY_COMPARE(log->topLevelItemCount(), 1);

    // New session: Ctrl+T, the cursor in Username.
    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->sessionCount(), 2);
    SessionView* second = m_window->currentSessionView();
    QVERIFY(second != first);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QLineEdit>(u"usernameLineEdit"_s, second)));

    // Another customer: username, Tab, password, Enter.
    type(u"b2b.buyer@example.com"_s);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(child<QLineEdit>(u"passwordLineEdit"_s, second)));
    type(DemoTenant::defaultPassword());
    submitLogin();
    QVERIFY2(
        m_window->statusText().startsWith(u"Logged in as b2b.buyer@example.com"_s), qPrintable(m_window->statusText()));
    QVERIFY(second->session()->currentTicket());

    // Side by side: View ▸ Side by Side.
    menu(Qt::Key_V, Qt::Key_D);
    QVERIFY(m_window->isSideBySide());
    QVERIFY(first->isVisible() && second->isVisible());

    // Forget the session in front: Session ▸ Forget Session.
    QSignalSpy forgotten(second, &SessionView::forgetFinished);
    menu(Qt::Key_S, Qt::Key_F);
    QVERIFY(forgotten.wait(20000));
    QVERIFY(!second->session()->currentTicket());
    QVERIFY2(m_window->statusText().startsWith(u"Session forgotten"_s), qPrintable(m_window->statusText()));
    QVERIFY(first->session()->currentTicket()); // the other session keeps its tokens
}

QTEST_MAIN(TestKeyboardWalk)
#include "testkeyboardwalk.moc"
