#include "customersession.h"

#include "clock.h"
#include "jwt/jwtdecoder.h"
#include "kibo/diagnosis.h"
#include "kibo/kibohosts.h"
#include "logging.h"
#include "secrets/secretpolicy.h"
#include "session/authticketoutcome.h"
#include "session/ticketrules.h"
#include "vault/storedtokens.h"
#include "vault/tokenvault.h"

#include <QJsonObject>
#include <QLocale>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString utcText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : QString();
}

} // namespace

CustomerSession::CustomerSession(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_client(new AuthTicketClient(manager, this))
    , m_clock(Clock::system())
{
    m_autoRefreshTimer.setInterval(1000);
    connect(&m_autoRefreshTimer, &QTimer::timeout, this, &CustomerSession::checkAutoRefresh);
    connect(m_client, &AuthTicketClient::progress, this, &CustomerSession::progress);
    connect(m_client, &AuthTicketClient::finished, this, &CustomerSession::onFinished);
    connect(m_client, &AuthTicketClient::tenantDiscovered, this,
        [this](const KiboTenant& tenant) { Q_EMIT tenantDiscovered(m_pendingProfile, tenant); });
}

CustomerSession::~CustomerSession() = default;

void CustomerSession::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_client->setClock(m_clock);
}

QDateTime CustomerSession::now() const
{
    return m_clock->now();
}

bool CustomerSession::refuseWhileThrottled()
{
    if (!isThrottled()) {
        return false;
    }
    const qint64 seconds = (now().msecsTo(m_retryNotBefore) + 999) / 1000;
    Q_EMIT progress(tr("Kibo asked to wait (Retry-After): you can try again in %1.").arg(Diagnoser::duration(seconds)));
    return true;
}

void CustomerSession::setVaultProvider(std::function<TokenVault*()> provider)
{
    m_vaultProvider = std::move(provider);
}

TokenVault* CustomerSession::vault()
{
    TokenVault* vault = m_vaultProvider ? m_vaultProvider() : nullptr;
    if (vault && vault != m_connectedVault) {
        if (m_connectedVault) {
            disconnect(m_connectedVault, nullptr, this, nullptr);
        }
        m_connectedVault = vault;
        connect(vault, &TokenVault::stored, this, &CustomerSession::onStored);
        connect(vault, &TokenVault::removed, this, &CustomerSession::onRemoved);
        connect(vault, &TokenVault::loaded, this, &CustomerSession::onLoaded);
    }
    return vault;
}

void CustomerSession::setProfile(const KiboProfile& profile, const QString& clientSecret)
{
    if (isBusy()) {
        return;
    }
    m_profile = profile;
    m_clientSecret = clientSecret;
}

void CustomerSession::setName(const QString& name)
{
    if (m_name == name) {
        return;
    }
    m_name = name;
    Q_EMIT nameChanged(m_name);
}

void CustomerSession::setCustomName(const QString& name)
{
    m_customName = !name.trimmed().isEmpty();
    if (m_customName) {
        setName(name.trimmed());
    }
}

QString CustomerSession::tenantHost() const
{
    return KiboHosts::tenantKey(profile());
}

QString CustomerSession::accountKey() const
{
    if (!m_storedAccount.isEmpty()) {
        return m_storedAccount;
    }
    return m_username.isEmpty() || m_anonymous ? QString() : TokenVault::accountKey(m_username, tenantHost());
}

void CustomerSession::begin(Operation operation, const KiboProfile& profile, const QString& clientSecret)
{
    m_operation = operation;
    m_pendingProfile = profile;
    m_pendingClientSecret = clientSecret;
    m_client->setProfile(profile, clientSecret);
    Q_EMIT busyChanged(true);
}

