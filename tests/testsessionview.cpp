// One session tab through its real widgets against the in-process demo tenant on loopback: typed password,
// clicked Refresh, Expire Now with automatic refresh, a ManualClock moved past the margin, a refresh the
// tenant refuses, Forget Session proved by the real keychain, and an anonymous session upgraded by a login. The
// tenant lookup through the panel's Look Up and through a login: what it found on the panel, and each way it fails
// with a diagnosis of its own on the Problem tab (a scripted loopback server for the refusals the demo never gives).
#include "background.h"
#include "clock.h"
#include "demo/demotenant.h"
#include "emptyticketpage.h"
#include "helpers/canary.h"
#include "helpers/faultserver.h"
#include "helpers/sessionviewrig.h"
#include "jwt/tokentimeline.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/kibohosts.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "resultview.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "timelineview.h"
#include "vault/keychainvault.h"
#include "vault/storedtokens.h"
#include "vault/tokenvault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deadline = 20000;
const QString Ada = u"ada.lovelace@example.com"_s;

// Counts the Hide events a widget gets.
class HideCounter final : public QObject
{
public:
    explicit HideCounter(QWidget* widget) { widget->installEventFilter(this); }
    int hides = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        hides += event->type() == QEvent::Hide ? 1 : 0;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestSessionView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refreshButtonRefreshesAndLogs();
    void refreshLogKeepsTheNewestEntries();
    void answersKeepNoSpareReplyMemory();
    void expireNowWithAutomaticRefresh();
    void automaticRefreshFollowsTheManualClock();
    void refusedRefreshShowsItsDiagnosis();
    void forgetSessionIsProven();
    void anonymousSessionIsUpgradedByALogin();
    void lookUpShowsTheTenantAndItsSites();
    void loginShowsTheTenantItFound();
    void discoveryFailureHasItsOwnDiagnosis_data();
    void discoveryFailureHasItsOwnDiagnosis();
    void newLoginShowsOnlyTheNewCustomer_data();
    void newLoginShowsOnlyTheNewCustomer();
    void newTicketKeepsTheRefreshBarShown();
    void statusTellsTheWholeWait();
    void resultViewIsBuiltByTheFirstAnswer();
    void cancelWhileTheBigReplyIsReadKeepsOneCustomer();
    void bigAnswerRefreshedIsFreedOnAWorker();

private:
    void logIn(const QString& username);
    // Types username and the demo password, clicks Log in and waits for the answer, whatever it is.
    void attempt(const QString& username);
    template <typename T>
    T* child(const char* name) const
    {
        return m_rig.child<T>(name);
    }
    QStringList logRow(int row) const;
    int timelineRefreshes() const;
    // Every text the view shows: labels, line edits, the raw reply, the refresh log.
    QString everyText() const;

    SessionViewRig m_rig;
};

void TestSessionView::initTestCase()
{
    SessionViewRig::configureApplication(u"testsessionview"_s);
}

void TestSessionView::init()
{
    QString error;
    QVERIFY2(m_rig.setUp(&error), qPrintable(error));
}

void TestSessionView::cleanup()
{
    QVERIFY(m_rig.tearDown());
}

void TestSessionView::logIn(const QString& username)
{
    m_rig.logIn(username);
}

void TestSessionView::attempt(const QString& username)
{
    SessionViewRig::typeCredentials(m_rig.view.get(), username);
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
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
    for (const QLabel* label : m_rig.view->findChildren<QLabel*>()) {
        texts.append(label->text());
        texts.append(label->toolTip());
    }
    for (const QLineEdit* edit : m_rig.view->findChildren<QLineEdit*>()) {
        texts.append(edit->text());
    }
    for (const QPlainTextEdit* edit : m_rig.view->findChildren<QPlainTextEdit*>()) {
        texts.append(edit->toPlainText());
    }
    const QTreeWidget* log = child<QTreeWidget>("refreshLogTreeWidget");
    for (int row = 0; row < log->topLevelItemCount(); ++row) {
        texts.append(logRow(row));
    }
    texts.append(m_rig.view->statusText());
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
    QVERIFY(m_rig.view->refreshStateText().startsWith(u"Expires in 15 min"_s));
    QCOMPARE(timelineRefreshes(), 0);
    const QString refreshToken = m_rig.view->session()->currentTicket()->refreshToken;
    const QString accessBefore = m_rig.view->session()->currentTicket()->accessToken;

    m_rig.clock->advanceSeconds(90);
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    QVERIFY2(m_rig.view->statusText().startsWith(u"Refreshed in"_s), qPrintable(m_rig.view->statusText()));
    QVERIFY(m_rig.view->session()->currentTicket()->accessToken != accessBefore);
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
    QCOMPARE(m_rig.view->resultView()->currentTab(), ResultView::Tab::Summary);
    QCOMPARE(timelineRefreshes(), 1);
    // The refresh token shows nowhere whole (the token fields are masked, the log keeps 4 characters).
    QVERIFY(!Canary::foundIn(refreshToken.toUtf8(), everyText().toUtf8()));
}

