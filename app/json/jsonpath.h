#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Builds and splits the JSON paths that name nodes of a JsonTreeModel: `$` is the root, `.key` an
// identifier-like key, `["key"]` any other key (JSON-escaped), `[3]` an array element.
// Example: `$["https://www.kibocommerce.com/user_claims"]["b.TenantId"]`, `$.contacts[3].email`.
class JsonPath
{
public:
    // One step of a path: an object key, or an array index when isIndex is set.
    struct Segment
    {
        QString key;
        qsizetype index = -1;
        bool isIndex = false;

        friend bool operator==(const Segment&, const Segment&) = default;
    };

    static QString root();
    static QString child(const QString& parentPath, const QString& key);
    static QString child(const QString& parentPath, qsizetype index);

    // Splits a path into its steps; false (and *segments untouched) when the text is not a path.
    static bool split(QStringView path, QList<Segment>* segments);

    // True for keys written as `.key`: [A-Za-z_][A-Za-z0-9_]*.
    static bool isIdentifier(QStringView key);
    // The path as people read it, without the root: `$.payload.exp` is `payload.exp`, `$["b.TenantId"]` is
    // `["b.TenantId"]` (the CLI's diff and the compare window print paths so).
    static QString withoutRoot(const QString& path);
    // JSON string escaping without the quotes: `"`, `\`, control characters and lone surrogates.
    static QString escapeJson(QStringView text);
};
