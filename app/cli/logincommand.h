#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector login TARGET LOGIN-OPTIONS [--json] [--show-secrets] [--no-store]
class LoginCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    // arguments: the whole argv, program name and sub-command included. Returns the exit code.
    static int run(const QStringList& arguments);
};