void TestSessionView::refreshLogKeepsTheNewestEntries()
{
    // A session left refreshing keeps a bounded log: the newest entries, in the session, the list and the timeline.
    logIn(Ada);
    auto* refresh = child<QToolButton>("refreshButton");
    constexpr int Max = CustomerSession::MaxRefreshLogEntries;
    QDateTime fourth;
    for (int i = 0; i < Max + 3; ++i) {
        m_rig.clock->advanceSeconds(1);
        if (i == 3) {
            fourth = m_rig.clock->now();
        }
        QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(shown.wait(Deadline));
        QVERIFY(m_rig.view->statusText().startsWith(u"Refreshed in"_s));
    }
    const QList<CustomerSession::RefreshRecord>& log = m_rig.view->session()->refreshLog();
    QCOMPARE(log.size(), Max);
    QCOMPARE(log.constFirst().at, fourth); // the three oldest went
    QCOMPARE(log.constLast().at, m_rig.clock->now());
    const QTreeWidget* tree = child<QTreeWidget>("refreshLogTreeWidget");
    QCOMPARE(tree->topLevelItemCount(), Max);
    QCOMPARE(tree->topLevelItem(0)->toolTip(0), fourth.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    QCOMPARE(timelineRefreshes(), Max);
}

void TestSessionView::answersKeepNoSpareReplyMemory()
{
    // A session keeps its last answers, raw reply included: each must hold about its own size, not the room of the
    // largest reply allowed (32 MB for a ticket), however the reply arrived.
    logIn(Ada);
    const auto bounded = [](const QByteArray& body) {
        return !body.isEmpty() && body.capacity() <= 2 * body.size() + 64 * 1024;
    };
    const QByteArray login = m_rig.view->session()->lastResult()->rawBody;
    QVERIFY2(bounded(login), qPrintable(u"%1 bytes in %2"_s.arg(login.size()).arg(login.capacity())));
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QToolButton>("refreshButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    const QByteArray refresh = m_rig.view->session()->lastResult()->rawBody;
    QVERIFY2(bounded(refresh), qPrintable(u"%1 bytes in %2"_s.arg(refresh.size()).arg(refresh.capacity())));
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
    QVERIFY(m_rig.view->session()->autoRefresh());
    margin->setFocus();
    margin->selectAll();
    QTest::keyClicks(margin, u"120"_s);
    QCOMPARE(margin->value(), 120);
    QCOMPARE(m_rig.view->session()->autoRefreshMarginSeconds(), 120);
    // Saved as plain values.
    QCOMPARE(QSettings().value(SessionView::autoRefreshMarginKey()).toString(), u"120"_s);
    QCOMPARE(QSettings().value(SessionView::autoRefreshKey()).toBool(), true);
    QVERIFY(m_rig.view->refreshStateText().contains(u"auto refresh in 13 min 0 s"_s));

    QTest::mouseClick(child<QToolButton>("expireNowButton"), Qt::LeftButton);
    QVERIFY(m_rig.view->session()->isExpiredLocally());
    QVERIFY2(m_rig.view->statusText().contains(u"treated as expired"_s), qPrintable(m_rig.view->statusText()));
    // The session's own timer refreshes within a second; nothing else is called.
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 1, Deadline);
    QTRY_VERIFY(!m_rig.view->session()->isBusy());
    QCOMPARE(logRow(0).at(1), u"ok"_s);
    QCOMPARE(logRow(0).at(2), u"automatic"_s);
    QVERIFY(!m_rig.view->session()->isExpiredLocally());
    QTRY_VERIFY(m_rig.view->refreshStateText().startsWith(u"Expires in"_s));

    // A new view (the next session) starts with the saved choice.
    SessionView next(m_rig.manager.get());
    QVERIFY(next.session()->autoRefresh());
    QCOMPARE(next.session()->autoRefreshMarginSeconds(), 120);
}

void TestSessionView::automaticRefreshFollowsTheManualClock()
{
    logIn(Ada);
    QTest::mouseClick(child<QCheckBox>("autoRefreshCheckBox"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(m_rig.view->session()->autoRefresh());
    const QDateTime expiry = m_rig.view->session()->currentTicket()->accessTokenExpiration;
    m_rig.clock->setNow(expiry.addSecs(-181));
    m_rig.view->session()->checkAutoRefresh();
    QVERIFY(!m_rig.view->session()->isBusy());
    QCOMPARE(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 0);

    m_rig.clock->setNow(expiry.addSecs(-179));
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 1, Deadline);
    QCOMPARE(logRow(0).at(2), u"automatic"_s);
    QTRY_COMPARE(timelineRefreshes(), 1);
}

void TestSessionView::refusedRefreshShowsItsDiagnosis()
{
    m_rig.tenant->setRotateRefreshTokens(true);
    logIn(Ada);
    const CustomerAuthTicket old = *m_rig.view->session()->currentTicket();
    // The same refresh token used elsewhere first: the tenant rotates it away.
    AuthTicketClient client(m_rig.manager.get(), nullptr);
    client.setClock(m_rig.clock.get());
    client.setProfile(KiboProfile::demo(m_rig.tenant->baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy done(&client, &AuthTicketClient::finished);
    client.refresh(old.refreshToken);
    QVERIFY(done.wait(Deadline));

    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::keyClick(child<QToolButton>("refreshButton"), Qt::Key_Space);
    QVERIFY(shown.wait(Deadline));
    QVERIFY2(m_rig.view->statusText().startsWith(u"Refresh failed"_s), qPrintable(m_rig.view->statusText()));
    ResultView* view = m_rig.view->resultView();
    QCOMPARE(view->currentTab(), ResultView::Tab::Problem);
    QVERIFY(view->isTabVisible(ResultView::Tab::Problem));
    QCOMPARE(logRow(0).at(1), u"failed"_s);
    QCOMPARE(logRow(0).at(5), u"401"_s);
    QCOMPARE(logRow(0).at(7), u"INVALID_REFRESH_TOKEN"_s);
    QVERIFY(everyText().contains(u"INVALID_REFRESH_TOKEN"_s));
    // The old ticket stays with the session, and on screen beside the diagnosis.
    QCOMPARE(m_rig.view->session()->currentTicket()->accessToken, old.accessToken);
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
    QVERIFY2(m_rig.view->noticeText().contains(u"keeps its old ticket"_s), qPrintable(m_rig.view->noticeText()));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());
    QVERIFY(!Canary::foundIn(old.refreshToken.toUtf8(), everyText().toUtf8()));
}

void TestSessionView::forgetSessionIsProven()
{
    if (qEnvironmentVariableIsEmpty("KTI_KEYRING_SANDBOX")) {
        QSKIP("needs the Secret Service of scripts/with-keyring");
    }
    logIn(Ada);
    const QString account = m_rig.view->session()->accountKey();
    QSignalSpy finished(m_rig.view.get(), &SessionView::forgetFinished);
    QTest::mouseClick(child<QToolButton>("forgetButton"), Qt::LeftButton);
    QVERIFY(!m_rig.view->resultView()->hasResult());
    QVERIFY(finished.wait(Deadline));
    m_rig.accounts.removeAll(account);
    const QString notice = child<QLabel>("sessionNoticeLabel")->text();
    QVERIFY2(notice.contains(u"Kibo has no customer logout endpoint"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"no refresh token stored for "_s + account), qPrintable(notice));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());
    QVERIFY(!child<QToolButton>("refreshButton")->isEnabled());
    QVERIFY2(m_rig.view->statusText().contains(u"no refresh token is stored"_s), qPrintable(m_rig.view->statusText()));

    // A second reader finds nothing either.
    KeychainVault reader;
    QSignalSpy loaded(&reader, &TokenVault::loaded);
    reader.load(account);
    QVERIFY(loaded.wait(Deadline));
    QVERIFY(loaded.at(0).at(1).value<StoredTokens>().refreshToken.isEmpty());
}

void TestSessionView::anonymousSessionIsUpgradedByALogin()
{
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    m_rig.view->requestAnonymous();
    QVERIFY(shown.wait(Deadline));
    QVERIFY(m_rig.view->session()->isAnonymous());
    const QString anonymousId = m_rig.view->session()->currentTicket()->userId;
    QVERIFY2(m_rig.view->statusText().startsWith(u"Anonymous shopper ticket"_s), qPrintable(m_rig.view->statusText()));
    QVERIFY(m_rig.view->noticeText().contains(u"Anonymous shopper"_s));
    QVERIFY(child<QToolButton>("refreshButton")->isEnabled()); // an anonymous ticket refreshes too
    QVERIFY(!child<QLabel>("previousAnonymousIdValueLabel")->isVisible());

    logIn(Ada);
    QVERIFY(!m_rig.view->session()->isAnonymous());
    QVERIFY2(m_rig.view->noticeText().contains(anonymousId), qPrintable(m_rig.view->noticeText()));
    QVERIFY(m_rig.view->noticeText().contains(u"b.PreviousAnonymousId"_s));
    // The Summary names it too.
    QCOMPARE(m_rig.view->resultView()->currentTab(), ResultView::Tab::Summary);
    auto* upgraded = child<QLabel>("previousAnonymousIdValueLabel");
    QVERIFY(upgraded->isVisible());
    QVERIFY2(upgraded->text().contains(anonymousId), qPrintable(upgraded->text()));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());
}

void TestSessionView::lookUpShowsTheTenantAndItsSites()
{
    LoginPanel* panel = m_rig.view->loginPanel();
    auto* sites = child<QComboBox>("siteComboBox");
    QCOMPARE(sites->count(), 0);
    QVERIFY(!panel->tenantInfoText().contains(u"Demo"_s));

    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("lookUpTenantButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));

    const QString pod = KiboHosts::hostWithPort(m_rig.tenant->podUrl());
    const QString info = child<QLabel>("tenantInfoLabel")->text();
    QVERIFY2(info.contains(u"Kibo Token Inspector Demo"_s) && info.contains(u"development"_s) && info.contains(pod)
            && info.contains(u"1 site"_s),
        qPrintable(info));
    QCOMPARE(sites->count(), 1);
    QCOMPARE(sites->itemText(0), u"Demo Storefront (100002)"_s);
    QCOMPARE(sites->currentIndex(), 0); // the profile's site, found in the list
    QCOMPARE(panel->profile().siteId, std::optional<int>(100002));
    QCOMPARE(panel->profile().tenantDomain, pod);
    QVERIFY2(m_rig.view->statusText().startsWith(u"Found tenant Kibo Token Inspector Demo at "_s + pod),
        qPrintable(m_rig.view->statusText()));
    // A found tenant is no answer for the result view, and the customer was not logged in.
    QVERIFY(!m_rig.view->resultView()->hasResult());
    QVERIFY(!m_rig.view->session()->currentTicket());
}

void TestSessionView::loginShowsTheTenantItFound()
{
    LoginPanel* panel = m_rig.view->loginPanel();
    QVERIFY(!panel->discoveredTenant());
    logIn(Ada);
    const std::optional<KiboTenant> tenant = panel->discoveredTenant();
    QVERIFY(tenant);
    QCOMPARE(tenant->name, u"Kibo Token Inspector Demo"_s);
    QVERIFY(tenant->isDevTenant);
    const QString pod = KiboHosts::hostWithPort(m_rig.tenant->podUrl());
    QCOMPARE(tenant->domain, pod);
    QVERIFY(child<QLabel>("tenantInfoLabel")->text().contains(u"Kibo Token Inspector Demo"_s));
    QCOMPARE(child<QComboBox>("siteComboBox")->itemText(0), u"Demo Storefront (100002)"_s);
    // The pod the lookup named took the customer call: the home host refuses it.
    QVERIFY(m_rig.view->session()->lastResult()->request.url.port() == m_rig.tenant->podUrl().port());
}

void TestSessionView::discoveryFailureHasItsOwnDiagnosis_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("tenantId");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QByteArray>("scriptedLookup"); // status and body of a scripted home host; empty: the demo
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("title");

    const QByteArray forbidden = R"(403 {"message":"Application is not installed on tenant 100001",)"
                                 R"("errorCode":"UNAUTHORIZED","applicationName":"Tenant"})";
    const QByteArray noDomain = R"(200 {"id":100001,"name":"Half a Tenant","isDevTenant":true,)"
                                R"("sites":[{"id":100002,"name":"Demo Storefront"}]})";
    for (const QString& how : { u"look up"_s, u"log in"_s }) {
        const QByteArray name = how.toLatin1();
        QTest::newRow(QByteArray(name + ", unknown tenant").constData())
            << how << u"999"_s << u"100002"_s << QByteArray() << u"tenant-unknown"_s << u"The tenant was not found"_s;
        QTest::newRow(QByteArray(name + ", site not in the tenant").constData())
            << how << u"100001"_s << u"99"_s << QByteArray() << u"site-unknown"_s
            << u"The site is not in this tenant"_s;
        QTest::newRow(QByteArray(name + ", app may not read the tenant").constData())
            << how << u"100001"_s << u"100002"_s << forbidden << u"tenant-forbidden"_s
            << u"The application may not read this tenant"_s;
        QTest::newRow(QByteArray(name + ", reply without a domain").constData())
            << how << u"100001"_s << u"100002"_s << noDomain << u"no-domain"_s << u"The tenant lookup named no host"_s;
    }
}

void TestSessionView::discoveryFailureHasItsOwnDiagnosis()
{
    QFETCH(QString, how);
    QFETCH(QString, tenantId);
    QFETCH(QString, site);
    QFETCH(QByteArray, scriptedLookup);
    QFETCH(QString, detail);
    QFETCH(QString, title);

    LoginPanel* panel = m_rig.view->loginPanel();
    FaultServer home;
    if (!scriptedLookup.isEmpty()) {
        QVERIFY(home.listenLocal());
        home.script("/api/platform/applications",
            { FaultServer::json(200, R"({"access_token":"app-token","token_type":"Bearer","expires_in":3600})") });
        home.script(
            "/api/platform/tenants", { FaultServer::json(scriptedLookup.left(3).toInt(), scriptedLookup.mid(4)) });
        panel->setProfile(KiboProfile::demo(home.baseUrl()), DemoTenant::sharedSecret());
    }
    const auto retype = [this](const char* name, const QString& text) {
        QLineEdit* edit
            = qstrcmp(name, "siteComboBox") == 0 ? child<QComboBox>(name)->lineEdit() : child<QLineEdit>(name);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    };
    retype("tenantIdLineEdit", tenantId);
    retype("siteComboBox", site);
    retype("usernameLineEdit", Ada);
    retype("passwordLineEdit", DemoTenant::defaultPassword());

    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>(how == u"look up"_s ? "lookUpTenantButton" : "loginButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));

    const std::optional<AuthTicketResult>& result = m_rig.view->session()->lastResult();
    QVERIFY(result);
    QCOMPARE(result->error.kind, KiboError::Kind::TenantDiscovery);
    QCOMPARE(result->error.detail, detail);
    QVERIFY(!result->ticket);
    // The Problem tab says what happened in its own words: not "host not found" or a generic refusal.
    QCOMPARE(m_rig.view->resultView()->currentTab(), ResultView::Tab::Problem);
    QCOMPARE(child<QLabel>("problemTitleLabel")->text(), title);
    QCOMPARE(Diagnoser::diagnose(result->error).title, title);
    QVERIFY(!child<QLabel>("nextStepLabel")->text().isEmpty());
    const QString status = m_rig.view->statusText();
    QVERIFY2(status.endsWith(title), qPrintable(status));
    QVERIFY2(
        status.startsWith(how == u"look up"_s ? u"Tenant lookup failed"_s : u"Login failed"_s), qPrintable(status));
    if (detail == u"site-unknown"_s) {
        // The tenant was found: its sites are offered to choose from.
        QCOMPARE(child<QComboBox>("siteComboBox")->itemText(0), u"Demo Storefront (100002)"_s);
        QVERIFY(child<QLabel>("tenantInfoLabel")->text().contains(u"Kibo Token Inspector Demo"_s));
    } else {
        QVERIFY(!panel->discoveredTenant());
        // The tenant section says the lookup failed, not that none was made.
        const QString info = child<QLabel>("tenantInfoLabel")->text();
        QVERIFY2(info.contains(title) && !info.contains(u"Not looked up yet"_s), qPrintable(info));
    }
    // No customer call went anywhere.
    QVERIFY(!result->request.isValid());
    if (!scriptedLookup.isEmpty()) {
        QCOMPARE(home.count("/api/commerce"), 0);
    }
}

// A session tab shows one customer at a time: a new login in the same tab, whatever its answer (a 2FA request, a
// refusal, a ticket), shows nothing of the customer before it — no refresh log, no timeline marks, no refresh bar
// or keychain status of the older ticket, and no Refresh that brings the older ticket back.
void TestSessionView::newLoginShowsOnlyTheNewCustomer_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("ticket");
    QTest::newRow("mfa: 2FA pending") << u"mfa@example.com"_s << false;
    QTest::newRow("locked: refused") << u"locked@example.com"_s << false;
    QTest::newRow("big account: a ticket") << u"big.account@example.com"_s << true;
}

void TestSessionView::newLoginShowsOnlyTheNewCustomer()
{
    QFETCH(QString, username);
    QFETCH(bool, ticket);
    logIn(Ada);
    const QString adaAccount = m_rig.view->session()->accountKey();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.view->session()->vaultStatusText(), u"Tokens saved in the keychain"_s, Deadline);
    m_rig.clock->advanceSeconds(60);
    QSignalSpy refreshed(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QToolButton>("refreshButton"), Qt::LeftButton);
    QVERIFY(refreshed.wait(Deadline));
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.view->session()->vaultStatusText(), u"Tokens saved in the keychain"_s, Deadline);
    QCOMPARE(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 1);
    const QString adaRefreshEnd = logRow(0).at(4);
    QCOMPARE(timelineRefreshes(), 1);

    m_rig.clock->advanceSeconds(60);
    // The notice of the closing comes with the answer, not before it: shown in between, its label would lay the
    // window out once more before the answer is painted.
    std::optional<QString> noticeWhenClosed;
    const QMetaObject::Connection closing = connect(m_rig.view->session(), &CustomerSession::previousCustomerClosed,
        this, [&] { noticeWhenClosed = child<QLabel>("sessionNoticeLabel")->text(); });
    attempt(username);
    disconnect(closing);
    QVERIFY(noticeWhenClosed);
    QVERIFY2(!noticeWhenClosed->contains(u"closed the session"_s), qPrintable(*noticeWhenClosed));
    CustomerSession* session = m_rig.view->session();
    QVERIFY(session->refreshLog().isEmpty());
    QCOMPARE(child<QTreeWidget>("refreshLogTreeWidget")->topLevelItemCount(), 0);
    QVERIFY(!child<QWidget>("refreshLogGroupBox")->isVisible());
    QCOMPARE(timelineRefreshes(), 0);
    QVERIFY2(!everyText().contains(adaRefreshEnd), qPrintable(adaRefreshEnd));
    QVERIFY(session->username() != Ada);
    QCOMPARE(session->name(), username); // the tab's title too
    // What was closed is said once, above the answer; the keychain entry stays, as when a tab is closed.
    const QString notice = m_rig.view->noticeText();
    QVERIFY2(notice.contains(u"closed the session of "_s + Ada), qPrintable(notice));
    QVERIFY2(notice.contains(u"stay in the keychain as "_s + adaAccount), qPrintable(notice));
    QVERIFY(child<QLabel>("sessionNoticeLabel")->isVisible());

    if (ticket) {
        m_rig.accounts.append(session->accountKey());
        QVERIFY2(
            m_rig.view->statusText().startsWith(u"Logged in as "_s + username), qPrintable(m_rig.view->statusText()));
        QCOMPARE(session->username(), username);
        QVERIFY(m_rig.view->refreshStateText().startsWith(u"Expires in 15 min"_s));
        return;
    }
    // The answer alone: no ticket, so no bar, no active control and no keychain status of Ada's.
    QVERIFY(!session->currentTicket());
    QVERIFY(!child<QWidget>("refreshBarFrame")->isVisible());
    for (const char* name : { "refreshButton", "expireNowButton", "forgetButton" }) {
        QVERIFY2(!child<QToolButton>(name)->isEnabled(), name);
    }
    QVERIFY(m_rig.view->refreshStateText().isEmpty());
    QVERIFY2(session->vaultStatusText().isEmpty(), qPrintable(session->vaultStatusText()));
    QVERIFY(session->accountKey().isEmpty());
    const AuthTicketResult* shown = m_rig.view->resultView()->result();
    QVERIFY(shown);
    QVERIFY(!shown->ticket);
    const QString headline = child<QLabel>("headlineLabel")->text();
    // Session → Refresh (Ctrl+R) does not bring Ada's ticket back in place of the answer.
    m_rig.view->refreshNow();
    QVERIFY2(m_rig.view->statusText().contains(u"holds no refresh token"_s), qPrintable(m_rig.view->statusText()));
    QVERIFY(!session->isBusy());
    QCOMPARE(m_rig.view->resultView()->result()->ticket.has_value(), false);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), headline);

    // Ada's tokens are still in the keychain, under her own entry.
    KeychainVault reader;
    QSignalSpy loaded(&reader, &TokenVault::loaded);
    reader.load(adaAccount);
    QVERIFY(loaded.wait(Deadline));
    QVERIFY(!loaded.at(0).at(1).value<StoredTokens>().refreshToken.isEmpty());
}

