#pragma once

#include "jwt/decodedtoken.h"
#include "jwt/tokennotice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

// Every moment a customer ticket and its JWT name, on one time axis, and the cross-checks that tie
// them together (auth-api.md section 6): the ticket's accessTokenExpiration against user_claims.exp,
// the JWT's exp against app_claims.exp, nbf/iat against now (clock skew), and the order of the
// moments. Differences within the leeway are not findings. A value; build() does all the work.
class TokenTimeline
{
    Q_DECLARE_TR_FUNCTIONS(TokenTimeline)

public:
    enum class Moment
    {
        NotBefore, // JWT nbf
        IssuedAt, // JWT iat
        Now,
        AccessExpiry, // ticket accessTokenExpiration
        UserClaimsExpiry, // user_claims.exp (should equal AccessExpiry)
        JwtExpiry, // JWT exp (the app claims' expiry)
        AppClaimsExpiry, // app_claims.exp (should equal JwtExpiry)
        RefreshExpiry, // ticket refreshTokenExpiration
        Refresh, // a refresh the session made (one event each; Input::refreshes)
    };

    struct Event
    {
        Moment moment = Moment::Now;
        QString id; // stable: "nbf", "iat", "now", "accessTokenExpiration", "user_claims.exp", "exp",
                    // "app_claims.exp", "refreshTokenExpiration", "refresh" (also "refresh-failed")
        QString label; // translated and short, e.g. "Ticket expires"
        QDateTime at; // UTC
    };

    // A refresh of the session's ticket, for the refresh markers.
    struct Refresh
    {
        QDateTime at;
        bool ok = false;
        bool rotated = false;
        bool operator==(const Refresh& other) const = default;
    };

    struct Input
    {
        DecodedToken::Claims claims; // the decoded JWT's time claims (DecodedToken::claims, or Claims::fromPayload)
        QDateTime accessTokenExpiration; // invalid when unknown
        QDateTime refreshTokenExpiration; // invalid when unknown
        QDateTime now;
        int leewaySeconds = DefaultLeewaySeconds;
        QList<Refresh> refreshes; // refreshes made so far (not cross-checked, only placed)
    };

    static constexpr int DefaultLeewaySeconds = 60;

    static TokenTimeline build(const Input& input);

    // Sorted by time (ties keep the order of Moment); "now" is always there.
    const QList<Event>& events() const { return m_events; }
    std::optional<Event> event(Moment moment) const;
    // Codes: "ticket-jwt-mismatch", "app-claims-mismatch", "issued-in-future", "not-yet-valid",
    // "expiry-before-issue", "access-after-refresh", "access-expired", "refresh-expired", "jwt-expired",
    // "bad-time" (a time claim that cannot be read), "no-times".
    const QList<TokenNotice>& findings() const { return m_findings; }
    bool hasFinding(const QString& code) const;
    int leewaySeconds() const { return m_leewaySeconds; }

    // "5 min 0 s", "2 h 3 min 4 s", "1 d 2 h 3 min": a span without sign.
    static QString durationText(qint64 seconds);

    // The first and last moment, for drawing the axis.
    QDateTime first() const;
    QDateTime last() const;

private:
    void add(Moment moment, const QString& id, const QString& label, const QDateTime& at);
    void addFinding(TokenNotice::Severity severity, const QString& code, const QString& text);

    QList<Event> m_events;
    QList<TokenNotice> m_findings;
    int m_leewaySeconds = DefaultLeewaySeconds;
};
