#include "kibo/diagnosis.h"

#include <QRegularExpression>

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

// An ISO time from Kibo's additionalErrorData as "2025-01-15 08:00 UTC"; the text itself when unreadable.
QString kiboTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return iso;
    }
    return Diagnoser::tr("%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
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
        bool counted = false;
        const int failures = error.data(u"FailedLoginAttemptCount"_s).toInt(&counted);
        QString cause = since.isEmpty()
            ? Diagnoser::tr("Kibo refuses to log this customer in because the account is locked.")
            : Diagnoser::tr("Kibo refuses to log this customer in because the account has been locked since %1.")
                  .arg(kiboTime(since));
        if (counted && failures > 0) {
            cause += u' ' + Diagnoser::tr("Failed login attempts counted by Kibo: %1.").arg(failures);
        }
        return { since.isEmpty() ? Diagnoser::tr("The customer account is locked")
                                 : Diagnoser::tr("The customer account is locked since %1").arg(kiboTime(since)),
            cause,
            Diagnoser::tr("Ask a Kibo administrator to unlock the account in Admin (Customers), or reset the "
                          "password.") };
    }
    if (code == u"ACCOUNT_INACTIVE"_s) {
        return { Diagnoser::tr("The customer account is inactive"),
            Diagnoser::tr("The username and password are right, but the account is switched off."),
            Diagnoser::tr("Ask a Kibo administrator to activate the customer account.") };
    }
    if (code == u"PASSWORD_CHANGE_REQUIRED"_s) {
        const QString changed = error.data(u"LastPasswordChangeOn"_s);
        return { Diagnoser::tr("The customer must change the password"),
            changed.isEmpty()
                ? Diagnoser::tr("Kibo requires a new password for this account before it issues a ticket.")
                : Diagnoser::tr("The password has expired (last changed %1); Kibo requires a new one before it "
                                "issues a ticket.")
                      .arg(kiboTime(changed)),
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
        if (behavior.isEmpty()) {
            return { Diagnoser::tr("The application lacks a permission"),
                Diagnoser::tr("The application is missing a behavior this request needs; Kibo did not name it."),
                Diagnoser::tr("Compare the application's behaviors in Dev Center with the request, add the missing "
                              "one and install the application on the tenant again.") };
        }
        const bool lifetimes = behavior.contains(u"token-duration"_s, Qt::CaseInsensitive);
        return { Diagnoser::tr("The application lacks the behavior “%1”").arg(behavior),
            lifetimes ? Diagnoser::tr("Setting token lifetimes needs the behavior “%1”, which the application "
                                      "does not have.")
                            .arg(behavior)
                      : Diagnoser::tr("The application is missing the behavior “%1”.").arg(behavior),
            lifetimes ? Diagnoser::tr("Leave the token lifetime options empty, or add “%1” to the application in Dev "
                                      "Center and install it on the tenant again.")
                            .arg(behavior)
                      : Diagnoser::tr("Add “%1” to the application in Dev Center and install it on the tenant again.")
                            .arg(behavior) };
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
        // Kibo names what it did not find in its message ("Item not found: site 99"); these are ids, no secrets.
        static const QRegularExpression what(
            u"\\b(site|tenant)\\s*(?:id\\s*)?[:#=]?\\s*(\\d{1,12})\\b"_s, QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = what.match(error.message);
        if (match.hasMatch() && match.captured(1).compare(u"site"_s, Qt::CaseInsensitive) == 0) {
            return { Diagnoser::tr("Wrong site id (%1)").arg(match.captured(2)),
                Diagnoser::tr("%1 has no site %2 in this tenant, so the x-vol-site header was refused.")
                    .arg(host, match.captured(2)),
                Diagnoser::tr("Enter the site id from Admin (System → Structure → Sites) in the profile, or leave it "
                              "empty for a tenant-level call.") };
        }
        if (match.hasMatch()) {
            return { Diagnoser::tr("Wrong tenant id (%1)").arg(match.captured(2)),
                Diagnoser::tr("%1 does not know tenant %2.").arg(host, match.captured(2)),
                Diagnoser::tr("Check the tenant id (the number after “t” in the tenant's host name) and the "
                              "data centre in the profile.") };
        }
        return { Diagnoser::tr("Kibo did not find the tenant, site or path"),
            Diagnoser::tr("%1 answered that it does not know what was asked for; the tenant id, site id or host may "
                          "be wrong.")
                .arg(host),
            Diagnoser::tr("Check the tenant id, the site id and the data centre (or API host) in the profile.") };
    }
    return {};
}

// The tenant lookup at the home host (auth-api.md section 3) answered, but not with a tenant the call can use.
Diagnosis tenantDiscovery(const KiboError& error)
{
    const QString host = hostText(error);
    if (error.detail == u"tenant-unknown"_s) {
        return { Diagnoser::tr("The tenant was not found"),
            Diagnoser::tr("%1 does not know tenant %2 (HTTP %3).").arg(host).arg(error.tenantId).arg(error.httpStatus),
            Diagnoser::tr("Check the tenant id (the number after “t” in the tenant's admin address) and the data "
                          "centre: a tenant exists in one data centre only.") };
    }
    if (error.detail == u"tenant-forbidden"_s) {
        return { Diagnoser::tr("The application may not read this tenant"),
            Diagnoser::tr("%1 refused to tell the application where tenant %2 lives (HTTP %3).")
                .arg(host)
                .arg(error.tenantId)
                .arg(error.httpStatus),
            Diagnoser::tr("Install the application on this tenant in Dev Center (or use the client id of an "
                          "application that is installed there), then try again.") };
    }
    if (error.detail == u"no-domain"_s) {
        return { Diagnoser::tr("The tenant lookup named no host"),
            Diagnoser::tr("%1 answered the tenant lookup without a usable domain, so there is no host to send the "
                          "customer call to. %2")
                .arg(host, error.explanation),
            Diagnoser::tr("Try again later; if it persists, enter the tenant's API host in the profile as an "
                          "override and give Kibo support the correlation id.") };
    }
    if (error.detail == u"site-unknown"_s) {
        return { Diagnoser::tr("The site is not in this tenant"), error.explanation,
            Diagnoser::tr("Choose one of the tenant's sites in the Site list, or correct the site id.") };
    }
    return { Diagnoser::tr("The tenant lookup failed"), error.explanation,
        Diagnoser::tr("Check the tenant id and the data centre in the profile.") };
}

Diagnosis byStatus(const KiboError& error)
{
    const QString host = hostText(error);
    const int status = error.httpStatus;
    if (status >= 500) {
        // Only a Kibo error body proves that Kibo answered; a bare 5xx page may come from anything in between.
        const bool fromKibo = error.kind == KiboError::Kind::HttpKibo;
        const QString nextStep = !fromKibo && error.detail == u"html"_s
            ? Diagnoser::tr("Try again in a few minutes; the page's title in the raw reply often names the gateway or "
                            "proxy that failed.")
            : !fromKibo
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
    if (status == 401) {
        return { Diagnoser::tr("Not authenticated (HTTP 401)"),
            Diagnoser::tr("%1 did not accept the credentials of the %2 request.").arg(host, operationText(error)),
            Diagnoser::tr("Check the client id and shared secret in the profile, and any proxy or gateway that asks "
                          "for a login of its own.") };
    }
    if (status == 403) {
        return { Diagnoser::tr("Forbidden (HTTP 403)"),
            Diagnoser::tr("%1 understood the %2 request but does not allow it.").arg(host, operationText(error)),
            Diagnoser::tr("Check the application's behaviors in Dev Center, and that no firewall or gateway blocks "
                          "this computer.") };
    }
    if (status == 404) {
        return { Diagnoser::tr("Not found (HTTP 404)"),
            Diagnoser::tr("%1 does not know the address used for the %2 request; the host, tenant or site may be "
                          "wrong.")
                .arg(host, operationText(error)),
            Diagnoser::tr("Check the tenant id, the site id and the data centre (or API host) in the profile.") };
    }
    return { Diagnoser::tr("The request was refused (HTTP %1)").arg(status),
        Diagnoser::tr("%1 refused the %2 request.").arg(host, operationText(error)),
        Diagnoser::tr("Check the values in the profile and the form; the server's own words are shown below.") };
}

Diagnosis tls(const KiboError& error)
{
    const QString host = hostText(error);
    const QString details = error.tlsDetails;
    const QString never = Diagnoser::tr("Certificate errors are never ignored.");
    if (error.detail == u"no-backend"_s) {
        return { Diagnoser::tr("No TLS support on this computer"), details,
            Diagnoser::tr("Install the OpenSSL 3 library (libssl3) and start the app again.") };
    }
    if (error.detail == u"ca-file"_s) {
        return { Diagnoser::tr("The profile's CA certificate file is not usable"), details,
            Diagnoser::tr("Choose a PEM file with the CA certificate in the profile's TLS options, or clear the "
                          "field to use the system's trusted authorities.") };
    }
    const QString cause = details.isEmpty()
        ? Diagnoser::tr("The secure connection to %1 failed its certificate check.").arg(host)
        : Diagnoser::tr("The secure connection to %1 failed its certificate check: %2").arg(host, details);
    if (error.detail == u"host-mismatch"_s) {
        return { Diagnoser::tr("The certificate belongs to a different host"), cause,
            Diagnoser::tr("Use the host name the certificate was issued for in the profile (not an IP address or "
                          "alias); if the name is right, someone may be intercepting the connection. %1")
                .arg(never) };
    }
    if (error.detail == u"expired"_s || error.detail == u"not-yet-valid"_s) {
        return { error.detail == u"expired"_s ? Diagnoser::tr("The server's certificate has expired")
                                              : Diagnoser::tr("The server's certificate is not valid yet"),
            cause,
            Diagnoser::tr("Check this computer's date and time first; if they are right, the server's operator "
                          "must renew the certificate. %1")
                .arg(never) };
    }
    if (error.detail == u"self-signed"_s) {
        return { Diagnoser::tr("The server's certificate is self-signed"), cause,
            Diagnoser::tr("If this is your own test server, add its certificate file to the profile as a CA; do not "
                          "trust it otherwise. %1")
                .arg(never) };
    }
    return { Diagnoser::tr("The server's certificate was not trusted"), cause,
        Diagnoser::tr("For a company proxy or a private CA, add its CA certificate file to the profile; otherwise "
                      "check the host name and the system clock. %1")
            .arg(never) };
}

Diagnosis notKibo(const KiboError& error)
{
    const QString host = hostText(error);
    const QString operation = operationText(error);
    if (error.detail == u"empty"_s) {
        return { Diagnoser::tr("The reply was empty"),
            Diagnoser::tr("%1 answered the %2 request with HTTP %3 but sent no content at all.")
                .arg(host, operation)
                .arg(error.httpStatus),
            Diagnoser::tr("Check that the API host is a Kibo tenant host and that no proxy strips the replies.") };
    }
    if (error.detail == u"html"_s) {
        return { Diagnoser::tr("A web page came back instead of Kibo data"),
            Diagnoser::tr("%1 answered the %2 request with a web page (HTML), such as a login, maintenance or "
                          "Wi-Fi sign-in page.")
                .arg(host, operation),
            Diagnoser::tr("Look at the page in the raw reply; point the profile at the Kibo API host, or sign in to "
                          "the network first.") };
    }
    if (error.detail == u"broken-json"_s) {
        return { Diagnoser::tr("The reply is broken JSON"),
            Diagnoser::tr("%1 answered the %2 request with JSON that cannot be read: %3")
                .arg(host, operation, error.message),
            Diagnoser::tr("Try again; if it repeats, something in between may be cutting or rewriting replies. "
                          "Give Kibo support the correlation id.") };
    }
    if (error.detail == u"not-object"_s) {
        return { Diagnoser::tr("The reply has an unexpected shape"),
            Diagnoser::tr("%1 answered the %2 request with JSON that is not an auth ticket: %3")
                .arg(host, operation, error.message),
            Diagnoser::tr("Check that the API host and path belong to Kibo's customer auth-ticket API, not another "
                          "service.") };
    }
    return { Diagnoser::tr("The reply is not a Kibo reply"),
        error.message.isEmpty()
            ? Diagnoser::tr("%1 answered the %2 request with something this app does not understand.")
                  .arg(host, operation)
            : Diagnoser::tr("%1 answered the %2 request with something this app does not understand: %3")
                  .arg(host, operation, error.message),
        Diagnoser::tr("Check that the API host points at a Kibo tenant, not a web page, proxy or gateway.") };
}

Diagnosis proxyDiagnosis(const KiboError& error)
{
    const QString host = hostText(error);
    const QString operation = operationText(error);
    const QString proxy = error.proxy.isEmpty() ? Diagnoser::tr("the proxy") : error.proxy;
    const QString settingsStep = Diagnoser::tr("Check the proxy in Tools → Network Settings… (or, for the "
                                               "command line, the same saved settings); choose “No proxy” if "
                                               "%1 can be reached directly.")
                                     .arg(host);
    switch (error.proxyProblem) {
    case KiboError::ProxyProblem::Refused:
        return { Diagnoser::tr("The proxy refused the connection"),
            Diagnoser::tr("Nothing accepted the connection at the proxy %1, so the %2 request to %3 was not sent.")
                .arg(proxy, operation, host),
            settingsStep };
    case KiboError::ProxyProblem::NotFound:
        return { Diagnoser::tr("Proxy not found"),
            Diagnoser::tr("The proxy name %1 could not be resolved (DNS), so the %2 request to %3 was not sent.")
                .arg(proxy, operation, host),
            settingsStep };
    case KiboError::ProxyProblem::AuthenticationRequired:
        return { Diagnoser::tr("The proxy requires authentication"),
            Diagnoser::tr("The proxy %1 answered HTTP 407: it requires authentication before it forwards the %2 "
                          "request to %3, and this app does not send proxy passwords.")
                .arg(proxy, operation, host),
            Diagnoser::tr("Ask your network administrator to let this computer through the proxy, or choose "
                          "another proxy or “No proxy” in Tools → Network Settings….") };
    case KiboError::ProxyProblem::Timeout:
        return { Diagnoser::tr("The proxy did not answer in time"),
            Diagnoser::tr("The proxy %1 did not answer during the %2 request to %3, so it was given up.")
                .arg(proxy, operation, host),
            settingsStep };
    case KiboError::ProxyProblem::Closed:
        return { Diagnoser::tr("The proxy closed the connection"),
            Diagnoser::tr("The proxy %1 closed the connection during the %2 request to %3; it may refuse to reach "
                          "that host.")
                .arg(proxy, operation, host),
            settingsStep };
    case KiboError::ProxyProblem::None:
    case KiboError::ProxyProblem::Other:
        break;
    }
    return { Diagnoser::tr("The proxy could not reach the server"),
        Diagnoser::tr("The proxy %1 did not open a connection to %3 for the %2 request: it may not be allowed to "
                      "reach that host, or the host is down.")
            .arg(proxy, operation, host),
        settingsStep };
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
        if (error.host.isEmpty() && !error.message.isEmpty()) { // the profile named no usable host
            return { tr("No usable host"), error.message,
                tr("Correct the data centre, the tenant id or the hosts in the profile.") };
        }
        return { tr("Host not found"), tr("The name %1 could not be resolved (DNS).").arg(host),
            tr("Check the spelling of any host you entered, the data centre, and your network connection.") };
    case KiboError::Kind::Timeout:
        if (error.detail == u"deadline"_s) {
            return { tr("The server did not answer in time"),
                tr("%1 did not finish the %2 request within the overall deadline, so it was given up.")
                    .arg(host, operation),
                tr("Try again; on a slow connection, raise “Give up any request after” in Tools → Network "
                   "Settings…; otherwise check your network, proxy or VPN.") };
        }
        return { tr("The server did not answer in time"),
            tr("%1 stopped sending during the %2 request, so it was given up.").arg(host, operation),
            tr("Try again; if it keeps happening, check your network, proxy or VPN, or raise the timeouts in "
               "Tools → Network Settings….") };
    case KiboError::Kind::Cancelled:
        return { tr("Cancelled"), tr("You cancelled the %1 request.").arg(operation),
            tr("Start it again when ready.") };
    case KiboError::Kind::Tls:
        return tls(error);
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
        if (error.httpStatus > 0) {
            return { tr("The reply was cut off"),
                tr("%1 closed the connection in the middle of the %2 reply (HTTP %3 had begun), so the reply is "
                   "incomplete.")
                    .arg(host, operation)
                    .arg(error.httpStatus),
                tr("Try again; if it repeats, a proxy, VPN or unstable connection may be breaking long replies.") };
        }
        return { tr("The connection closed without a reply"),
            tr("%1 accepted the connection, then closed it without answering the %2 request.").arg(host, operation),
            tr("Check that the port speaks the protocol the profile uses (http or https), then try again.") };
    case KiboError::Kind::TooLarge:
        return { tr("The reply was too large"),
            tr("%1 sent more data than any %2 reply should hold, so the transfer was stopped.").arg(host, operation),
            tr("Check that the host is a Kibo API host; use responseFields to ask for less.") };
    case KiboError::Kind::Throttled: {
        const int seconds = error.retryAfterSeconds;
        return { tr("Too many requests (HTTP 429)"),
            seconds < 0 ? tr("%1 is limiting the rate of requests and sent no Retry-After header.").arg(host)
                        : tr("%1 is limiting the rate of requests; its Retry-After header asks to wait %2.")
                              .arg(host, duration(seconds)),
            seconds >= 0 ? tr("Wait %1, then try again; nothing is retried automatically.").arg(duration(seconds))
                         : tr("Wait a minute, then try again; nothing is retried automatically.") };
    }
    case KiboError::Kind::NotKibo:
        return notKibo(error);
    case KiboError::Kind::HttpOther: {
        Diagnosis diagnosis = byStatus(error);
        diagnosis.cause += u' '
            + (error.detail == u"html"_s
                    ? tr("The reply was a web page (HTML), not a Kibo error, so it may come from a proxy or gateway "
                         "in between.")
                    : error.detail == u"empty"_s
                    ? tr("The reply was empty, not a Kibo error, so it may come from a proxy or gateway in between.")
                    : tr("The reply was not a Kibo error (no Kibo error body), so it may come from a proxy or "
                         "gateway in between."));
        return diagnosis;
    }
    case KiboError::Kind::HttpKibo: {
        Diagnosis diagnosis = kiboCode(error);
        if (diagnosis.title.isEmpty()) {
            diagnosis = byStatus(error);
            if (!error.errorCode.isEmpty() && error.httpStatus < 500) {
                diagnosis.title = tr("Kibo refused the request: %1").arg(error.errorCode);
            } else if (!error.errorCode.isEmpty()) {
                diagnosis.title
                    = tr("Kibo had a server fault (HTTP %1, %2)").arg(error.httpStatus).arg(error.errorCode);
            }
        }
        return diagnosis;
    }
    case KiboError::Kind::Proxy:
        return proxyDiagnosis(error);
    case KiboError::Kind::TenantDiscovery:
        return tenantDiscovery(error);
    }
    return { tr("The request failed"), tr("The %1 request to %2 failed.").arg(operation, host),
        tr("Try again; if it persists, give Kibo support the correlation id.") };
}

std::optional<qint64> Diagnoser::clockSkewSeconds(const QDateTime& serverDate, const QDateTime& receivedAt)
{
    if (!serverDate.isValid() || !receivedAt.isValid()) {
        return std::nullopt;
    }
    // The Date header has whole seconds: round rather than truncate the difference.
    return qRound64(double(receivedAt.msecsTo(serverDate)) / 1000.0);
}

bool Diagnoser::isSignificantSkew(qint64 skewSeconds)
{
    return skewSeconds > ClockSkewThresholdSeconds || skewSeconds < -ClockSkewThresholdSeconds;
}

QString Diagnoser::duration(qint64 seconds)
{
    const qint64 span = seconds < 0 ? -seconds : seconds;
    //: Abbreviated units keep these short and free of plural forms.
    if (span < 120) {
        return tr("%1 s").arg(span);
    }
    if (span < 3600) {
        return tr("%1 min %2 s").arg(span / 60).arg(span % 60);
    }
    if (span < 2 * 86400) {
        return tr("%1 h %2 min").arg(span / 3600).arg((span % 3600) / 60);
    }
    return tr("%1 d %2 h").arg(span / 86400).arg((span % 86400) / 3600);
}

Diagnosis Diagnoser::clockSkew(qint64 skewSeconds)
{
    const QString span = duration(skewSeconds);
    if (skewSeconds >= 0) {
        return { tr("This computer's clock is %1 behind the server").arg(span),
            tr("The server's Date header is %1 later than this computer's clock. Kibo counts token lifetimes by "
               "its own clock, so tokens expire %1 sooner than the countdowns here show, and an automatic refresh "
               "can come too late.")
                .arg(span),
            tr("Turn on automatic date and time (NTP) in the system settings; until then, refresh tokens a margin "
               "of more than %1 before they expire.")
                .arg(span) };
    }
    return { tr("This computer's clock is %1 ahead of the server").arg(span),
        tr("The server's Date header is %1 earlier than this computer's clock. Kibo counts token lifetimes by its "
           "own clock, so tokens stay valid %1 longer than the countdowns here show, and a new token may look "
           "“not valid yet” to strict checks.")
            .arg(span),
        tr("Turn on automatic date and time (NTP) in the system settings.") };
}
