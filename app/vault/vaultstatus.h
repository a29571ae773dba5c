#pragma once

#include <QCoreApplication>
#include <QString>

// The outcome of one vault request, as a value: the one classification of why a keychain call failed
// (KeychainJobRunner::classify makes it). Each code has its own translated sentence with a next step; none
// of them ever contains a secret or a raw keychain error text.
struct VaultStatus
{
    Q_DECLARE_TR_FUNCTIONS(VaultStatus)

public:
    enum class Code
    {
        Ok,
        NotFound, // not found in an unlocked keyring (a locked one is Locked, when the keyring says so)
        Unavailable, // no usable backend for another reason (KWallet missing, a Secret Service that failed)
        AccessDenied, // the keyring refused access although it is not locked
        TimedOut, // our watchdog gave up; the keychain is not used again until restart
        Failed, // the keychain answered with an error that fits none of the others
        NoSessionBus, // no D-Bus session bus: the address is unset, or nothing listens there
        NoSecretService, // the bus works, but no Secret Service runs on it and none can be started
        Locked, // the keyring is locked, and the unlock prompt failed or was dismissed
        TooLarge, // the value is over the vault's size limit; refused before anything was sent
    };

    Code code = Code::Ok;

    bool ok() const;
    // What happened and what to do next: one sentence or two.
    QString message() const;
    // A few words for a status bar ("Keyring locked").
    QString headline() const;
    // Untranslated name for logs and tests ("ok", "not-found", "locked", …).
    QString codeName() const;
    // The CLI's --json error code of the state: "keychain-<codeName>".
    QString errorCode() const;
};
