#include "sessionview.h"

#include "clock.h"
#include "demo/demotenant.h"
#include "emptyticketpage.h"
#include "jwt/tokentimeline.h"
#include "kibo/diagnosis.h"
#include "kibo/kibohosts.h"
#include "loginpanel.h"
#include "resultview.h"
#include "secrets/presentermask.h"
#include "session/authticketoutcome.h"
#include "ui_sessionview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidgetItem>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

enum RefreshLogColumn
{
    TimeColumn,
    ResultColumn,
    StartedByColumn,
    RotatedColumn,
    RefreshTokenColumn,
    HttpColumn,
    DurationColumn,
    ErrorCodeColumn,
};

} // namespace

QString SessionView::autoRefreshKey()
{
    return u"Sessions/autoRefresh"_s;
}

QString SessionView::autoRefreshMarginKey()
{
    return u"Sessions/autoRefreshMarginSeconds"_s;
}

SessionView::SessionView(QNetworkAccessManager* manager, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionView>())
    , m_session(new CustomerSession(manager, this))
    , m_clock(Clock::system())
{
    m_ui->setupUi(this);
    m_ui->sessionSplitter->setStretchFactor(0, 0);
    m_ui->sessionSplitter->setStretchFactor(1, 1);
    m_ui->sessionSplitter->setSizes({ 440, 760 });
    m_ui->resultSplitter->setStretchFactor(0, 1);
    m_ui->resultSplitter->setStretchFactor(1, 0);
    m_ui->refreshLogGroupBox->setVisible(false);
    m_ui->sessionNoticeLabel->setVisible(false);
    m_ui->sessionNoticeLabel->setAutoFillBackground(true);
    m_ui->sessionNoticeLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->sessionNoticeLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->refreshBarFrame->setVisible(false);
    m_ui->refreshLogTreeWidget->setMinimumHeight(fontMetrics().height() * 4);
    // The state text may be long; it must not widen the window (its full text is the tool tip too).
    m_ui->refreshStateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->refreshStateLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_ui->refreshStateLabel->installEventFilter(this);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"sessionTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setContentsMargins(6, 4, 6, 2);
    m_titleLabel->setVisible(false);
    m_titleLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_ui->refreshBarFrame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QSizePolicy noticePolicy = m_ui->sessionNoticeLabel->sizePolicy(); // keeps height-for-width (word wrap)
    noticePolicy.setVerticalPolicy(QSizePolicy::Maximum);
    m_ui->sessionNoticeLabel->setSizePolicy(noticePolicy);
    m_ui->sessionLayout->insertWidget(0, m_titleLabel);

    // Settings hold the choice as a plain boolean and a number of seconds.
    const QSettings settings;
    const int margin = settings.value(autoRefreshMarginKey(), CustomerSession::DefaultAutoRefreshMarginSeconds).toInt();
    m_ui->autoRefreshMarginSpinBox->setValue(margin);
    m_ui->autoRefreshCheckBox->setChecked(settings.value(autoRefreshKey(), false).toBool());
    m_ui->autoRefreshMarginSpinBox->setEnabled(m_ui->autoRefreshCheckBox->isChecked());
    applyAutoRefreshSettings();

    LoginPanel* panel = m_ui->loginPanel;
    connect(m_ui->startPage, &EmptyTicketPage::demoTenantRequested, this, &SessionView::demoTenantRequested);
    connect(panel, &LoginPanel::upgradeAnonymousChanged, m_session, &CustomerSession::setUpgradeAnonymous);
    connect(m_session, &CustomerSession::ticketChanged, panel,
        [this] { m_ui->loginPanel->setAnonymousSessionHeld(m_session->isAnonymous()); });
    connect(panel, &LoginPanel::loginRequested, this, &SessionView::login);
    connect(panel, &LoginPanel::cancelRequested, this, &SessionView::cancel);
    connect(panel, &LoginPanel::demoTenantRequested, this, &SessionView::demoTenantRequested);
    connect(panel, &LoginPanel::tenantLookupRequested, this, &SessionView::lookUpTenant);
    connect(m_session, &CustomerSession::tenantDiscovered, panel, &LoginPanel::setDiscoveredTenant);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &SessionView::refreshNow);
    connect(m_ui->expireNowButton, &QToolButton::clicked, this, &SessionView::expireNow);
    connect(m_ui->forgetButton, &QToolButton::clicked, this, &SessionView::forget);
    connect(m_ui->autoRefreshCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->autoRefreshMarginSpinBox->setEnabled(on);
        QSettings().setValue(autoRefreshKey(), on);
        applyAutoRefreshSettings();
    });
    connect(m_ui->autoRefreshMarginSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        QSettings().setValue(autoRefreshMarginKey(), seconds);
        applyAutoRefreshSettings();
    });

    connect(m_session, &CustomerSession::busyChanged, this, &SessionView::onBusyChanged);
    connect(m_session, &CustomerSession::progress, this, &SessionView::setStatus);
    connect(m_session, &CustomerSession::resultReady, this, &SessionView::onResult);
    connect(m_session, &CustomerSession::refreshLogChanged, this, &SessionView::updateRefreshLog);
    connect(m_session, &CustomerSession::ticketChanged, this, &SessionView::updateRefreshControls);
    connect(m_session, &CustomerSession::vaultStatusChanged, this, &SessionView::vaultStatusChanged);
    connect(m_session, &CustomerSession::forgotten, this, &SessionView::onForgotten);
    connect(m_session, &CustomerSession::previousCustomerClosed, this, &SessionView::onPreviousCustomerClosed);

    m_stateTimer.setInterval(1000);
    connect(&m_stateTimer, &QTimer::timeout, this, &SessionView::updateRefreshState);
    updateRefreshControls();
}