void CustomerSession::login(const CustomerLoginRequest& request)
{
    if (isBusy() || refuseWhileThrottled()) {
        return;
    }
    CustomerLoginRequest sent = request;
    if (isAnonymous() && m_upgradeAnonymous && sent.anonymousAccessToken.isEmpty()) {
        // The anonymous shopper's cart and history follow the customer (x-vol-user-claims).
        sent.anonymousAccessToken = m_ticket->accessToken;
    }
    m_pendingUsername = request.username;
    m_accountId = request.accountId;
    m_responseFields = request.responseFields;
    clearClosedReport();
    begin(Operation::Login, m_profile, m_clientSecret);
    m_client->login(sent);
}

void CustomerSession::finish2FA(const QString& userId, const QString& code)
{
    if (isBusy() || userId.isEmpty() || refuseWhileThrottled()) {
        return;
    }
    begin(Operation::FinishTwoFactor, m_profile, m_clientSecret);
    m_client->finish2FA(userId, code, m_responseFields);
}

void CustomerSession::resend2FACode(const QString& userId)
{
    if (isBusy() || userId.isEmpty() || refuseWhileThrottled()) {
        return;
    }
    begin(Operation::ResendCode, m_profile, m_clientSecret);
    m_client->resend2FACode(userId);
}

void CustomerSession::requestOtp(
    const QString& email, const QString& fingerprint, const QString& region, const QString& responseFields)
{
    if (isBusy() || email.isEmpty() || refuseWhileThrottled()) {
        return;
    }
    m_otpFingerprint = fingerprint;
    m_otpRegion = region;
    m_responseFields = responseFields;
    // Its answer closes the anonymous ticket held (startsNewAttempt): the login that follows upgrades it all the same.
    if (isAnonymous() && m_upgradeAnonymous) {
        m_otpUpgradeToken = m_ticket->accessToken;
    } else if (email != m_otpEmail) {
        m_otpUpgradeToken.clear();
    }
    if (m_ticket || email != m_otpEmail) { // else a new code for the login under way
        clearClosedReport();
    }
    m_otpEmail = email;
    begin(Operation::RequestOtp, m_profile, m_clientSecret);
    m_client->requestOtp(email);
}

void CustomerSession::finishOtp(const QString& email, const QString& code)
{
    if (isBusy() || email.isEmpty() || refuseWhileThrottled()) {
        return;
    }
    QString anonymousAccessToken;
    if (otpUpgradesAnonymous(email)) {
        anonymousAccessToken = isAnonymous() ? m_ticket->accessToken : m_otpUpgradeToken;
    }
    m_pendingUsername = email;
    m_accountId.reset();
    begin(Operation::FinishOtp, m_profile, m_clientSecret);
    m_client->loginWithOtp(email, code, m_otpFingerprint, m_otpRegion, m_responseFields, anonymousAccessToken);
}

bool CustomerSession::otpUpgradesAnonymous(const QString& email) const
{
    return m_upgradeAnonymous && (isAnonymous() || (email == m_otpEmail && !m_otpUpgradeToken.isEmpty()));
}

void CustomerSession::anonymous()
{
    if (isBusy() || refuseWhileThrottled()) {
        return;
    }
    m_pendingUsername.clear();
    m_accountId.reset();
    clearClosedReport();
    begin(Operation::Anonymous, m_profile, m_clientSecret);
    m_client->anonymous();
}

void CustomerSession::lookupTenant()
{
    if (isBusy() || refuseWhileThrottled()) {
        return;
    }
    begin(Operation::LookupTenant, m_profile, m_clientSecret);
    m_client->lookupTenant();
}

bool CustomerSession::canRefresh() const
{
    return m_ticket && !m_ticket->refreshToken.isEmpty();
}

bool CustomerSession::refresh()
{
    if (isBusy() || !canRefresh() || refuseWhileThrottled()) {
        return false;
    }
    m_refreshTokenSent = m_ticket->refreshToken;
    m_refreshStartedAt = now();
    // The ticket's own profile: the tenant that issued the refresh token, whatever the form says now.
    begin(Operation::Refresh, m_ticketProfile, m_ticketClientSecret);
    qCInfo(lcSession) << "session refresh started" << (m_automaticRefresh ? "automatically" : "by the user");
    m_client->refresh(m_refreshTokenSent, m_accountId);
    return true;
}

