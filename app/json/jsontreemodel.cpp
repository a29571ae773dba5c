#include "jsontreemodel.h"

#include "background.h"

#include "json/jsondom.h"
#include "json/jsonpath.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <vector>
#ifdef __linux__
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using DomElement = simdjson::dom::element;

// One member of an object (its key) or element of an array of the DOM backing, in the order of the rows.
struct DomMember
{
    std::string_view key;
    DomElement value;
};

} // namespace

// The DOM backing's document: simdjson's tape and strings, trimmed to what the text used.
struct JsonTreeModel::Dom
{
    simdjson::dom::document document;
};

struct JsonTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    QString key; // object key; empty for array elements and the root
    bool isArrayElement = false;
    QJsonValue::Type type = QJsonValue::Undefined;
    bool hasValue = true; // false: a DOM node whose QJsonValue is not made yet
    QJsonValue value;
    DomElement element; // the DOM backing's node
    QString path; // made on first need (pathOf)
    bool childrenSized = false;
    std::vector<std::unique_ptr<Node>> children; // sized on first need, filled row by row
    std::vector<DomMember> members; // DOM backing: the rows' keys and elements, gathered on first need
    bool membersGathered = false;
    std::optional<JsonAnnotation> annotation;
};

namespace {

using JsonDom::domGet;
using JsonDom::domScalar;
using JsonDom::domValue;
using JsonDom::fromUtf8;

QJsonValue::Type domType(const DomElement& element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::ARRAY:
        return QJsonValue::Array;
    case simdjson::dom::element_type::OBJECT:
        return QJsonValue::Object;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QJsonValue::Double;
    case simdjson::dom::element_type::STRING:
        return QJsonValue::String;
    case simdjson::dom::element_type::BOOL:
        return QJsonValue::Bool;
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue::Null;
    }
    return QJsonValue::Undefined;
}

// QJsonObject's order of keys as Qt 6.4 sorts what it reads: a key written without escapes is kept in UTF-8 and
// compared by code points, which is the order of its bytes; two keys that both hold an escape are compared by
// UTF-16 code units (so is every key of a QJsonObject built with insert()). The orders differ only where a
// character above U+FFFF meets one from U+E000 to U+FFFF: texts with such a key go to QJsonDocument (readDom).
bool keyLess(std::string_view a, std::string_view b)
{
    return a < b; // std::string_view compares chars as unsigned (char_traits<char>::lt)
}

// The rows of a DOM object or array: members sorted as QJsonObject sorts them, of duplicates the last.
std::vector<DomMember> gatherMembers(const DomElement& element)
{
    std::vector<DomMember> members;
    if (element.is_array()) {
        const simdjson::dom::array array = domGet<simdjson::dom::array>(element);
        members.reserve(array.size());
        for (const DomElement item : array) {
            members.push_back({ {}, item });
        }
        return members;
    }
    if (!element.is_object()) {
        return members;
    }
    const simdjson::dom::object object = domGet<simdjson::dom::object>(element);
    members.reserve(object.size());
    bool sorted = true;
    for (const simdjson::dom::key_value_pair member : object) {
        if (!members.empty() && !keyLess(members.back().key, member.key)) {
            sorted = false;
        }
        members.push_back({ member.key, member.value });
    }
    if (sorted) {
        return members;
    }
    std::stable_sort(
        members.begin(), members.end(), [](const DomMember& a, const DomMember& b) { return keyLess(a.key, b.key); });
    // Of equal keys keep the last, as QJsonDocument does.
    std::vector<DomMember> unique;
    unique.reserve(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i + 1 < members.size() && members[i].key == members[i + 1].key) {
            continue;
        }
        unique.push_back(members[i]);
    }
    return unique;
}

