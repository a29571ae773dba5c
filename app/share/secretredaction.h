#pragma once

#include <QString>

// The one shape a secret takes wherever it is shown redacted: "<redacted accessToken: 428 characters,
// ends …x9Q=>" (kind, length, last four characters) or, for what must not even hint at itself (a
// password, a verification code), "<redacted password>". Header-only on purpose: the auth-ticket
// client records its requests in this shape, and the CLI, the support bundle and "copy as curl" read it.
class SecretRedaction
{
public:
    // Secrets shorter than this show no last four characters: those would give too much away.
    static constexpr qsizetype MinLengthForLastFour = 16;

    static QString describe(const QString& kind, const QString& secret)
    {
        using namespace Qt::StringLiterals;
        if (secret.isEmpty())
            return u"<redacted %1: empty>"_s.arg(kind);
        if (secret.size() < MinLengthForLastFour)
            return u"<redacted %1: %2 characters>"_s.arg(kind).arg(secret.size());
        return u"<redacted %1: %2 characters, ends …%3>"_s.arg(kind).arg(secret.size()).arg(lastFour(secret));
    }

    static QString hidden(const QString& kind)
    {
        using namespace Qt::StringLiterals;
        return u"<redacted %1>"_s.arg(kind);
    }

    // The last four characters a redaction may show, or an empty string for short secrets.
    static QString lastFour(const QString& secret)
    {
        return secret.size() < MinLengthForLastFour ? QString() : secret.right(4);
    }

    // True when text holds a redaction made by describe() or hidden(), e.g. "Bearer <redacted app token: …>".
    static bool containsRedaction(const QString& text) { return redactionStart(text) >= 0; }
    // Where the redaction in text starts (it runs to the end), or -1.
    static qsizetype redactionStart(const QString& text)
    {
        using namespace Qt::StringLiterals;
        const qsizetype start = text.indexOf(u"<redacted "_s);
        return start >= 0 && text.endsWith(u'>') ? start : -1;
    }
};
