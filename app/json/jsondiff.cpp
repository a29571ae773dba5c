#include "jsondiff.h"

#include "ticketfields.h"

#include "json/jsonpath.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Placeholders for the wildcards while JsonPath::split parses a pattern; no real key holds them.
const QString AnyIndexMarker = u"\x01*"_s;
const QString AnyKeyMarker = u"\x02*"_s;

struct PatternSegment
{
    enum class Type
    {
        Key,
        Index,
        AnyIndex,
        AnyKey
    };
    Type type = Type::Key;
    QString key;
    qsizetype index = -1;

    bool matches(const JsonPath::Segment& segment) const
    {
        switch (type) {
        case Type::Key:
            return !segment.isIndex && segment.key == key;
        case Type::Index:
            return segment.isIndex && segment.index == index;
        case Type::AnyIndex:
            return segment.isIndex;
        case Type::AnyKey:
            return !segment.isIndex;
        }
        return false;
    }
};

struct Pattern
{
    bool floating = false; // matches the tail of a path, at any depth
    QList<PatternSegment> segments;

    bool matches(const QList<JsonPath::Segment>& path) const
    {
        const qsizetype n = segments.size();
        const qsizetype m = path.size();
        if (floating ? n > m : n != m) {
            return false;
        }
        const qsizetype offset = m - n;
        for (qsizetype i = 0; i < n; ++i) {
            if (!segments.at(i).matches(path.at(offset + i))) {
                return false;
            }
        }
        return true;
    }
};

// Replaces `[*]` and `.*` outside quoted keys by quoted placeholder keys.
QString markWildcards(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            out += c;
            if (c == u'\\' && i + 1 < text.size()) {
                out += text.at(++i);
            } else if (c == u'"') {
                quoted = false;
            }
            continue;
        }
        if (c == u'[' && text.mid(i, 3) == u"[*]"_s) {
            out += u"[\""_s + AnyIndexMarker + u"\"]"_s;
            i += 2;
        } else if (c == u'.' && text.mid(i, 2) == u".*"_s
            && (i + 2 == text.size() || text.at(i + 2) == u'.' || text.at(i + 2) == u'[')) {
            out += u"[\""_s + AnyKeyMarker + u"\"]"_s;
            i += 1;
        } else {
            if (c == u'"' && i > 0 && text.at(i - 1) == u'[') {
                quoted = true;
            }
            out += c;
        }
    }
    return out;
}

bool parsePattern(const QString& text, Pattern* pattern)
{
    if (text.isEmpty()) {
        return false;
    }
    Pattern result;
    QString path;
    if (text.startsWith(u".."_s)) {
        result.floating = true;
        const QString rest = text.mid(2);
        if (rest.isEmpty()) {
            return false;
        }
        path = rest.startsWith(u'[') ? u"$"_s + rest : u"$."_s + rest;
    } else if (text.startsWith(u'$')) {
        path = text;
    } else {
        path = text.startsWith(u'[') ? u"$"_s + text : u"$."_s + text;
    }
    QList<JsonPath::Segment> segments;
    if (!JsonPath::split(markWildcards(path), &segments)) {
        return false;
    }
    for (const JsonPath::Segment& segment : std::as_const(segments)) {
        PatternSegment p;
        if (segment.isIndex) {
            p.type = PatternSegment::Type::Index;
            p.index = segment.index;
        } else if (segment.key == AnyIndexMarker) {
            p.type = PatternSegment::Type::AnyIndex;
        } else if (segment.key == AnyKeyMarker) {
            p.type = PatternSegment::Type::AnyKey;
        } else {
            p.key = segment.key;
        }
        result.segments.append(p);
    }
    if (result.floating && result.segments.isEmpty()) {
        return false;
    }
    *pattern = std::move(result);
    return true;
}

bool numbersEqual(const QJsonValue& a, const QJsonValue& b)
{
    // toInteger() answers its default for non-integral values; two defaults tell them apart.
    const qint64 ia = a.toInteger(0);
    const qint64 ib = b.toInteger(0);
    const bool aIsInteger = ia != 0 || a.toInteger(1) == 0;
    const bool bIsInteger = ib != 0 || b.toInteger(1) == 0;
    if (aIsInteger && bIsInteger) {
        return ia == ib;
    }
    return a.toDouble() == b.toDouble();
}

// A hashable text for an identity value: numbers by value (1 and 1.0 alike), strings as they are.
bool identityOf(const QJsonValue& element, const QString& key, QString* identity)
{
    if (!element.isObject()) {
        return false;
    }
    const QJsonValue value = element.toObject().value(key);
    if (value.isString()) {
        *identity = u's' + value.toString();
        return true;
    }
    if (value.isDouble()) {
        const qint64 i0 = value.toInteger(0);
        if (i0 != 0 || value.toInteger(1) == 0) {
            *identity = u'n' + QString::number(i0);
        } else {
            *identity = u'n' + QString::number(value.toDouble(), 'g', 17);
        }
        return true;
    }
    return false;
}