void CustomerSession::cancel()
{
    if (isBusy()) {
        m_client->cancel();
    }
}

void CustomerSession::onFinished(const AuthTicketResult& reply)
{
    if (!m_operation) {
        return;
    }
    const Operation operation = *std::exchange(m_operation, std::nullopt);
    AuthTicketResult result = reply;
    if (operation == Operation::FinishTwoFactor && result.ticket && !result.error.isError()) {
        result.twoFactorCompleted = true; // this session sent the code that Kibo's second reply answers
    }
    if (result.error.kind == KiboError::Kind::Throttled && result.error.retryAfterSeconds >= 0) {
        const QDateTime received = result.receivedAt.isValid() ? result.receivedAt : now();
        m_retryNotBefore = received.addSecs(result.error.retryAfterSeconds);
    }
    const bool codeStep = operation == Operation::FinishTwoFactor || operation == Operation::ResendCode
        || operation == Operation::RequestOtp || operation == Operation::FinishOtp;
    const AuthTicketOutcome outcome(result, codeStep ? AuthTicketOutcome::Step::Code : AuthTicketOutcome::Step::Other);
    const bool held = m_ticket.has_value();
    if (startsNewAttempt(operation) && outcome.kind() != AuthTicketOutcome::Kind::Cancelled) {
        closePreviousCustomer();
        // A name an earlier answer gave would now name someone this tab no longer shows.
        if (!m_customName && m_namedByAnswer && !outcome.isOk()) {
            setName(operation == Operation::Anonymous    ? tr("Anonymous shopper")
                    : operation == Operation::RequestOtp ? m_otpEmail
                                                         : m_pendingUsername);
        }
    }
    const bool closed = held && !m_ticket;
    if (operation == Operation::Refresh) {
        finishRefresh(result, outcome);
    } else {
        const bool ok = outcome.isOk();
        // A sent code (2FA resend or OTP request) is no answer to show in place of the last one.
        const bool codeSent
            = (operation == Operation::ResendCode || operation == Operation::RequestOtp) && !result.error.isError();
        // A tenant found is no answer either; a lookup that failed is shown as the problem it is.
        const bool lookupFound = operation == Operation::LookupTenant && !result.error.isError();
        const bool isAnswer = operation != Operation::ResendCode && !codeSent && !lookupFound
            && outcome.kind() != AuthTicketOutcome::Kind::Cancelled;
        // A wrong code keeps the 2FA form (and the ticket held); a new ticket replaces the shown result.
        if (isAnswer) {
            m_lastResult = result;
        }
        if (ok) {
            m_ticketProfile = m_pendingProfile;
            m_ticketClientSecret = m_pendingClientSecret;
            m_storedAccount.clear();
            m_forgetReport.clear();
            m_forgetProven = false;
            const bool anonymousTicket = operation == Operation::Anonymous;
            m_username = anonymousTicket ? QString() : m_pendingUsername;
            adoptTicket(*result.ticket, anonymousTicket);
            m_twoFactorCompleted = result.twoFactorCompleted;
            if (!m_customName) {
                setName(anonymousTicket ? tr("Anonymous shopper") : m_username);
                m_namedByAnswer = true;
            }
            if (!anonymousTicket) {
                storeTokens();
            }
            if (operation == Operation::FinishOtp) {
                m_otpUpgradeToken.clear();
            }
            // The new ticket took the place of what was closed: the same customer's entry now holds the new
            // tokens, or the login upgraded the anonymous shopper closed.
            if ((!m_closedAccount.isEmpty() && m_closedAccount == m_storedAccount)
                || (m_closedAnonymous && !previousAnonymousId().isEmpty())) {
                clearClosedReport();
            }
        }
    }
    Q_EMIT busyChanged(false);
    Q_EMIT resultReady(m_lastResult && operation == Operation::Refresh ? *m_lastResult : result, operation);
    if (operation != Operation::Refresh && (outcome.isOk() || closed)) {
        Q_EMIT ticketChanged();
    }
}

