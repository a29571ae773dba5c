// The History window through the real main window: demo logins are recorded per profile with their
// outcome, status and correlation id, the window follows new attempts, copies a correlation id, filters
// by profile and clears after asking; and no file the app wrote holds a secret of those logins.
#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/canary.h"
#include "helpers/faultserver.h"
#include "historyview.h"
#include "kibo/kibohosts.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "vault/historystore.h"
#include "vault/memoryvault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// A fault server plays the home host and, as a deliberate API host override, the tenant too: no lookup.
KiboProfile faultServerProfile(const QUrl& serverUrl)
{
    KiboProfile profile = KiboProfile::demo(serverUrl);
    profile.apiHost = serverUrl.toString();
    return profile;
}

} // namespace

class TestHistoryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordsEveryAttemptOfTheDemo();
    void clearAsksFirst();
    void historySurvivesANewWindow();
    void tryAgainAfterRetryAfter();
    void editedProfileIsFiledAsWhatWasCalled();
    void escapeAndCtrlWCloseTheWindow_data();
    void escapeAndCtrlWCloseTheWindow();

private:
    template <typename T>
    T* child(QObject* parent, const char* name) const
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        [&] {
            QVERIFY2(widget, name);
        }();
        return widget;
    }
    void logIn(const QString& username, const QString& password);

    ManualClock m_clock { QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC) }; // outlives every window
    std::unique_ptr<MainWindow> m_window;
};

void TestHistoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testhistoryview"_s);
    QSettings().clear();
    QFile::remove(HistoryStore::defaultFilePath());
}

