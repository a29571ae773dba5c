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
    // The outcome as one JSON object, or as text (standard error for a failure).
    static void print(const AuthTicketResult& result, bool json, bool showSecrets);

    struct Loaded
    {
        StoredTokens tokens;
        VaultStatus status;
    };
    static Loaded load(KeychainVault& vault, const QString& account);
    static VaultStatus store(KeychainVault& vault, const QString& account, const StoredTokens& tokens);
    // A keychain failure that ends the command before anything was printed: the sentence on standard error and,
    // with --json, {"error": {"code": "keychain-<state>", "message"}} on standard output.
    static void printKeychainFailure(const QString& sentence, const VaultStatus& status, bool json);
};
