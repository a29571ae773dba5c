#pragma once

#include "json/jsonannotation.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// What each member of a JWT header and of Kibo's jwtAccessToken payload means (auth-api.md
// section 6), how its times and behaviors read, and the annotator the GUI hands to JsonTreeModel.
// Paths are JsonTreeModel paths of the header or payload object, e.g. `$.exp` or
// `$["https://www.kibocommerce.com/user_claims"]["b.TenantId"]`.
class ClaimCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCatalogue)

public:
    static const QString AppClaimsKey; // "https://www.kibocommerce.com/app_claims"
    static const QString UserClaimsKey; // "https://www.kibocommerce.com/user_claims"
    static const QString SessionKey; // "b._sess_"

    // A time rendered for people. Never blank: when ok is false, problem says why.
    struct TimeRendering
    {
        bool ok = false;
        QString utc; // "2025-11-29 02:40:00 UTC"
        QString local; // "2025-11-29 03:40:00 CET"
        QString relative; // "in 14 min", "3 h ago"
        QString problem; // "beyond year 9999", "out of range", "wrong type", "no time zone: shown as UTC"
        QDateTime time; // UTC; invalid when not ok
    };

    // The meaning of a header member or claim; empty for members we know nothing about.
    static QString explain(const QString& path);
    // True when the path is a claim the catalogue renders as a time.
    static bool isEpochClaim(const QString& path);
    static bool isIsoClaim(const QString& path);

    // NumericDate (RFC 7519): seconds since 1970 as a JSON number.
    static TimeRendering renderEpoch(const QJsonValue& value, const QDateTime& now);
    // Kibo's nested ISO 8601 strings: no zone means UTC, 0-7 fractional digits.
    static TimeRendering renderIso(const QJsonValue& value, const QDateTime& now);
    // "in 14 min", "3 h ago", "now".
    static QString relativeTime(const QDateTime& time, const QDateTime& now);

    // Behavior ids from Kibo's flat [offset, mask, …] array; empty and *error set when malformed.
    static QList<int> behaviorIds(const QJsonArray& bv, QString* error = nullptr);

    // The payload with the JSON string `b._sess_` parsed into an object (kept when it does not parse).
    static QJsonObject expandNested(const QJsonObject& payload);

    // The annotator for JWT header and payload trees.
    static JsonAnnotation annotate(const QString& path, const QJsonValue& value, const QDateTime& now);
};