// Index of every element by its identity; false when one lacks it or two share one.
bool indexByIdentity(
    const QJsonArray& array, const QString& key, QStringList* identities, QHash<QString, qsizetype>* positions)
{
    identities->clear();
    positions->clear();
    identities->reserve(array.size());
    positions->reserve(array.size());
    QString identity;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!identityOf(array.at(i), key, &identity)) {
            return false;
        }
        if (positions->contains(identity)) {
            return false;
        }
        positions->insert(identity, i);
        identities->append(identity);
    }
    return true;
}

class Differ
{
public:
    Differ(const JsonDiff::Options& options, JsonDiff::Result* result)
        : m_options(options)
        , m_result(result)
    {
        m_keys = options.ignoredKeys;
        QStringList patterns = options.ignoredPaths;
        if (options.ignoreVolatile) {
            const QStringList keys = JsonDiff::volatileKeys();
            for (const QString& key : keys) {
                m_keys.insert(key);
            }
            patterns += JsonDiff::volatilePaths();
        }
        for (const QString& text : std::as_const(patterns)) {
            Pattern pattern;
            if (parsePattern(text, &pattern)) {
                m_patterns.append(pattern);
            } else {
                m_result->invalidPatterns.append(text);
            }
        }
    }

    void run(const QJsonValue& a, const QJsonValue& b)
    {
        const QString root = JsonPath::root();
        visit(&a, &b, root, root);
    }

private:
    bool isIgnored() const
    {
        if (!m_stack.isEmpty() && !m_stack.constLast().isIndex && m_keys.contains(m_stack.constLast().key)) {
            return true;
        }
        for (const Pattern& pattern : m_patterns) {
            if (pattern.matches(m_stack)) {
                return true;
            }
        }
        return false;
    }

    void record(JsonDifference::Kind kind, const QString& beforePath, const QString& afterPath,
        const QJsonValue& before, const QJsonValue& after)
    {
        JsonDifference difference;
        difference.kind = kind;
        difference.beforePath = beforePath;
        difference.afterPath = afterPath;
        difference.path = afterPath.isEmpty() ? beforePath : afterPath;
        difference.before = before;
        difference.after = after;
        m_result->differences.append(std::move(difference));
    }

    // One node, present on one side or both, whose segment is already on the stack.
    void visit(const QJsonValue* a, const QJsonValue* b, const QString& pathA, const QString& pathB)
    {
        if (isIgnored()) {
            if (!a || !b || !JsonDiff::equal(*a, *b)) {
                m_result->ignored.append(a ? pathA : pathB);
            }
            return;
        }
        if (!a) {
            record(JsonDifference::Kind::Added, {}, pathB, QJsonValue::Undefined, *b);
        } else if (!b) {
            record(JsonDifference::Kind::Removed, pathA, {}, *a, QJsonValue::Undefined);
        } else {
            compareValues(*a, *b, pathA, pathB);
        }
    }

    void compareValues(const QJsonValue& a, const QJsonValue& b, const QString& pathA, const QString& pathB)
    {
        if (m_options.isAtomic && (m_options.isAtomic(a) || m_options.isAtomic(b))) {
            if (!JsonDiff::equal(a, b)) {
                record(a.type() == b.type() ? JsonDifference::Kind::Changed : JsonDifference::Kind::TypeChanged, pathA,
                    pathB, a, b);
            }
            return;
        }
        if (a.type() != b.type()) {
            record(JsonDifference::Kind::TypeChanged, pathA, pathB, a, b);
            return;
        }
        if (a.isObject()) {
            compareObjects(a.toObject(), b.toObject(), pathA, pathB);
        } else if (a.isArray()) {
            compareArrays(a.toArray(), b.toArray(), pathA, pathB);
        } else if (!JsonDiff::equal(a, b)) {
            record(JsonDifference::Kind::Changed, pathA, pathB, a, b);
        }
    }

