#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector refresh TARGET [--username U | --refresh-token-stdin] [--account-id N] [--json]
// [--show-secrets] [--response-fields F] [--no-store]: trades a refresh token (from standard input, or the
// one the keychain holds for the user at that tenant) for a new ticket, and saves the new tokens.
class RefreshCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)

public:
    // arguments: the whole argv, program name and sub-command included. Returns the exit code.
    static int run(const QStringList& arguments);
};
