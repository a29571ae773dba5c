// One session tab through its real widgets against the in-process demo tenant on loopback: typed password,
// clicked Refresh, Expire Now with automatic refresh, a ManualClock moved past the margin, a refresh the
// tenant refuses, Forget Session proved by the real keychain, and an anonymous session upgraded by a login.
#include "clock.h"
#include "customersession.h"
#include "demo/demotenant.h"
#include "helpers/canary.h"
#include "jwt/tokentimeline.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "resultview.h"
#include "sessionview.h"
#include "timelineview.h"
#include "vault/keychainvault.h"
#include "vault/tokenvault.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deadline = 20000;
const QString Ada = u"ada.lovelace@example.com"_s;

} // namespace

class TestSessionView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshButtonRefreshesAndLogs();
    void expireNowWithAutomaticRefresh();
    void automaticRefreshFollowsTheManualClock();
    void refusedRefreshShowsItsDiagnosis();
    void forgetSessionIsProven();
    void anonymousSessionIsUpgradedByALogin();

private:
    void logIn(const QString& username);
    template <typename T>
    T* child(const char* name) const
    {
        auto* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    QStringList logRow(int row) const;
    int timelineRefreshes() const;
    // Every text the view shows: labels, line edits, the raw reply, the refresh log.
    QString everyText() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DemoTenant> m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<KeychainVault> m_vault;
    std::unique_ptr<SessionView> m_view;
    QStringList m_accounts;
};

void TestSessionView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testsessionview"_s);
}

