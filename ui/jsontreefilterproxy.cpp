#include "jsontreefilterproxy.h"

#include "secrets/secretpolicy.h"

#include "json/jsonpath.h"
#include "json/jsontreemodel.h"
#include <QBrush>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

bool isContainer(const QJsonValue& value)
{
    return value.isObject() || value.isArray();
}

} // namespace

// A row that matches by its raw JSON (self), or holds such rows (below: children has the ones on the way, by row).
// The children of a row that matches itself are not looked at: they are all shown.
struct JsonTreeFilterProxy::MatchNode
{
    bool self = false;
    bool below = false;
    std::unordered_map<qsizetype, std::unique_ptr<MatchNode>> children;

    const MatchNode* child(qsizetype row) const
    {
        const auto it = children.find(row);
        return it == children.end() ? nullptr : it->second.get();
    }
};

// A depth-first walk of the raw JSON that can stop after any value and go on later.
struct JsonTreeFilterProxy::Search
{
    struct Frame
    {
        QJsonObject object;
        QJsonArray array;
        bool isArray = false;
        qsizetype size = 0;
        qsizetype next = 0;
        qsizetype row = 0; // in the parent
        QString path; // only for a text that needs paths
        std::unique_ptr<MatchNode> node;
    };

    Needle needle;
    bool announce = true; // filterReady() when done; not for a walk again after the masks changed
    std::vector<Frame> stack;
    std::unique_ptr<MatchNode> root;
    QElapsedTimer timer; // since the walk began (for the log)

    void push(const QJsonValue& value, qsizetype row, const QString& path)
    {
        Frame frame;
        frame.isArray = value.isArray();
        if (frame.isArray) {
            frame.array = value.toArray();
            frame.size = frame.array.size();
        } else {
            frame.object = value.toObject();
            frame.size = frame.object.size();
        }
        frame.row = row;
        frame.path = path;
        frame.node = std::make_unique<MatchNode>();
        stack.push_back(std::move(frame));
    }
};

JsonTreeFilterProxy::JsonTreeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_highlightFont.setBold(true);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &JsonTreeFilterProxy::continueSearch);
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
    m_search.reset();
    m_waitingText.reset();
    m_sliceTimer.stop();
    m_matches.reset();
    clearCaches();
    // Connected before the base class connects its own handlers, so that the matches are right when it re-filters.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &JsonTreeFilterProxy::onSourceAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &JsonTreeFilterProxy::onSourceReset);
        connect(model, &QAbstractItemModel::dataChanged, this, &JsonTreeFilterProxy::onSourceDataChanged);
        if (auto* json = qobject_cast<JsonTreeModel*>(model)) {
            connect(json, &JsonTreeModel::jsonPrepared, this, [this] {
                if (m_waitingText) {
                    prepareFilterText(*std::exchange(m_waitingText, std::nullopt));
                }
            });
        }
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (isFiltering()) {
        const QString text = m_needle.text;
        m_needle = {};
        setFilterText(text);
    }
}

JsonTreeModel* JsonTreeFilterProxy::jsonModel() const
{
    return qobject_cast<JsonTreeModel*>(sourceModel());
}

JsonTreeFilterProxy::Needle JsonTreeFilterProxy::needleFor(const QString& text)
{
    Needle needle;
    needle.text = text.trimmed();
    // Without any of these characters the text lies inside one step of a path, so the key already tells.
    needle.pathText = std::any_of(needle.text.cbegin(), needle.text.cend(),
        [](QChar c) { return c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'$' || c == u'\\'; });
    return needle;
}

void JsonTreeFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    m_waitingText.reset();
    if (trimmed == m_needle.text && !m_search) {
        return;
    }
    startSearch(trimmed);
    while (m_search && searchStep()) { }
    finishSearch();
}

void JsonTreeFilterProxy::prepareFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || (trimmed == m_needle.text && !m_search)) {
        setFilterText(trimmed);
        Q_EMIT filterReady();
        return;
    }
    if (m_search && m_search->needle.text == trimmed) {
        return; // already under way
    }
    if (JsonTreeModel* model = jsonModel(); model && !model->prepareJson()) {
        // A big tree read from bytes makes its whole value first, on a worker: the search starts when it is made.
        m_sliceTimer.stop();
        m_search.reset();
        m_waitingText = trimmed;
        return;
    }
    m_waitingText.reset();
    startSearch(trimmed);
    continueSearch();
}

