// Every window on the screen: the main window, side by side and the tool windows keep within the available
// geometry, and what they show is not cut. ctest runs it on a 1400×900 and on a 1024×768 offscreen
// screen (tests/data/offscreen-*.json); by hand it runs on whatever screen the platform has.
#include "compareview.h"
#include "demo/demotenant.h"
#include "historyview.h"
#include "inspectorview.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "sessionview.h"
#include "vault/memoryvault.h"

#include <QAction>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowFitsTheScreen();
    void sideBySideStaysOnTheScreenAndGivesTheWidthBack();
    void toolWindowsOpenOnTheScreen();
    void loginPanelFitsBesideTwoTabs();

private:
    void startAndLogIn();
    void logInTo(SessionView* view, const QString& username);
    QRect available() const { return m_window->screen()->availableGeometry(); }

    std::unique_ptr<MainWindow> m_window;
};

namespace {

// Why a window does not fit, or an empty string.
QString offScreen(const QWidget* window)
{
    const QRect area = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (area.contains(frame)) {
        return {};
    }
    return u"%1 at %2,%3 %4×%5 is not within the available %6×%7"_s.arg(window->objectName())
        .arg(frame.x())
        .arg(frame.y())
        .arg(frame.width())
        .arg(frame.height())
        .arg(area.width())
        .arg(area.height());
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

} // namespace

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testwindowfit"_s);
    qInfo("screen: %d×%d available", QGuiApplication::primaryScreen()->availableGeometry().width(),
        QGuiApplication::primaryScreen()->availableGeometry().height());
}

void TestWindowFit::init()
{
    QSettings().clear(); // no saved geometry: the first start's sizes
    m_window = std::make_unique<MainWindow>();
    m_window->setVault(std::make_unique<MemoryVault>());
}

void TestWindowFit::cleanup()
{
    m_window.reset();
}

void TestWindowFit::logInTo(SessionView* view, const QString& username)
{
    auto* usernameEdit = view->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    auto* passwordEdit = view->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    QVERIFY(usernameEdit && passwordEdit);
    usernameEdit->clear();
    QTest::keyClicks(usernameEdit, username);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, DemoTenant::defaultPassword());
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY(view->session()->currentTicket());
}

void TestWindowFit::startAndLogIn()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startDemoTenant();
    QVERIFY(m_window->demoTenant());
    logInTo(m_window->currentSessionView(), u"ada.lovelace@example.com"_s);
    settle();
}

void TestWindowFit::mainWindowFitsTheScreen()
{
    m_window->setObjectName(u"main window"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    startAndLogIn();
    // A result beside the login panel makes the window no wider than the screen.
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
}

void TestWindowFit::sideBySideStaysOnTheScreenAndGivesTheWidthBack()
{
    m_window->setObjectName(u"main window"_s);
    startAndLogIn();
    m_window->newSession();
    logInTo(m_window->currentSessionView(), u"b2b.buyer@example.com"_s);
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    const int width = m_window->width();
    auto* sideBySide = m_window->findChild<QAction*>(u"sideBySideAction"_s);
    sideBySide->trigger();
    QVERIFY(m_window->isSideBySide());
    settle();
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    QVERIFY(m_window->sessionView(0)->isVisible() && m_window->sessionView(1)->isVisible());
    m_window->newSession(); // a third one joins the row, and the window still fits
    settle();
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    sideBySide->trigger();
    QVERIFY(!m_window->isSideBySide());
    settle();
    QCOMPARE(m_window->width(), width);
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
}

void TestWindowFit::toolWindowsOpenOnTheScreen()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showInspector();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->inspectorView()));
    QVERIFY2(offScreen(m_window->inspectorView()).isEmpty(), qPrintable(offScreen(m_window->inspectorView())));
    m_window->showCompare();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->compareView()));
    QVERIFY2(offScreen(m_window->compareView()).isEmpty(), qPrintable(offScreen(m_window->compareView())));
    m_window->showHistory();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->historyView()));
    QVERIFY2(offScreen(m_window->historyView()).isEmpty(), qPrintable(offScreen(m_window->historyView())));
}

void TestWindowFit::loginPanelFitsBesideTwoTabs()
{
    if (available().height() < 860) {
        QSKIP("The whole login form needs a screen about 900 pixels tall; below that it scrolls.");
    }
    startAndLogIn();
    m_window->newSession();
    settle();
    auto* scroll = m_window->currentSessionView()->findChild<QScrollArea*>(u"formScrollArea"_s);
    QVERIFY(scroll);
    QVERIFY(scroll->isVisible());
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
        qPrintable(u"the form is %1 px tall, the panel shows %2"_s.arg(scroll->widget()->height())
                       .arg(scroll->viewport()->height())));
}

QTEST_MAIN(TestWindowFit)
#include "testwindowfit.moc"
