#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "kibo/kibotenant.h"
#include "vault/vaultstatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

class AuthTicketOutcome;
class Clock;
class QNetworkAccessManager;
class TokenVault;
struct StoredTokens;

// One customer session (a tab of the main window), without widgets: its own AuthTicketClient, the ticket
// it holds, its keychain entry (TokenVault::accountKey(user, tenant host)), manual and automatic refresh,
// the refresh lab (expire now, a log of every refresh with rotation tracked) and forget. Every time it
// reads comes from the injectable Clock. The refresh token is never put in a message, log line or signal
// argument other than the ticket itself; the refresh log keeps its last four characters only.
class CustomerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerSession)

public:
    // Stable names (history records them).
    enum class Operation
    {
        Login,
        FinishTwoFactor,
        ResendCode,
        RequestOtp,
        FinishOtp,
        Anonymous,
        Refresh,
        LookupTenant,
    };
    Q_ENUM(Operation)

    // One refresh, as the refresh log shows it. No secret: the refresh tokens as their last 4 characters.
    struct RefreshRecord
    {
        QDateTime at; // when the refresh was sent (UTC, from the clock)
        bool ok = false;
        bool rotated = false; // the reply carried a refresh token other than the one sent
        QString refreshTokenLast4; // of the refresh token sent
        QString newRefreshTokenLast4; // of the refresh token held afterwards (same as sent unless rotated)
        int httpStatus = 0;
        qint64 elapsedMs = 0;
        QString errorCode;
        bool automatic = false; // started by the auto-refresh check rather than by the user
    };

    static constexpr int DefaultAutoRefreshMarginSeconds = 180; // like Kibo's Java and .NET SDKs
    static constexpr int MaxRefreshLogEntries = 100;

    CustomerSession(QNetworkAccessManager* manager, QObject* parent);
    ~CustomerSession() override;

    void setClock(const Clock* clock);
    const Clock* clock() const { return m_clock; }
    // The main window's lazily created vault; called only when tokens are stored, loaded or removed.
    void setVaultProvider(std::function<TokenVault*()> provider);
    // The tenant and app credentials the next operation uses.
    void setProfile(const KiboProfile& profile, const QString& clientSecret);
    AuthTicketClient* client() const { return m_client; }

    QString name() const { return m_name; }
    void setName(const QString& name);
    // True once the user renamed the session: a login then keeps the name.
    bool hasCustomName() const { return m_customName; }
    void setCustomName(const QString& name);

    // When the session holds an anonymous ticket, login() upgrades it (default on).
    bool upgradeAnonymous() const { return m_upgradeAnonymous; }
    void setUpgradeAnonymous(bool on) { m_upgradeAnonymous = on; }

    // Operations; each is ignored while isBusy().
    void login(const CustomerLoginRequest& request);
    void finish2FA(const QString& userId, const QString& code);
    void resend2FACode(const QString& userId);
    // Password-less login: asks Kibo to email a one-time code to email (Operation::RequestOtp; the answer has
    // no ticket), then logs in with it (Operation::FinishOtp). fingerprint, region and responseFields go with
    // the finishOtp() that follows. Like login(), finishOtp() upgrades an anonymous session when asked to.
    void requestOtp(const QString& email, const QString& fingerprint = {}, const QString& region = {},
        const QString& responseFields = {});
    void finishOtp(const QString& email, const QString& code);
    // Whether finishOtp(email, …) upgrades an anonymous shopper: the one held, or the one held when the code for
    // email was requested (that request's answer closed it, as every new attempt's does).
    bool otpUpgradesAnonymous(const QString& email) const;
    void anonymous();
    // Only looks the tenant up at the home host (Operation::LookupTenant): the answer carries the tenant, or why
    // it could not be found. Every other operation looks it up too, before its own call (tenantDiscovered).
    void lookupTenant();
    // Refreshes with the refresh token held; false when there is none or the session is busy.
    bool refresh();
    void cancel();
    // Clears the tokens here, removes the keychain entry and then reads it back to prove it is gone.
    void forget();

    bool isBusy() const { return m_operation.has_value(); }
    std::optional<Operation> currentOperation() const { return m_operation; }
    bool canRefresh() const;

    // Refresh lab.
    void setAutoRefresh(bool on, int marginSeconds = DefaultAutoRefreshMarginSeconds);
    bool autoRefresh() const { return m_autoRefresh; }
    int autoRefreshMarginSeconds() const { return m_marginSeconds; }
    // Treats the access token as expired from now on (locally; Kibo is not told): the next check refreshes.
    void expireNow();
    bool isExpiredLocally() const { return m_expiredAt.isValid(); }
    // The access token's expiry as this session treats it (the "Expire Now" moment when earlier).
    QDateTime accessTokenExpiresAt() const;
    // When the next automatic refresh is due; invalid when auto refresh is off or impossible.
    QDateTime nextAutoRefreshAt() const;
    // Refreshes when auto refresh is on and the access token expires within the margin. A failed automatic
    // refresh is not retried until the ticket changes or the user refreshes. True when a refresh started.
    bool checkAutoRefresh();
    // The newest MaxRefreshLogEntries refreshes, oldest first: a session left refreshing for days keeps a bounded log
    // (and the view a bounded list), not one that grows with every refresh.
    const QList<RefreshRecord>& refreshLog() const { return m_refreshLog; }

    std::optional<CustomerAuthTicket> currentTicket() const { return m_ticket; }
    // The last answer of any operation (as shown); nullopt before the first.
    const std::optional<AuthTicketResult>& lastResult() const { return m_lastResult; }
    bool isAnonymous() const { return m_ticket.has_value() && m_anonymous; }
    // The customer of the ticket held (or of the login under way); empty for anonymous shoppers.
    QString username() const { return m_username; }
    // The username the last login tried (also when refused), else username(): what the history records.
    QString attemptUsername() const { return m_pendingUsername.isEmpty() ? m_username : m_pendingUsername; }
    // The profile the last operation went to (a login to another tenant while a ticket is held, too).
    KiboProfile attemptProfile() const { return m_pendingProfile; }
    // After a 429 with Retry-After: the first moment Kibo accepts a request again. Until then every operation
    // is refused locally (progress() says why); invalid when there is no such wait.
    QDateTime retryNotBefore() const { return m_retryNotBefore; }
    bool isThrottled() const { return m_retryNotBefore.isValid() && now() < m_retryNotBefore; }
    // The profile of the ticket held, else the one set for the next operation.
    KiboProfile profile() const { return m_ticket ? m_ticketProfile : m_profile; }
    // The tenant this session's tokens belong to, as KiboHosts::tenantKey names it (the keychain files them under it).
    QString tenantHost() const;
    // The keychain account of this session's tokens; empty when nothing is stored for it.
    QString accountKey() const;
    // b.PreviousAnonymousId of the ticket held (the anonymous session its login upgraded), or empty.
    QString previousAnonymousId() const;
    // What the keychain step of the last store, remove or forget said (translated) and its detail.
    QString vaultStatusText() const { return m_vaultStatusText; }
    QString vaultStatusDetail() const { return m_vaultStatusDetail; }
    // After forget(): what was done and what the read-back found (translated); empty otherwise.
    QString forgetReport() const { return m_forgetReport; }
    // A session shows one customer at a time: the answer of every new attempt (Login, Anonymous, RequestOtp,
    // FinishOtp; not a cancelled one) closes what the session held before, whatever the answer says: the ticket,
    // its refresh log, the expiry it was treated with and its place in the vault. The keychain entry stays, as
    // when a session is closed. What was closed, in words (translated); empty when nothing was held or the new
    // ticket took its place (the same customer again, or the anonymous shopper it upgraded).
    QString closedReport() const { return m_closedReport; }
    static bool startsNewAttempt(Operation operation);
    bool forgetProven() const { return m_forgetProven; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(const QString& stage);
    // Every answer, also failures and cancellations.
    void resultReady(const AuthTicketResult& result, CustomerSession::Operation operation);
    void ticketChanged();
    void refreshLogChanged();
    // The keychain entry was removed (status of the removal) and read back (forgetReport() says what it found).
    void forgotten(const VaultStatus& status);
    void vaultStatusChanged(const QString& text);
    // The keychain answered a store of this session's tokens (after login, 2FA or refresh).
    void tokensStored(const VaultStatus& status);
    void nameChanged(const QString& name);
    // An answer to a new attempt closed the customer state held before (see closedReport()); emitted before
    // busyChanged(false) and resultReady, so that nothing of the older customer is shown beside the answer.
    void previousCustomerClosed();
    // A lookup at the home host found the tenant of profile (before the operation's own call, or as its answer).
    void tenantDiscovered(const KiboProfile& profile, const KiboTenant& tenant);

private:
    void begin(Operation operation, const KiboProfile& profile, const QString& clientSecret);
    void onFinished(const AuthTicketResult& result);
    void finishRefresh(AuthTicketResult result, const AuthTicketOutcome& outcome);
    void adoptTicket(const CustomerAuthTicket& ticket, bool anonymous);
    void closePreviousCustomer();
    void clearClosedReport();
    void storeTokens();
    TokenVault* vault();
    void onStored(const QString& account, const VaultStatus& status);
    void onRemoved(const QString& account, const VaultStatus& status);
    void onLoaded(const QString& account, const StoredTokens& tokens, const VaultStatus& status);
    void setVaultStatus(const QString& text, const QString& detail);
    void updateTimer();
    QDateTime now() const;
    bool refuseWhileThrottled(); // true (and says so) while Kibo's Retry-After time has not passed

    AuthTicketClient* m_client;
    const Clock* m_clock;
    std::function<TokenVault*()> m_vaultProvider;
    QPointer<TokenVault> m_connectedVault;
    QTimer m_autoRefreshTimer;

    KiboProfile m_profile; // for the next login, anonymous or OTP request
    QString m_clientSecret;
    KiboProfile m_ticketProfile; // of the ticket held: a refresh goes to the tenant that issued it
    QString m_ticketClientSecret;
    QString m_name;
    bool m_customName = false;
    bool m_namedByAnswer = false; // the name is a customer's (or "Anonymous shopper") an answer gave
    bool m_upgradeAnonymous = true;

    std::optional<Operation> m_operation;
    bool m_automaticRefresh = false; // the refresh under way was started by checkAutoRefresh()
    QDateTime m_refreshStartedAt;
    QString m_refreshTokenSent;
    KiboProfile m_pendingProfile;
    QString m_pendingClientSecret;
    QString m_pendingUsername;
    QDateTime m_retryNotBefore;
    std::optional<int> m_accountId;
    QString m_responseFields;
    QString m_otpFingerprint;
    QString m_otpRegion;
    QString m_otpEmail; // of the last one-time code request
    QString m_otpUpgradeToken; // the anonymous access token a one-time code login upgrades, kept from its request

    std::optional<CustomerAuthTicket> m_ticket;
    bool m_anonymous = false;
    bool m_twoFactorCompleted = false; // the ticket held came after a two-factor code was accepted
    QString m_username;
    QString m_storedAccount; // where this session's tokens are in the vault
    bool m_storedPersistently = false; // the keychain confirmed the store to m_storedAccount
    QString m_closedReport;
    QString m_closedAccount; // the keychain entry of the customer closePreviousCustomer() closed
    bool m_closedAnonymous = false; // what it closed was an anonymous shopper's ticket
    std::optional<AuthTicketResult> m_lastResult;

    bool m_autoRefresh = false;
    int m_marginSeconds = DefaultAutoRefreshMarginSeconds;
    bool m_autoRefreshSuspended = false;
    QDateTime m_expiredAt;
    QList<RefreshRecord> m_refreshLog;

    QString m_vaultStatusText;
    QString m_vaultStatusDetail;
    QString m_forgettingAccount;
    QString m_forgetReport;
    bool m_forgetProven = false;
    VaultStatus m_removeStatus;
};