void JsonTreeFilterProxy::startSearch(const QString& text)
{
    m_sliceTimer.stop();
    m_search = std::make_unique<Search>();
    m_search->needle = needleFor(text);
    m_search->timer.start();
    const JsonTreeModel* model = jsonModel();
    const QJsonValue json = model ? model->json() : QJsonValue();
    if (!m_search->needle.text.isEmpty() && isContainer(json)) {
        m_search->push(json, 0, m_search->needle.pathText ? JsonPath::root() : QString());
    } else {
        m_search->root = std::make_unique<MatchNode>(); // nothing to walk: a scalar root is matched as its row
    }
}

bool JsonTreeFilterProxy::searchStep()
{
    Search& search = *m_search;
    if (search.stack.empty()) {
        return false;
    }
    Search::Frame& frame = search.stack.back();
    if (frame.next >= frame.size) {
        std::unique_ptr<MatchNode> node = std::move(frame.node);
        const qsizetype row = frame.row;
        search.stack.pop_back();
        if (search.stack.empty()) {
            search.root = std::move(node);
            return false;
        }
        if (node->below) {
            Search::Frame& parent = search.stack.back();
            parent.node->below = true;
            parent.node->children.emplace(row, std::move(node));
        }
        return true;
    }
    const qsizetype row = frame.next++;
    QString key;
    QJsonValue value;
    if (frame.isArray) {
        value = frame.array.at(row);
    } else {
        const auto it = frame.object.constBegin() + row;
        key = it.key();
        value = it.value();
    }
    QString path;
    if (rawMatches(search.needle, key, frame.isArray, row, value, frame.path, &path)) {
        auto node = std::make_unique<MatchNode>();
        node->self = true;
        frame.node->below = true;
        frame.node->children.emplace(row, std::move(node));
        return true;
    }
    if (isContainer(value)) {
        if (search.needle.pathText && path.isEmpty()) {
            path = frame.isArray ? JsonPath::child(frame.path, row) : JsonPath::child(frame.path, key);
        }
        search.push(value, row, path); // frame is not used after this: push may move it
    }
    return true;
}

void JsonTreeFilterProxy::continueSearch()
{
    if (!m_search) {
        return;
    }
    QElapsedTimer slice;
    slice.start();
    int steps = 0;
    while (searchStep()) {
        if (++steps % 256 == 0 && slice.elapsed() >= SliceMs) {
            m_sliceTimer.start(); // the rest after the event loop's turn
            return;
        }
    }
    const bool announce = m_search->announce;
    finishSearch();
    if (announce) {
        Q_EMIT filterReady();
    }
}

void JsonTreeFilterProxy::finishSearch()
{
    if (!m_search) {
        return;
    }
    m_sliceTimer.stop();
    const std::unique_ptr<Search> search = std::move(m_search);
    m_needle = search->needle;
    m_matches = m_needle.text.isEmpty() ? nullptr : std::move(search->root);
    clearCaches();
    invalidateFilter();
}

QString JsonTreeFilterProxy::filterText() const
{
    return m_needle.text;
}

