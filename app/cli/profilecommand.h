#pragma once

#include <QCoreApplication>
#include <QStringList>

// `profile list [--json]`, `profile add NAME …`, `profile remove NAME`, `profile export FILE` and
// `profile import FILE`: the GUI's saved profiles (QSettings, no secrets) for scripts. A client secret
// comes only from standard input and goes only to the keychain, bound to the profile's auth host.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    // arguments: program name, "profile", the action, then its arguments and options.
    static int run(const QStringList& arguments);
};
