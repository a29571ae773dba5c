#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct AuthTicketResult;
struct DecodedToken;

// Turns the outcome of a ticket call into the CLI's two outputs: the --json object of the CLI
// contract (ticket, jwt, requires2FA, error) and the human-readable text. Secrets are redacted
// unless showSecrets is set.
class TicketReport
{
    Q_DECLARE_TR_FUNCTIONS(TicketReport)

public:
    static QJsonObject toJson(const AuthTicketResult& result, bool showSecrets);
    static QString toText(const AuthTicketResult& result, bool showSecrets, const QDateTime& now);

    // A failed call's sentence in our words (the diagnosis' cause), never Kibo's words nor a Qt enum name.
    static QString errorMessage(const AuthTicketResult& result);
    // What the error object holds beside code and message: status, errorCode, correlationId, diagnosis, kind,
    // host, operation, … and Kibo's own words as serverMessage; secrets scrubbed unless showSecrets.
    static QJsonObject errorDetails(const AuthTicketResult& result, bool showSecrets);

    // The reply as received, with every secret (SecretPolicy: by key, or a JWT by shape) redacted at any depth.
    static QJsonObject redactedReply(const QJsonObject& reply, bool showSecrets);
    // header, payload, signature info and notices of a decoded token.
    static QJsonObject jwtJson(const DecodedToken& token);
    // The claims and their times, one per line, for people.
    static QString jwtText(const DecodedToken& token, const QDateTime& now);
};