bool JsonTreeFilterProxy::isFiltering() const
{
    return !m_needle.text.isEmpty();
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

void JsonTreeFilterProxy::clearCaches()
{
    m_nodeCache.clear();
    m_branchCache.clear();
}

void JsonTreeFilterProxy::onSourceAboutToBeReset()
{
    clearCaches();
    m_matches.reset();
    if (m_waitingText) {
        m_needle = needleFor(*std::exchange(m_waitingText, std::nullopt)); // the text the user asked for last
    }
    if (m_search) {
        m_needle = m_search->needle; // the text the user asked for last
        m_search.reset();
        m_sliceTimer.stop();
    }
}

void JsonTreeFilterProxy::onSourceReset()
{
    // Other JSON (in the app: an empty one, since a new result clears the filter first): its matches are found at
    // once, before the base class re-filters the rows.
    if (isFiltering()) {
        startSearch(m_needle.text);
        while (searchStep()) { }
        m_matches = std::move(m_search->root);
        m_search.reset();
    }
}

void JsonTreeFilterProxy::onSourceDataChanged()
{
    // Masks changed (shown or hidden secrets, presenter mode): what matches may too. The rows keep the matches found
    // so far until a new walk has looked at every value.
    m_branchCache.clear();
    if (isFiltering() && !m_search) {
        startSearch(m_needle.text);
        m_search->announce = false; // the rows change, the tree keeps what the user opened
        m_sliceTimer.start();
    }
}

bool JsonTreeFilterProxy::looksSecret(const QString& key, const QJsonValue& value)
{
    return value.isString() && SecretPolicy::isSecret(key, value.toString());
}

bool JsonTreeFilterProxy::contains(const Needle& needle, const QString& text)
{
    return text.contains(needle.text, Qt::CaseInsensitive);
}

bool JsonTreeFilterProxy::contains(const QString& text) const
{
    return contains(m_needle, text);
}

bool JsonTreeFilterProxy::rawMatches(const Needle& needle, const QString& key, bool isIndex, qsizetype row,
    const QJsonValue& value, const QString& parentPath, QString* path) const
{
    if (contains(needle, isIndex ? u"[%1]"_s.arg(row) : key)) {
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
        if (!masked && contains(needle, value.toString())) {
            return true;
        }
    } else if (!isContainer(value) && contains(needle, JsonTreeModel::displayText(value))) {
        return true;
    }
    if (needle.pathText) {
        *path = isIndex ? JsonPath::child(parentPath, row) : JsonPath::child(parentPath, key);
        return contains(needle, *path);
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
    if (m_needle.pathText && contains(key.data(JsonTreeModel::JsonPathRole).toString())) {
        return true;
    }
    const QString type = key.data(JsonTreeModel::ValueTypeRole).toString();
    if (type == u"object"_s || type == u"array"_s) {
        return false;
    }
    // The value as shown: masked values only match by their mask, never by the hidden text.
    return contains(sourceIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::DisplayRole).toString());
}

const JsonTreeFilterProxy::MatchNode* JsonTreeFilterProxy::matchNodeFor(const QModelIndex& sourceIndex) const
{
    if (!m_matches) {
        return nullptr;
    }
    if (!sourceIndex.isValid()) {
        return m_matches.get();
    }
    const QModelIndex key = sourceIndex.siblingAtColumn(JsonTreeModel::KeyColumn);
    const void* node = key.internalPointer();
    const auto cached = m_nodeCache.constFind(node);
    if (cached != m_nodeCache.constEnd()) {
        return cached.value();
    }
    const MatchNode* parent = matchNodeFor(key.parent());
    // Below a row that matches itself everything is shown: its node stands for all of them.
    const MatchNode* found = !parent ? nullptr : parent->self ? parent : parent->child(key.row());
    m_nodeCache.insert(node, found);
    return found;
}

bool JsonTreeFilterProxy::descendantMatches(const QModelIndex& sourceIndex) const
{
    if (!isFiltering() || !sourceIndex.isValid()) {
        return false;
    }
    const MatchNode* node = matchNodeFor(sourceIndex);
    return node && (node->below || node->self);
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
    if (!sourceParent.isValid() && !isContainer(model->json())) {
        // A scalar root is its own single row.
        return rowMatches(model->index(sourceRow, JsonTreeModel::KeyColumn, sourceParent));
    }
    // Decided on the matches found in the raw JSON: a row that does not match creates no node in the model.
    const MatchNode* parent = matchNodeFor(sourceParent);
    if (parent && (parent->self || parent->child(sourceRow))) {
        return true;
    }
    return m_matchRendered && rowMatches(model->index(sourceRow, JsonTreeModel::KeyColumn, sourceParent));
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
    // Answered from the matches, so that a view drawing expand arrows maps (and builds) nothing.
    return withinMatchedBranch(source) || descendantMatches(source);
}

bool JsonTreeFilterProxy::cellMatches(const QModelIndex& sourceIndex) const
{
    switch (sourceIndex.column()) {
    case JsonTreeModel::KeyColumn:
        return contains(sourceIndex.data(Qt::DisplayRole).toString())
            || (m_needle.pathText && contains(sourceIndex.data(JsonTreeModel::JsonPathRole).toString()));
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
