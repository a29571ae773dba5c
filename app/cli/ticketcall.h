#pragma once

#include "kibo/authticketclient.h"
#include "vault/storedtokens.h"
#include "vault/vaultstatus.h"

#include <functional>

class KeychainVault;

// What login, refresh and anonymous share: one auth-ticket call waited for, its outcome printed, and
// the keychain read or written. Each wait ends: the client and the vault answer every request, at the
// latest at their own deadlines.
class TicketCall
{
public:
    // Connects to the client, runs start (which makes the call), and waits for its result.
    static AuthTicketResult wait(AuthTicketClient& client, const std::function<void()>& start);
    // A successful outcome as one JSON object (--json) or as text, on standard output.
    static void print(const AuthTicketResult& result, bool showSecrets);
    // A failed call (result.error set) through CliOutput::fail: its code and sentence, Kibo's status, errorCode and
    // correlation id, the diagnosis, and beside the error what the reply held. Returns the exit code.
    static int fail(const AuthTicketResult& result, bool showSecrets);
    // Any other failure after a call (a 2FA challenge left unanswered, no ticket, the keychain refusing the
    // tokens): the report of the call beside the error object, or before the message on standard error.
    static int fail(const AuthTicketResult& result, bool showSecrets, int exitCode, const QString& code,
        const QString& message, const QJsonObject& details = {});

    struct Loaded
    {
        StoredTokens tokens;
        VaultStatus status;
    };
    static Loaded load(KeychainVault& vault, const QString& account);
    static VaultStatus store(KeychainVault& vault, const QString& account, const StoredTokens& tokens);
};