SessionView::~SessionView() = default;

LoginPanel* SessionView::loginPanel() const
{
    return m_ui->loginPanel;
}

ResultView* SessionView::resultView() const
{
    // Built on first use, not in the constructor: the first frame shows the start page only (issue "Measured
    // speed"). Building changes what is shown, not what the session is, hence const.
    return m_resultView ? m_resultView : const_cast<SessionView*>(this)->buildResultView();
}

ResultView* SessionView::buildResultView()
{
    auto* view = m_resultView = new ResultView(this);
    view->setClock(m_clock);
    view->setDemoTenantRunning(m_demoTenant != nullptr);
    if (m_demoTenant) {
        connect(m_demoTenant, &DemoTenant::codeSent, view, &ResultView::setDemoOutbox, Qt::UniqueConnection);
    }
    view->setPresenterMode(m_presenterMode);
    view->setSecretsShown(m_secretsShown);
    connect(view, &ResultView::statusMessage, this, &SessionView::setStatus);
    connect(view, &ResultView::twoFactorCodeEntered, this, &SessionView::submitTwoFactorCode);
    connect(view, &ResultView::resendCodeRequested, this, &SessionView::resendTwoFactorCode);
    connect(view, &ResultView::oneTimeCodeEntered, this, &SessionView::submitOneTimeCode);
    connect(view, &ResultView::oneTimeCodeResendRequested, this, &SessionView::requestOneTimeCode);
    // "Try Again" on the Problem tab (offered once a 429's Retry-After has passed): the same kind of call again.
    connect(view, &ResultView::retryRequested, this, [this] {
        const AuthTicketResult* shown = m_resultView->result();
        if (shown && shown->request.operation == KiboError::anonymousTicketOperation()) {
            requestAnonymous();
        } else {
            login();
        }
    });
    connect(view, &ResultView::demoTenantRequested, this, &SessionView::demoTenantRequested);
    connect(view, &ResultView::secretsShownChanged, this, &SessionView::secretsShownChanged);
    connect(view, &ResultView::copySupportBundleRequested, this, &SessionView::copySupportBundleRequested);
    connect(view, &ResultView::saveSupportBundleRequested, this, &SessionView::saveSupportBundleRequested);
    connect(view, &ResultView::copyCurlRequested, this, &SessionView::copyCurlRequested);
    // In the start page's place, with its focus proxy role: the start page goes.
    const bool hadFocus = m_ui->startPage->hasFocus();
    delete m_ui->resultSplitter->replaceWidget(0, view);
    m_ui->startPage = nullptr;
    if (hadFocus) {
        view->setFocus();
    }
    return view;
}