// A login that replaces one customer's ticket with another's keeps the refresh bar on screen: it is not hidden with
// the closed ticket and shown again with the new one (each time a whole layout of the window before the answer's
// paint). It still speaks of the new customer only.
void TestSessionView::newTicketKeepsTheRefreshBarShown()
{
    logIn(Ada);
    QTRY_COMPARE_WITH_TIMEOUT(m_rig.view->session()->vaultStatusText(), u"Tokens saved in the keychain"_s, Deadline);
    auto* bar = child<QWidget>("refreshBarFrame");
    QVERIFY(bar->isVisible());
    const HideCounter counter(bar);

    const QString buyer = u"b2b.buyer@example.com"_s;
    attempt(buyer);
    CustomerSession* session = m_rig.view->session();
    QCOMPARE(session->username(), buyer);
    m_rig.accounts.append(session->accountKey());
    QVERIFY(bar->isVisible());
    QCOMPARE(counter.hides, 0);
    QVERIFY(child<QToolButton>("refreshButton")->isEnabled());
    QVERIFY(m_rig.view->refreshStateText().startsWith(u"Expires in 15 min"_s));
    QVERIFY(m_rig.view->noticeText().contains(u"closed the session of "_s + Ada));
}

// The status bar tells the whole wait, from the click on Log in to the result on screen, not only Kibo's part: a
// big account takes measurably longer to show than to fetch. The test's own watch starts after the click reached
// the view and stops when the result is shown, so the reported time can only be the longer one.
void TestSessionView::statusTellsTheWholeWait()
{
    QElapsedTimer watch;
    qint64 clickToShown = -1;
    const QMetaObject::Connection clicked
        = connect(m_rig.view->loginPanel(), &LoginPanel::loginRequested, this, [&watch] { watch.start(); });
    const QMetaObject::Connection shownNow
        = connect(m_rig.view.get(), &SessionView::shownResultChanged, this, [&watch, &clickToShown] {
              if (clickToShown < 0 && watch.isValid()) {
                  clickToShown = watch.elapsed();
              }
          });
    const QString big = u"big.account@example.com"_s;
    logIn(big);
    disconnect(clicked);
    disconnect(shownNow);
    QVERIFY(clickToShown >= 0);
    const QString status = m_rig.view->statusText();
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Logged in as "_s + QRegularExpression::escape(big) + u" in (\\d+) ms"_s).match(status);
    QVERIFY2(match.hasMatch(), qPrintable(status));
    const qint64 reported = match.captured(1).toLongLong();
    QVERIFY2(reported >= clickToShown, qPrintable(u"%1 ms reported, %2 ms measured"_s.arg(reported).arg(clickToShown)));
    // It says what it measures, and Kibo's part is within it.
    const QRegularExpressionMatch kibo
        = QRegularExpression(u" ms \\(from your click to the result on screen; Kibo answered in (\\d+) ms\\)\\.$"_s)
              .match(status);
    QVERIFY2(kibo.hasMatch(), qPrintable(status));
    QVERIFY(kibo.captured(1).toLongLong() <= reported);
}

