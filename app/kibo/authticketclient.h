#pragma once

#include "kibo/customerauthticket.h"
#include "kibo/kiboerror.h"
#include "kibo/kiboprofile.h"
#include "kibo/kibotenant.h"
#include "secrets/sentsecrets.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>
#include <utility>

class AppAuthenticator;
class Clock;
class KiboCall;
class QNetworkAccessManager;
struct KiboResponse;

// The CustomerUserAuthInfo body of a customer login (auth-api.md section 1).
struct CustomerLoginRequest
{
    QString username;
    QString password;
    std::optional<int> accountId;
    QString region;
    QString fingerprint;
    std::optional<int> authTicketTtlMinutes;
    std::optional<int> refreshTokenTtlMinutes;
    QString responseFields;
    QString anonymousAccessToken; // sent as x-vol-user-claims when set

    QJsonObject toJson() const; // omits unset fields
};

// The auth-ticket request as it was sent, secrets already replaced by their redacted shape
// (SecretRedaction): the Bearer app token and x-vol-user-claims values, the refreshToken query value,
// the password and otpCode body values. For support bundles and "copy as curl"; never carries a secret.
struct SentRequest
{
    QString operation; // translated, e.g. "customer login"
    QByteArray verb;
    QUrl url; // scheme, host, port and path; never a query
    QList<std::pair<QString, QString>> query; // decoded values
    QList<std::pair<QByteArray, QByteArray>> headers;
    QJsonObject body; // empty when no body was sent
    bool hasBody = false;

    bool isValid() const { return !verb.isEmpty(); }
};

// The outcome of one auth-ticket call: a ticket, a pending 2FA challenge, or an error, plus what
// the troubleshooting view shows (status, raw reply, headers, time taken, server date).
struct AuthTicketResult
{
    // Which call's reply the evidence below is (status, raw reply, headers, time taken, server date). An attempt
    // makes up to three calls; a failure keeps the reply of the call that decided it.
    enum class ReplyFrom
    {
        None, // no call was answered (the profile was unusable, or the network failed before a reply)
        AppToken, // the application's OAuth call (client id and secret), e.g. refused for a wrong client secret
        TenantLookup, // the tenant lookup at the home host
        AuthTicket, // the customer auth-ticket call itself
    };

    std::optional<CustomerAuthTicket> ticket;
    // The ticket came after a two-factor code was accepted (set by CustomerSession, which knows the attempt went
    // through 2FA; Kibo's second reply need not say so), also after a refresh of such a ticket.
    bool twoFactorCompleted = false;
    bool requires2FA = false;
    QString pendingUserId;
    KiboError error;
    int httpStatus = 0;
    QByteArray rawBody;
    QJsonObject rawJson;
    QList<std::pair<QByteArray, QByteArray>> responseHeaders;
    qint64 elapsedMs = 0;
    QDateTime serverDate;
    QDateTime receivedAt; // the client's Clock when the reply arrived (clock skew = serverDate - receivedAt)
    SentRequest request; // invalid when no request reached the tenant (e.g. the app token failed)
    ReplyFrom replyFrom = ReplyFrom::None;
    QString replyCall; // method and path of that call, e.g. "POST /api/platform/applications/authtickets/oauth"
    // The tenant the call went to, as the lookup at the home host found it (unset with an API host override).
    std::optional<KiboTenant> tenant;

    // Kibo's correlation id for this attempt: the error's, else the reply's x-vol-correlation header; empty when
    // neither has one. What a person quotes to Kibo support.
    QString correlationId() const;
    // Every distinct correlation id the attempt carries, the error's first, then each x-vol-correlation header.
    QStringList correlationIds() const;
};

Q_DECLARE_METATYPE(AuthTicketResult)

// Empties result. A big reply (KiboCall::BackgroundParseBytes or more: the 4.4 MB account, parsed, takes tens of
// milliseconds to free) is freed on a worker thread (freeInBackground), not in the turn that shows the next answer.
// Every holder of a shown answer lets it go this way: whichever holder lets go last frees it.
void releaseResult(std::optional<AuthTicketResult>& result);

// Logs customers in through Kibo's customer auth-ticket API, the way Kibo's SDKs do: gets the app token
// through its AppAuthenticator, looks the tenant up at the home host (GET /api/platform/tenants/{id}, cached
// per home host and tenant for the run) and sends the call to https://{domain}/api with Bearer and x-vol-*
// headers; an API host in the profile overrides the lookup. Retries once with a fresh app token when Kibo says
// the app token is invalid (errorCode INVALID_ACCESS_TOKEN or message invalid_token); any other 401 that is no
// refusal of the customer's own credentials drops the cached app token for the next call. One call at a time;
// a call made while busy is ignored (isBusy() tells). The refresh token travels only in the query and is never
// logged.
class AuthTicketClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthTicketClient)

