#pragma once

#include "json/jsontreemodel.h"
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QModelIndex>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

// Helpers the libFuzzer targets share: an invariant check that stops the run (so libFuzzer saves the
// input as a crash), quiet logging, and a bounded walk over every node of a JsonTreeModel.

// Fails the run with the broken invariant; libFuzzer writes the input to its artifact file.
#define KTI_FUZZ_CHECK(condition)                                                                                      \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace KtiFuzz {

inline QByteArrayView bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Our categories log every decoding step; a fuzzer runs millions of inputs. QT_LOGGING_RULES still wins.
inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kti.*=false"));
}

// Qt 6.4 reports an object key that starts with a raw (unescaped) U+FEFF without it, and then cannot
// find the key it reported, or finds another member that has that key. JsonTreeModel::indexForPath looks
// keys up, so such a node's path leads nowhere or elsewhere. True when `value` is such an object.
inline bool hasKeyQtCannotFind(const QJsonValue& value)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (object.constFind(it.key()) != it) {
            return true;
        }
    }
    return false;
}

// True when the node's path crosses an object with a key Qt cannot find (see above).
inline bool pathCrossesQtKeyBug(const JsonTreeModel& model, const QModelIndex& index)
{
    if (hasKeyQtCannotFind(model.json())) {
        return true;
    }
    for (QModelIndex ancestor = index.parent(); ancestor.isValid(); ancestor = ancestor.parent()) {
        if (hasKeyQtCannotFind(model.data(ancestor, JsonTreeModel::JsonValueRole).toJsonValue())) {
            return true;
        }
    }
    return false;
}

// Visits nodes depth first, reading every column and role and checking that each node's path leads
// back to it; stops after maxNodes so a wide input cannot turn one run into a time-out.
inline qsizetype walkTree(const JsonTreeModel& model, qsizetype maxNodes = 4000)
{
    qsizetype visited = 0;
    QList<QModelIndex> pending { QModelIndex() };
    while (!pending.isEmpty() && visited < maxNodes) {
        const QModelIndex parent = pending.takeLast();
        const int rows = model.rowCount(parent);
        KTI_FUZZ_CHECK(rows >= 0);
        KTI_FUZZ_CHECK(model.hasChildren(parent) == (rows > 0));
        for (int row = 0; row < rows && visited < maxNodes; ++row, ++visited) {
            const QModelIndex key = model.index(row, JsonTreeModel::KeyColumn, parent);
            KTI_FUZZ_CHECK(key.isValid());
            KTI_FUZZ_CHECK(model.parent(key) == parent);
            for (int column = 0; column < JsonTreeModel::ColumnCount; ++column) {
                const QModelIndex cell = model.index(row, column, parent);
                (void)model.data(cell, Qt::DisplayRole);
                (void)model.data(cell, Qt::ToolTipRole);
                (void)model.flags(cell);
            }
            const QString path = model.data(key, JsonTreeModel::JsonPathRole).toString();
            KTI_FUZZ_CHECK(!path.isEmpty());
            KTI_FUZZ_CHECK(model.indexForPath(path) == key || pathCrossesQtKeyBug(model, key));
            KTI_FUZZ_CHECK(!model.data(key, JsonTreeModel::ValueTypeRole).toString().isEmpty());
            (void)model.data(key, JsonTreeModel::IsSecretRole);
            if (model.hasChildren(key)) {
                pending.append(key);
            }
        }
    }
    return visited;
}

// Walks two models side by side, depth first, and checks that they show the same: rows, every column, path,
// type and value of each node; stops after maxNodes.
inline void compareTrees(const JsonTreeModel& actual, const JsonTreeModel& expected, qsizetype maxNodes = 4000)
{
    qsizetype visited = 0;
    QList<std::pair<QModelIndex, QModelIndex>> pending { { QModelIndex(), QModelIndex() } };
    while (!pending.isEmpty() && visited < maxNodes) {
        const auto [a, b] = pending.takeLast();
        const int rows = actual.rowCount(a);
        KTI_FUZZ_CHECK(rows == expected.rowCount(b));
        for (int row = 0; row < rows && visited < maxNodes; ++row, ++visited) {
            for (int column = 0; column < JsonTreeModel::ColumnCount; ++column) {
                KTI_FUZZ_CHECK(actual.index(row, column, a).data() == expected.index(row, column, b).data());
            }
            const QModelIndex keyA = actual.index(row, JsonTreeModel::KeyColumn, a);
            const QModelIndex keyB = expected.index(row, JsonTreeModel::KeyColumn, b);
            for (int role : { int(JsonTreeModel::JsonPathRole), int(JsonTreeModel::ValueTypeRole),
                     int(JsonTreeModel::IsSecretRole), int(Qt::ToolTipRole) }) {
                KTI_FUZZ_CHECK(keyA.data(role) == keyB.data(role));
            }
            if (actual.hasChildren(keyA)) {
                pending.append({ keyA, keyB });
            } else {
                KTI_FUZZ_CHECK(keyA.data(JsonTreeModel::JsonValueRole) == keyB.data(JsonTreeModel::JsonValueRole));
            }
        }
    }
}

} // namespace KtiFuzz