void CustomerSession::finishRefresh(AuthTicketResult result, const AuthTicketOutcome& outcome)
{
    const bool automatic = std::exchange(m_automaticRefresh, false);
    const bool ok = outcome.isOk();
    RefreshRecord record;
    record.at = m_refreshStartedAt;
    record.ok = ok;
    record.httpStatus = result.httpStatus > 0 ? result.httpStatus : result.error.httpStatus;
    record.elapsedMs = result.elapsedMs;
    record.errorCode = result.error.errorCode;
    record.automatic = automatic;
    record.refreshTokenLast4 = SecretPolicy::lastFour(m_refreshTokenSent);
    record.newRefreshTokenLast4 = record.refreshTokenLast4;
    if (outcome.kind() == AuthTicketOutcome::Kind::Cancelled) {
        record.errorCode = u"cancelled"_s;
    }
    if (ok) {
        const CustomerAuthTicket ticket = TicketRules::afterRefresh(*result.ticket, m_refreshTokenSent, m_ticket);
        record.rotated = ticket.refreshToken != m_refreshTokenSent;
        record.newRefreshTokenLast4 = SecretPolicy::lastFour(ticket.refreshToken);
        result.ticket = ticket;
        result.twoFactorCompleted = m_twoFactorCompleted; // the same customer's login, renewed
        m_lastResult = result;
        m_autoRefreshSuspended = false;
        adoptTicket(ticket, m_anonymous);
        if (!m_anonymous && !m_username.isEmpty()) {
            storeTokens();
        }
    } else {
        // The session keeps its old ticket; a failed automatic refresh is not retried on its own.
        m_lastResult = result;
        if (outcome.kind() != AuthTicketOutcome::Kind::Cancelled) {
            m_autoRefreshSuspended = true;
        }
    }
    m_refreshTokenSent.clear();
    m_refreshLog.append(record);
    if (m_refreshLog.size() > MaxRefreshLogEntries) {
        m_refreshLog.remove(0, m_refreshLog.size() - MaxRefreshLogEntries);
    }
    qCInfo(lcSession) << "session refresh finished:" << (ok ? "ok" : "failed") << "status" << record.httpStatus
                      << "rotated" << record.rotated << record.elapsedMs << "ms" << record.errorCode;
    Q_EMIT refreshLogChanged();
    if (ok) {
        Q_EMIT ticketChanged();
    }
}

bool CustomerSession::startsNewAttempt(Operation operation)
{
    switch (operation) {
    case Operation::Login:
    case Operation::Anonymous:
    case Operation::RequestOtp:
    case Operation::FinishOtp:
        return true;
    case Operation::FinishTwoFactor: // the second step of a login whose first answer closed the older state
    case Operation::ResendCode:
    case Operation::Refresh:
    case Operation::LookupTenant:
        return false;
    }
    return false;
}

void CustomerSession::clearClosedReport()
{
    m_closedReport.clear();
    m_closedAccount.clear();
    m_closedAnonymous = false;
}

void CustomerSession::closePreviousCustomer()
{
    if (!m_ticket && m_refreshLog.isEmpty() && m_storedAccount.isEmpty() && !m_lastResult) {
        return;
    }
    if (m_ticket) {
        // Said once, where the answer shows: a merchant debugging a login must not take it for the new customer's.
        if (m_anonymous) {
            m_closedReport = tr("This attempt closed the anonymous shopper's session held in this tab: its ticket is "
                                "no longer shown or refreshed here (anonymous tickets are never stored).");
        } else if (!m_storedAccount.isEmpty() && m_storedPersistently) {
            m_closedReport
                = tr("This attempt closed the session of %1 held in this tab: their ticket is no longer shown or "
                     "refreshed here. Their tokens stay in the keychain as %2, as when a session is closed; log in "
                     "as them again and use Forget Session to remove them.")
                      .arg(m_username, m_storedAccount);
        } else {
            m_closedReport = tr("This attempt closed the session of %1 held in this tab: their ticket is no longer "
                                "shown or refreshed here. Their tokens were not kept in the keychain.")
                                 .arg(m_username);
        }
        m_closedAccount = m_storedAccount;
        m_closedAnonymous = m_anonymous;
    }
    m_ticket.reset();
    m_anonymous = false;
    m_twoFactorCompleted = false;
    m_username.clear();
    m_storedAccount.clear();
    m_storedPersistently = false;
    m_lastResult.reset();
    m_expiredAt = QDateTime();
    m_autoRefreshSuspended = false;
    m_refreshLog.clear();
    m_forgetReport.clear();
    m_forgetProven = false;
    updateTimer();
    if (!m_vaultStatusText.isEmpty()) {
        setVaultStatus(QString(), QString()); // "saved in the keychain" was about the closed ticket
    }
    Q_EMIT previousCustomerClosed();
    Q_EMIT refreshLogChanged();
}

