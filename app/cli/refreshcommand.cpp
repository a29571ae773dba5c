#include "refreshcommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitarget.h"
#include "cli/commandparser.h"
#include "cli/secretinput.h"
#include "cli/ticketcall.h"
#include "kibo/authticketclient.h"
#include "services/services.h"
#include "session/ticketrules.h"
#include "vault/keychainvault.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

// A refresh token must never be an argument: refuse it before the parser could echo it anywhere.
bool tokenOptionInArguments(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == u"--refresh-token"_s || argument.startsWith(u"--refresh-token="_s)) {
            return true;
        }
    }
    return false;
}

} // namespace

int RefreshCommand::run(const QStringList& arguments)
{
    if (tokenOptionInArguments(arguments)) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            tr("A refresh token is never accepted as an argument: write it to standard input and pass "
               "--refresh-token-stdin."));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Trade a refresh token for a new auth ticket and show it with the decoded JWT.\n"
           "The refresh token comes from standard input with --refresh-token-stdin (after the client secret, if "
           "any); otherwise it is the one the keychain holds for --username at that tenant.\n"
           "Exit codes: 0 success, 1 the server refused, 2 usage error or no refresh token stored for the user, "
           "3 network or TLS failure or timeout, 4 reply not understood, 5 the keychain failed."));
    CliCommands::prepare(parser, u"refresh"_s);
    parser.addOptions({
        { u"username"_s,
            tr("The customer whose refresh token the keychain holds; also where the new tokens are "
               "saved."),
            tr("U") },
        { u"refresh-token-stdin"_s,
            tr("Read the refresh token from standard input (after the client secret, if "
               "any).") },
        { u"account-id"_s, tr("The account to switch to, for a customer of several (B2B)."), tr("N") },
    });
    if (const auto done = CommandParser::parse(parser, arguments,
            tr("refresh takes no positional arguments; a refresh token goes to standard input with "
               "--refresh-token-stdin."))) {
        return *done;
    }

    const QString username = parser.value(u"username"_s).trimmed();
    const bool fromStdin = parser.isSet(u"refresh-token-stdin"_s);
    if (!fromStdin && username.isEmpty()) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            tr("refresh needs --username U to find the stored refresh token, or --refresh-token-stdin "
               "with the token on standard input."));
    }
    std::optional<int> accountId;
    if (parser.isSet(u"account-id"_s)) {
        bool ok = false;
        const int id = parser.value(u"account-id"_s).toInt(&ok);
        if (!ok || id <= 0) {
            return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                tr("--account-id needs a positive whole number, not “%1”.").arg(parser.value(u"account-id"_s)));
        }
        accountId = id;
    }

    CliTarget target;
    QString error;
    if (!target.configure(parser, &error)) {
        return CliOutput::fail(target.failureExitCode(), target.failureCode(), error);
    }
    QString refreshToken;
    if (fromStdin) {
        const std::optional<QString> line = SecretInput::readLine(tr("the refresh token"), &error);
        if (!line) {
            return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
        }
        refreshToken = line->trimmed();
    }
    if (!target.start(&error)) {
        return CliOutput::fail(CliRunner::NetworkFailure, u"demo-unavailable"_s, error);
    }

    KeychainVault vault;
    const QString account = username.isEmpty() ? QString() : TokenVault::accountKey(username, target.tenantKey());
    if (!fromStdin) {
        const TicketCall::Loaded loaded = TicketCall::load(vault, account);
        if (loaded.status.code == VaultStatus::Code::NotFound
            || (loaded.status.ok() && loaded.tokens.refreshToken.isEmpty())) {
            return CliOutput::fail(CliRunner::UsageError, u"no-stored-token"_s,
                tr("No refresh token stored for %1 at %2; log in first or give --refresh-token-stdin.")
                    .arg(username, target.tenantKey()));
        }
        if (!loaded.status.ok()) {
            return CliOutput::failKeychain(
                loaded.status, tr("The stored refresh token could not be read: %1").arg(loaded.status.message()));
        }
        refreshToken = loaded.tokens.refreshToken;
    }

    QObject owner; // of the manager, which the services module makes
    QNetworkAccessManager* network = Services::instance().newNetworkManager(&owner);
    AuthTicketClient client(network, nullptr);
    target.prepare(*network, client);
    const AuthTicketResult result = TicketCall::wait(
        client, [&] { client.refresh(refreshToken, accountId, parser.value(u"response-fields"_s)); });

    // Only the new ticket's tokens may be shown; the refresh token that was sent never is.
    const bool showSecrets = parser.isSet(u"show-secrets"_s) && !result.error.isError() && result.ticket;
    if (result.error.isError()) {
        return TicketCall::fail(result, showSecrets);
    }
    if (!result.ticket) {
        return TicketCall::fail(
            result, showSecrets, CliRunner::NotUnderstood, u"no-ticket"_s, tr("The server answered without a ticket."));
    }
    if (parser.isSet(u"no-store"_s)) {
        TicketCall::print(result, showSecrets);
        return CliRunner::Success;
    }
    if (account.isEmpty()) {
        TicketCall::print(result, showSecrets);
        CliOutput::err(tr("The new tokens were not saved: give --username U to save them, or --no-store."));
        return CliRunner::Success;
    }

    // The new tokens replace the stored ones only after the refresh succeeded, and go nowhere else. A reply
    // without a refresh token leaves the one sent in place, as the GUI's sessions keep it.
    const VaultStatus status = TicketCall::store(
        vault, account, TicketRules::tokensToStore(TicketRules::afterRefresh(*result.ticket, refreshToken)));
    if (!status.ok()) {
        return TicketCall::fail(result, showSecrets, CliRunner::KeychainFailure, status.errorCode(),
            tr("The new tokens were not saved: %1").arg(status.message()));
    }
    TicketCall::print(result, showSecrets);
    CliOutput::err(tr("New tokens saved in the keychain as “%1”.").arg(account));
    return CliRunner::Success;
}