const AuthTicketResult* SessionView::shownResult() const
{
    return m_resultView ? m_resultView->result() : nullptr;
}

const AuthTicketResult* SessionView::sharedResult() const
{
    return m_resultView ? m_resultView->sharedResult() : nullptr;
}

bool SessionView::secretsShown() const
{
    return m_resultView ? m_resultView->secretsShown() : m_secretsShown;
}

void SessionView::setSecretsShown(bool shown)
{
    m_secretsShown = shown;
    if (m_resultView) {
        m_resultView->setSecretsShown(shown);
    }
}

void SessionView::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_session->setClock(m_clock);
    if (m_resultView) {
        m_resultView->setClock(m_clock);
    }
    updateRefreshState();
}

void SessionView::setDemoTenant(DemoTenant* demo)
{
    m_demoTenant = demo;
    if (m_ui->startPage) {
        m_ui->startPage->setDemoTenantRunning(demo != nullptr);
    }
    if (m_resultView) {
        m_resultView->setDemoTenantRunning(demo != nullptr);
        if (demo) {
            // The demo "emails" two-factor codes into its outbox; show them next to the code field.
            connect(demo, &DemoTenant::codeSent, m_resultView, &ResultView::setDemoOutbox, Qt::UniqueConnection);
        }
    }
}

void SessionView::setStatus(const QString& text)
{
    m_statusText = text;
    Q_EMIT statusChanged(text);
}

