#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector anonymous TARGET [--json] [--show-secrets] [--response-fields F]: asks for an
// anonymous shopper ticket and shows it. Nothing is ever saved in the keychain.
class AnonymousCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnonymousCommand)

public:
    // arguments: the whole argv, program name and sub-command included. Returns the exit code.
    static int run(const QStringList& arguments);
};
