#include "vaultstatus.h"

using namespace Qt::StringLiterals;

bool VaultStatus::ok() const
{
    return code == Code::Ok;
}

QString VaultStatus::message() const
{
    switch (code) {
    case Code::Ok:
        return tr("The system keyring completed the request.");
    case Code::NotFound:
        return tr("No saved tokens were found for this account, or the keyring is locked.");
    case Code::Unavailable:
        return tr("The system keyring is not available, so the tokens cannot be saved in it.");
    case Code::AccessDenied:
        return tr("The system keyring refused access to this app's entries. Allow the app in your keyring manager "
                  "and try again.");
    case Code::TimedOut:
        return tr("The system keyring did not answer in time. It will not be asked again until the app "
                  "restarts, so the tokens cannot be saved in it.");
    case Code::Failed:
        return tr("The system keyring reported an error and could not complete the request.");
    case Code::NoSessionBus:
        return tr("There is no D-Bus session bus, so no keyring can be reached. Start the app from your desktop "
                  "session (or inside “dbus-run-session”) and try again.");
    case Code::NoSecretService:
        return tr("No Secret Service keyring runs on the session bus, and none can be started. Install or start "
                  "one (GNOME Keyring, KeePassXC or KWallet) and try again.");
    case Code::Locked:
        return tr("The keyring is locked. Unlock it (e.g. in Passwords and Keys / your desktop's keyring prompt) "
                  "and try again.");
    case Code::TooLarge:
        return tr("A token is too large for the keyring, so nothing was sent to it; the tokens are kept in memory "
                  "until you quit.");
    }
    return tr("The system keyring reported an error and could not complete the request.");
}

QString VaultStatus::headline() const
{
    switch (code) {
    case Code::Ok:
        return tr("Keyring ready");
    case Code::NotFound:
        return tr("Nothing saved in the keyring");
    case Code::Unavailable:
        return tr("Keychain unavailable");
    case Code::AccessDenied:
        return tr("Keyring access denied");
    case Code::TimedOut:
        return tr("Keyring not answering");
    case Code::Failed:
        return tr("Keyring error");
    case Code::NoSessionBus:
        return tr("No session bus");
    case Code::NoSecretService:
        return tr("No Secret Service");
    case Code::Locked:
        return tr("Keyring locked");
    case Code::TooLarge:
        return tr("Token too large for the keyring");
    }
    return tr("Keyring error");
}

QString VaultStatus::codeName() const
{
    switch (code) {
    case Code::Ok:
        return u"ok"_s;
    case Code::NotFound:
        return u"not-found"_s;
    case Code::Unavailable:
        return u"unavailable"_s;
    case Code::AccessDenied:
        return u"access-denied"_s;
    case Code::TimedOut:
        return u"timed-out"_s;
    case Code::Failed:
        return u"failed"_s;
    case Code::NoSessionBus:
        return u"no-session-bus"_s;
    case Code::NoSecretService:
        return u"no-secret-service"_s;
    case Code::Locked:
        return u"locked"_s;
    case Code::TooLarge:
        return u"too-large"_s;
    }
    return u"failed"_s;
}

QString VaultStatus::errorCode() const
{
    return u"keychain-"_s + codeName();
}