void TestSessionView::cancelWhileTheBigReplyIsReadKeepsOneCustomer()
{
    logIn(Ada);
    const int adaRows = child<QTreeView>("accountTreeView")->model()->rowCount();
    const QString big = u"big.account@example.com"_s;
    child<QLineEdit>("usernameLineEdit")->setText(big);
    child<QLineEdit>("passwordLineEdit")->setText(DemoTenant::defaultPassword());
    // Cancel on the turn after the 4 MB reply is complete: it is being read on a worker thread then.
    bool cancelled = false;
    QObject context;
    connect(m_rig.manager.get(), &QNetworkAccessManager::finished, &context, [this, &cancelled](QNetworkReply* reply) {
        if (!cancelled && reply->url().path().endsWith(u"/commerce/customer/authtickets"_s)) {
            cancelled = true;
            QMetaObject::invokeMethod(m_rig.view.get(), &SessionView::cancel, Qt::QueuedConnection);
        }
    });
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    QVERIFY(cancelled);
    QCOMPARE(m_rig.view->statusText(), u"Login cancelled."_s);

    // The reading that finishes afterwards shows nothing: Ada's answer stays, alone.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(Deadline) && backgroundFreePool().waitForDone(Deadline));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_rig.view->session()->username(), Ada);
    QVERIFY(!m_rig.view->session()->isBusy());
    QCOMPARE(child<QTreeView>("accountTreeView")->model()->rowCount(), adaRows);
    QVERIFY(child<QLabel>("headlineLabel")->text().contains(u"Ada"_s));

    // The next login is answered as usual, and it alone is shown.
    logIn(big);
    QCOMPARE(m_rig.view->session()->username(), big);
    QVERIFY(child<QLabel>("headlineLabel")->text().contains(u"Big"_s));
    QVERIFY(m_rig.view->resultView()->result()->ticket->customerAccount.value(u"contacts"_s).toArray().size() == 5000);
}

