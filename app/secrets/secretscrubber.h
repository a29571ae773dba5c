#pragma once

#include "secrets/secretpolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Takes secrets, and on request personal data, out of JSON and text before anything is shared.
// Secrets are found by SecretPolicy (by key, or a JWT by shape); they become {redacted, kind, length,
// last4}, or only {redacted, kind} for passwords and codes. Personal data (names, emails, phones, addresses) becomes
// personalDataRemoved(); the customer account keeps only its ids and flags.
class SecretScrubber
{
    Q_DECLARE_TR_FUNCTIONS(SecretScrubber)

public:
    // How a secret header shows: as its kind only (the Problem tab), or as its shape (kind, length,
    // last four: the support bundle).
    enum class HeaderForm
    {
        KindOnly,
        Shape,
    };

    // What a secret becomes in scrubJson: the summary object {redacted, kind, length, last4} (the support
    // bundle), or the text SecretPolicy::describe()/hidden() gives (the CLI).
    enum class Form
    {
        Summary,
        Text,
    };

    // value with every secret-looking member (by key, or by JWT shape) replaced, at any depth.
    static QJsonValue scrubJson(const QJsonValue& value, Form form = Form::Summary);
    // Free text from a server or from Qt: URL queries, key=value secrets, Bearer values and JWT-shaped
    // runs replaced.
    static QString scrubText(const QString& text);
    // A server's words as JSON (an error object with Kibo's message and additionalErrorData): every string through
    // scrubText — free text may name a secret anywhere in it — and then the whole through scrubJson.
    static QJsonValue scrubServerWords(const QJsonValue& value, Form form = Form::Summary);
    // A header's value as it may be shown: a secret header (SecretPolicy::classifyHeader) as its redaction
    // named kind, any other value through scrubText. A value already redacted is kept.
    static QString headerValue(const QString& kind, const QString& name, const QString& value, HeaderForm form);

    // "<personal data removed>", translated.
    static QString personalDataRemoved();
    static bool isPersonalKey(const QString& key);
    // value with the string values of personal keys replaced, at any depth.
    static QJsonValue removePersonalData(const QJsonValue& value);
    // A customer account reduced to its ids and true/false flags; every other value replaced.
    static QJsonValue keepOnlyIds(const QJsonValue& value);
};