void CustomerSession::adoptTicket(const CustomerAuthTicket& ticket, bool anonymous)
{
    m_ticket = ticket;
    m_anonymous = anonymous;
    m_expiredAt = QDateTime();
    m_autoRefreshSuspended = false;
    updateTimer();
}

void CustomerSession::storeTokens()
{
    TokenVault* store = vault();
    if (!store || !m_ticket) {
        return;
    }
    const QString account = TokenVault::accountKey(m_username, tenantHost());
    if (account != m_storedAccount) {
        m_storedPersistently = false; // until the keychain confirms; a refresh stores to the same entry again
    }
    m_storedAccount = account;
    setVaultStatus(tr("Saving tokens in the keychain…"), QString());
    store->store(m_storedAccount, TicketRules::tokensToStore(*m_ticket));
}

void CustomerSession::onStored(const QString& account, const VaultStatus& status)
{
    if (account != m_storedAccount || !m_connectedVault) {
        return;
    }
    m_storedPersistently = status.ok() && m_connectedVault->isPersistent();
    if (m_storedPersistently) {
        setVaultStatus(tr("Tokens saved in the keychain"), status.message());
    } else if (status.ok()) {
        setVaultStatus(tr("Tokens are kept in memory until you quit"), status.message());
    } else {
        //: %1 is why the keychain failed, e.g. "Keyring locked" (VaultStatus::headline)
        setVaultStatus(tr("%1: tokens are kept in memory until you quit").arg(status.headline()), status.message());
    }
    Q_EMIT tokensStored(status);
}

void CustomerSession::setVaultStatus(const QString& text, const QString& detail)
{
    m_vaultStatusText = text;
    m_vaultStatusDetail = detail;
    Q_EMIT vaultStatusChanged(text);
}

void CustomerSession::forget()
{
    if (isBusy()) {
        return;
    }
    const QString account = accountKey();
    clearClosedReport();
    const std::optional<CustomerAuthTicket> old = std::exchange(m_ticket, std::nullopt);
    m_lastResult.reset();
    m_expiredAt = QDateTime();
    m_autoRefreshSuspended = false;
    m_forgetProven = false;
    updateTimer();

    QString validity;
    if (old) {
        validity
            = tr("Kibo has no customer logout endpoint, so the tokens themselves stay valid at Kibo until they "
                 "expire: the access token until %1, the refresh token until %2.")
                  .arg(old->accessTokenExpiration.isValid() ? utcText(old->accessTokenExpiration) : tr("its expiry"),
                      old->refreshTokenExpiration.isValid() ? utcText(old->refreshTokenExpiration) : tr("its expiry"));
    } else {
        validity = tr("Kibo has no customer logout endpoint: tokens already issued stay valid at Kibo until they "
                      "expire.");
    }
    Q_EMIT ticketChanged();

    TokenVault* store = account.isEmpty() ? nullptr : vault();
    if (!store) {
        m_forgetReport
            = tr("The session's tokens were cleared here; none were stored in the keychain.") + u' ' + validity;
        m_forgetProven = true;
        VaultStatus status;
        Q_EMIT forgotten(status);
        return;
    }
    m_forgettingAccount = account;
    m_forgetReport = validity;
    setVaultStatus(tr("Removing the tokens from the keychain…"), QString());
    store->remove(account);
}

