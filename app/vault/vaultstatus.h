#pragma once

#include <QCoreApplication>
#include <QString>

// The outcome of one vault request, as a value. Each code has its own translated sentence; none of
// them ever contains a secret or a raw keychain error text.
struct VaultStatus
{
    Q_DECLARE_TR_FUNCTIONS(VaultStatus)

public:
    enum class Code
    {
        Ok,
        NotFound, // not found, or the keyring is locked: a read alone never proves "nothing saved"
        Unavailable, // no backend, no bus, or another failure that means "no keychain"
        AccessDenied, // the keyring refused (typically: locked and no prompt possible)
        TimedOut, // our watchdog gave up; the keychain is not used again until restart
        Failed, // the keychain answered with an error that fits none of the above
    };

    Code code = Code::Ok;

    bool ok() const;
    QString message() const;
    // Untranslated name for logs and --json ("ok", "not-found", …).
    QString codeName() const;
};
