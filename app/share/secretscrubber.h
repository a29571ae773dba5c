#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Takes secrets, and on request personal data, out of JSON and text before anything is shared.
// Secrets are found by key (password, *secret*, *token*, otp codes, claims headers) and by shape
// (any string that decodes as a JWT); they become {redacted, kind, length, last4}, or only
// {redacted, kind} for passwords and codes. Personal data (names, emails, phones, addresses) becomes
// personalDataRemoved(); the customer account keeps only its ids and flags.
class SecretScrubber
{
    Q_DECLARE_TR_FUNCTIONS(SecretScrubber)

public:
    enum class KeyClass
    {
        Plain,
        Token, // shown as kind, length and last four characters
        Hidden, // a password or code: shown as its kind only
    };

    static KeyClass classifyKey(const QString& key);
    static bool looksLikeJwt(const QString& value);

    // {"redacted": true, "kind": kind, "length": n, "last4": "…"}; no last4 for short secrets.
    static QJsonObject tokenSummary(const QString& kind, const QString& secret);
    // {"redacted": true, "kind": kind}
    static QJsonObject hiddenSummary(const QString& kind);

    // value with every secret-looking member (by key, or by JWT shape) replaced, at any depth.
    static QJsonValue scrubJson(const QJsonValue& value);
    // Free text from a server or from Qt: URL queries, key=value secrets, Bearer values and JWT-shaped
    // runs replaced.
    static QString scrubText(const QString& text);

    // "<personal data removed>", translated.
    static QString personalDataRemoved();
    static bool isPersonalKey(const QString& key);
    // value with the string values of personal keys replaced, at any depth.
    static QJsonValue removePersonalData(const QJsonValue& value);
    // A customer account reduced to its ids and true/false flags; every other value replaced.
    static QJsonValue keepOnlyIds(const QJsonValue& value);
};
