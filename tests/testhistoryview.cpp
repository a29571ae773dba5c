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
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
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
    void wrongClientSecretKeepsTheAppTokenReply();

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

// A wrong client secret is refused by the app-token call, before any customer call: that reply (its JSON error
// body, Date and Content-Type) is the evidence the Raw tab, the Problem tab, the History and the support bundle
// keep, and the History files it apart from a customer's refusal.
void TestHistoryView::wrongClientSecretKeepsTheAppTokenReply()
{
    m_window->historyStore()->clearAll();
    m_window->startDemoTenant();
    const QString wrong = u"Wrong-client-secret-7c1e"_s;
    const QString clientId = m_window->loginPanel()->profile().clientId;
    QVERIFY(!clientId.isEmpty());
    const QString oauthPath = u"/api/platform/applications/authtickets/oauth"_s;

    // The tenant's answer to that secret, asked directly: what the app must show.
    QNetworkAccessManager manager;
    QNetworkRequest direct(QUrl(m_window->demoTenant()->baseUrl().toString() + oauthPath));
    direct.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject credentials { { u"client_id"_s, clientId }, { u"client_secret"_s, wrong },
        { u"grant_type"_s, u"client_credentials"_s } };
    QNetworkReply* reply = manager.post(direct, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    QSignalSpy replied(reply, &QNetworkReply::finished);
    QVERIFY(replied.wait(20000));
    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->rawHeader("Content-Type");
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(reply->hasRawHeader("Date"));
    QVERIFY(contentType.startsWith("application/json"));
    QVERIFY(body.size() > 100);
    reply->deleteLater();
    const QString bytes = u"%1 bytes"_s.arg(body.size());

    child<QLineEdit>(m_window.get(), "clientSecretLineEdit")->setText(wrong);
    logIn(u"ada.lovelace@example.com"_s, DemoTenant::defaultPassword());
    ResultView* view = m_window->resultView();
    QVERIFY(view->result() && view->result()->error.isError());
    QCOMPARE(view->result()->error.errorCode, u"INVALID_CREDENTIALS"_s);

    QCOMPARE(view->currentTab(), ResultView::Tab::Problem); // the refusal comes to the front

    // Raw reply: the app-token call's bytes, headers and body (made when the tab is shown).
    view->setCurrentTab(ResultView::Tab::Raw);
    const QString rawInfo = child<QLabel>(m_window.get(), "rawInfoLabel")->text();
    QVERIFY2(rawInfo.contains(bytes), qPrintable(rawInfo));
    QVERIFY2(rawInfo.contains(u"reply to POST "_s + oauthPath), qPrintable(rawInfo));
    const QString raw = child<QPlainTextEdit>(m_window.get(), "rawPlainTextEdit")->toPlainText();
    QVERIFY2(raw.contains(u"Content-Type: "_s + QString::fromLatin1(contentType)), qPrintable(raw));
    QVERIFY2(raw.contains(u"Date: "_s), qPrintable(raw));
    QVERIFY2(raw.contains(u"\"CredentialsName\""_s), qPrintable(raw));
    QVERIFY(!raw.contains(u"The reply had no body"_s));

    // Problem tab: the server's time and its headers.
    view->setCurrentTab(ResultView::Tab::Problem);
    const QString serverTime = child<QLabel>(m_window.get(), "serverTimeValueLabel")->text();
    QVERIFY2(serverTime.contains(u"UTC"_s), qPrintable(serverTime));
    auto* headers = child<QTableWidget>(m_window.get(), "headersTableWidget");
    QStringList headerNames;
    for (int row = 0; row < headers->rowCount(); ++row) {
        headerNames.append(headers->item(row, 0)->text().toLower());
    }
    QVERIFY2(headerNames.contains(u"content-type"_s), qPrintable(headerNames.join(u", "_s)));
    QVERIFY2(headerNames.contains(u"date"_s), qPrintable(headerNames.join(u", "_s)));

    // History: an app-token failure, not a customer's login refusal.
    const HistoryEntry entry = m_window->historyStore()->entries().constLast();
    QCOMPARE(entry.operation, u"AppToken"_s);
    QCOMPARE(entry.httpStatus, 401);
    QCOMPARE(entry.errorCode, u"INVALID_CREDENTIALS"_s);
    m_window->showHistory();
    auto* table = child<QTableWidget>(m_window->historyView(), "historyTableWidget");
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, HistoryView::OperationColumn)->text(), u"App token"_s);

    // Support bundle: the same reply, the client id readable, the kind of failure in words.
    m_window->activateWindow();
    QGuiApplication::clipboard()->clear();
    m_window->findChild<QAction*>(u"copySupportBundleAction"_s)->trigger();
    const QString bundle = QGuiApplication::clipboard()->text();
    QVERIFY2(bundle.contains(u"| Body size | %1 byte"_s.arg(body.size())), qPrintable(bundle));
    QVERIFY2(bundle.contains(u"| Reply to | POST "_s + oauthPath + u" |"_s), qPrintable(bundle));
    QVERIFY2(bundle.contains(u"| CredentialsName | "_s + clientId + u" |"_s), qPrintable(bundle));
    QVERIFY2(bundle.contains(u"| Kind of failure | Kibo refused the call with an error reply |"_s), qPrintable(bundle));
    QVERIFY2(!bundle.contains(u"not in the reply"_s), qPrintable(bundle)); // the server date is there
    QVERIFY(!bundle.contains(u"kiboError"_s));
    QVERIFY(!Canary::foundIn(wrong.toUtf8(), bundle.toUtf8()));
    QVERIFY(!Canary::foundIn(wrong.toUtf8(), raw.toUtf8()));
    m_window->historyStore()->clearAll();
}

QTEST_MAIN(TestHistoryView)
#include "testhistoryview.moc"