// Reads the bytes with simdjson when it reads them as QJsonDocument does; nullptr leaves them to QJsonDocument.
// What Qt 6 does otherwise, and simdjson accepts: refuses a scalar document and a number that underflows to
// zero (simdjson's tape keeps no text, so every zero written as a fraction or exponent goes to Qt), and drops
// a raw U+FEFF that opens a string. What simdjson refuses and Qt reads (a raw control character, a lone
// surrogate escape, "1." or ".5", a byte order mark) goes to Qt as well.
// True when a byte of text is 0xEF or above: the first byte of U+FEFF or of a character above U+FFFF.
bool hasHighBytes(const char* text, std::size_t size)
{
    constexpr std::size_t Block = 64;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text);
    std::size_t i = 0;
    for (; i + Block <= size; i += Block) {
        uint8_t high = 0;
        for (std::size_t j = 0; j < Block; ++j) { // a whole block without branches: the compiler vectorises it
            high |= uint8_t(bytes[i + j] >= 0xef);
        }
        if (high) {
            return true;
        }
    }
    for (; i < size; ++i) {
        if (bytes[i] >= 0xef) {
            return true;
        }
    }
    return false;
}

// The strings of a tape that Qt reads otherwise: one that opens with U+FEFF (Qt drops it; whether it was escaped
// is not on the tape), a key above U+FFFF (Qt's order of escaped keys is not that of their bytes, see keyLess).
bool hasStringsQtReadsOtherwise(const uint64_t* tape, std::size_t end, const uint8_t* strings)
{
    std::vector<bool> inObject; // per open container below the root: an object (its next entry is a key)
    bool key = false;
    for (std::size_t i = 1; i < end; ++i) {
        const auto entry = char(tape[i] >> 56);
        if (entry == '}' || entry == ']') {
            inObject.pop_back();
            key = !inObject.empty() && inObject.back();
            continue;
        }
        if (entry == '{' || entry == '[') {
            inObject.push_back(entry == '{');
            key = entry == '{';
            continue;
        }
        if (entry == '"') {
            uint32_t length = 0;
            const uint8_t* at = strings + (tape[i] & simdjson::internal::JSON_VALUE_MASK);
            std::memcpy(&length, at, sizeof length);
            const uint8_t* chars = at + sizeof length;
            if (length >= 3 && chars[0] == 0xef && chars[1] == 0xbb && chars[2] == 0xbf) {
                return true;
            }
            if (key && std::any_of(chars, chars + length, [](uint8_t byte) { return byte >= 0xf0; })) {
                return true;
            }
        } else if (entry == 'l' || entry == 'u' || entry == 'd') {
            ++i;
        }
        key = !key && !inObject.empty() && inObject.back();
    }
    return false;
}

// Asks for transparent huge pages for a big buffer not touched yet: reading a 30 MB text into fresh memory
// otherwise spends more time in page faults than in parsing.
void adviseHugePages(void* buffer, std::size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t HugePage = 2 * 1024 * 1024;
    const std::size_t skip = (HugePage - reinterpret_cast<std::uintptr_t>(buffer) % HugePage) % HugePage;
    if (size > skip + HugePage) {
        const std::size_t length = (size - skip) / HugePage * HugePage;
        (void)madvise(static_cast<char*>(buffer) + skip, length, MADV_HUGEPAGE);
    }
#else
    Q_UNUSED(buffer)
    Q_UNUSED(size)
#endif
}

// A parser kept for small texts, so that reading a token or a small account allocates nothing but its document.
// Bigger texts get a parser of their own, freed at once, rather than keeping megabytes for the next one.
constexpr std::size_t KeptParserCapacity = 256 * 1024;

