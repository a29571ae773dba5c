#pragma once

#include "json/jsondifference.h"
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

// A semantic, field-by-field diff of two JSON values, not line by line: object members are matched
// by key whatever their order, numbers compare numerically (1 == 1.0), arrays compare by index, or
// by an identity member (Options::identityKeys, e.g. a contact's "id") when every element on both
// sides is an object carrying a unique one — so one inserted contact is one difference, not 5,000.
// Linear in the size of the inputs (hashing, no quadratic matching).
//
// Ignore patterns (Options::ignoredPaths, and the volatile list) are JsonPaths where `[*]` matches
// any index and `.*` any key: `$.payload.exp`, `$.contacts[*].auditInfo`. A leading `$` may be left
// out (`payload.exp`). A pattern starting with `..` matches at any depth: `..exp`,
// `..["b._sess_"].i`. An ignored node is not compared (nor anything below it).
class JsonDiff
{
public:
    struct Options
    {
        QSet<QString> ignoredKeys; // member names ignored at any depth
        QStringList ignoredPaths; // patterns, see above
        bool ignoreVolatile = false; // also ignore volatileKeys() and volatilePaths()
        QStringList identityKeys = defaultIdentityKeys(); // tried in order for arrays of objects
        // Values for which this returns true are compared whole and reported as one difference,
        // never member by member (e.g. the redacted shape of a token).
        std::function<bool(const QJsonValue&)> isAtomic;
    };

    struct Result
    {
        QList<JsonDifference> differences;
        QStringList ignored; // paths (in the first value, else the second) that differed but were ignored
        QStringList invalidPatterns; // ignore patterns that are not paths; they match nothing

        bool isEqual() const { return differences.isEmpty(); }
    };

    static QList<JsonDifference> compare(const QJsonValue& a, const QJsonValue& b);
    static QList<JsonDifference> compare(const QJsonValue& a, const QJsonValue& b, const Options& options);
    static Result compareDetailed(const QJsonValue& a, const QJsonValue& b, const Options& options);

    // Deep equality with the same rules (key order and 1 vs 1.0 do not matter); arrays by index.
    static bool equal(const QJsonValue& a, const QJsonValue& b);

    // True when text is a valid ignore pattern.
    static bool isValidPattern(const QString& pattern);

    // Fields that differ between two otherwise identical logins: times of issue and expiry, nonces,
    // session ids and the tokens themselves.
    static QStringList volatileKeys();
    static QStringList volatilePaths();
    static QStringList defaultIdentityKeys(); // "id", "attributeDefinitionId"
};
