#include "logincommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitarget.h"
#include "cli/commandparser.h"
#include "cli/secretinput.h"
#include "cli/ticketcall.h"
#include "kibo/authticketclient.h"
#include "services/services.h"
#include "session/authticketoutcome.h"
#include "session/ticketrules.h"
#include "vault/keychainvault.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

struct TtlOption
{
    const char16_t* name;
    std::optional<int>* target;
};

// A password must never be an argument: refuse it before the parser could echo it anywhere.
bool passwordInArguments(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == u"--password"_s || argument.startsWith(u"--password="_s) || argument == u"-p"_s) {
            return true;
        }
    }
    return false;
}

int exitCodeFor(const AuthTicketResult& result)
{
    const AuthTicketOutcome outcome(result);
    if (outcome.isFailure()) {
        return outcome.error().cliExitCode();
    }
    // A 2FA challenge left unanswered is no login: the server has not issued a ticket.
    return outcome.kind() == AuthTicketOutcome::Kind::NeedsTwoFactor ? CliRunner::ServerRefused : CliRunner::Success;
}

} // namespace

int LoginCommand::run(const QStringList& arguments)
{
    if (passwordInArguments(arguments)) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            tr("A password is never accepted as an argument: write it to standard input and pass "
               "--password-stdin."));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Log a customer in and show the auth ticket, the decoded JWT and the account."));
    CliCommands::prepare(parser, u"login"_s);
    parser.addOptions({
        { u"username"_s, tr("The customer's login name or email."), tr("U") },
        { u"password-stdin"_s, tr("Read the password from standard input (after the client secret, if any).") },
        { u"account-id"_s, tr("The account to log in to, for a customer of several (B2B)."), tr("N") },
        { u"region"_s, tr("The caller's region, an input to the 2FA decision."), tr("R") },
        { u"fingerprint"_s, tr("The device fingerprint, an input to the 2FA decision."), tr("F") },
        { u"ticket-ttl"_s, tr("Requested access-ticket lifetime in minutes (authTicketTtlMinutes)."), tr("MINUTES") },
        { u"refresh-ttl"_s, tr("Requested refresh-token lifetime in minutes (refreshTokenTtlMinutes)."),
            tr("MINUTES") },
        { u"otp-stdin"_s,
            tr("If the server asks for a 2FA code, read it from the next line of standard input. "
               "Without --password-stdin: log in with a one-time code sent by email, read from standard "
               "input once it was requested.") },
    });
    if (const auto done = CommandParser::parse(
            parser, arguments, tr("login takes no positional arguments; a password goes to standard input."))) {
        return *done;
    }

    CustomerLoginRequest request;
    request.username = parser.value(u"username"_s).trimmed();
    if (request.username.isEmpty()) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, tr("login needs --username."));
    }
    // --otp-stdin without --password-stdin is the password-less login by a one-time code sent by email.
    const bool oneTimeCode = !parser.isSet(u"password-stdin"_s) && parser.isSet(u"otp-stdin"_s);
    if (!parser.isSet(u"password-stdin"_s) && !oneTimeCode) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            tr("login needs --password-stdin, with the password on standard input, or --otp-stdin alone "
               "to log in with a one-time code sent by email."));
    }
    if (oneTimeCode) {
        for (const QString& name : { u"account-id"_s, u"ticket-ttl"_s, u"refresh-ttl"_s }) {
            if (parser.isSet(name)) {
                return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                    tr("--%1 applies to a password login only; a one-time code login cannot ask for it.").arg(name));
            }
        }
    }
    if (parser.isSet(u"account-id"_s)) {
        bool ok = false;
        const int accountId = parser.value(u"account-id"_s).toInt(&ok);
        if (!ok || accountId <= 0) {
            return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                tr("--account-id needs a positive whole number, not “%1”.").arg(parser.value(u"account-id"_s)));
        }
        request.accountId = accountId;
    }
    const TtlOption ttlOptions[] = {
        { u"ticket-ttl", &request.authTicketTtlMinutes },
        { u"refresh-ttl", &request.refreshTokenTtlMinutes },
    };
    for (const TtlOption& option : ttlOptions) {
        const QString name = QString::fromUtf16(option.name);
        if (!parser.isSet(name)) {
            continue;
        }
        bool ok = false;
        const int minutes = parser.value(name).toInt(&ok);
        if (!ok || minutes <= 0) {
            return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                tr("--%1 needs a number of minutes of at least 1, not “%2”.").arg(name, parser.value(name)));
        }
        *option.target = minutes;
    }
    request.region = parser.value(u"region"_s);
    request.fingerprint = parser.value(u"fingerprint"_s);
    request.responseFields = parser.value(u"response-fields"_s);

    CliTarget target;
    QString error;
    if (!target.configure(parser, &error)) {
        return CliOutput::fail(target.failureExitCode(), target.failureCode(), error);
    }
    if (!oneTimeCode) {
        const std::optional<QString> password = SecretInput::readLine(tr("the password"), &error);
        if (!password) {
            return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
        }
        request.password = *password;
    }
    if (!target.start(&error)) {
        return CliOutput::fail(CliRunner::NetworkFailure, u"demo-unavailable"_s, error);
    }

    QObject owner; // of the manager, which the services module makes
    QNetworkAccessManager* network = Services::instance().newNetworkManager(&owner);
    AuthTicketClient client(network, nullptr);
    target.prepare(*network, client);
    const bool showSecrets = parser.isSet(u"show-secrets"_s);
    AuthTicketResult result;
    if (oneTimeCode) {
        result = TicketCall::wait(client, [&] { client.requestOtp(request.username); });
        if (result.error.isError()) {
            return TicketCall::fail(result, showSecrets);
        }
        // Kibo answers alike whether or not the address is a customer's, so this cannot say more.
        CliOutput::err(tr("Kibo sends a one-time code to %1 if it belongs to a customer of this site; reading the "
                          "code from standard input.")
                           .arg(request.username));
        // The code is read only now that the request succeeded.
        const std::optional<QString> code = SecretInput::readLine(tr("the one-time code"), &error);
        if (!code) {
            return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
        }
        result = TicketCall::wait(client, [&] {
            client.loginWithOtp(
                request.username, code->trimmed(), request.fingerprint, request.region, request.responseFields);
        });
    } else {
        result = TicketCall::wait(client, [&] { client.login(request); });
    }

    if (result.requires2FA && parser.isSet(u"otp-stdin"_s)) {
        CliOutput::err(tr("Two-factor authentication is required; reading the code from standard input."));
        const std::optional<QString> code = SecretInput::readLine(tr("the 2FA code"), &error);
        if (!code) {
            return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
        }
        result = TicketCall::wait(client, [&] { client.finish2FA(result.pendingUserId, code->trimmed()); });
    }

    if (result.error.isError()) {
        return TicketCall::fail(result, showSecrets);
    }
    const int exitCode = exitCodeFor(result);
    if (exitCode != CliRunner::Success) {
        return TicketCall::fail(result, showSecrets, exitCode, u"two-factor-required"_s,
            tr("Add --otp-stdin and write the emailed code to standard input to finish the login."));
    }
    if (!AuthTicketOutcome(result).isOk() || parser.isSet(u"no-store"_s)) {
        TicketCall::print(result, showSecrets);
        return exitCode;
    }

    // The tokens go to the keychain only after the login succeeded, and nowhere else.
    KeychainVault vault;
    const QString account = TokenVault::accountKey(request.username, target.tenantKey());
    const VaultStatus status = TicketCall::store(vault, account, TicketRules::tokensToStore(*result.ticket));
    if (!status.ok()) {
        return TicketCall::fail(result, showSecrets, CliRunner::KeychainFailure, status.errorCode(),
            tr("The tokens were not saved: %1").arg(status.message()));
    }
    TicketCall::print(result, showSecrets);
    CliOutput::err(tr("Tokens saved in the keychain as “%1”.").arg(account));
    return exitCode;
}
