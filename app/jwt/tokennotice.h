#pragma once

#include <QString>

// One finding about a token: a stable code for tests, tools and the CLI's JSON output, and a whole
// translated sentence for people.
//
// Codes: "empty", "oversize", "too-many-dots", "segment-count", "opaque", "jwe", "alg-none",
// "missing-alg", "missing-signature", "bad-base64url", "non-canonical-base64url", "bad-json",
// "invalid-utf8", "bom", "duplicate-key", "raw-control-character", "not-an-object", "too-deep",
// "nested-jwt", "non-json-payload", "bearer-prefix", "whitespace", "not-verified", "not-a-token" (JwtDecoder).
// JwsVerifier and TokenTimeline add their own codes; their headers list them.
struct TokenNotice
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Info;
    QString code;
    QString text;

    // "info", "warning" or "error", for JSON output.
    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            break;
        }
        return QStringLiteral("error");
    }
};
