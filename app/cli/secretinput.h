#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// Reads secrets from standard input, one per line, in the order the CLI contract fixes: client
// secret, password or refresh token, then the 2FA code. A secret never comes from argv.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    // what: the translated name of the secret for the error message, e.g. "the password".
    // Returns the line without its line ending, or nothing with *error set.
    static std::optional<QString> readLine(const QString& what, QString* error);
};
