#include "jsontreefilterproxy.h"

#include "secrets/secretpolicy.h"

#include "json/jsonpath.h"
#include "json/jsontreemodel.h"
#include <QBrush>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

bool isContainer(const QJsonValue& value)
{
    return value.isObject() || value.isArray();
}

} // namespace

JsonTreeFilterProxy::JsonTreeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_highlightFont.setBold(true);
}

JsonTreeFilterProxy::~JsonTreeFilterProxy() = default;

void JsonTreeFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (model == sourceModel()) {
        return; // disconnecting below would also cut the base class's own connections
    }
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    clearCaches();
    // Connected before the base class connects its own handlers, so that caches are gone when it re-filters.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &JsonTreeFilterProxy::clearCaches);
        connect(model, &QAbstractItemModel::dataChanged, this, &JsonTreeFilterProxy::clearCaches);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

JsonTreeModel* JsonTreeFilterProxy::jsonModel() const
{
    return qobject_cast<JsonTreeModel*>(sourceModel());
}

void JsonTreeFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    // Without any of these characters the text lies inside one step of a path, so the key already tells.
    m_pathText = std::any_of(m_text.cbegin(), m_text.cend(),
        [](QChar c) { return c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'$' || c == u'\\'; });
    clearCaches();
    m_searchCut = false;
    invalidateFilter();
}

QString JsonTreeFilterProxy::filterText() const
{
    return m_text;
}

bool JsonTreeFilterProxy::isFiltering() const
{
    return !m_text.isEmpty();
}

void JsonTreeFilterProxy::setMatchRenderedValues(bool match)
{
    if (m_matchRendered != match) {
        m_matchRendered = match;
        clearCaches();
        invalidateFilter();
    }
}

void JsonTreeFilterProxy::setHighlight(const QFont& font, const QColor& background)
{
    m_highlightFont = font;
    m_highlightBackground = background;
}

bool JsonTreeFilterProxy::searchWasCut() const
{
    return m_searchCut;
}

void JsonTreeFilterProxy::clearCaches()
{
    m_descendantCache.clear();
    m_branchCache.clear();
}

bool JsonTreeFilterProxy::looksSecret(const QString& key, const QJsonValue& value)
{
    return value.isString() && SecretPolicy::isSecret(key, value.toString());
}

bool JsonTreeFilterProxy::contains(const QString& text) const
{
    return text.contains(m_text, Qt::CaseInsensitive);
}

bool JsonTreeFilterProxy::rawMatches(const QString& key, bool isIndex, qsizetype row, const QJsonValue& value,
    const QString& parentPath, QString* path) const
{
    if (contains(isIndex ? u"[%1]"_s.arg(row) : key)) {
        return true;
    }
    const JsonTreeModel* model = jsonModel();
    // What the model hides (presenter mode's personal data) is never matched: a match would reveal it.
    const bool hidden = model && model->hasExtraMask() && !isContainer(value)
        && model->hidesValue(isIndex ? JsonPath::child(parentPath, row) : JsonPath::child(parentPath, key), value);
    if (hidden) {
        // Neither the value nor the path of a hidden member is searched.
        return false;
    }
    if (value.isString()) {
        const bool masked = model && model->maskSecrets() && looksSecret(key, value);
        if (!masked && contains(value.toString())) {
            return true;
        }
    } else if (!isContainer(value) && contains(JsonTreeModel::displayText(value))) {
        return true;
    }
    if (m_pathText) {
        *path = isIndex ? JsonPath::child(parentPath, row) : JsonPath::child(parentPath, key);
        return contains(*path);
    }
    return false;
}

bool JsonTreeFilterProxy::rawDescendantMatches(const QJsonValue& value, const QString& path, qsizetype* budget) const
{
    QString childPath;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (--*budget < 0) {
                m_searchCut = true;
                return true;
            }
            const QJsonValue child = it.value();
            if (rawMatches(it.key(), false, 0, child, path, &childPath)) {
                return true;
            }
            if (isContainer(child)) {
                if (m_pathText && childPath.isEmpty()) {
                    childPath = JsonPath::child(path, it.key());
                }
                if (rawDescendantMatches(child, childPath, budget)) {
                    return true;
                }
            }
            childPath.clear();
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (--*budget < 0) {
                m_searchCut = true;
                return true;
            }
            const QJsonValue child = array.at(i);
            if (rawMatches(QString(), true, i, child, path, &childPath)) {
                return true;
            }
            if (isContainer(child)) {
                if (m_pathText && childPath.isEmpty()) {
                    childPath = JsonPath::child(path, i);
                }
                if (rawDescendantMatches(child, childPath, budget)) {
                    return true;
                }
            }
            childPath.clear();
        }
    }
    return false;
}

bool JsonTreeFilterProxy::rowMatches(const QModelIndex& sourceIndex) const
{
    if (!isFiltering() || !sourceIndex.isValid()) {
        return false;
    }
    const QModelIndex key = sourceIndex.siblingAtColumn(JsonTreeModel::KeyColumn);
    if (contains(key.data(Qt::DisplayRole).toString())) {
        return true;
    }
    if (m_pathText && contains(key.data(JsonTreeModel::JsonPathRole).toString())) {
        return true;
    }
    const QString type = key.data(JsonTreeModel::ValueTypeRole).toString();
    if (type == u"object"_s || type == u"array"_s) {
        return false;
    }
    // The value as shown: masked values only match by their mask, never by the hidden text.
    return contains(sourceIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::DisplayRole).toString());
}

