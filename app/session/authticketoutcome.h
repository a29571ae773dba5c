#pragma once

#include "kibo/diagnosis.h"
#include "kibo/kiboerror.h"

#include <QString>
#include <optional>

struct AuthTicketResult;

// What one auth-ticket reply means, decided once for every front end (the session view, the result view, the
// history, the CLI): a ticket, a 2FA challenge, an answer without a ticket, or why there is none. Carries the
// correlation id and the diagnosis of a failure, each computed once per reply. Holds no token, password or code.
class AuthTicketOutcome final
{
public:
    enum class Kind
    {
        Ok, // a ticket was issued
        NeedsTwoFactor, // Kibo asks for a 2FA code before it issues a ticket
        Done, // answered without a ticket, as asked: a code was sent, a tenant was found
        Refused, // Kibo answered no (a Kibo error, another HTTP error, or Retry-After)
        CodeWrong, // the code sent was refused as wrong (INVALID_OTP, or a malformed code)
        CodeExpired, // the code sent had expired (OTP_EXPIRED)
        TenantNotFound, // the lookup at the home host gave no usable tenant
        Network, // no answer: connection, DNS, TLS, timeout, redirect, proxy
        NotUnderstood, // an answer that is not a usable Kibo reply (not JSON, wrong shape, too large)
        Cancelled, // the user cancelled
    };

    // Whether the call answered a code (finishing 2FA or a one-time code login, or asking for a new code): there a
    // malformed code (MISSING_OR_INVALID_PARAMETER) is a wrong code, elsewhere a refusal like any other.
    enum class Step
    {
        Other,
        Code,
    };

    explicit AuthTicketOutcome(const AuthTicketResult& result, Step step = Step::Other);
    // An error without the rest of a reply (a refused code as the result view shows it).
    explicit AuthTicketOutcome(const KiboError& error, Step step = Step::Other);

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::Ok; }
    bool isFailure() const { return m_error.isError(); }
    // A refusal of the code itself: the code form stays so the customer can try again.
    bool isCodeRefusal() const { return m_kind == Kind::CodeWrong || m_kind == Kind::CodeExpired; }
    // The server answered and said no (a refusal or a refused code), as opposed to no usable answer.
    bool isRefusal() const;
    // The application's own credentials failed (the app-token call decided the attempt, e.g. a wrong client
    // secret): no customer call was made, whatever operation the attempt was for.
    bool isAppTokenFailure() const { return m_appTokenFailure; }
    // Stable name of the operation an attempt is filed under: operation (a CustomerSession::Operation key such
    // as "Login"), or "AppToken" when the app token failed, for the app's credentials are no customer's.
    QString operationKey(const QString& operation) const;
    const KiboError& error() const { return m_error; }
    // Empty when the attempt carries none.
    QString correlationId() const { return m_correlationId; }
    // The failure explained, computed on first use and then kept; empty for an outcome that is no failure.
    const Diagnosis& diagnosis() const;
    // After INVALID_OTP: the attempts Kibo says are left, -1 when it did not say; nullopt for any other outcome.
    std::optional<int> remainingAttempts() const { return m_remainingAttempts; }
    // Stable, untranslated name of the kind (for JSON and logs).
    static QString kindName(Kind kind);

private:
    AuthTicketOutcome(const KiboError& error, bool ticket, bool requires2FA, const QString& correlationId, Step step);

    Kind m_kind = Kind::Done;
    KiboError m_error;
    QString m_correlationId;
    mutable std::optional<Diagnosis> m_diagnosis;
    std::optional<int> m_remainingAttempts;
    bool m_appTokenFailure = false;
};