QStringList SessionView::knownUsernames() const
{
    QStringList names;
    for (const QString& name : { m_pendingUsername, m_shownUsername, m_session->username() }) {
        if (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

bool SessionView::hasShownTicket() const
{
    const AuthTicketResult* result = shownResult();
    return result && result->ticket && !result->error.isError();
}

void SessionView::login()
{
    LoginPanel* panel = m_ui->loginPanel;
    if (m_session->isBusy() || panel->isBusy() || !panel->validate()) {
        return;
    }
    if (panel->signInMode() == LoginPanel::SignInMode::Anonymous) {
        requestAnonymous();
        return;
    }
    m_session->setUpgradeAnonymous(panel->upgradeAnonymous());
    if (panel->signInMode() == LoginPanel::SignInMode::OneTimeCode) {
        requestOneTimeCode(panel->loginRequest().username);
        return;
    }
    const CustomerLoginRequest request = panel->loginRequest();
    m_pendingUsername = request.username;
    m_session->setProfile(panel->profile(), panel->clientSecret());
    m_waitTimer.start(); // the status tells the whole wait, the showing of the result included
    if (m_session->isAnonymous() && m_session->upgradeAnonymous()) {
        setStatus(tr("Logging in as %1, upgrading the anonymous session…").arg(request.username));
    } else {
        setStatus(tr("Logging in as %1…").arg(request.username));
    }
    m_session->login(request);
}

void SessionView::requestAnonymous()
{
    LoginPanel* panel = m_ui->loginPanel;
    if (m_session->isBusy()) {
        return;
    }
    m_pendingUsername.clear();
    m_session->setProfile(panel->profile(), panel->clientSecret());
    m_waitTimer.start();
    setStatus(tr("Asking for an anonymous shopper ticket…"));
    m_session->anonymous();
}

void SessionView::lookUpTenant()
{
    LoginPanel* panel = m_ui->loginPanel;
    if (m_session->isBusy() || panel->isBusy() || !panel->validateTenant()) {
        return;
    }
    const KiboProfile profile = panel->profile();
    m_session->setProfile(profile, panel->clientSecret());
    setStatus(tr("Looking up tenant %1 at %2…")
                  .arg(profile.tenantId)
                  .arg(KiboHosts::hostWithPort(KiboHosts::authApiBase(profile))));
    m_session->lookupTenant();
}

void SessionView::onLookupResult(const AuthTicketResult& result, const AuthTicketOutcome& outcome)
{
    if (outcome.kind() == AuthTicketOutcome::Kind::Cancelled) {
        setStatus(tr("Lookup cancelled."));
        return;
    }
    if (!result.error.isError()) {
        const KiboTenant tenant = result.tenant.value_or(KiboTenant());
        setStatus(tr("Found tenant %1 at %2 with %n site(s).", nullptr, int(tenant.sites.size()))
                      .arg(tenant.name.isEmpty() ? QString::number(tenant.id) : tenant.name, tenant.domain));
        return;
    }
    // A ticket on screen stays; the Problem tab says why the tenant was not found.
    if (hasShownTicket()) {
        resultView()->showProblemBeside(result);
    } else {
        showResult(result);
    }
    Q_EMIT shownResultChanged();
    setStatus(tr("Tenant lookup failed: %1").arg(outcome.diagnosis().title));
}

void SessionView::requestOneTimeCode(const QString& email)
{
    if (m_session->isBusy() || email.isEmpty()) {
        return;
    }
    const LoginPanel* panel = m_ui->loginPanel;
    const CustomerLoginRequest options = panel->loginRequest();
    m_pendingUsername = email;
    m_session->setProfile(panel->profile(), panel->clientSecret());
    setStatus(tr("Asking Kibo to email a one-time code to %1…").arg(email));
    m_session->requestOtp(email, options.fingerprint, options.region, options.responseFields);
}

void SessionView::submitOneTimeCode(const QString& email, const QString& code)
{
    if (m_session->isBusy() || email.isEmpty()) {
        return;
    }
    m_pendingUsername = email;
    m_waitTimer.start();
    setStatus(m_session->otpUpgradesAnonymous(email)
            ? tr("Logging in as %1 with the one-time code, upgrading the anonymous session…").arg(email)
            : tr("Logging in as %1 with the one-time code…").arg(email));
    m_session->finishOtp(email, code);
}

void SessionView::submitTwoFactorCode(const QString& userId, const QString& code)
{
    if (m_session->isBusy() || userId.isEmpty()) {
        return;
    }
    m_waitTimer.start();
    setStatus(tr("Checking the code…"));
    m_session->finish2FA(userId, code);
}

void SessionView::resendTwoFactorCode(const QString& userId)
{
    if (m_session->isBusy() || userId.isEmpty()) {
        return;
    }
    setStatus(tr("Asking for a new code…"));
    m_session->resend2FACode(userId);
}

void SessionView::cancel()
{
    if (m_session->isBusy()) {
        setStatus(tr("Cancelling…"));
        m_session->cancel();
    }
}

void SessionView::refreshNow()
{
    if (!m_session->canRefresh()) {
        setStatus(tr("This session holds no refresh token: log in first."));
        return;
    }
    if (m_session->refresh()) {
        setStatus(tr("Refreshing the access token…"));
    }
}

void SessionView::expireNow()
{
    if (!m_session->currentTicket()) {
        return;
    }
    m_session->expireNow();
    setStatus(m_session->autoRefresh()
            ? tr("The access token is treated as expired: the automatic refresh follows within a second.")
            : tr("The access token is treated as expired. Refresh it, or turn on automatic refresh."));
    updateRefreshState();
}

void SessionView::forget()
{
    if (m_session->isBusy()) {
        return;
    }
    setStatus(tr("Forgetting the session…"));
    resultView()->clear();
    m_lastTicketResult.reset();
    m_shownJwt.clear();
    m_shownProfile = KiboProfile();
    resultView()->setRefreshMarks({});
    m_session->forget();
    Q_EMIT shownResultChanged();
}

void SessionView::onForgotten()
{
    setNotice(m_session->forgetReport());
    m_ui->loginPanel->setAnonymousSessionHeld(m_session->isAnonymous());
    setStatus(m_session->forgetProven() ? tr("Session forgotten: no refresh token is stored for it any more.")
                                        : tr("Session forgotten here; the keychain read-back did not prove it."));
    updateRefreshControls();
    Q_EMIT forgetFinished();
}

void SessionView::onPreviousCustomerClosed()
{
    // The answer that follows is the only thing this tab shows: nothing of the closed ticket stays beside it
    // (the refresh log and its timeline marks follow refreshLogChanged). The session says so from within that
    // answer's own call, before busyChanged(false), which brings the refresh bar up to date: hidden here and shown
    // again there, the bar would lay the whole window out once more before a new customer's ticket is painted. The
    // notice too says so with the answer (onResult), for the same reason: its label shown here, between the closing
    // and the answer, would lay the window out at once, and the answer's changes would do it again.
    m_lastTicketResult.reset();
    m_noticeWithAnswer = true;
}

void SessionView::onBusyChanged(bool busy)
{
    m_ui->loginPanel->setBusy(busy);
    resultView()->setTwoFactorBusy(busy);
    updateRefreshControls();
}

void SessionView::showResult(const AuthTicketResult& result)
{
    resultView()->showResult(result);
    if (result.ticket && !result.error.isError() && !result.requires2FA) {
        releaseResult(m_lastTicketResult); // a big one on a worker, as the result view lets its copy go
        m_lastTicketResult = result;
    }
    m_shownProfile = m_session->profile();
    m_shownJwt = result.ticket && !result.error.isError() ? result.ticket->jwtAccessToken : QString();
    Q_EMIT shownResultChanged();
}

void SessionView::onResult(const AuthTicketResult& result, CustomerSession::Operation operation)
{
    using Operation = CustomerSession::Operation;
    // Whatever this answer shows, the notice of a customer it closed shows with it (unless it was said already).
    const auto noticeWithAnswer = qScopeGuard([this] {
        if (m_noticeWithAnswer) {
            updateNotice();
        }
    });
    ResultView* view = resultView();
    const bool otpWaiting = view->isWaitingForCode() && view->isOneTimeCodeLogin();
    const bool codeStep = operation == Operation::FinishTwoFactor || operation == Operation::ResendCode
        || operation == Operation::FinishOtp || (operation == Operation::RequestOtp && otpWaiting);
    // What the reply means, decided once; its diagnosis is computed once for every line below.
    const AuthTicketOutcome outcome(result, codeStep ? AuthTicketOutcome::Step::Code : AuthTicketOutcome::Step::Other);
    if (outcome.kind() == AuthTicketOutcome::Kind::TenantNotFound) {
        m_ui->loginPanel->setTenantLookupFailed(m_session->attemptProfile(), outcome.diagnosis().title);
    }
    if (operation == Operation::Refresh) {
        onRefreshResult(result, outcome);
        Q_EMIT answerShown();
        return;
    }
    if (operation == Operation::LookupTenant) {
        onLookupResult(result, outcome);
        Q_EMIT answerShown();
        return;
    }
    // A wrong or expired code, or a failed resend, keeps the code form: the customer can try again.
    const bool cancelled = outcome.kind() == AuthTicketOutcome::Kind::Cancelled;
    if (codeStep && (outcome.isCodeRefusal() || cancelled)) {
        if (cancelled) {
            view->showTwoFactorProblem(outcome.diagnosis().title);
        } else {
            view->showCodeRefusal(outcome);
        }
        setStatus(tr("The code was not accepted: %1").arg(outcome.diagnosis().title));
        Q_EMIT answerShown();
        return;
    }
    if (operation == Operation::RequestOtp && !result.error.isError()) {
        if (otpWaiting && view->pendingEmail() == m_pendingUsername) {
            view->showTwoFactorProblem(QString());
            view->restartCodeExpiry();
            setStatus(tr("A new one-time code was sent to %1.").arg(m_pendingUsername));
        } else {
            view->showOneTimeCodeSent(result, m_pendingUsername);
            m_shownProfile = m_session->profile();
            m_shownJwt.clear();
            m_shownUsername = m_pendingUsername;
            updateNotice();
            Q_EMIT shownResultChanged();
            setStatus(tr("One-time code requested for %1: enter it within 3 minutes.").arg(m_pendingUsername));
        }
        Q_EMIT answerShown();
        return;
    }
    if (cancelled) {
        // The user's own choice is no problem to diagnose: keep whatever the view showed before.
        setStatus(operation == Operation::Anonymous ? tr("Request cancelled.") : tr("Login cancelled."));
        Q_EMIT answerShown();
        return;
    }
    if (operation == Operation::ResendCode && !result.error.isError()) {
        resultView()->showTwoFactorProblem(QString());
        resultView()->restartCodeExpiry();
        setStatus(tr("A new code was sent to the customer."));
        Q_EMIT answerShown();
        return;
    }
    showResult(result);
    m_shownUsername = m_pendingUsername;
    if (result.ticket && !result.error.isError()) {
        updateRefreshLog(); // the timeline markers of earlier refreshes
    }
    updateNotice();
    updateRefreshControls();
    // Read once everything is shown: the time is the user's whole wait, not only Kibo's reply (a big account
    // takes longer to show than to fetch).
    const qint64 waitedMs = m_waitTimer.isValid() ? m_waitTimer.elapsed() : result.elapsedMs;
    m_waitTimer.invalidate();
    if (outcome.isFailure()) {
        const Diagnosis& diagnosis = outcome.diagnosis();
        setStatus(operation == Operation::Anonymous ? tr("No anonymous ticket: %1").arg(diagnosis.title)
                                                    : tr("Login failed: %1").arg(diagnosis.title));
    } else if (result.requires2FA) {
        setStatus(tr("Two-factor authentication required for %1").arg(m_pendingUsername));
    } else if (result.ticket && operation == Operation::Anonymous) {
        setStatus(tr("Anonymous shopper ticket received in %1 ms (from your click to the result on screen; Kibo "
                     "answered in %2 ms).")
                      .arg(waitedMs)
                      .arg(result.elapsedMs));
    } else if (result.ticket) {
        setStatus(tr("Logged in as %1 in %2 ms (from your click to the result on screen; Kibo answered in %3 ms).")
                      .arg(m_pendingUsername)
                      .arg(waitedMs)
                      .arg(result.elapsedMs));
    }
    Q_EMIT answerShown();
}

void SessionView::onRefreshResult(const AuthTicketResult& result, const AuthTicketOutcome& outcome)
{
    const QList<CustomerSession::RefreshRecord>& log = m_session->refreshLog();
    const bool rotated = !log.isEmpty() && log.constLast().rotated;
    if (outcome.kind() == AuthTicketOutcome::Kind::Cancelled) {
        setStatus(tr("Refresh cancelled."));
        return;
    }
    if (result.error.isError() && m_lastTicketResult && m_session->currentTicket()) {
        // The session keeps its old ticket: its tabs stay, the Problem tab explains the refusal.
        const AuthTicketResult* shown = resultView()->result();
        if (!shown || !shown->ticket || shown->error.isError()) {
            showResult(*m_lastTicketResult);
        }
        resultView()->showProblemBeside(result);
        Q_EMIT shownResultChanged();
    } else {
        showResult(result);
    }
    updateRefreshLog();
    if (outcome.isFailure()) {
        setStatus(tr("Refresh failed: %1").arg(outcome.diagnosis().title));
        const std::optional<CustomerAuthTicket> ticket = m_session->currentTicket();
        const QDateTime expiry = m_session->accessTokenExpiresAt();
        const bool expired = expiry.isValid() && expiry <= m_clock->now();
        setNotice(ticket && expired
                ? tr("The refresh failed (see Problem). The session keeps its old ticket, whose access token expired "
                     "at %1.")
                      .arg(QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat))
                : tr("The refresh failed (see Problem). The session keeps its old ticket."));
    } else if (rotated) {
        setStatus(
            tr("Refreshed in %1 ms: new access token, and Kibo rotated the refresh token.").arg(result.elapsedMs));
        updateNotice();
    } else {
        setStatus(tr("Refreshed in %1 ms: new access token, same refresh token.").arg(result.elapsedMs));
        updateNotice();
    }
    updateRefreshControls();
}

void SessionView::updateRefreshLog()
{
    const QList<CustomerSession::RefreshRecord>& log = m_session->refreshLog();
    QTreeWidget* tree = m_ui->refreshLogTreeWidget;
    if (log.isEmpty() && tree->topLevelItemCount() == 0) { // nothing was shown and nothing is: a login's answer
        m_ui->refreshLogGroupBox->setVisible(false);
        resultView()->setRefreshMarks({});
        return;
    }
    tree->clear();
    QList<TokenTimeline::Refresh> marks;
    for (const CustomerSession::RefreshRecord& record : log) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(TimeColumn, QLocale().toString(record.at.toLocalTime().time(), u"HH:mm:ss"_s));
        item->setToolTip(TimeColumn, record.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
        item->setText(ResultColumn, record.ok ? tr("ok") : tr("failed"));
        item->setText(StartedByColumn, record.automatic ? tr("automatic") : tr("you"));
        item->setText(RotatedColumn, !record.ok ? QString() : record.rotated ? tr("yes") : tr("no"));
        const QString sent = record.refreshTokenLast4.isEmpty() ? tr("(short)") : u"…"_s + record.refreshTokenLast4;
        item->setText(
            RefreshTokenColumn, record.rotated ? tr("%1 → …%2").arg(sent, record.newRefreshTokenLast4) : sent);
        item->setText(HttpColumn, record.httpStatus > 0 ? QString::number(record.httpStatus) : tr("(none)"));
        item->setText(DurationColumn, tr("%1 ms").arg(record.elapsedMs));
        item->setText(ErrorCodeColumn, record.errorCode);
        marks.append({ record.at, record.ok, record.rotated });
    }
    for (int column = 0; column < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
    }
    tree->scrollToBottom();
    if (!log.isEmpty() && !m_ui->refreshLogGroupBox->isVisibleTo(this)) {
        // A few rows of log under the result; the result keeps the room.
        const int logHeight = fontMetrics().height() * 9;
        m_ui->resultSplitter->setSizes({ qMax(logHeight, m_ui->resultSplitter->height() - logHeight), logHeight });
    }
    m_ui->refreshLogGroupBox->setVisible(!log.isEmpty());
    resultView()->setRefreshMarks(marks);
}

void SessionView::updateRefreshControls()
{
    const bool busy = m_session->isBusy();
    const bool hasTicket = m_session->currentTicket().has_value();
    m_ui->refreshBarFrame->setVisible(hasTicket || !m_session->refreshLog().isEmpty());
    m_ui->refreshButton->setEnabled(!busy && m_session->canRefresh());
    m_ui->expireNowButton->setEnabled(!busy && hasTicket);
    m_ui->forgetButton->setEnabled(!busy && (hasTicket || !m_session->accountKey().isEmpty()));
    if (hasTicket) {
        m_stateTimer.start();
    } else {
        m_stateTimer.stop();
    }
    updateRefreshState();
}

void SessionView::updateRefreshState()
{
    const QString text = refreshStateText();
    // Elided to the room the bar leaves (side by side it is narrow); the tool tip has it whole.
    QLabel* label = m_ui->refreshStateLabel;
    label->setText(label->fontMetrics().elidedText(text, Qt::ElideRight, label->width()));
    m_ui->refreshStateLabel->setToolTip(m_session->currentTicket() ? tr("Access token: %1").arg(text) : text);
}

QString SessionView::refreshStateText() const
{
    if (!m_session->currentTicket()) {
        return m_session->refreshLog().isEmpty() ? QString() : tr("No ticket");
    }
    if (m_session->isBusy() && m_session->currentOperation() == CustomerSession::Operation::Refresh) {
        return tr("Refreshing…");
    }
    const QDateTime now = m_clock->now();
    const QDateTime expiry = m_session->accessTokenExpiresAt();
    QString text;
    if (!expiry.isValid()) {
        text = tr("Expiry unknown");
    } else if (m_session->isExpiredLocally()) {
        text = tr("Treated as expired (Expire Now)");
    } else if (expiry <= now) {
        text = tr("Expired %1 ago").arg(TokenTimeline::durationText(expiry.secsTo(now)));
    } else {
        text = tr("Expires in %1").arg(TokenTimeline::durationText(now.secsTo(expiry)));
    }
    const QDateTime due = m_session->nextAutoRefreshAt();
    if (due.isValid()) {
        text += u" · "_s
            + (due <= now ? tr("auto refresh due")
                          : tr("auto refresh in %1").arg(TokenTimeline::durationText(now.secsTo(due))));
    } else if (m_session->autoRefresh() && !m_session->canRefresh()) {
        text += u" · "_s + tr("no refresh token");
    } else if (m_session->autoRefresh()) {
        text += u" · "_s + tr("auto refresh paused after a failure");
    }
    return text;
}

void SessionView::applyAutoRefreshSettings()
{
    m_session->setAutoRefresh(m_ui->autoRefreshCheckBox->isChecked(), m_ui->autoRefreshMarginSpinBox->value());
    updateRefreshState();
}

void SessionView::updateNotice()
{
    m_noticeWithAnswer = false;
    const QString previous = m_session->previousAnonymousId();
    QString notice;
    if (!previous.isEmpty()) {
        notice = tr("This login upgraded the anonymous session %1 (b.PreviousAnonymousId): the shopper's cart and "
                    "history carry over to the customer.")
                     .arg(previous);
    } else if (m_session->isAnonymous()) {
        notice = tr("Anonymous shopper: no customer account. A login in this session upgrades it, and the JWT "
                    "then names this shopper in b.PreviousAnonymousId.");
    }
    // What a new attempt closed comes first: the answer below it is not the older customer's.
    const QString closed = m_session->closedReport();
    QStringList parts;
    for (const QString& part : { closed, notice }) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    setNotice(parts.join(u' '));
}

void SessionView::setNotice(const QString& text)
{
    m_notice = text;
    m_ui->sessionNoticeLabel->setText(m_presenterMode ? PresenterMask::maskEmails(text) : text);
    m_ui->sessionNoticeLabel->setVisible(!text.isEmpty());
}

QString SessionView::noticeText() const
{
    return m_notice;
}

void SessionView::setPresenterMode(bool on)
{
    m_presenterMode = on;
    if (m_resultView) {
        m_resultView->setPresenterMode(on);
    }
    m_ui->loginPanel->setPresenterMode(on);
    setNotice(m_notice);
    setTitleShown(m_titleLabel->isVisibleTo(this));
}

void SessionView::setLoginPanelShown(bool shown)
{
    m_ui->loginPanel->setVisible(shown);
}

QByteArray SessionView::saveSplitterState() const
{
    return m_ui->sessionSplitter->saveState();
}

void SessionView::restoreSplitterState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->sessionSplitter->restoreState(state);
    }
}

void SessionView::setTitleShown(bool shown)
{
    const QString name = m_session->name();
    m_titleLabel->setText(m_presenterMode ? PresenterMask::maskEmails(name) : name);
    m_titleLabel->setVisible(shown);
}

bool SessionView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->refreshStateLabel && event->type() == QEvent::Resize) {
        updateRefreshState();
    }
    return QWidget::eventFilter(watched, event);
}
