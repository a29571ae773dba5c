#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Standard output for results, standard error for diagnostics (the CLI contract), and the one
// place that turns a secret into its redacted shape.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    static void out(const QString& text);
    static void err(const QString& text);
    static void json(const QJsonObject& object);

    // "<redacted accessToken: 428 characters, ends …x9Q=>": kind, length and last four characters
    // (SecretPolicy::describe, shared with the support bundle and the auth-ticket client).
    static QString redacted(const QString& kind, const QString& secret);
};
