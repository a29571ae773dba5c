#pragma once

#include <QJsonValue>
#include <QString>

// One difference JsonDiff found between two JSON values. Paths use JsonPath's syntax; an array
// element matched by identity may sit at different indexes on the two sides, so each side keeps its
// own path (empty on the side where the node does not exist).
struct JsonDifference
{
    enum class Kind
    {
        Added, // only in the second value
        Removed, // only in the first value
        Changed, // same JSON type, other value
        TypeChanged // other JSON type (e.g. string → number, object → null)
    };

    Kind kind = Kind::Changed;
    QString path; // afterPath, or beforePath when the node was removed
    QString beforePath; // in the first value; empty when Added
    QString afterPath; // in the second value; empty when Removed
    QJsonValue before { QJsonValue::Undefined }; // undefined when Added
    QJsonValue after { QJsonValue::Undefined }; // undefined when Removed

    // "added", "removed", "changed", "typeChanged": stable names for JSON output (not translated).
    static QString kindName(Kind kind);
};
