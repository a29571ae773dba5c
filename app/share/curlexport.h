#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct SentRequest;

// "Copy as curl": a recorded auth-ticket request as a shell command a person can run. Secrets are
// shell variables by default ($KIBO_APP_TOKEN for the Bearer, $KIBO_PASSWORD in the body,
// $KIBO_REFRESH_TOKEN in the refresh query, $KIBO_USER_CLAIMS for x-vol-user-claims, $KIBO_OTP_CODE);
// the recorded request holds none, so a command with secrets needs them passed in explicitly.
// Everything else is single-quoted for POSIX shells ($'…' only where a control character needs it).
// A variable goes into the JSON body as it is: a password holding " or \ needs escaping by hand.
class CurlExport
{
    Q_DECLARE_TR_FUNCTIONS(CurlExport)

public:
    enum class Layout
    {
        OneLine,
        MultiLine, // one option per line, joined by " \" line continuations
    };

    // Only the secrets set here are written into the command; the others stay variables.
    struct Secrets
    {
        QString appToken;
        QString password;
        QString refreshToken;
        QString userClaims;
        QString otpCode;
    };

    // Empty when the request is not valid (none reached the tenant).
    static QString command(const SentRequest& request, Layout layout = Layout::OneLine);
    static QString commandWithSecrets(
        const SentRequest& request, const Secrets& secrets, Layout layout = Layout::OneLine);
    // The variables command() uses for this request, e.g. {"KIBO_APP_TOKEN", "KIBO_PASSWORD"}.
    static QStringList variables(const SentRequest& request);
    // A translated sentence that names the variables to set before running the command.
    static QString variablesHint(const SentRequest& request);

    // text as one shell word: bare when only [A-Za-z0-9_-./:@%+,=] (not starting with "="), else '…' with
    // ' written as '\'', or $'…' when it holds control characters.
    static QString shellQuote(const QString& text);
};
