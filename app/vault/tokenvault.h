#pragma once

#include "vault/storedtokens.h"
#include "vault/vaultstatus.h"

#include <QObject>
#include <QString>

// Where a customer's tokens are kept between runs: the narrow interface (KeePassXC's
// QuickUnlockInterface style) behind which the OS keychain, or an honest memory-only stand-in, sits.
// Every call answers later through its signal, never from inside the call.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TokenVault() override;

    // "user@tenant-host": the account name the tokens are filed under.
    static QString accountKey(const QString& username, const QString& tenantHost);

    virtual void store(const QString& account, const StoredTokens& tokens) = 0;
    virtual void load(const QString& account) = 0;
    virtual void remove(const QString& account) = 0;
    // False when tokens are forgotten at quit; the UI says so.
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    void stored(const QString& account, const VaultStatus& status);
    void loaded(const QString& account, const StoredTokens& tokens, const VaultStatus& status);
    void removed(const QString& account, const VaultStatus& status);
    // True while a request has taken longer than the "waiting for the keyring…" threshold.
    void waiting(bool isWaiting);
};
