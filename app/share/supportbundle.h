#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct AuthTicketResult;
struct KiboProfile;

// What a support bundle may hold beyond the default (a namespace-level struct so that its default
// member initializer can serve as SupportBundle's default argument).
struct SupportBundleOptions
{
    bool includePersonalData = false; // names, email addresses, the customer account beyond its ids
};

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

    using Options = SupportBundleOptions;

    // now is when the bundle is made (UTC); expiries are also given relative to it.
    static QJsonObject toJson(
        const AuthTicketResult& result, const KiboProfile& profile, const QDateTime& now, const Options& options = {});
    static QString toMarkdown(
        const AuthTicketResult& result, const KiboProfile& profile, const QDateTime& now, const Options& options = {});
    // The Markdown support ticket of a bundle made by toJson().
    static QString markdownFromJson(const QJsonObject& bundle);
};
