#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct AuthTicketResult;
struct KiboProfile;

// A support ticket about one auth-ticket call, safe to paste anywhere: what was sent, what came
// back, how long it took, the decoded JWT, the expiries, the diagnosis and the correlation ids.
// Tokens become {redacted, kind, length, last4}, the password and any secret-looking member
// disappear, and personal data (names, emails, the customer account but its ids) is removed unless
// Options::includePersonalData. toMarkdown() renders exactly what toJson() holds, nothing more.
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)

public:
    static constexpr int FormatVersion = 1;

    struct Options
    {
        bool includePersonalData;
    };

    // now is when the bundle is made (UTC); expiries are also given relative to it.
    static QJsonObject toJson(const AuthTicketResult& result, const KiboProfile& profile, const QDateTime& now,
        const Options& options = { false });
    static QString toMarkdown(const AuthTicketResult& result, const KiboProfile& profile, const QDateTime& now,
        const Options& options = { false });
    // The Markdown support ticket of a bundle made by toJson().
    static QString markdownFromJson(const QJsonObject& bundle);
};
