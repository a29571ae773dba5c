#include "kibo/diagnosis.h"

using namespace Qt::StringLiterals;

namespace {

bool isAppAuthentication(const KiboError& error)
{
    return error.applicationName.compare(u"AppDev"_s, Qt::CaseInsensitive) == 0
        || !error.data(u"CredentialsName"_s).isNull() || error.operation == KiboError::appAuthenticationOperation();
}

QString hostText(const KiboError& error)
{
    return error.host.isEmpty() ? Diagnoser::tr("the server") : error.host;
}

QString operationText(const KiboError& error)
{
    return error.operation.isEmpty()
        ? Diagnoser::tr("auth-ticket", "fallback operation name, as in: the auth-ticket request")
        : error.operation;
}

Diagnosis kiboCode(const KiboError& error)
{
    const QString code = error.errorCode.toUpper();
    const QString host = hostText(error);
    if (code == u"INVALID_CREDENTIALS"_s) {
        if (isAppAuthentication(error)) {
            return { Diagnoser::tr("The application credentials were refused"),
                Diagnoser::tr("Kibo did not accept the client id and shared secret of the application at %1.")
                    .arg(host),
                Diagnoser::tr("Check the client id and the shared secret in the profile; copy the secret again "
                              "from Dev Center if it was regenerated.") };
        }
        return { Diagnoser::tr("Wrong username or password"),
            Diagnoser::tr("Kibo did not accept the customer's username and password (a user who does not exist gets "
                          "the same answer)."),
            Diagnoser::tr("Check the username and the password, and that the customer belongs to this tenant and "
                          "site.") };
    }
    if (code == u"ACCOUNT_LOCKED"_s) {
        const QString since = error.data(u"LastLockedOn"_s);
        return { Diagnoser::tr("The customer account is locked"),
            since.isEmpty() ? Diagnoser::tr("Kibo refuses to log this customer in because the account is locked.")
                            : Diagnoser::tr("Kibo refuses to log this customer in because the account has been locked "
                                            "since %1.")
                                  .arg(since),
            Diagnoser::tr("Ask a Kibo administrator to unlock the account in Admin (Customers), or reset the "
                          "password.") };
    }
    if (code == u"ACCOUNT_INACTIVE"_s) {
        return { Diagnoser::tr("The customer account is inactive"),
            Diagnoser::tr("The username and password are right, but the account is switched off."),
            Diagnoser::tr("Ask a Kibo administrator to activate the customer account.") };
    }
    if (code == u"PASSWORD_CHANGE_REQUIRED"_s) {
        return { Diagnoser::tr("The customer must change the password"),
            Diagnoser::tr("Kibo requires a new password for this account before it issues a ticket."),
            Diagnoser::tr("Let the customer set a new password on the storefront, then log in again.") };
    }
    if (code == u"MISSING_OR_INVALID_PARAMETER"_s) {
        const QString parameter = error.data(u"ParameterName"_s);
        if (parameter.compare(u"accountId"_s, Qt::CaseInsensitive) == 0) {
            return { Diagnoser::tr("Wrong B2B account"),
                Diagnoser::tr("The account id sent is not one of the accounts this customer belongs to."),
                Diagnoser::tr("Leave the account id empty or enter one of the customer's B2B account ids.") };
        }
        if (parameter.isEmpty()) {
            return { Diagnoser::tr("Kibo rejected a parameter"),
                Diagnoser::tr("A value in the %1 request was missing or not valid.").arg(operationText(error)),
                Diagnoser::tr("Check the values you entered; the server's own words are shown below.") };
        }
        return { Diagnoser::tr("Kibo rejected the parameter “%1”").arg(parameter),
            Diagnoser::tr("The value of “%1” was missing or not valid.").arg(parameter),
            Diagnoser::tr("Check the value of “%1” and try again.").arg(parameter) };
    }
    if (code == u"INVALID_ACCESS_TOKEN"_s) {
        return { Diagnoser::tr("The application token was not accepted"),
            Diagnoser::tr("%1 did not accept the application's access token, even after a fresh one was fetched.")
                .arg(host),
            Diagnoser::tr("Check that the authentication host and the API host belong to the same Kibo environment "
                          "and that the application is installed on this tenant.") };
    }
    if (code == u"MISSING_BEHAVIOR"_s) {
        const QString behavior = error.data(u"Behavior"_s);
        return { Diagnoser::tr("The application lacks a permission"),
            behavior.isEmpty() ? Diagnoser::tr("The application is missing a behavior this request needs.")
                               : Diagnoser::tr("The application is missing the behavior “%1”.").arg(behavior),
            Diagnoser::tr("Add the behavior to the application in Dev Center and reinstall it, or leave the token "
                          "lifetime options empty.") };
    }
    if (code == u"INVALID_REFRESH_TOKEN"_s) {
        return { Diagnoser::tr("The refresh token is no longer valid"),
            Diagnoser::tr("Kibo does not know this refresh token, or it has expired."),
            Diagnoser::tr("Log the customer in again with username and password.") };
    }
    if (code == u"INVALID_OTP"_s) {
        const QString remaining = error.data(u"RemainingAttempts"_s);
        bool ok = false;
        const int left = remaining.toInt(&ok);
        return { Diagnoser::tr("Wrong verification code"),
            !ok             ? Diagnoser::tr("The code entered does not match.")
                : left == 1 ? Diagnoser::tr("The code entered does not match; 1 attempt left.")
                            : Diagnoser::tr("The code entered does not match; %1 attempts left.").arg(left),
            Diagnoser::tr("Enter the 6-digit code from the latest email, or ask for a new code.") };
    }
    if (code == u"OTP_EXPIRED"_s) {
        return { Diagnoser::tr("The verification code has expired"),
            Diagnoser::tr("The code is older than 3 minutes, was entered wrongly too often, or none was requested."),
            Diagnoser::tr("Ask for a new code and enter it within 3 minutes.") };
    }
    if (code == u"ITEM_NOT_FOUND"_s) {
        return { Diagnoser::tr("Kibo did not find the tenant, site or path"),
            Diagnoser::tr("%1 answered that it does not know what was asked for; the tenant id, site id or host may "
                          "be wrong.")
                .arg(host),
            Diagnoser::tr("Check the tenant id, the site id and the environment (or API host) in the profile.") };
    }
    return {};
}

Diagnosis byStatus(const KiboError& error)
{
    const QString host = hostText(error);
    const int status = error.httpStatus;
    if (status >= 500) {
        // Only a Kibo error body proves that Kibo answered; a bare 5xx page may come from anything in between.
        const bool fromKibo = error.kind == KiboError::Kind::HttpKibo;
        const QString nextStep = !fromKibo
            ? Diagnoser::tr("Try again in a few minutes; if it persists, check the API host and any proxy or gateway "
                            "in between.")
            : error.correlationId.isEmpty()
            ? Diagnoser::tr("Try again in a few minutes; if it persists, tell Kibo support the time of the request.")
            : Diagnoser::tr("Try again in a few minutes; if it persists, give Kibo support the correlation id.");
        return { fromKibo ? Diagnoser::tr("Kibo had a server fault (HTTP %1)").arg(status)
                          : Diagnoser::tr("Server fault (HTTP %1)").arg(status),
            Diagnoser::tr("%1 failed while handling the %2 request; this is not caused by your input.")
                .arg(host, operationText(error)),
            nextStep };
    }
    if (status == 401 || status == 403) {
        return { Diagnoser::tr("Access refused (HTTP %1)").arg(status),
            Diagnoser::tr("%1 refused the %2 request.").arg(host, operationText(error)),
            Diagnoser::tr("Check the credentials and the application's permissions in the profile.") };
    }
    if (status == 404) {
        return { Diagnoser::tr("Not found (HTTP 404)"),
            Diagnoser::tr("%1 does not know the address used for the %2 request; the host, tenant or site may be "
                          "wrong.")
                .arg(host, operationText(error)),
            Diagnoser::tr("Check the tenant id, the site id and the environment (or API host) in the profile.") };
    }
    return { Diagnoser::tr("The request was refused (HTTP %1)").arg(status),
        Diagnoser::tr("%1 refused the %2 request.").arg(host, operationText(error)),
        Diagnoser::tr("Check the values in the profile and the form; the server's own words are shown below.") };
}

} // namespace