void TestHistoryView::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setVault(std::make_unique<MemoryVault>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistoryView::cleanup()
{
    m_window.reset();
}

void TestHistoryView::logIn(const QString& username, const QString& password)
{
    auto* usernameEdit = child<QLineEdit>(m_window.get(), "usernameLineEdit");
    auto* passwordEdit = child<QLineEdit>(m_window.get(), "passwordLineEdit");
    usernameEdit->setText(username);
    passwordEdit->setText(password);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "loginButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
}

void TestHistoryView::recordsEveryAttemptOfTheDemo()
{
    m_window->startDemoTenant();
    HistoryStore* store = m_window->historyStore();
    QVERIFY(store);
    QCOMPARE(store->filePath(), HistoryStore::defaultFilePath());
    QVERIFY(store->filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(store->entries().isEmpty());

    logIn(u"locked@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(store->entries().size(), 1);
    const HistoryEntry locked = store->entries().constLast();
    QCOMPARE(locked.profile, u"Demo"_s);
    QCOMPARE(locked.username, u"locked@example.com"_s);
    QCOMPARE(locked.operation, u"Login"_s);
    QCOMPARE(locked.outcome, HistoryEntry::OutcomeRefused);
    QCOMPARE(locked.httpStatus, 401);
    QCOMPARE(locked.errorCode, u"ACCOUNT_LOCKED"_s);
    QCOMPARE(locked.correlationId.size(), 32);

    // The window opens on the current profile and follows new attempts.
    m_window->findChild<QAction*>(u"historyAction"_s)->trigger();
    HistoryView* view = m_window->historyView();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->profileFilter(), u"Demo"_s);
    auto* table = child<QTableWidget>(view, "historyTableWidget");
    QCOMPARE(table->rowCount(), 1);

    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    QSignalSpy refreshed(m_window->currentSession(), &CustomerSession::resultReady);
    QVERIFY(m_window->currentSession()->refresh());
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(table->rowCount(), 3);
    // Newest first.
    QCOMPARE(table->item(0, HistoryView::OperationColumn)->text(), u"Refresh"_s);
    QCOMPARE(table->item(0, HistoryView::OutcomeColumn)->text(), u"Ticket issued"_s);
    QCOMPARE(table->item(0, HistoryView::UserColumn)->text(), u"ada.lovelace@example.com"_s);
    QCOMPARE(table->item(1, HistoryView::OperationColumn)->text(), u"Login"_s);
    QCOMPARE(table->item(1, HistoryView::StatusColumn)->text(), u"200"_s);
    QCOMPARE(table->item(2, HistoryView::ErrorCodeColumn)->text(), u"ACCOUNT_LOCKED"_s);
    QCOMPARE(table->item(2, HistoryView::OutcomeColumn)->text(), u"Refused"_s);
    QVERIFY(table->item(2, HistoryView::DurationColumn)->text().endsWith(u" ms"_s));

    // Copy the correlation id of the locked attempt for Kibo support.
    table->selectRow(2);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(view, "copyCorrelationIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), locked.correlationId);

    // Presenter mode masks the users.
    m_window->setPresenterMode(true);
    QVERIFY(!table->item(0, HistoryView::UserColumn)->text().contains(u"ada.lovelace"_s));
    m_window->setPresenterMode(false);

    // A profile of its own is filtered apart.
    HistoryEntry other = locked;
    other.profile = u"staging"_s;
    store->record(other);
    auto* combo = child<QComboBox>(view, "profileComboBox");
    QCOMPARE(combo->count(), 3); // all, demo, staging
    QCOMPARE(table->rowCount(), 3);
    view->setProfileFilter(u"staging"_s);
    QCOMPARE(table->rowCount(), 1);
    view->setProfileFilter({});
    QCOMPARE(table->rowCount(), 4);

    // No secret of these logins in any file the app wrote (history, settings).
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QFile::exists(store->filePath()));
    const AuthTicketResult* shown = m_window->resultView()->result();
    QVERIFY(shown && shown->ticket);
    const QList<QByteArray> secrets { DemoTenant::defaultPassword().toUtf8(), DemoTenant::sharedSecret().toUtf8(),
        shown->ticket->accessToken.toUtf8(), shown->ticket->refreshToken.toUtf8(),
        shown->ticket->jwtAccessToken.toUtf8() };
    const QStringList roots { data, QFileInfo(QSettings().fileName()).absolutePath() };
    for (const QByteArray& secret : secrets) {
        for (const QString& root : roots) {
            const QStringList hits = Canary::filesContaining(secret, root);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        }
    }
}

void TestHistoryView::clearAsksFirst()
{
    HistoryStore* store = m_window->historyStore();
    QVERIFY(!store->entries().isEmpty()); // from the test before: the history survived the window
    m_window->showHistory();
    HistoryView* view = m_window->historyView();
    view->setProfileFilter(u"staging"_s);
    auto* clear = child<QPushButton>(view, "clearButton");

    // Cancel keeps everything.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"staging"_s));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(store->entries(u"staging"_s).size(), 1);

    // Delete clears only the profile shown.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(store->entries(u"staging"_s).isEmpty());
    QVERIFY(!store->entries(u"Demo"_s).isEmpty());
    QCOMPARE(view->profileFilter(), QString()); // the profile is gone from the list
    QCOMPARE(child<QTableWidget>(view, "historyTableWidget")->rowCount(), int(store->entries().size()));

    // All profiles.
    view->clearShown();
    QVERIFY(store->entries().isEmpty());
    QCOMPARE(child<QTableWidget>(view, "historyTableWidget")->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
}

void TestHistoryView::historySurvivesANewWindow()
{
    HistoryEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.profile = u"demo"_s;
    entry.operation = u"Anonymous"_s;
    entry.outcome = HistoryEntry::OutcomeTicket;
    QVERIFY(m_window->historyStore()->record(entry));
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->historyStore()->entries().size(), 1);
    QCOMPARE(m_window->historyStore()->entries().constFirst().operation, u"Anonymous"_s);
    m_window->historyStore()->clearAll();
}

void TestHistoryView::tryAgainAfterRetryAfter()
{
    // A tenant profile of its own that throttles: the attempt is recorded under that profile, the session
    // refuses to send during the wait, and Try Again on the Problem tab sends the login again afterwards.
    ManualClock& clock = m_clock;
    m_window->setClock(&clock);
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/api/platform",
        { FaultServer::json(200, R"({"access_token":"t0k3n-for-tests","token_type":"Bearer","expires_in":3600})") });
    server.script("/api/commerce", { FaultServer::json(429, {}, { { "Retry-After", "20" } }) });
    KiboProfile profile = faultServerProfile(server.baseUrl());
    profile.name = u"sandbox"_s;
    m_window->loginPanel()->setProfile(profile, DemoTenant::sharedSecret());
    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(server.count("/api/commerce"), 1);
    const HistoryEntry throttled = m_window->historyStore()->entries().constLast();
    QCOMPARE(throttled.profile, u"sandbox"_s);
    QCOMPARE(throttled.httpStatus, 429);
    QCOMPARE(throttled.username, u"ada.lovelace@example.com"_s);

    auto* tryAgain = child<QPushButton>(m_window.get(), "tryAgainButton");
    QVERIFY(tryAgain->isVisible());
    QVERIFY(!tryAgain->isEnabled());
    // Log in again during the wait: refused locally, nothing sent.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "loginButton"), Qt::LeftButton);
    QVERIFY(m_window->statusText().contains(u"Retry-After"_s));
    QVERIFY(!m_window->currentSession()->isBusy());
    QCOMPARE(server.count("/api/commerce"), 1);

    clock.advanceSeconds(20);
    QTRY_VERIFY(tryAgain->isEnabled());
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(server.count("/api/commerce"), 2);
    QCOMPARE(m_window->historyStore()->entries(u"sandbox"_s).size(), 2);
    m_window->historyStore()->clearAll();
}

// The Demo profile pointed at another tenant in the login panel is no longer the demo: History files the attempt
// under the tenant that was called, and under "Demo" again once the panel calls the demo's tenant.
void TestHistoryView::editedProfileIsFiledAsWhatWasCalled()
{
    m_window->startDemoTenant();
    HistoryStore* store = m_window->historyStore();
    store->clearAll();
    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(store->entries().constLast().profile, u"Demo"_s);

    auto* tenant = child<QLineEdit>(m_window.get(), "tenantIdLineEdit");
    const QString demoTenant = tenant->text();
    QCOMPARE(demoTenant, u"100001"_s);
    tenant->setFocus();
    QTest::keyClick(tenant, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(tenant, u"100099"_s);
    const QString called = KiboHosts::tenantKey(m_window->loginPanel()->profile());
    QCOMPARE(called, KiboHosts::hostWithPort(m_window->demoTenant()->baseUrl()) + u"/t100099"_s);
    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(store->entries().size(), 2);
    QCOMPARE(store->entries().constLast().profile, called);
    QVERIFY(store->entries(u"Demo"_s).size() == 1);

    m_window->showHistory();
    HistoryView* view = m_window->historyView();
    view->setProfileFilter({});
    auto* table = child<QTableWidget>(view, "historyTableWidget");
    QCOMPARE(table->item(0, HistoryView::ProfileColumn)->text(), called);
    QCOMPARE(table->item(1, HistoryView::ProfileColumn)->text(), u"Demo"_s);

    tenant->setFocus();
    QTest::keyClick(tenant, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(tenant, demoTenant);
    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(store->entries().constLast().profile, u"Demo"_s);
    store->clearAll();
}

void TestHistoryView::escapeAndCtrlWCloseTheWindow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("focus");

    for (const char* focus : { "historyTableWidget", "profileComboBox" }) {
        QTest::addRow("Esc in %s", focus) << int(Qt::Key_Escape) << int(Qt::NoModifier) << QString::fromLatin1(focus);
        QTest::addRow("Ctrl+W in %s", focus)
            << int(Qt::Key_W) << int(Qt::ControlModifier) << QString::fromLatin1(focus);
    }
}

// The History window closes with Esc and Ctrl+W like a dialog; Ctrl+W there is not the main window's Close Session.
void TestHistoryView::escapeAndCtrlWCloseTheWindow()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, focus);

    const QPointer<SessionView> session = m_window->currentSessionView();
    m_window->findChild<QAction*>(u"historyAction"_s)->trigger();
    HistoryView* view = m_window->historyView();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    auto* target = child<QWidget>(view, focus.toLatin1().constData());
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_VERIFY(!view->isVisible());
    QVERIFY(m_window->isVisible());
    QVERIFY(session);
    QCOMPARE(m_window->currentSessionView(), session.data());
}

QTEST_MAIN(TestHistoryView)
#include "testhistoryview.moc"