void TestSessionView::init()
{
    QSettings().clear();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_tenant = std::make_unique<DemoTenant>();
    m_tenant->setClock(m_clock.get());
    QVERIFY2(m_tenant->listen(), qPrintable(m_tenant->errorString()));
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_vault = std::make_unique<KeychainVault>();
    m_view = std::make_unique<SessionView>(m_manager.get());
    m_view->setClock(m_clock.get());
    m_view->session()->setVaultProvider([this] { return m_vault.get(); });
    m_view->loginPanel()->setProfile(KiboProfile::demo(m_tenant->baseUrl()), DemoTenant::sharedSecret());
    m_view->setDemoTenant(m_tenant.get());
    m_view->resize(1200, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_accounts.clear();
}

void TestSessionView::cleanup()
{
    for (const QString& account : std::as_const(m_accounts)) {
        QSignalSpy removed(m_vault.get(), &TokenVault::removed);
        m_vault->remove(account);
        QVERIFY(removed.wait(Deadline));
    }
    m_view.reset();
    m_vault.reset();
    m_manager.reset();
    m_tenant.reset();
    m_clock.reset();
}

void TestSessionView::logIn(const QString& username)
{
    auto* usernameEdit = child<QLineEdit>("usernameLineEdit");
    auto* passwordEdit = child<QLineEdit>("passwordLineEdit");
    usernameEdit->setFocus();
    QTest::keyClick(usernameEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(usernameEdit, username);
    passwordEdit->setFocus();
    QTest::keyClick(passwordEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(passwordEdit, DemoTenant::defaultPassword());
    QSignalSpy shown(m_view.get(), &SessionView::answerShown);
    QSignalSpy stored(m_view->session(), &CustomerSession::tokensStored);
    QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    QVERIFY2(m_view->statusText().startsWith(u"Logged in as "_s + username), qPrintable(m_view->statusText()));
    m_accounts.append(m_view->session()->accountKey());
    QVERIFY(stored.count() > 0 || stored.wait(Deadline));
}

QStringList TestSessionView::logRow(int row) const
{
    const QTreeWidgetItem* item = child<QTreeWidget>("refreshLogTreeWidget")->topLevelItem(row);
    QStringList texts;
    for (int column = 0; item && column < item->columnCount(); ++column) {
        texts.append(item->text(column));
    }
    return texts;
}

int TestSessionView::timelineRefreshes() const
{
    int count = 0;
    for (const TokenTimeline::Event& event : child<TimelineView>("timelineView")->timeline().events()) {
        count += event.moment == TokenTimeline::Moment::Refresh ? 1 : 0;
    }
    return count;
}

QString TestSessionView::everyText() const
{
    QStringList texts;
    for (const QLabel* label : m_view->findChildren<QLabel*>()) {
        texts.append(label->text());
        texts.append(label->toolTip());
    }
    for (const QLineEdit* edit : m_view->findChildren<QLineEdit*>()) {
        texts.append(edit->text());
    }
    for (const QPlainTextEdit* edit : m_view->findChildren<QPlainTextEdit*>()) {
        texts.append(edit->toPlainText());
    }
    const QTreeWidget* log = child<QTreeWidget>("refreshLogTreeWidget");
    for (int row = 0; row < log->topLevelItemCount(); ++row) {
        texts.append(logRow(row));
    }
    texts.append(m_view->statusText());
    return texts.join(u'\n');
}

void TestSessionView::refreshButtonRefreshesAndLogs()
{
    auto* refresh = child<QToolButton>("refreshButton");
    QVERIFY(!child<QWidget>("refreshBarFrame")->isVisible()); // nothing to refresh before a login
    logIn(Ada);
    QVERIFY(child<QWidget>("refreshBarFrame")->isVisible());
    QVERIFY(refresh->isEnabled());
    QVERIFY(!child<QWidget>("refreshLogGroupBox")->isVisible());
    QVERIFY(m_view->refreshStateText().startsWith(u"Expires in 15 min"_s));
    QCOMPARE(timelineRefreshes(), 0);
    const QString refreshToken = m_view->session()->currentTicket()->refreshToken;
    const QString accessBefore = m_view->session()->currentTicket()->accessToken;

    m_clock->advanceSeconds(90);
    QSignalSpy shown(m_view.get(), &SessionView::answerShown);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    QVERIFY2(m_view->statusText().startsWith(u"Refreshed in"_s), qPrintable(m_view->statusText()));
    QVERIFY(m_view->session()->currentTicket()->accessToken != accessBefore);
    QVERIFY(child<QWidget>("refreshLogGroupBox")->isVisible());
    QCOMPARE(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 1);
    const QStringList row = logRow(0);
    QCOMPARE(row.at(1), u"ok"_s);
    QCOMPARE(row.at(2), u"you"_s);
    QCOMPARE(row.at(3), u"no"_s);
    QCOMPARE(row.at(4), u"…"_s + refreshToken.right(4));
    QCOMPARE(row.at(5), u"200"_s);
    QVERIFY(row.at(6).endsWith(u" ms"_s));
    // The summary shows the new ticket, with the refresh on its timeline.
    QCOMPARE(m_view->resultView()->currentTab(), ResultView::Tab::Summary);
    QCOMPARE(timelineRefreshes(), 1);
    // The refresh token shows nowhere whole (the token fields are masked, the log keeps 4 characters).
    QVERIFY(!Canary::foundIn(refreshToken.toUtf8(), everyText().toUtf8()));
}

void TestSessionView::expireNowWithAutomaticRefresh()
{
    logIn(Ada);
    auto* automatic = child<QCheckBox>("autoRefreshCheckBox");
    auto* margin = child<QSpinBox>("autoRefreshMarginSpinBox");
    QVERIFY(!automatic->isChecked());
    QVERIFY(!margin->isEnabled());
    QCOMPARE(margin->value(), 180);
    QTest::mouseClick(automatic, Qt::LeftButton, {}, QPoint(8, automatic->height() / 2));
    QVERIFY(automatic->isChecked());
    QVERIFY(m_view->session()->autoRefresh());
    margin->setFocus();
    margin->selectAll();
    QTest::keyClicks(margin, u"120"_s);
    QCOMPARE(margin->value(), 120);
    QCOMPARE(m_view->session()->autoRefreshMarginSeconds(), 120);
    // Saved as plain values.
    QCOMPARE(QSettings().value(SessionView::autoRefreshMarginKey()).toString(), u"120"_s);
    QCOMPARE(QSettings().value(SessionView::autoRefreshKey()).toBool(), true);
    QVERIFY(m_view->refreshStateText().contains(u"auto refresh in 13 min 0 s"_s));

    QTest::mouseClick(child<QToolButton>("expireNowButton"), Qt::LeftButton);
    QVERIFY(m_view->session()->isExpiredLocally());
    QVERIFY2(m_view->statusText().contains(u"treated as expired"_s), qPrintable(m_view->statusText()));
    // The session's own timer refreshes within a second; nothing else is called.
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 1, Deadline);
    QTRY_VERIFY(!m_view->session()->isBusy());
    QCOMPARE(logRow(0).at(1), u"ok"_s);
    QCOMPARE(logRow(0).at(2), u"automatic"_s);
    QVERIFY(!m_view->session()->isExpiredLocally());
    QTRY_VERIFY(m_view->refreshStateText().startsWith(u"Expires in"_s));

    // A new view (the next session) starts with the saved choice.
    SessionView next(m_manager.get());
    QVERIFY(next.session()->autoRefresh());
    QCOMPARE(next.session()->autoRefreshMarginSeconds(), 120);
}

void TestSessionView::automaticRefreshFollowsTheManualClock()
{
    logIn(Ada);
    QTest::mouseClick(child<QCheckBox>("autoRefreshCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(m_view->session()->autoRefresh());
    const QDateTime expiry = m_view->session()->currentTicket()->accessTokenExpiration;
    m_clock->setNow(expiry.addSecs(-181));
    m_view->session()->checkAutoRefresh();
    QVERIFY(!m_view->session()->isBusy());
    QCOMPARE(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 0);

    m_clock->setNow(expiry.addSecs(-179));
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 1, Deadline);
    QCOMPARE(logRow(0).at(2), u"automatic"_s);
    QTRY_COMPARE(timelineRefreshes(), 1);
}

void TestSessionView::refusedRefreshShowsItsDiagnosis()
{
    m_tenant->setRotateRefreshTokens(true);
    logIn(Ada);
    const CustomerAuthTicket old = *m_view->session()->currentTicket();
    // The same refresh token used elsewhere first: the tenant rotates it away.
    AuthTicketClient client(m_manager.get(), nullptr);
    client.setClock(m_clock.get());
    client.setProfile(KiboProfile::demo(m_tenant->baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy done(&client, &AuthTicketClient::finished);
    client.refresh(old.refreshToken);
    QVERIFY(done.wait(Deadline));

    QSignalSpy shown(m_view.get(), &SessionView::answerShown);
    QTest::keyClick(child<QToolButton>("refreshButton"), Qt::Key_Space);
    QVERIFY(shown.wait(Deadline));
    QVERIFY2(m_view->statusText().startsWith(u"Refresh failed"_s), qPrintable(m_view->statusText()));
    ResultView* view = m_view->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Problem);
    QVERIFY(view->isTabVisible(ResultView::Tab::Problem));
    QCOMPARE(logRow(0).at(1), u"failed"_s);
    QCOMPARE(logRow(0).at(5), u"401"_s);
    QCOMPARE(logRow(0).at(7), u"INVALID_REFRESH_TOKEN"_s);
    QVERIFY(everyText().contains(u"INVALID_REFRESH_TOKEN"_s));
    // The old ticket stays with the session, and on screen beside the diagnosis.
    QCOMPARE(m_view->session()->currentTicket()->accessToken, old.accessToken);
    QVERIFY(view->isTabVisible(ResultView::Tab::Summary));
    QVERIFY(view->isTabVisible(ResultView::Tab::Jwt));
    QCOMPARE(view->result()->ticket->accessToken, old.accessToken);
    // The share actions describe the refused refresh, not the older login beside it.
    QVERIFY(view->sharedResult());
    QCOMPARE(view->sharedResult()->error.errorCode, u"INVALID_REFRESH_TOKEN"_s);
    QVERIFY(view->sharedResult()->request.isValid());
    QVERIFY(view->sharedResult()->request.url.path().endsWith(u"/refresh"_s));
    QVERIFY(child<QPushButton>("copyCurlButton")->isEnabled());
    QCOMPARE(child<QLabel>("headlineLabel")->text(), u"Refresh failed: the ticket shown is the old one"_s);
    QVERIFY2(m_view->noticeText().contains(u"keeps its old ticket"_s), qPrintable(m_view->noticeText()));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());
    QVERIFY(!Canary::foundIn(old.refreshToken.toUtf8(), everyText().toUtf8()));
}

void TestSessionView::forgetSessionIsProven()
{
    if (qEnvironmentVariableIsEmpty("KTI_KEYRING_SANDBOX")) {
        QSKIP("needs the Secret Service of scripts/with-keyring");
    }
    logIn(Ada);
    const QString account = m_view->session()->accountKey();
    QSignalSpy finished(m_view.get(), &SessionView::forgetFinished);
    QTest::mouseClick(child<QToolButton>("forgetButton"), Qt::LeftButton);
    QVERIFY(!m_view->resultView()->hasResult());
    QVERIFY(finished.wait(Deadline));
    m_accounts.removeAll(account);
    const QString notice = child<QLabel>("sessionNoticeLabel")->text();
    QVERIFY2(notice.contains(u"Kibo has no customer logout endpoint"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"no refresh token stored for "_s + account), qPrintable(notice));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());
    QVERIFY(!child<QToolButton>("refreshButton")->isEnabled());
    QVERIFY2(m_view->statusText().contains(u"no refresh token is stored"_s), qPrintable(m_view->statusText()));

    // A second reader finds nothing either.
    KeychainVault reader;
    QSignalSpy loaded(&reader, &TokenVault::loaded);
    reader.load(account);
    QVERIFY(loaded.wait(Deadline));
    QVERIFY(loaded.at(0).at(1).value<StoredTokens>().refreshToken.isEmpty());
}

void TestSessionView::anonymousSessionIsUpgradedByALogin()
{
    QSignalSpy shown(m_view.get(), &SessionView::answerShown);
    m_view->requestAnonymous();
    QVERIFY(shown.wait(Deadline));
    QVERIFY(m_view->session()->isAnonymous());
    const QString anonymousId = m_view->session()->currentTicket()->userId;
    QVERIFY2(m_view->statusText().startsWith(u"Anonymous shopper ticket"_s), qPrintable(m_view->statusText()));
    QVERIFY(m_view->noticeText().contains(u"Anonymous shopper"_s));
    QVERIFY(child<QToolButton>("refreshButton")->isEnabled()); // an anonymous ticket refreshes too
    QVERIFY(!child<QLabel>("previousAnonymousIdValueLabel")->isVisible());

    logIn(Ada);
    QVERIFY(!m_view->session()->isAnonymous());
    QVERIFY2(m_view->noticeText().contains(anonymousId), qPrintable(m_view->noticeText()));
    QVERIFY(m_view->noticeText().contains(u"b.PreviousAnonymousId"_s));
    // The Summary names it too.
    QCOMPARE(m_view->resultView()->currentTab(), ResultView::Tab::Summary);
    auto* upgraded = child<QLabel>("previousAnonymousIdValueLabel");
    QVERIFY(upgraded->isVisible());
    QVERIFY2(upgraded->text().contains(anonymousId), qPrintable(upgraded->text()));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());
}

QTEST_MAIN(TestSessionView)
#include "testsessionview.moc"