public:
    static constexpr qint64 MaxTicketReplyBytes = 32 * 1024 * 1024; // big.account is several MB
    static constexpr qint64 MaxTenantReplyBytes = 4 * 1024 * 1024; // a tenant with hundreds of sites and catalogs

    AuthTicketClient(QNetworkAccessManager* manager, QObject* parent);
    ~AuthTicketClient() override;

    void setClock(const Clock* clock);
    // For a client made without a manager: asked for one on its first call, so that a client made before the first
    // frame loads no network library (services/services.h).
    void setManagerSource(std::function<QNetworkAccessManager*()> source);
    void setProfile(const KiboProfile& profile, const QString& clientSecret);
    void setDeadlines(int transferTimeoutMs, int overallDeadlineMs);
    AppAuthenticator* appAuthenticator() const { return m_app; }

    void login(const CustomerLoginRequest& request);
    void refresh(
        const QString& refreshToken, std::optional<int> accountId = std::nullopt, const QString& responseFields = {});
    void anonymous(const QString& responseFields = {});
    void finish2FA(const QString& userId, const QString& code, const QString& responseFields = {});
    // Asks Kibo to send a new 2FA code; success is a result without ticket and without error.
    void resend2FACode(const QString& userId);
    // Asks Kibo to email a one-time code for a password-less login (POST …/otp/request {email}). Success is a
    // result without ticket and without error; Kibo answers the same for an address it does not know.
    void requestOtp(const QString& email);
    // Logs the customer in with the emailed one-time code (POST …/otp/auth AuthTicketOtpInfo); an
    // anonymousAccessToken is sent as x-vol-user-claims (the upgrade of an anonymous session).
    void loginWithOtp(const QString& email, const QString& code, const QString& fingerprint = {},
        const QString& region = {}, const QString& responseFields = {}, const QString& anonymousAccessToken = {});
    // Only looks the tenant up (app token, then GET /api/platform/tenants/{id}); the result carries the tenant.
    void lookupTenant();
    void cancel();
    bool isBusy() const;

    // The tenant as the last lookup for this profile's home host and id found it in this run, if any.
    static std::optional<KiboTenant> cachedTenant(const KiboProfile& profile);
    static void clearTenantCache();

Q_SIGNALS:
    void progress(const QString& stage);
    // A lookup found the tenant (also emitted for a cached one), before the tenant call goes out.
    void tenantDiscovered(const KiboTenant& tenant);
    void finished(const AuthTicketResult& result);

private:
    struct Pending
    {
        QString operation;
        QString stage; // translated progress text once the app token is there
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QJsonObject bodyJson; // the body as sent, for recordSent() and sentSecrets() without parsing it again
        QList<std::pair<QByteArray, QByteArray>> extraHeaders;
        bool emptyReplyAllowed = false;
        bool expectTicket = true;
        bool lookupOnly = false;

        void setBody(const QJsonObject& object);
    };

    void begin(Pending pending);
    void onAppToken(const QString& accessToken);
    void requestAppToken();
    void onAppFailed(const KiboError& error, const KiboResponse& reply);
    void startLookup();
    void onLookupFinished(const KiboResponse& response);
    // Checks the tenant (domain, site) and sends the tenant call, or finishes with the reason it cannot go.
    void useTenant(const KiboTenant& tenant, const KiboResponse* lookupReply);
    void sendTenantCall();
    void renewAppTokenAndRetry(qint64 elapsedMs);
    void onCallFinished(const KiboResponse& response);
    KiboCall* newCall(const QString& operation, qint64 maxResponseBytes);
    QString lookupCall() const; // "GET /api/platform/tenants/100001"
    void takeEvidence(AuthTicketResult& result, const KiboResponse& response, AuthTicketResult::ReplyFrom from,
        const QString& call) const;
    void finish(const AuthTicketResult& result);
    AuthTicketResult failure(const KiboError& error) const;
    // What the call under way sends that its reply may not bring back: the app token, and for the tenant call also
    // the refresh token, password, code and user claims of the request (KiboCall::setSentSecrets).
    SentSecrets sentSecrets(bool tenantCall) const;
    SentRequest recordSent(const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers) const;

    QNetworkAccessManager* ensureManager();

    QNetworkAccessManager* m_manager;
    std::function<QNetworkAccessManager*()> m_managerSource;
    AppAuthenticator* m_app;
    const Clock* m_clock = nullptr;
    QPointer<KiboCall> m_call;
    KiboProfile m_profile;
    QUrl m_authApiBase;
    QUrl m_tenantApiBase; // of the call under way: the override, or the looked-up tenant's
    std::optional<KiboTenant> m_tenant; // of the call under way
    QString m_profileError;
    QString m_appToken;
    std::optional<Pending> m_pending;
    SentRequest m_sent;
    bool m_waitingForAppToken = false;
    bool m_starting = false; // inside begin(): a result is emitted in a later turn, never from within login() & co.
    bool m_retried = false;
    bool m_tenantFromCache = false; // this call's tenant came from an earlier lookup of the run
    bool m_tenantRetried = false; // ... whose host did not answer: looked up again once
    qint64 m_elapsedBefore = 0;
    int m_transferTimeoutMs;
    int m_overallDeadlineMs;
};