// A refresh of the big account replaces an answer of 4.4 MB that the session view keeps beside the result view's copy:
// each lets its copy go on a worker, so whichever lets go last, the window's turn does not free it.
void TestSessionView::bigAnswerRefreshedIsFreedOnAWorker()
{
    logIn(u"big.account@example.com"_s);
    m_rig.clock->advanceSeconds(60);
    const int before = backgroundFreeCount().load();
    QSignalSpy refreshed(m_rig.view.get(), &SessionView::answerShown);
    m_rig.view->refreshNow();
    QVERIFY(refreshed.wait(Deadline));
    QVERIFY(m_rig.view->resultView()->result()->rawBody.size() > 4'000'000);
    // The result view's answer and the account tree it showed, and the session view's answer.
    QCOMPARE(backgroundFreeCount().load() - before, 3);
}

// The first frame shows the start page only; the result view (its tabs, trees and timeline) is built by the
// first answer, in the start page's place, and the session's settings made before reach it.
void TestSessionView::resultViewIsBuiltByTheFirstAnswer()
{
    SessionView* view = m_rig.view.get();
    QVERIFY(!view->hasResultView());
    QVERIFY(view->findChildren<ResultView*>().isEmpty());
    QVERIFY(child<QLabel>("emptyTitleLabel")->isVisible());
    QCOMPARE(view->shownResult(), nullptr);
    view->setSecretsShown(true);
    QVERIFY(!view->hasResultView());

    logIn(Ada);
    QVERIFY(view->hasResultView());
    QCOMPARE(view->findChildren<ResultView*>().size(), 1);
    QVERIFY(view->resultView()->isVisible());
    QVERIFY(view->resultView()->secretsShown());
    QVERIFY(view->shownResult() && view->shownResult()->ticket);
    QVERIFY(view->findChildren<EmptyTicketPage*>(u"startPage"_s).isEmpty());
}

QTEST_MAIN(TestSessionView)
#include "testsessionview.moc"