    void compareObjects(const QJsonObject& a, const QJsonObject& b, const QString& pathA, const QString& pathB)
    {
        QStringList keys = a.keys();
        for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
            if (!a.contains(it.key())) {
                keys.append(it.key());
            }
        }
        std::sort(keys.begin(), keys.end());
        for (const QString& key : std::as_const(keys)) {
            const auto ia = a.constFind(key);
            const auto ib = b.constFind(key);
            const bool inA = ia != a.constEnd();
            const bool inB = ib != b.constEnd();
            const QJsonValue va = inA ? QJsonValue(ia.value()) : QJsonValue();
            const QJsonValue vb = inB ? QJsonValue(ib.value()) : QJsonValue();
            m_stack.append(JsonPath::Segment { key, -1, false });
            visit(inA ? &va : nullptr, inB ? &vb : nullptr, inA ? JsonPath::child(pathA, key) : QString(),
                inB ? JsonPath::child(pathB, key) : QString());
            m_stack.removeLast();
        }
    }

    void compareArrays(const QJsonArray& a, const QJsonArray& b, const QString& pathA, const QString& pathB)
    {
        QStringList identitiesA;
        QStringList identitiesB;
        QHash<QString, qsizetype> positionsA;
        QHash<QString, qsizetype> positionsB;
        bool byIdentity = false;
        if (!a.isEmpty() && !b.isEmpty()) {
            for (const QString& key : m_options.identityKeys) {
                if (indexByIdentity(a, key, &identitiesA, &positionsA)
                    && indexByIdentity(b, key, &identitiesB, &positionsB)) {
                    byIdentity = true;
                    break;
                }
            }
        }
        if (!byIdentity) {
            const qsizetype n = std::max(a.size(), b.size());
            for (qsizetype i = 0; i < n; ++i) {
                const bool inA = i < a.size();
                const bool inB = i < b.size();
                const QJsonValue va = inA ? a.at(i) : QJsonValue();
                const QJsonValue vb = inB ? b.at(i) : QJsonValue();
                element(inA ? &va : nullptr, inB ? &vb : nullptr, pathA, pathB, i, i);
            }
            return;
        }
        // The order of the second value; what only the first holds comes last.
        for (qsizetype j = 0; j < b.size(); ++j) {
            const qsizetype i = positionsA.value(identitiesB.at(j), -1);
            const QJsonValue vb = b.at(j);
            if (i >= 0) {
                const QJsonValue va = a.at(i);
                element(&va, &vb, pathA, pathB, i, j);
            } else {
                element(nullptr, &vb, pathA, pathB, -1, j);
            }
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!positionsB.contains(identitiesA.at(i))) {
                const QJsonValue va = a.at(i);
                element(&va, nullptr, pathA, pathB, i, -1);
            }
        }
    }

    void element(const QJsonValue* a, const QJsonValue* b, const QString& pathA, const QString& pathB, qsizetype indexA,
        qsizetype indexB)
    {
        m_stack.append(JsonPath::Segment { QString(), b ? indexB : indexA, true });
        visit(a, b, a ? JsonPath::child(pathA, indexA) : QString(), b ? JsonPath::child(pathB, indexB) : QString());
        m_stack.removeLast();
    }

    const JsonDiff::Options& m_options;
    JsonDiff::Result* m_result;
    QSet<QString> m_keys;
    QList<Pattern> m_patterns;
    QList<JsonPath::Segment> m_stack;
};

} // namespace

QList<JsonDifference> JsonDiff::compare(const QJsonValue& a, const QJsonValue& b)
{
    return compareDetailed(a, b, Options()).differences;
}

QList<JsonDifference> JsonDiff::compare(const QJsonValue& a, const QJsonValue& b, const Options& options)
{
    return compareDetailed(a, b, options).differences;
}

JsonDiff::Result JsonDiff::compareDetailed(const QJsonValue& a, const QJsonValue& b, const Options& options)
{
    Result result;
    Differ differ(options, &result);
    differ.run(a, b);
    return result;
}

bool JsonDiff::equal(const QJsonValue& a, const QJsonValue& b)
{
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case QJsonValue::Double:
        return numbersEqual(a, b);
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!equal(x.at(i), y.at(i))) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size()) {
            return false;
        }
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd() || !equal(it.value(), other.value())) {
                return false;
            }
        }
        return true;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    }
    return false;
}

bool JsonDiff::isValidPattern(const QString& pattern)
{
    Pattern parsed;
    return parsePattern(pattern, &parsed);
}

QStringList JsonDiff::volatileKeys()
{
    // Claims and ticket members that differ between two logins of one customer.
    return QStringList { u"iat"_s, u"exp"_s, u"nbf"_s, u"jti"_s, u"rnd"_s, u"sid"_s } + TicketFields::expirations()
        + TicketFields::tokens() + QStringList { u"b.PreviousAnonymousId"_s };
}

QStringList JsonDiff::volatilePaths()
{
    // Kibo's session claim, once ClaimCatalogue::expandNested has parsed it: id, created, expiry.
    return { u"..[\"b._sess_\"].i"_s, u"..[\"b._sess_\"].c"_s, u"..[\"b._sess_\"].e"_s };
}

QStringList JsonDiff::defaultIdentityKeys()
{
    return { u"id"_s, u"attributeDefinitionId"_s };
}
