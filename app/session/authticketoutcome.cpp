#include "authticketoutcome.h"

#include "kibo/authticketclient.h"

using namespace Qt::StringLiterals;

namespace {

AuthTicketOutcome::Kind failureKind(const KiboError& error, AuthTicketOutcome::Step step)
{
    using Kind = AuthTicketOutcome::Kind;
    switch (error.kind) {
    case KiboError::Kind::None:
        break;
    case KiboError::Kind::HttpKibo:
        if (error.errorCode == u"INVALID_OTP"_s) {
            return Kind::CodeWrong;
        }
        if (error.errorCode == u"OTP_EXPIRED"_s) {
            return Kind::CodeExpired;
        }
        if (step == AuthTicketOutcome::Step::Code && error.errorCode == u"MISSING_OR_INVALID_PARAMETER"_s) {
            return Kind::CodeWrong;
        }
        return Kind::Refused;
    case KiboError::Kind::HttpOther:
    case KiboError::Kind::Throttled:
        return Kind::Refused;
    case KiboError::Kind::TenantDiscovery:
        return Kind::TenantNotFound;
    case KiboError::Kind::ConnectionRefused:
    case KiboError::Kind::HostNotFound:
    case KiboError::Kind::Timeout:
    case KiboError::Kind::Tls:
    case KiboError::Kind::Redirect:
    case KiboError::Kind::Network:
    case KiboError::Kind::Proxy:
        return Kind::Network;
    case KiboError::Kind::NotKibo:
    case KiboError::Kind::TooLarge:
        return Kind::NotUnderstood;
    case KiboError::Kind::Cancelled:
        return Kind::Cancelled;
    }
    return Kind::NotUnderstood;
}

} // namespace

AuthTicketOutcome::AuthTicketOutcome(const AuthTicketResult& result, Step step)
    : AuthTicketOutcome(result.error, result.ticket.has_value(), result.requires2FA, result.correlationId(), step)
{
    m_appTokenFailure = m_error.isError() && result.replyFrom == AuthTicketResult::ReplyFrom::AppToken;
}

AuthTicketOutcome::AuthTicketOutcome(const KiboError& error, Step step)
    : AuthTicketOutcome(error, false, false, error.correlationId, step)
{ }

AuthTicketOutcome::AuthTicketOutcome(
    const KiboError& error, bool ticket, bool requires2FA, const QString& correlationId, Step step)
    : m_error(error)
    , m_correlationId(correlationId)
{
    if (error.isError()) {
        m_kind = failureKind(error, step);
    } else if (ticket) {
        m_kind = Kind::Ok;
    } else if (requires2FA) {
        m_kind = Kind::NeedsTwoFactor;
    } else {
        m_kind = Kind::Done;
    }
    if (m_kind == Kind::CodeWrong && error.errorCode == u"INVALID_OTP"_s) {
        bool ok = false;
        const int left = error.data(u"RemainingAttempts"_s).toInt(&ok);
        m_remainingAttempts = ok ? left : -1;
    }
}

const Diagnosis& AuthTicketOutcome::diagnosis() const
{
    if (!m_diagnosis) {
        m_diagnosis = m_error.isError() ? Diagnoser::diagnose(m_error) : Diagnosis();
    }
    return *m_diagnosis;
}

QString AuthTicketOutcome::operationKey(const QString& operation) const
{
    return m_appTokenFailure ? u"AppToken"_s : operation;
}

bool AuthTicketOutcome::isRefusal() const
{
    return m_kind == Kind::Refused || isCodeRefusal();
}

QString AuthTicketOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return u"ok"_s;
    case Kind::NeedsTwoFactor:
        return u"needs-2fa"_s;
    case Kind::Done:
        return u"done"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::CodeWrong:
        return u"code-wrong"_s;
    case Kind::CodeExpired:
        return u"code-expired"_s;
    case Kind::TenantNotFound:
        return u"tenant-not-found"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::NotUnderstood:
        return u"not-understood"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"not-understood"_s;
}
