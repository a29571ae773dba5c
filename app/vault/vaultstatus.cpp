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
        return tr("The system keyring refused access, perhaps because it is locked, so the tokens cannot be saved "
                  "in it.");
    case Code::TimedOut:
        return tr("The system keyring did not answer in time. It will not be asked again until the app "
                  "restarts, so the tokens cannot be saved in it.");
    case Code::Failed:
        return tr("The system keyring reported an error and could not complete the request.");
    }
    return tr("The system keyring reported an error and could not complete the request.");
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
    }
    return u"failed"_s;
}
