#pragma once

#include "demoreply.h"
#include "demorequest.h"
#include "demoseed.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

class Clock;

// The demo tenant's behaviour, free of any socket: one DemoRequest in, one DemoReply out.
// Implements auth-api.md sections 1, 2, 3, 5, 6, 7 and the demo's choices of section 9.
class DemoService
{
public:
    using Outbox = std::function<void(const QString& userName, const QString& code)>;

    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    // Which of Kibo's two origins a request reached: the home host (app tokens, tenant lookup) or the
    // tenant's pod (customer calls). Each refuses the other's calls.
    enum class Origin
    {
        Home,
        Pod,
    };

    DemoService();

    void setClock(const Clock* clock);
    void setOutbox(Outbox outbox);
    void setTenantDomain(const QString& hostAndPort); // the tenant lookup's domain: where the pod answers
    // Each refresh issues a new refresh token and retires the old one (off by default, as Kibo's demo tenant).
    void setRotateRefreshTokens(bool on) { m_rotateRefreshTokens = on; }

    // Answers every request; adds x-vol-correlation.
    DemoReply handle(const DemoRequest& request, Origin origin);
    // The 400 for a body over maxBodyBytes, with its x-vol-correlation.
    static DemoReply oversizeReply();

private:
    struct Session
    {
        const DemoCustomer* customer = nullptr; // nullptr: anonymous
        QString userId;
        int accountId = 0;
        int ticketMinutes = 15;
        QString refreshToken;
        QDateTime refreshExpiration;
        QString sessionId;
        QDateTime created;
        QString previousAnonymousId;
        QString last2FaDate;
    };
    struct PendingCode
    {
        const DemoCustomer* customer = nullptr;
        QString code;
        QDateTime issued;
        int triesLeft = 3;
        int accountId = 0;
        int ticketMinutes = 15;
        int refreshMinutes = 24 * 60;
        QString previousAnonymousId;
        QString appToken;
    };
    struct LoginOptions
    {
        std::optional<int> accountId;
        std::optional<int> ticketMinutes;
        std::optional<int> refreshMinutes;
    };

    DemoReply route(const DemoRequest& request, Origin origin);
    DemoReply oauth(const DemoRequest& request);
    DemoReply tenant(const DemoRequest& request, const QString& id);
    DemoReply login(const DemoRequest& request);
    DemoReply refresh(const DemoRequest& request);
    DemoReply anonymous(const DemoRequest& request);
    DemoReply impersonateCart(const DemoRequest& request);
    DemoReply request2fa(const DemoRequest& request);
    DemoReply auth2fa(const DemoRequest& request);
    DemoReply requestOtp(const DemoRequest& request);
    DemoReply authOtp(const DemoRequest& request);

    std::optional<DemoReply> checkAppToken(const DemoRequest& request, const QString& operation) const;
    std::optional<DemoReply> checkTenantHeaders(const DemoRequest& request) const;
    // A customer auth-ticket call: an app token good for operation, then this tenant's and site's headers.
    std::optional<DemoReply> checkTenantCall(const DemoRequest& request, const QString& operation) const;
    std::optional<DemoReply> parseLoginOptions(const QJsonObject& body, LoginOptions& options) const;
    std::optional<DemoReply> checkAccountState(const DemoCustomer& customer) const;
    std::optional<DemoReply> checkCode(PendingCode& pending, const QString& code);

    QString newestAnonymousId(const DemoRequest& request) const;
    Session newSession(const DemoCustomer* customer, int accountId, int ticketMinutes, int refreshMinutes);
    DemoReply ticketReply(const DemoRequest& request, Session& session);
    QJsonObject issueTicket(Session& session); // customerAccount null: ticketReply() adds a customer's
    QJsonObject account(const Session& session) const; // of a customer's session
    QByteArray accountJson(const Session& session) const; // the same as compact JSON text
    QString sendCode(PendingCode& pending);
    QDateTime now() const;
    void prune();

    DemoSeed m_seed;
    const Clock* m_clock;
    Outbox m_outbox;
    QString m_tenantDomain;
    QHash<QString, QDateTime> m_appTokens; // access_token → expiry
    QHash<QString, QDateTime> m_appRefreshTokens; // refresh_token → expiry
    QHash<QString, Session> m_sessions; // refreshToken → session
    QHash<QString, QString> m_anonymousTokens; // anonymous accessToken → its userId
    QHash<QString, PendingCode> m_pending2fa; // userId → pending code
    QHash<QString, QString> m_newestPendingByApp; // app token → userId
    QHash<QString, PendingCode> m_pendingOtp; // lower-case email → pending code
    bool m_rotateRefreshTokens = false;
};