Diagnosis Diagnoser::diagnose(const KiboError& error)
{
    const QString host = hostText(error);
    const QString operation = operationText(error);
    switch (error.kind) {
    case KiboError::Kind::None:
        return { tr("No error"), tr("The request succeeded."), tr("Nothing to do.") };
    case KiboError::Kind::ConnectionRefused:
        return { tr("Connection refused"),
            tr("Nothing accepted the connection at %1; the host is up but no server listens on that port.").arg(host),
            tr("Check the host and port in the profile, or start the server.") };
    case KiboError::Kind::HostNotFound:
        if (error.host.isEmpty() && !error.message.isEmpty()) // the profile named no usable host
            return { tr("No usable host"), error.message,
                tr("Correct the hosts, tenant and environment in the profile.") };
        return { tr("Host not found"), tr("The name %1 could not be resolved (DNS).").arg(host),
            tr("Check the spelling of the host, the environment and the region, and your network connection.") };
    case KiboError::Kind::Timeout:
        return { tr("The server did not answer in time"),
            tr("%1 stopped sending during the %2 request, so it was given up.").arg(host, operation),
            tr("Try again; if it keeps happening, check your network, proxy or VPN.") };
    case KiboError::Kind::Cancelled:
        return { tr("Cancelled"), tr("You cancelled the %1 request.").arg(operation),
            tr("Start it again when ready.") };
    case KiboError::Kind::Tls:
        return { tr("The server's certificate was not trusted"),
            error.tlsDetails.isEmpty()
                ? tr("The secure connection to %1 failed its certificate check.").arg(host)
                : tr("The secure connection to %1 failed its certificate check: %2").arg(host, error.tlsDetails),
            tr("Check the host name and the system clock; for a private CA, add its certificate file to the "
               "profile. Certificate errors are never ignored.") };
    case KiboError::Kind::Redirect:
        return { tr("The server redirected the request"),
            error.redirectTarget.isEmpty()
                ? tr("%1 answered the %2 request with a redirect, which is not followed because it could send the "
                     "credentials elsewhere.")
                      .arg(host, operation)
                : tr("%1 redirected the %2 request to %3, which is not followed because it could send the "
                     "credentials elsewhere.")
                      .arg(host, operation, error.redirectTarget),
            tr("Enter the final host (the redirect target, if you trust it) in the profile.") };
    case KiboError::Kind::Network:
        return { tr("The connection failed"),
            tr("The connection to %1 broke during the %2 request; the reply was incomplete.").arg(host, operation),
            tr("Try again; if it keeps happening, check your network, proxy or VPN.") };
    case KiboError::Kind::TooLarge:
        return { tr("The reply was too large"),
            tr("%1 sent more data than any %2 reply should hold, so the transfer was stopped.").arg(host, operation),
            tr("Check that the host is a Kibo API host; use responseFields to ask for less.") };
    case KiboError::Kind::Throttled: {
        const int seconds = error.retryAfterSeconds;
        const QString wait = seconds < 0 ? tr("Kibo gave no waiting time.")
            : seconds == 1               ? tr("Kibo asks to wait 1 second before the next request.")
                                         : tr("Kibo asks to wait %1 seconds before the next request.").arg(seconds);
        return { tr("Too many requests (HTTP 429)"), tr("%1 is limiting the rate of requests. %2").arg(host, wait),
            seconds >= 0 ? tr("Wait %1 s, then try again; nothing is retried automatically.").arg(seconds)
                         : tr("Wait a minute, then try again; nothing is retried automatically.") };
    }
    case KiboError::Kind::NotKibo:
        return { tr("The reply is not a Kibo reply"),
            error.message.isEmpty()
                ? tr("%1 answered the %2 request with something this app does not understand.").arg(host, operation)
                : tr("%1 answered the %2 request with something this app does not understand: %3")
                      .arg(host, operation, error.message),
            tr("Check that the API host points at a Kibo tenant, not a web page, proxy or gateway.") };
    case KiboError::Kind::HttpOther: {
        Diagnosis diagnosis = byStatus(error);
        diagnosis.cause += u' '
            + tr("The reply was not a Kibo error (no Kibo error body), so it may come from a "
                 "proxy or gateway in between.");
        return diagnosis;
    }
    case KiboError::Kind::HttpKibo: {
        Diagnosis diagnosis = kiboCode(error);
        if (diagnosis.title.isEmpty()) {
            diagnosis = byStatus(error);
            if (!error.errorCode.isEmpty() && error.httpStatus < 500)
                diagnosis.title = tr("Kibo refused the request: %1").arg(error.errorCode);
            else if (!error.errorCode.isEmpty())
                diagnosis.title
                    = tr("Kibo had a server fault (HTTP %1, %2)").arg(error.httpStatus).arg(error.errorCode);
        }
        return diagnosis;
    }
    }
    return { tr("The request failed"), tr("The %1 request to %2 failed.").arg(operation, host),
        tr("Try again; if it persists, give Kibo support the correlation id.") };
}
