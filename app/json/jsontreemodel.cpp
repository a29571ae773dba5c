#include "jsontreemodel.h"

#include "json/jsonpath.h"
#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

struct JsonTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    QString key; // object key; empty for array elements and the root
    bool isArrayElement = false;
    QJsonValue value;
    QString path;
    bool childrenSized = false;
    std::vector<std::unique_ptr<Node>> children; // sized on first need, filled row by row
    std::optional<JsonAnnotation> annotation;

    int childCount() const
    {
        qsizetype count = 0;
        if (value.isObject()) {
            count = value.toObject().size();
        } else if (value.isArray()) {
            count = value.toArray().size();
        }
        return int(qMin<qsizetype>(count, std::numeric_limits<int>::max()));
    }
};

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue& root)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = root;
    m_root->path = JsonPath::root();
    m_nodeCount = 1;
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    m_nodeCount = 0;
    endResetModel();
}

QJsonValue JsonTreeModel::json() const
{
    return m_root ? m_root->value : QJsonValue(QJsonValue::Undefined);
}

void JsonTreeModel::setAnnotator(Annotator annotator)
{
    m_annotator = std::move(annotator);
    std::vector<Node*> stack;
    if (m_root) {
        stack.push_back(m_root.get());
    }
    while (!stack.empty()) {
        Node* node = stack.back();
        stack.pop_back();
        node->annotation.reset();
        for (const auto& child : node->children) {
            if (child) {
                stack.push_back(child.get());
            }
        }
    }
    emitDataChangedForBuiltNodes(KeyColumn, NoteColumn);
}

void JsonTreeModel::setMaskSecrets(bool mask)
{
    if (m_maskSecrets == mask) {
        return;
    }
    m_maskSecrets = mask;
    emitDataChangedForBuiltNodes(ValueColumn, ValueColumn);
}

bool JsonTreeModel::maskSecrets() const
{
    return m_maskSecrets;
}

void JsonTreeModel::setExtraMask(MaskPredicate predicate, const QString& maskText)
{
    m_extraMask = std::move(predicate);
    m_extraMaskText = maskText;
    emitDataChangedForBuiltNodes(KeyColumn, NoteColumn);
}

bool JsonTreeModel::hasExtraMask() const
{
    return bool(m_extraMask);
}

bool JsonTreeModel::hidesValue(const QString& path, const QJsonValue& value) const
{
    return m_extraMask && !value.isObject() && !value.isArray() && m_extraMask(path, value);
}

bool JsonTreeModel::isExtraMasked(Node* node) const
{
    if (!m_extraMask || node->value.isObject() || node->value.isArray()) {
        return false;
    }
    return m_extraMask(node->path, node->value);
}

bool JsonTreeModel::holdsExtraMasked(const QJsonValue& value, const QString& path) const
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (holdsExtraMasked(it.value(), JsonPath::child(path, it.key()))) {
                return true;
            }
        }
        return false;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (holdsExtraMasked(array.at(i), JsonPath::child(path, i))) {
                return true;
            }
        }
        return false;
    }
    return m_extraMask(path, value);
}

qsizetype JsonTreeModel::nodeCount() const
{
    return m_nodeCount;
}

bool JsonTreeModel::rootIsHidden() const
{
    return m_root && (m_root->value.isObject() || m_root->value.isArray());
}

void JsonTreeModel::emitDataChangedForBuiltNodes(int firstColumn, int lastColumn)
{
    if (!m_root) {
        return;
    }
    if (!rootIsHidden()) {
        if (!m_root->value.isUndefined()) {
            Q_EMIT dataChanged(createIndex(0, firstColumn, m_root.get()), createIndex(0, lastColumn, m_root.get()));
        }
        return;
    }
    std::vector<Node*> stack { m_root.get() };
    while (!stack.empty()) {
        Node* node = stack.back();
        stack.pop_back();
        int first = -1;
        int last = -1;
        for (const auto& child : node->children) {
            if (!child) {
                continue;
            }
            if (first < 0) {
                first = child->row;
            }
            last = child->row;
            stack.push_back(child.get());
        }
        if (first >= 0) {
            Q_EMIT dataChanged(createIndex(first, firstColumn, childAt(node, first)),
                createIndex(last, lastColumn, childAt(node, last)));
        }
    }
}

JsonTreeModel::Node* JsonTreeModel::nodeFor(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return static_cast<Node*>(index.internalPointer());
}

JsonTreeModel::Node* JsonTreeModel::visibleParentOf(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return nodeFor(parent);
    }
    return rootIsHidden() ? m_root.get() : nullptr;
}

JsonTreeModel::Node* JsonTreeModel::childAt(Node* parent, int row) const
{
    if (!parent->childrenSized) {
        parent->children.resize(size_t(parent->childCount()));
        parent->childrenSized = true;
    }
    if (row < 0 || size_t(row) >= parent->children.size()) {
        return nullptr;
    }
    auto& slot = parent->children[size_t(row)];
    if (!slot) {
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->row = row;
        if (parent->value.isObject()) {
            const QJsonObject object = parent->value.toObject();
            const auto it = object.constBegin() + row;
            node->key = it.key();
            node->value = it.value();
            node->path = JsonPath::child(parent->path, node->key);
        } else {
            node->isArrayElement = true;
            node->value = parent->value.toArray().at(row);
            node->path = JsonPath::child(parent->path, qsizetype(row));
        }
        slot = std::move(node);
        ++m_nodeCount;
    }
    return slot.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid() && m_root && !rootIsHidden()) {
        if (row != 0 || m_root->value.isUndefined()) {
            return {};
        }
        return createIndex(0, column, m_root.get());
    }
    if (parent.isValid() && parent.column() != KeyColumn) {
        return {};
    }
    Node* parentNode = visibleParentOf(parent);
    if (!parentNode) {
        return {};
    }
    Node* node = childAt(parentNode, row);
    return node ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    Node* node = nodeFor(child);
    if (!node || !node->parent || node->parent == m_root.get()) {
        return {};
    }
    return createIndex(node->parent->row, KeyColumn, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_root) {
        return 0;
    }
    if (!parent.isValid() && !rootIsHidden()) {
        return m_root->value.isUndefined() ? 0 : 1;
    }
    if (parent.isValid() && parent.column() != KeyColumn) {
        return 0;
    }
    const Node* node = visibleParentOf(parent);
    return node ? node->childCount() : 0;
}

int JsonTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Meaning");
    default:
        return {};
    }
}

const JsonAnnotation& JsonTreeModel::annotationOf(Node* node) const
{
    if (!node->annotation) {
        node->annotation = m_annotator ? m_annotator(node->path, node->value) : JsonAnnotation();
    }
    return *node->annotation;
}

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

} // namespace

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    Node* node = nodeFor(index);
    if (!node) {
        return {};
    }

    switch (role) {
    case JsonPathRole:
        return node->path;
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    case ValueTypeRole:
        return typeName(node->value);
    case IsSecretRole:
        if (annotationOf(node).isSecret || isExtraMasked(node)) {
            return true;
        }
        return m_extraMask && (node->value.isObject() || node->value.isArray())
            && holdsExtraMasked(node->value, node->path);
    case Qt::ToolTipRole: {
        if (isExtraMasked(node)) {
            return m_extraMaskText;
        }
        const JsonAnnotation& annotation = annotationOf(node);
        if (!annotation.toolTip.isEmpty()) {
            return annotation.toolTip;
        }
        return node->path;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case KeyColumn:
        if (node == m_root.get()) {
            return node->path;
        }
        if (node->isArrayElement) {
            return u"[%1]"_s.arg(node->row);
        }
        return escapeForDisplay(node->key);
    case ValueColumn: {
        if (isExtraMasked(node)) {
            return m_extraMaskText;
        }
        const JsonAnnotation& annotation = annotationOf(node);
        if (annotation.isSecret && m_maskSecrets) {
            return maskedText(node->value);
        }
        if (!annotation.valueText.isEmpty()) {
            return annotation.valueText;
        }
        return displayText(node->value);
    }
    case NoteColumn:
        return annotationOf(node).note;
    default:
        return {};
    }
}

QModelIndex JsonTreeModel::indexForPath(const QString& path) const
{
    QList<JsonPath::Segment> segments;
    if (!m_root || !JsonPath::split(path, &segments)) {
        return {};
    }
    if (segments.isEmpty()) {
        return rootIsHidden() || m_root->value.isUndefined() ? QModelIndex() : createIndex(0, KeyColumn, m_root.get());
    }

    Node* node = m_root.get();
    for (const JsonPath::Segment& segment : std::as_const(segments)) {
        int row = -1;
        if (segment.isIndex) {
            if (!node->value.isArray() || segment.index >= node->value.toArray().size()) {
                return {};
            }
            row = int(segment.index);
        } else {
            if (!node->value.isObject()) {
                return {};
            }
            const QJsonObject object = node->value.toObject();
            const auto it = object.constFind(segment.key);
            if (it == object.constEnd()) {
                return {};
            }
            row = int(it - object.constBegin());
        }
        node = childAt(node, row);
        if (!node) {
            return {};
        }
    }
    return createIndex(node->row, KeyColumn, node);
}

QString JsonTreeModel::escapeForDisplay(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        // C0/C1 controls, line separators and bidirectional overrides (which can reorder what is shown).
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0x200e
            || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        if (control) {
            switch (c) {
            case u'\n':
                out += u"\\n"_s;
                break;
            case u'\r':
                out += u"\\r"_s;
                break;
            case u'\t':
                out += u"\\t"_s;
                break;
            default:
                out += u"\\u%1"_s.arg(int(c), 4, 16, QLatin1Char('0'));
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[i + 1];
            ++i;
        } else if (QChar::isSurrogate(c)) {
            out += u"\\u%1"_s.arg(int(c), 4, 16, QLatin1Char('0'));
        } else if (c == u'\\') {
            out += u"\\\\"_s;
        } else {
            out += text[i];
        }
    }
    return out;
}

QString JsonTreeModel::displayText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const int n = int(qMin<qsizetype>(value.toObject().size(), std::numeric_limits<int>::max()));
        return tr("{%n key(s)}", nullptr, n);
    }
    case QJsonValue::Array: {
        const int n = int(qMin<qsizetype>(value.toArray().size(), std::numeric_limits<int>::max()));
        return tr("[%Ln item(s)]", nullptr, n);
    }
    case QJsonValue::String:
        return escapeForDisplay(value.toString());
    case QJsonValue::Double: {
        const QVariant variant = value.toVariant();
        if (variant.metaType().id() == QMetaType::LongLong) {
            return QString::number(variant.toLongLong());
        }
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::maskedText(const QJsonValue& value)
{
    if (!value.isString()) {
        return tr("•••• (hidden)");
    }
    const QString text = value.toString();
    // Show the last four characters only when they are a small part of a long secret.
    if (text.size() >= 16) {
        return tr("•••• (%n character(s), ends …%1)", nullptr,
            int(qMin<qsizetype>(text.size(), std::numeric_limits<int>::max())))
            .arg(escapeForDisplay(text.right(4)));
    }
    return tr("•••• (%n character(s))", nullptr, int(text.size()));
}
