#include "session/customersession.h"
#include "sessiontabs.h"
#include "sessionview.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// SessionTabs on its own: the tabs and the side-by-side row of the main window's sessions, with real session views
// (no request is made).
class TestSessionTabs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addedSessionsAreNamedAndCurrent();
    void draggingATabReordersTheSessions();
    void closingTheLastSessionLeavesNone();
    void presenterModeMasksTabTitles();
    void sideBySideKeepsTheCurrentSession();

private:
    SessionView* add();
    QTabWidget* tabWidget() const { return m_tabs->findChild<QTabWidget*>(u"sessionTabWidget"_s); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SessionTabs> m_tabs;
};

void TestSessionTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testsessiontabs"_s);
    QSettings().clear();
}

void TestSessionTabs::init()
{
    m_tabs = std::make_unique<SessionTabs>();
    m_tabs->resize(1200, 700);
    m_tabs->show();
}

void TestSessionTabs::cleanup()
{
    m_tabs.reset();
}

SessionView* TestSessionTabs::add()
{
    auto* view = new SessionView(&m_network, m_tabs.get());
    m_tabs->addSession(view);
    return view;
}

void TestSessionTabs::addedSessionsAreNamedAndCurrent()
{
    QSignalSpy current(m_tabs.get(), &SessionTabs::currentChanged);
    SessionView* first = add();
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(m_tabs->current(), first);
    QCOMPARE(first->session()->name(), u"Session 1"_s);
    QVERIFY(!tabWidget()->tabBar()->isVisible()); // one session needs no tab bar
    SessionView* second = add();
    QCOMPARE(m_tabs->current(), second);
    QCOMPARE(m_tabs->currentIndex(), 1);
    QCOMPARE(tabWidget()->tabText(1), u"Session 2"_s);
    QVERIFY(tabWidget()->tabBar()->isVisible());
    QCOMPARE(current.last().at(0).value<SessionView*>(), second);
    m_tabs->setCurrentIndex(0);
    QCOMPARE(m_tabs->current(), first);
    QCOMPARE(current.last().at(0).value<SessionView*>(), first);
}

void TestSessionTabs::draggingATabReordersTheSessions()
{
    SessionView* first = add();
    SessionView* second = add();
    SessionView* third = add();
    tabWidget()->tabBar()->moveTab(0, 2); // what dragging the first tab to the end does
    QCOMPARE(m_tabs->views(), (QList<SessionView*> { second, third, first }));
    QCOMPARE(m_tabs->view(2), first);
    m_tabs->renameSession(2, u"Moved"_s);
    QCOMPARE(tabWidget()->tabText(2), u"Moved"_s);
    QCOMPARE(first->session()->name(), u"Moved"_s);
    // An empty name goes back to the automatic one.
    m_tabs->renameSession(2, QString());
    QCOMPARE(first->session()->name(), u"Moved"_s); // no customer: the last name stays
    QVERIFY(!first->session()->hasCustomName());
}

void TestSessionTabs::closingTheLastSessionLeavesNone()
{
    add();
    SessionView* second = add();
    QSignalSpy count(m_tabs.get(), &SessionTabs::countChanged);
    QVERIFY(m_tabs->closeSession(0)); // idle: nothing to ask
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(m_tabs->current(), second);
    QCOMPARE(count.last().at(0).toInt(), 1);
    QVERIFY(m_tabs->closeSession(0));
    QCOMPARE(m_tabs->count(), 0);
    QCOMPARE(m_tabs->current(), nullptr);
    QCOMPARE(count.last().at(0).toInt(), 0); // the window puts a fresh session in its place
    QVERIFY(!m_tabs->closeSession(0));
}

void TestSessionTabs::presenterModeMasksTabTitles()
{
    SessionView* view = add();
    add();
    m_tabs->renameSession(0, u"ada.lovelace@example.com"_s);
    QCOMPARE(tabWidget()->tabText(0), u"ada.lovelace@example.com"_s);
    m_tabs->setPresenterMode(true);
    QVERIFY(!tabWidget()->tabText(0).contains(u"ada.lovelace"_s));
    QVERIFY(view->presenterMode());
    SessionView* later = add(); // a new session starts in presenter mode too
    QVERIFY(later->presenterMode());
    m_tabs->setPresenterMode(false);
    QCOMPARE(tabWidget()->tabText(0), u"ada.lovelace@example.com"_s);
}

void TestSessionTabs::sideBySideKeepsTheCurrentSession()
{
    SessionView* first = add();
    SessionView* second = add();
    m_tabs->setCurrentIndex(0);
    QSignalSpy changed(m_tabs.get(), &SessionTabs::sideBySideChanged);
    m_tabs->setSideBySide(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(first->isVisible());
    QVERIFY(second->isVisible());
    QVERIFY(!tabWidget()->isVisible());
    QCOMPARE(m_tabs->current(), first);
    m_tabs->setSideBySide(false);
    QCOMPARE(tabWidget()->count(), 2);
    QCOMPARE(m_tabs->current(), first);
    QVERIFY(!second->isVisible());
}

QTEST_MAIN(TestSessionTabs)
#include "testsessiontabs.moc"
