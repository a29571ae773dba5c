#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The one rule for what is a secret and how a secret looks when it is shown redacted. Every surface
// that shows or shares data (the JSON trees, the Problem tab, the result view, the support bundle,
// copy as curl, the CLI, the auth-ticket client's record of what it sent) asks here, so they agree.
//
// A secret is found by its key (password, *secret*, *token*, one-time codes, claims headers, …) or by
// its shape (a string that reads as a compact JWS or JWE). Its redacted shape is
// "<redacted accessToken: 428 characters, ends …x9Q=>" (kind, length, last four characters; no last
// four below MinLengthForLastFour) or, for what must not even hint at itself (a password, a code),
// "<redacted password>".
class SecretPolicy
{
public:
    enum class KeyClass
    {
        Plain,
        Token, // shown as kind, length and last four characters
        Hidden, // a password or code: shown as its kind only
    };

    // Secrets shorter than this show no last four characters: those would give too much away.
    static constexpr qsizetype MinLengthForLastFour = 16;
    // A string shorter than this is never taken for a JWT.
    static constexpr qsizetype MinJwtLength = 16;

    // The token members of a customer auth ticket, in the order Kibo sends them (TicketFields::tokens()).
    static const QStringList& tokenFields();

    // What a JSON member, query item or form field of this name holds.
    static KeyClass classifyKey(const QString& key);
    // What an HTTP header of this name carries: classifyKey, and any header naming a session, cookie,
    // token, secret, password or API key (a header has no harmless "…TokenExpiration" cousin worth showing).
    static KeyClass classifyHeader(const QString& name);
    // True when key mentions a secret at all: every key classifyKey takes for one, and also those it lets through
    // as harmless (tokenType, refreshTokenExpiration, sessionId). For what refuses such a key outright (a
    // profile import) and for headers, which have no harmless cousin worth showing.
    static bool namesSecret(const QString& key);
    // True when value reads as a compact JWS (two dots) or JWE (four dots) with a JSON header.
    static bool looksLikeJwt(const QString& value);
    // True when the value under key is a secret: by key, or a JWT by shape (strings only).
    static bool isSecret(const QString& key, const QString& value);

    // "<redacted kind: n characters, ends …abcd>", without the ending below MinLengthForLastFour.
    static QString describe(const QString& kind, const QString& secret);
    // "<redacted kind>"
    static QString hidden(const QString& kind);
    // describe() or hidden(), as keyClass says (Plain is treated as Token).
    static QString redact(KeyClass keyClass, const QString& kind, const QString& secret);
    // value as it may be shown under key: unchanged when it is no secret or already redacted, else
    // hidden(key) for a password or code and describe(key, value) for a token or a JWT.
    static QString redactIfSecret(const QString& key, const QString& value);
    // The last four characters a redaction may show, or an empty string for short secrets.
    static QString lastFour(const QString& secret);

    // {"redacted": true, "kind": kind, "length": n, "last4": "…"}; no last4 for short secrets.
    static QJsonObject tokenSummary(const QString& kind, const QString& secret);
    // {"redacted": true, "kind": kind}
    static QJsonObject hiddenSummary(const QString& kind);

    // True when text holds a redaction made by describe() or hidden(), e.g. "Bearer <redacted app token: …>".
    static bool containsRedaction(const QString& text);
    // True when text is already redacted through and through: it holds a redaction, and outside its redactions
    // no run of token characters long enough to be a secret ("Bearer <redacted app token…>" is; a token with a
    // redaction beside it is not).
    static bool isRedacted(const QString& text);
    // Where the redaction in text starts (it runs to the end), or -1.
    static qsizetype redactionStart(const QString& text);
};