void CustomerSession::onRemoved(const QString& account, const VaultStatus& status)
{
    if (account != m_forgettingAccount || m_forgettingAccount.isEmpty()) {
        return;
    }
    m_removeStatus = status;
    // Proof: read the entry back. Only an answer without a refresh token counts.
    if (m_connectedVault) {
        m_connectedVault->load(account);
    }
}

void CustomerSession::onLoaded(const QString& account, const StoredTokens& tokens, const VaultStatus& status)
{
    if (account != m_forgettingAccount || m_forgettingAccount.isEmpty()) {
        return;
    }
    m_forgettingAccount.clear();
    const QString validity = m_forgetReport;
    QString proof;
    if (tokens.refreshToken.isEmpty() && (status.ok() || status.code == VaultStatus::Code::NotFound)) {
        m_forgetProven = true;
        proof = tr("Read back from the keychain just now: no refresh token stored for %1.").arg(account);
        setVaultStatus(tr("Tokens removed from the keychain"), status.message());
    } else if (!tokens.refreshToken.isEmpty()) {
        proof = tr("Read back from the keychain just now: a refresh token is still stored for %1. Remove it with "
                   "your keyring manager.")
                    .arg(account);
        setVaultStatus(tr("The keychain still holds the tokens"), status.message());
    } else {
        proof = tr("The keychain could not be read back (%1), so it is not proven that the refresh token is gone.")
                    .arg(status.message());
        setVaultStatus(status.headline(), status.message());
    }
    m_forgetReport
        = tr("The session's tokens were cleared here and its keychain entry removed.") + u' ' + validity + u' ' + proof;
    m_storedAccount.clear();
    Q_EMIT forgotten(m_removeStatus);
}

void CustomerSession::setAutoRefresh(bool on, int marginSeconds)
{
    m_autoRefresh = on;
    m_marginSeconds = std::max(0, marginSeconds);
    updateTimer();
}

void CustomerSession::expireNow()
{
    if (!m_ticket) {
        return;
    }
    m_expiredAt = now();
    m_autoRefreshSuspended = false;
    Q_EMIT ticketChanged();
}

QDateTime CustomerSession::accessTokenExpiresAt() const
{
    if (!m_ticket) {
        return {};
    }
    const QDateTime expiry = m_ticket->accessTokenExpiration;
    if (m_expiredAt.isValid() && (!expiry.isValid() || m_expiredAt < expiry)) {
        return m_expiredAt;
    }
    return expiry;
}

QDateTime CustomerSession::nextAutoRefreshAt() const
{
    const QDateTime expiry = accessTokenExpiresAt();
    if (!m_autoRefresh || m_autoRefreshSuspended || !canRefresh() || !expiry.isValid()) {
        return {};
    }
    return m_expiredAt.isValid() && m_expiredAt == expiry ? expiry : expiry.addSecs(-m_marginSeconds);
}

bool CustomerSession::checkAutoRefresh()
{
    if (isBusy() || isThrottled()) { // a Retry-After wait is honoured quietly; the check comes back each second
        return false;
    }
    const QDateTime due = nextAutoRefreshAt();
    if (!due.isValid() || now() < due) {
        return false;
    }
    m_automaticRefresh = true;
    if (!refresh()) {
        m_automaticRefresh = false;
        return false;
    }
    return true;
}

void CustomerSession::updateTimer()
{
    if (m_autoRefresh && m_ticket) {
        if (!m_autoRefreshTimer.isActive()) {
            m_autoRefreshTimer.start();
        }
    } else {
        m_autoRefreshTimer.stop();
    }
}

QString CustomerSession::previousAnonymousId() const
{
    if (!m_ticket) {
        return {};
    }
    return JwtDecoder::decode(m_ticket->jwtAccessToken.toUtf8()).claims.previousAnonymousId;
}
