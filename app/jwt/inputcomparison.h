#pragma once

#include "jwt/comparableinput.h"

#include "json/jsonannotation.h"
#include "json/jsondiff.h"
#include <QCoreApplication>
#include <QHash>
#include <functional>

// Compares two inputs (JWTs, auth tickets or customer accounts) of the same kind: the one entry
// point the CLI's `diff` and the GUI's compare view share. Keeps both comparable inputs, so a view
// can show them side by side as JsonTreeModels, and annotates their nodes with the differences.
// Token shapes are compared whole (JsonDiff::Options::isAtomic).
class InputComparison
{
    Q_DECLARE_TR_FUNCTIONS(InputComparison)

public:
    enum class Side
    {
        First,
        Second
    };

    ComparableInput first;
    ComparableInput second;
    JsonDiff::Result result;
    QString error; // set when either input is not understood or the kinds differ; names no secret

    bool isValid() const { return error.isEmpty(); }
    bool isEqual() const { return isValid() && result.isEqual(); }

    static InputComparison compare(QByteArrayView firstBytes, QByteArrayView secondBytes,
        const JsonDiff::Options& options, ComparableInput::Secrets secrets = ComparableInput::Secrets::Shapes);
    // For inputs already read (e.g. by the GUI from its current session).
    static InputComparison compare(
        const ComparableInput& first, const ComparableInput& second, const JsonDiff::Options& options);

    // The difference at a node of one side, or nullptr; ancestors of differences are not included.
    const JsonDifference* differenceAt(Side side, const QString& path) const;
    // True when a difference lies at or below the node.
    bool containsDifference(Side side, const QString& path) const;
    // For JsonTreeModel::setAnnotator: marks added, removed and changed nodes and their ancestors,
    // and flags the inputs' secrets (isSecret). The function holds a copy of what it needs.
    std::function<JsonAnnotation(const QString& path, const QJsonValue& value)> annotator(Side side) const;

private:
    void index();

    QHash<QString, qsizetype> m_atFirst;
    QHash<QString, qsizetype> m_atSecond;
    QHash<QString, int> m_belowFirst; // path → number of differences at or below it
    QHash<QString, int> m_belowSecond;
};