// Reads the bytes with simdjson when it reads them as QJsonDocument does; false leaves them to QJsonDocument.
// What Qt 6.4 does otherwise, and simdjson accepts: refuses a scalar document and a number that underflows to
// zero (simdjson's tape keeps no text, so every zero written as a fraction or exponent goes to Qt), drops a raw
// U+FEFF that opens a string, and sorts escaped keys by UTF-16 code units. What simdjson refuses and Qt reads (a
// raw control character, a lone surrogate escape, "1." or ".5", a byte order mark, a number beyond 64 bits) goes
// to Qt as well.
bool readDom(const QByteArray& bytes, simdjson::dom::document* document)
{
    if (bytes.isEmpty()) {
        return false;
    }
    const char* text = bytes.constData();
    const auto size = std::size_t(bytes.size());
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; copy only when the array has no room for them.
    // (Qt 6.4 has no const data_ptr(); freeSpaceAtEnd() only reads.)
    const qsizetype room = const_cast<QByteArray&>(bytes).data_ptr().freeSpaceAtEnd();
    const bool padded = room >= qsizetype(simdjson::SIMDJSON_PADDING);
    // A small text is read into the kept parser's own document, whose buffers stay for the next one, and what it
    // used is copied out below; a big one straight into the model's document, by a parser of its own.
    thread_local simdjson::dom::parser keptParser(KeptParserCapacity);
    std::optional<simdjson::dom::parser> ownParser;
    simdjson::dom::document* parsed = document;
    if (size <= KeptParserCapacity) {
        if (keptParser.parse(text, size, !padded).error()) {
            return false;
        }
        parsed = &keptParser.doc;
    } else {
        // The document's buffers, and the padded copy of the text if one is needed, are fresh memory.
        if (document->allocate(size) != simdjson::SUCCESS) {
            return false;
        }
        adviseHugePages(document->tape.get(), size * sizeof(uint64_t));
        adviseHugePages(document->string_buf.get(), size + size / 2);
        std::unique_ptr<char[]> copy;
        if (!padded) {
            copy = std::make_unique_for_overwrite<char[]>(size + simdjson::SIMDJSON_PADDING);
            adviseHugePages(copy.get(), size);
            std::memcpy(copy.get(), text, size);
        }
        // So are the parser's structural indexes (4 bytes per input byte, a fifth of them touched).
        simdjson::dom::parser& parser = ownParser.emplace(size);
        if (parser.allocate(size) != simdjson::SUCCESS) {
            return false;
        }
        adviseHugePages(parser.implementation->structural_indexes.get(), size * sizeof(uint32_t));
        if (parser.parse_into_document(*document, copy ? copy.get() : text, size, false).error()) {
            return false;
        }
    }
    const uint64_t* tape = parsed->tape.get();
    const std::size_t end = std::size_t(tape[0] & simdjson::internal::JSON_VALUE_MASK); // the closing root
    const auto type = [tape](std::size_t i) {
        return char(tape[i] >> 56);
    };
    if (end < 2 || (type(1) != '{' && type(1) != '[')) {
        return false; // a scalar document, which QJsonDocument refuses
    }
    std::size_t lastString = 0;
    for (std::size_t i = 1; i < end; ++i) {
        const char entry = type(i);
        if (entry == '"') {
            lastString = i;
        } else if (entry == 'l' || entry == 'u') {
            ++i;
        } else if (entry == 'd') {
            ++i;
            double number = 0;
            std::memcpy(&number, tape + i, sizeof number);
            if (number == 0) {
                return false; // maybe an underflow ("1e-400"), which Qt refuses
            }
        }
    }
    const uint8_t* strings = parsed->string_buf.get();
    // Only a text with such bytes, or with escapes that make them, can hold such a string.
    const bool mayHold = hasHighBytes(text, size) || std::memchr(text, '\\', size) != nullptr;
    if (mayHold && hasStringsQtReadsOtherwise(tape, end, strings)) {
        return false;
    }
    // The parser sized both buffers for the worst case (8 bytes of tape and 1.7 of strings per input byte); the
    // model keeps what this text used. Strings are written in the order of the text, so the last one ends the buffer.
    std::size_t stringsUsed = 0;
    if (lastString > 0) {
        uint32_t length = 0;
        const std::size_t offset = std::size_t(tape[lastString] & simdjson::internal::JSON_VALUE_MASK);
        std::memcpy(&length, strings + offset, sizeof length);
        stringsUsed = offset + sizeof length + length + 1;
    }
    auto trimmedTape = std::make_unique_for_overwrite<uint64_t[]>(end + 1);
    if (size > KeptParserCapacity) {
        adviseHugePages(trimmedTape.get(), (end + 1) * sizeof(uint64_t));
    }
    std::memcpy(trimmedTape.get(), tape, (end + 1) * sizeof(uint64_t));
    auto trimmedStrings = std::make_unique_for_overwrite<uint8_t[]>(stringsUsed + 1);
    std::memcpy(trimmedStrings.get(), strings, stringsUsed);
    document->tape = std::move(trimmedTape);
    document->string_buf = std::move(trimmedStrings);
    return true;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoot(std::unique_ptr<Node> root, std::shared_ptr<const Dom> dom)
{
    beginResetModel();
    // A big tree (the 4 MB account: its DOM, its whole value made for the filter, thousands of nodes) takes tens of
    // milliseconds to free: a worker thread does it, so that the next answer shows at once. After the reset nothing
    // here refers to the old nodes any more; the nodes go before the document they point into.
    if (m_domBytes >= BackgroundValueBytes || m_nodeCount >= BackgroundFreeNodes) {
        // The pair's members go in reverse order: the nodes first, then the document.
        freeInBackground(
            std::pair<std::shared_ptr<const Dom>, std::unique_ptr<Node>>(std::move(m_dom), std::move(m_root)));
    }
    m_root.reset(); // before the document its nodes point into
    m_dom = std::move(dom);
    m_domBytes = 0;
    m_preparing = false;
    m_root = std::move(root);
    if (m_root) {
        m_root->path = JsonPath::root();
    }
    m_nodeCount = m_root ? 1 : 0;
    endResetModel();
}

void JsonTreeModel::setJson(const QJsonValue& root)
{
    auto node = std::make_unique<Node>();
    node->value = root;
    node->type = root.type();
    setRoot(std::move(node), nullptr);
}

bool JsonTreeModel::setJsonBytes(const QByteArray& bytes, const QString& path, QJsonParseError* error)
{
    QList<JsonPath::Segment> segments;
    if (!path.isEmpty() && !JsonPath::split(path, &segments)) {
        clear();
        return false;
    }
    auto dom = std::make_shared<Dom>();
    if (readDom(bytes, &dom->document)) {
        if (error) {
            *error = QJsonParseError { 0, QJsonParseError::NoError };
        }
        DomElement element = dom->document.root();
        for (const JsonPath::Segment& segment : std::as_const(segments)) {
            std::optional<DomElement> next;
            if (segment.isIndex && element.is_array()) {
                const auto item = domGet<simdjson::dom::array>(element).at(std::size_t(segment.index));
                if (!item.error()) {
                    next = item.value_unsafe();
                }
            } else if (!segment.isIndex && element.is_object()) {
                const QByteArray key = segment.key.toUtf8();
                const std::string_view wanted(key.constData(), std::size_t(key.size()));
                for (const simdjson::dom::key_value_pair member : domGet<simdjson::dom::object>(element)) {
                    if (member.key == wanted) {
                        next = member.value; // of duplicate keys the last, as in Qt
                    }
                }
            }
            if (!next) {
                clear();
                return false;
            }
            element = *next;
        }
        auto node = std::make_unique<Node>();
        node->element = element;
        node->type = domType(element);
        node->hasValue = false;
        setRoot(std::move(node), std::move(dom));
        m_domBytes = bytes.size();
        return true;
    }
    dom.reset();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (error) {
        *error = parseError;
    }
    if (parseError.error != QJsonParseError::NoError) {
        clear();
        return false;
    }
    QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    for (const JsonPath::Segment& segment : std::as_const(segments)) {
        if (segment.isIndex && value.isArray() && segment.index < value.toArray().size()) {
            value = value.toArray().at(segment.index);
        } else if (!segment.isIndex && value.isObject() && value.toObject().contains(segment.key)) {
            value = value.toObject().value(segment.key);
        } else {
            clear();
            return false;
        }
    }
    setJson(value);
    return true;
}

JsonTreeModel::Backing JsonTreeModel::backing() const
{
    if (!m_root) {
        return Backing::None;
    }
    return m_dom ? Backing::Dom : Backing::Value;
}

void JsonTreeModel::clear()
{
    setRoot(nullptr, nullptr);
}

bool JsonTreeModel::isValueReady() const
{
    return m_root && m_root->hasValue;
}

bool JsonTreeModel::prepareJson()
{
    if (!m_root || m_root->hasValue || !m_dom || m_domBytes < BackgroundValueBytes) {
        return true; // ready, or made on the spot in a moment
    }
    if (!m_preparing) {
        m_preparing = true;
        const std::shared_ptr<const Dom> kept = m_dom; // the document stays while the worker reads it
        runInBackground(
            this, [kept, element = m_root->element] { return domValue(element); },
            [this, kept](const QJsonValue& value) {
                if (m_dom != kept) {
                    return; // other JSON meanwhile: its own prepareJson() asks again
                }
                m_preparing = false;
                if (m_root && !m_root->hasValue) {
                    m_root->value = value;
                    m_root->hasValue = true;
                }
                Q_EMIT jsonPrepared();
            });
    }
    return false;
}

QJsonValue JsonTreeModel::json() const
{
    return m_root ? valueOf(m_root.get()) : QJsonValue(QJsonValue::Undefined);
}

const QJsonValue& JsonTreeModel::valueOf(Node* node) const
{
    if (!node->hasValue) {
        node->value = domValue(node->element);
        node->hasValue = true;
    }
    return node->value;
}

const QString& JsonTreeModel::pathOf(Node* node)
{
    if (node->path.isEmpty()) {
        const QString& parentPath = pathOf(node->parent);
        node->path = node->isArrayElement ? JsonPath::child(parentPath, qsizetype(node->row))
                                          : JsonPath::child(parentPath, node->key);
    }
    return node->path;
}

int JsonTreeModel::childCount(Node* node) const
{
    qsizetype count = 0;
    if (node->type != QJsonValue::Object && node->type != QJsonValue::Array) {
        return 0;
    }
    if (!m_dom || node->hasValue) {
        count = node->value.isObject() ? node->value.toObject().size() : node->value.toArray().size();
    } else {
        constexpr std::size_t TapeCountLimit = 0xffffff; // simdjson's count of an array's items saturates there
        std::size_t items = TapeCountLimit;
        if (node->type == QJsonValue::Array && !node->membersGathered) {
            items = domGet<simdjson::dom::array>(node->element).size();
        }
        if (items < TapeCountLimit) {
            return int(items);
        }
        if (!node->membersGathered) {
            node->members = gatherMembers(node->element);
            node->membersGathered = true;
        }
        count = qsizetype(node->members.size());
    }
    return int(qMin<qsizetype>(count, std::numeric_limits<int>::max()));
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
    if (!m_extraMask || node->type == QJsonValue::Object || node->type == QJsonValue::Array) {
        return false;
    }
    return m_extraMask(pathOf(node), valueOf(node));
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
    return m_root && (m_root->type == QJsonValue::Object || m_root->type == QJsonValue::Array);
}

void JsonTreeModel::emitDataChangedForBuiltNodes(int firstColumn, int lastColumn)
{
    if (!m_root) {
        return;
    }
    if (!rootIsHidden()) {
        if (m_root->type != QJsonValue::Undefined) {
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
        parent->children.resize(size_t(childCount(parent)));
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
        if (m_dom && !parent->hasValue) {
            if (!parent->membersGathered) {
                parent->members = gatherMembers(parent->element);
                parent->membersGathered = true;
            }
            const DomMember& member = parent->members[size_t(row)];
            node->element = member.value;
            node->type = domType(member.value);
            node->hasValue = false;
            if (parent->type == QJsonValue::Object) {
                node->key = fromUtf8(member.key);
            } else {
                node->isArrayElement = true;
            }
        } else if (parent->value.isObject()) {
            const QJsonObject object = parent->value.toObject();
            const auto it = object.constBegin() + row;
            node->key = it.key();
            node->value = it.value();
            node->type = node->value.type();
        } else {
            node->isArrayElement = true;
            node->value = parent->value.toArray().at(row);
            node->type = node->value.type();
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
        if (row != 0 || m_root->type == QJsonValue::Undefined) {
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
        return m_root->type == QJsonValue::Undefined ? 0 : 1;
    }
    if (parent.isValid() && parent.column() != KeyColumn) {
        return 0;
    }
    Node* node = visibleParentOf(parent);
    return node ? childCount(node) : 0;
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
        node->annotation = m_annotator ? m_annotator(pathOf(node), valueOf(node)) : JsonAnnotation();
    }
    return *node->annotation;
}

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
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

QString JsonTreeModel::nodeText(Node* node) const
{
    if (node->type == QJsonValue::Object) {
        return tr("{%n key(s)}", nullptr, childCount(node));
    }
    if (node->type == QJsonValue::Array) {
        return tr("[%Ln item(s)]", nullptr, childCount(node));
    }
    if (!node->hasValue && node->type == QJsonValue::String) {
        // Straight from the DOM: a QJsonValue holding a string would allocate twice more only to give it back.
        const QString text = fromUtf8(domGet<std::string_view>(node->element));
        return isPlain(text) ? text : escapeForDisplay(text);
    }
    return displayText(valueOf(node));
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    Node* node = nodeFor(index);
    if (!node) {
        return {};
    }

    switch (role) {
    case JsonPathRole:
        return pathOf(node);
    case JsonValueRole:
        return QVariant::fromValue(valueOf(node));
    case ValueTypeRole:
        return typeName(node->type);
    case IsSecretRole:
        if (annotationOf(node).isSecret || isExtraMasked(node)) {
            return true;
        }
        return m_extraMask && (node->type == QJsonValue::Object || node->type == QJsonValue::Array)
            && holdsExtraMasked(valueOf(node), pathOf(node));
    case Qt::ToolTipRole: {
        if (isExtraMasked(node)) {
            return m_extraMaskText;
        }
        const JsonAnnotation& annotation = annotationOf(node);
        if (!annotation.toolTip.isEmpty()) {
            return annotation.toolTip;
        }
        return pathOf(node);
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case KeyColumn:
        if (node == m_root.get()) {
            return pathOf(node);
        }
        if (node->isArrayElement) {
            return u"[%1]"_s.arg(node->row);
        }
        return isPlain(node->key) ? node->key : escapeForDisplay(node->key);
    case ValueColumn: {
        if (isExtraMasked(node)) {
            return m_extraMaskText;
        }
        const JsonAnnotation& annotation = annotationOf(node);
        if (annotation.isSecret && m_maskSecrets) {
            return maskedText(valueOf(node));
        }
        if (!annotation.valueText.isEmpty()) {
            return annotation.valueText;
        }
        return nodeText(node);
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
        return rootIsHidden() || m_root->type == QJsonValue::Undefined ? QModelIndex()
                                                                       : createIndex(0, KeyColumn, m_root.get());
    }

    Node* node = m_root.get();
    for (const JsonPath::Segment& segment : std::as_const(segments)) {
        int row = -1;
        if (segment.isIndex) {
            if (node->type != QJsonValue::Array || segment.index >= childCount(node)) {
                return {};
            }
            row = int(segment.index);
        } else if (node->type != QJsonValue::Object) {
            return {};
        } else if (m_dom && !node->hasValue) {
            const int rows = childCount(node); // gathers the members
            const QByteArray key = segment.key.toUtf8();
            const std::string_view wanted(key.constData(), std::size_t(key.size()));
            for (int i = 0; i < rows; ++i) {
                if (node->members[size_t(i)].key == wanted) {
                    row = i;
                    break;
                }
            }
            if (row < 0) {
                return {};
            }
        } else {
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

bool JsonTreeModel::isPlain(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
        [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f && c.unicode() != u'\\'; });
}

QString JsonTreeModel::escapeForDisplay(QStringView text)
{
    // Most keys and values are printable ASCII without a backslash: nothing to escape.
    if (isPlain(text)) {
        return text.toString();
    }
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
    case QJsonValue::String: {
        const QString text = value.toString();
        return isPlain(text) ? text : escapeForDisplay(text);
    }
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
