#include "tokentimeline.h"

#include "jwt/claimcatalogue.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A time claim read through the claim catalogue: invalid when absent; *problem set when unreadable.
QDateTime readTime(const QJsonValue& value, bool epoch, const QDateTime& now, QString* problem)
{
    if (value.isUndefined()) {
        return {};
    }
    const ClaimCatalogue::TimeRendering r
        = epoch ? ClaimCatalogue::renderEpoch(value, now) : ClaimCatalogue::renderIso(value, now);
    if (!r.ok) {
        *problem = r.problem;
        return {};
    }
    return r.time;
}

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

} // namespace

QString TokenTimeline::durationText(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0) {
        return tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(minutes);
    }
    if (hours > 0) {
        return tr("%1 h %2 min %3 s").arg(hours).arg(minutes).arg(secs);
    }
    if (minutes > 0) {
        return tr("%1 min %2 s").arg(minutes).arg(secs);
    }
    return tr("%1 s").arg(secs);
}

TokenTimeline TokenTimeline::build(const Input& input)
{
    TokenTimeline timeline;
    timeline.m_leewaySeconds = qMax(0, input.leewaySeconds);
    const qint64 leeway = timeline.m_leewaySeconds;
    const QDateTime now = input.now.toUTC();
    const DecodedToken::Claims& claims = input.claims;

    struct Source
    {
        Moment moment;
        QString id;
        QString label;
        QDateTime at;
        QString problem;
    };
    QList<Source> sources;
    const auto fromClaim = [&](Moment moment, const QString& id, const QString& label,
                               const DecodedToken::ClaimValue& value, bool epoch) {
        Source source { moment, id, label, {}, {} };
        source.at = readTime(value.toJsonValue(), epoch, now, &source.problem);
        sources.append(source);
    };
    fromClaim(Moment::NotBefore, u"nbf"_s, tr("Valid from (nbf)"), claims.nbf, true);
    fromClaim(Moment::IssuedAt, u"iat"_s, tr("Issued (iat)"), claims.iat, true);
    sources.append({ Moment::AccessExpiry, u"accessTokenExpiration"_s, tr("Ticket expires"),
        input.accessTokenExpiration.toUTC(), {} });
    fromClaim(Moment::UserClaimsExpiry, u"user_claims.exp"_s, tr("user_claims.exp"), claims.userClaimsExp, false);
    fromClaim(Moment::JwtExpiry, u"exp"_s, tr("JWT exp"), claims.exp, true);
    fromClaim(Moment::AppClaimsExpiry, u"app_claims.exp"_s, tr("app_claims.exp"), claims.appClaimsExp, false);
    sources.append({ Moment::RefreshExpiry, u"refreshTokenExpiration"_s, tr("Refresh token expires"),
        input.refreshTokenExpiration.toUTC(), {} });

    for (const Source& source : std::as_const(sources)) {
        if (!source.problem.isEmpty()) {
            timeline.addFinding(TokenNotice::Severity::Warning, u"bad-time"_s,
                tr("%1 cannot be placed on the timeline: %2.").arg(source.id, source.problem));
        }
        if (source.at.isValid()) {
            timeline.add(source.moment, source.id, source.label, source.at);
        }
    }
    if (timeline.m_events.isEmpty()) {
        timeline.addFinding(
            TokenNotice::Severity::Info, u"no-times"_s, tr("Neither the ticket nor the JWT names a time."));
    }
    for (const Refresh& refresh : input.refreshes) {
        if (!refresh.at.isValid()) {
            continue;
        }
        const QString label = !refresh.ok ? tr("Refresh failed")
            : refresh.rotated             ? tr("Refreshed (rotated)")
                                          : tr("Refreshed");
        timeline.add(Moment::Refresh, refresh.ok ? u"refresh"_s : u"refresh-failed"_s, label, refresh.at.toUTC());
    }
    timeline.add(Moment::Now, u"now"_s, tr("Now"), now);
    std::stable_sort(
        timeline.m_events.begin(), timeline.m_events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });

    const auto at = [&timeline](Moment moment) {
        const std::optional<Event> found = timeline.event(moment);
        return found ? found->at : QDateTime();
    };
    const auto apart = [leeway](const QDateTime& a, const QDateTime& b) {
        return a.isValid() && b.isValid() && qAbs(a.secsTo(b)) > leeway;
    };

    // The two pairs Kibo writes twice must agree.
    const QDateTime access = at(Moment::AccessExpiry);
    const QDateTime userExp = at(Moment::UserClaimsExpiry);
    if (apart(access, userExp)) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"ticket-jwt-mismatch"_s,
            tr("The ticket's accessTokenExpiration (%1) and the JWT's user_claims.exp (%2) differ by %3; Kibo "
               "writes the same time in both. The JWT may belong to another ticket.")
                .arg(utcText(access), utcText(userExp), durationText(access.secsTo(userExp))));
    }
    const QDateTime jwtExp = at(Moment::JwtExpiry);
    const QDateTime appExp = at(Moment::AppClaimsExpiry);
    if (apart(jwtExp, appExp)) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"app-claims-mismatch"_s,
            tr("The JWT's exp (%1) and app_claims.exp (%2) differ by %3; Kibo writes the same time in both.")
                .arg(utcText(jwtExp), utcText(appExp), durationText(jwtExp.secsTo(appExp))));
    }

    // Clock skew shows as a token from the future.
    const QDateTime issued = at(Moment::IssuedAt);
    if (issued.isValid() && now.secsTo(issued) > leeway) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"issued-in-future"_s,
            tr("The JWT was issued %1 in the future. This computer's clock or the server's is off.")
                .arg(durationText(now.secsTo(issued))));
    }
    const QDateTime notBefore = at(Moment::NotBefore);
    if (notBefore.isValid() && now.secsTo(notBefore) > leeway) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"not-yet-valid"_s,
            tr("The JWT is not valid for another %1 (nbf). A server would refuse it until then; check the clocks.")
                .arg(durationText(now.secsTo(notBefore))));
    }

    // The order of the moments.
    const QDateTime start = issued.isValid() ? issued : notBefore;
    if (start.isValid() && jwtExp.isValid() && jwtExp < start) {
        timeline.addFinding(TokenNotice::Severity::Error, u"expiry-before-issue"_s,
            tr("The JWT expires (%1) before it was issued or became valid (%2).").arg(utcText(jwtExp), utcText(start)));
    }
    const QDateTime refresh = at(Moment::RefreshExpiry);
    if (access.isValid() && refresh.isValid() && access.secsTo(refresh) < -leeway) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"access-after-refresh"_s,
            tr("The access ticket outlives the refresh token by %1; a refresh will not be possible when it ends.")
                .arg(durationText(refresh.secsTo(access))));
    }

    // Where "now" stands.
    if (access.isValid() && access.secsTo(now) > leeway) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"access-expired"_s,
            tr("The access ticket expired %1 ago: Kibo refuses it until it is refreshed.")
                .arg(durationText(access.secsTo(now))));
    }
    if (refresh.isValid() && refresh.secsTo(now) > leeway) {
        timeline.addFinding(TokenNotice::Severity::Warning, u"refresh-expired"_s,
            tr("The refresh token expired %1 ago: the customer has to log in again.")
                .arg(durationText(refresh.secsTo(now))));
    }
    if (jwtExp.isValid() && jwtExp.secsTo(now) > leeway) {
        timeline.addFinding(TokenNotice::Severity::Info, u"jwt-expired"_s,
            tr("The JWT's exp passed %1 ago.").arg(durationText(jwtExp.secsTo(now))));
    }
    return timeline;
}

std::optional<TokenTimeline::Event> TokenTimeline::event(Moment moment) const
{
    for (const Event& e : m_events) {
        if (e.moment == moment) {
            return e;
        }
    }
    return std::nullopt;
}

bool TokenTimeline::hasFinding(const QString& code) const
{
    return std::any_of(
        m_findings.cbegin(), m_findings.cend(), [&code](const TokenNotice& notice) { return notice.code == code; });
}

QDateTime TokenTimeline::first() const
{
    return m_events.isEmpty() ? QDateTime() : m_events.first().at;
}

QDateTime TokenTimeline::last() const
{
    return m_events.isEmpty() ? QDateTime() : m_events.last().at;
}

void TokenTimeline::add(Moment moment, const QString& id, const QString& label, const QDateTime& at)
{
    m_events.append({ moment, id, label, at });
}

void TokenTimeline::addFinding(TokenNotice::Severity severity, const QString& code, const QString& text)
{
    m_findings.append({ severity, code, text });
}