bool JsonTreeFilterProxy::descendantMatches(const QModelIndex& sourceIndex) const
{
    if (!isFiltering() || !sourceIndex.isValid()) {
        return false;
    }
    const QModelIndex key = sourceIndex.siblingAtColumn(JsonTreeModel::KeyColumn);
    const void* node = key.internalPointer();
    const auto cached = m_descendantCache.constFind(node);
    if (cached != m_descendantCache.constEnd()) {
        return cached.value();
    }
    const QJsonValue value = key.data(JsonTreeModel::JsonValueRole).value<QJsonValue>();
    bool found = false;
    if (isContainer(value)) {
        qsizetype budget = SearchBudget;
        const QString path = m_pathText ? key.data(JsonTreeModel::JsonPathRole).toString() : QString();
        found = rawDescendantMatches(value, path, &budget);
    }
    m_descendantCache.insert(node, found);
    return found;
}

bool JsonTreeFilterProxy::withinMatchedBranch(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid()) {
        return false;
    }
    const QModelIndex key = sourceIndex.siblingAtColumn(JsonTreeModel::KeyColumn);
    const void* node = key.internalPointer();
    const auto cached = m_branchCache.constFind(node);
    if (cached != m_branchCache.constEnd()) {
        return cached.value();
    }
    const bool within = rowMatches(key) || withinMatchedBranch(key.parent());
    m_branchCache.insert(node, within);
    return within;
}

bool JsonTreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const JsonTreeModel* model = jsonModel();
    if (!isFiltering() || !model) {
        return true;
    }
    // Everything below a matching row stays, so that a matching object shows its members.
    if (sourceParent.isValid() && withinMatchedBranch(sourceParent)) {
        return true;
    }
    QJsonValue parentValue;
    QString parentPath;
    if (sourceParent.isValid()) {
        parentValue = sourceParent.data(JsonTreeModel::JsonValueRole).value<QJsonValue>();
        parentPath = sourceParent.data(JsonTreeModel::JsonPathRole).toString();
    } else {
        parentValue = model->json();
        parentPath = JsonPath::root();
    }
    if (!isContainer(parentValue)) {
        // A scalar root is its own single row.
        return rowMatches(model->index(sourceRow, JsonTreeModel::KeyColumn, sourceParent));
    }

    // Decided on the raw JSON first: a row that does not match creates no node in the model.
    QString key;
    QJsonValue value;
    const bool isIndex = parentValue.isArray();
    if (isIndex) {
        const QJsonArray array = parentValue.toArray();
        if (sourceRow < 0 || sourceRow >= array.size()) {
            return false;
        }
        value = array.at(sourceRow);
    } else {
        const QJsonObject object = parentValue.toObject();
        if (sourceRow < 0 || sourceRow >= object.size()) {
            return false;
        }
        const auto it = object.constBegin() + sourceRow;
        key = it.key();
        value = it.value();
    }
    QString path;
    if (rawMatches(key, isIndex, sourceRow, value, parentPath, &path)) {
        return true;
    }
    if (m_matchRendered && rowMatches(model->index(sourceRow, JsonTreeModel::KeyColumn, sourceParent))) {
        return true;
    }
    if (!isContainer(value)) {
        return false;
    }
    if (m_pathText && path.isEmpty()) {
        path = isIndex ? JsonPath::child(parentPath, qsizetype(sourceRow)) : JsonPath::child(parentPath, key);
    }
    qsizetype budget = SearchBudget;
    return rawDescendantMatches(value, path, &budget);
}

bool JsonTreeFilterProxy::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid() || !isFiltering()) {
        // Unfiltered, a row has exactly its source children; no need to map them first.
        const QModelIndex source = mapToSource(parent);
        return parent.isValid() ? sourceModel() && sourceModel()->hasChildren(source)
                                : QSortFilterProxyModel::hasChildren(parent);
    }
    const QModelIndex source = mapToSource(parent);
    if (!source.isValid() || !sourceModel()->hasChildren(source)) {
        return false;
    }
    // Answered from the raw JSON, so that a view drawing expand arrows maps (and builds) nothing.
    return withinMatchedBranch(source) || descendantMatches(source);
}

bool JsonTreeFilterProxy::cellMatches(const QModelIndex& sourceIndex) const
{
    switch (sourceIndex.column()) {
    case JsonTreeModel::KeyColumn:
        return contains(sourceIndex.data(Qt::DisplayRole).toString())
            || (m_pathText && contains(sourceIndex.data(JsonTreeModel::JsonPathRole).toString()));
    case JsonTreeModel::ValueColumn: {
        const QString type = sourceIndex.data(JsonTreeModel::ValueTypeRole).toString();
        return type != u"object"_s && type != u"array"_s && contains(sourceIndex.data(Qt::DisplayRole).toString());
    }
    default:
        return false;
    }
}

QVariant JsonTreeFilterProxy::data(const QModelIndex& index, int role) const
{
    if (role == MatchRole) {
        return isFiltering() && rowMatches(mapToSource(index));
    }
    if ((role == Qt::FontRole || role == Qt::BackgroundRole) && isFiltering() && index.isValid()) {
        if (cellMatches(mapToSource(index))) {
            if (role == Qt::FontRole) {
                return m_highlightFont;
            }
            if (m_highlightBackground.isValid()) {
                return QBrush(m_highlightBackground);
            }
        }
    }
    return QSortFilterProxyModel::data(index, role);
}
