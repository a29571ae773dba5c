#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

struct KiboError;
struct VaultStatus;

// Standard output for results, standard error for diagnostics (the CLI contract), the one place that prints a
// failure, and the one place that turns a secret into its redacted shape.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    static void out(const QString& text);
    static void err(const QString& text);
    static void json(const QJsonObject& object);
    // text with every character a terminal would act on rather than show (escape sequences, carriage returns, C1
    // controls, bidirectional overrides) written as a \uXXXX escape; out(), err() and json() print only this, so a
    // server's or a token's words cannot recolour, retitle or rearrange the terminal. Valid inside a JSON string.
    static QString terminalSafe(const QString& text);

    // Whether this run answers in JSON (--json given to a command that takes it); CliRunner sets it once.
    static void setJsonRequested(bool requested);
    static bool jsonRequested();

    // The one way a command fails (the CLI contract, docs/architecture.md "Failures"). With --json: one object on
    // standard output, {"error": {"code", "message", ...details}} plus the members of alongside (decode's partial
    // "jwt", a ticket call's "ticket"). Without --json: text (or, when
    // empty, message) on standard error, nothing on standard output. code is a stable kebab-case name from the
    // documented set, message a sentence in words. Returns exitCode, so that a command can `return fail(...)`.
    static int fail(int exitCode, const QString& code, const QString& message, const QJsonObject& details = {},
        const QJsonObject& alongside = {}, const QString& text = {});
    // A keychain failure (exit 5): message names what was not done, the code says why.
    static int failKeychain(const VaultStatus& status, const QString& message);
    // The code of a failed call to Kibo (kibo-refused, network-timeout, tls, …) and its sentence in words.
    static QString kiboCode(const KiboError& error);

    // The error object alone, as fail() prints it.
    static QJsonObject errorObject(const QString& code, const QString& message, const QJsonObject& details = {});

    // "<redacted accessToken: 428 characters, ends …x9Q=>": kind, length and last four characters
    // (SecretPolicy::describe, shared with the support bundle and the auth-ticket client).
    static QString redacted(const QString& kind, const QString& secret);
};
