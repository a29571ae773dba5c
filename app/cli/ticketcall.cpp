#include "ticketcall.h"

#include "cli/clioutput.h"
#include "cli/ticketreport.h"
#include "clock.h"
#include "logging.h"
#include "vault/keychainvault.h"

#include <QEventLoop>
#include <QJsonObject>

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;

AuthTicketResult TicketCall::wait(AuthTicketClient& client, const std::function<void()>& start)
{
    AuthTicketResult result;
    QEventLoop loop;
    QObject::connect(&client, &AuthTicketClient::finished, &loop, [&](const AuthTicketResult& finished) {
        result = finished;
        loop.quit();
    });
    QObject::connect(&client, &AuthTicketClient::progress, &loop, [](const QString& stage) { qCInfo(lcCli) << stage; });
    start();
    loop.exec();
    return result;
}

void TicketCall::print(const AuthTicketResult& result, bool showSecrets)
{
    Q_ASSERT(!result.error.isError());
    if (CliOutput::jsonRequested()) {
        CliOutput::json(TicketReport::toJson(result, showSecrets));
    } else {
        CliOutput::out(TicketReport::toText(result, showSecrets, Clock::system()->now()));
    }
}

int TicketCall::fail(const AuthTicketResult& result, bool showSecrets)
{
    Q_ASSERT(result.error.isError());
    QJsonObject alongside = TicketReport::toJson(result, showSecrets);
    alongside.remove(u"error"_s);
    return CliOutput::fail(result.error.cliExitCode(), CliOutput::kiboCode(result.error),
        TicketReport::errorMessage(result), TicketReport::errorDetails(result, showSecrets), alongside,
        TicketReport::toText(result, showSecrets, Clock::system()->now()));
}

int TicketCall::fail(const AuthTicketResult& result, bool showSecrets, int exitCode, const QString& code,
    const QString& message, const QJsonObject& details)
{
    const QString report = TicketReport::toText(result, showSecrets, Clock::system()->now());
    return CliOutput::fail(
        exitCode, code, message, details, TicketReport::toJson(result, showSecrets), report + u'\n' + message);
}

TicketCall::Loaded TicketCall::load(KeychainVault& vault, const QString& account)
{
    Loaded loaded;
    QEventLoop loop;
    QObject::connect(
        &vault, &TokenVault::loaded, &loop, [&](const QString&, const StoredTokens& tokens, const VaultStatus& status) {
            loaded = { tokens, status };
            loop.quit();
        });
    vault.load(account);
    loop.exec();
    return loaded;
}

VaultStatus TicketCall::store(KeychainVault& vault, const QString& account, const StoredTokens& tokens)
{
    VaultStatus status;
    QEventLoop loop;
    QObject::connect(&vault, &TokenVault::stored, &loop, [&](const QString&, const VaultStatus& stored) {
        status = stored;
        loop.quit();
    });
    vault.store(account, tokens);
    loop.exec();
    return status;
}
