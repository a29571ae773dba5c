#include "jwtdecoder.h"

#include "jwt/base64url.h"
#include "jwt/claimcatalogue.h"
#include "logging.h"

#include "json/jsondom.h"
#include "json/jsontreemodel.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <unordered_set>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace {

enum class Segment
{
    Header,
    Payload,
    Signature
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

QString shortened(const QString& text, qsizetype max = 40)
{
    return text.size() <= max ? text : text.left(max) + u'…';
}

// What QJsonDocument does not tell: duplicate keys, depth. Walks the text once without recursion;
// it relies on QJsonDocument for validity and only tracks structure.
struct JsonShape
{
    QStringList duplicateKeys;
    int maxDepth = 0;
    bool tooDeep = false;
    bool rawControlCharacter = false; // RFC 8259 forbids them inside strings; Qt accepts them
    bool bomStartsString = false; // a raw U+FEFF first in a key or value: Qt's UTF-8 decoding drops it
};

QString unescapeJsonString(QByteArrayView raw)
{
    // raw: the bytes between the quotes. Good enough to compare keys; invalid escapes stay literal.
    QByteArray buffer;
    QString out;
    const auto flush = [&] {
        out += QString::fromUtf8(buffer);
        buffer.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            buffer.append(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'n':
            buffer.append('\n');
            break;
        case 't':
            buffer.append('\t');
            break;
        case 'r':
            buffer.append('\r');
            break;
        case 'b':
            buffer.append('\b');
            break;
        case 'f':
            buffer.append('\f');
            break;
        case 'u':
            if (i + 4 < raw.size()) {
                bool ok = false;
                const ushort unit = QByteArray(raw.sliced(i + 1, 4).data(), 4).toUShort(&ok, 16);
                if (ok) {
                    flush();
                    out += QChar(unit);
                    i += 4;
                    break;
                }
            }
            buffer.append('\\');
            buffer.append(e);
            break;
        default:
            buffer.append(e);
        }
    }
    flush();
    return out;
}

// One object or array open while scanning. An object's keys are kept as their raw bytes between the quotes while
// none has an escape: on valid UTF-8 without escapes, equal raw bytes are equal keys, so no key is decoded. An escape,
// or an object with many keys, switches the object to comparing decoded keys in a hash.
struct JsonFrame
{
    static constexpr qsizetype MaxRawKeys = 32;

    bool isObject = false;
    bool expectKey = false;
    bool hashed = false;
    QVarLengthArray<QByteArrayView, 16> rawKeys;
    QSet<QString> keys;

    // False when the object already has this key.
    bool insert(QByteArrayView raw)
    {
        if (!hashed && (std::memchr(raw.data(), '\\', size_t(raw.size())) || rawKeys.size() >= MaxRawKeys)) {
            hashed = true;
            for (const QByteArrayView& earlier : std::as_const(rawKeys)) {
                keys.insert(unescapeJsonString(earlier));
            }
            rawKeys.clear();
        }
        if (hashed) {
            const QString key = unescapeJsonString(raw);
            if (keys.contains(key)) {
                return false;
            }
            keys.insert(key);
            return true;
        }
        if (std::find(rawKeys.cbegin(), rawKeys.cend(), raw) != rawKeys.cend()) {
            return false;
        }
        rawKeys.append(raw);
        return true;
    }
};

// The bytes that end a run of plain string content: the closing quote, an escape, a raw control character.
constexpr std::array<bool, 256> StringStops = [] {
    std::array<bool, 256> stops {};
    for (int c = 0; c < 0x20; ++c) {
        stops[c] = true;
    }
    stops['"'] = true;
    stops['\\'] = true;
    return stops;
}();

// json must be valid UTF-8 (parseJson checks that first).
JsonShape scanJson(QByteArrayView json, int maxDepth)
{
    JsonShape shape;
    QVarLengthArray<JsonFrame, 8> stack;
    const char* const data = json.data();
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '{':
        case '[': {
            JsonFrame& frame = stack.emplace_back();
            frame.isObject = c == '{';
            frame.expectKey = c == '{';
            shape.maxDepth = qMax(shape.maxDepth, int(stack.size()));
            if (stack.size() > maxDepth) {
                shape.tooDeep = true;
                return shape;
            }
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().isObject) {
                stack.last().expectKey = true;
            }
            break;
        case '"': {
            const qsizetype start = i + 1;
            if (start + 3 <= size && std::memcmp(data + start, "\xEF\xBB\xBF", 3) == 0) {
                shape.bomStartsString = true;
            }
            qsizetype j = start;
            while (j < size) {
                // Most bytes of a string are none of the three that matter here: skip them by one lookup each.
                while (j < size && !StringStops[static_cast<unsigned char>(data[j])]) {
                    ++j;
                }
                if (j >= size || data[j] == '"') {
                    break;
                }
                if (data[j] == '\\') {
                    ++j; // the escaped character, whatever it is
                } else {
                    shape.rawControlCharacter = true;
                }
                ++j;
            }
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                JsonFrame& frame = stack.last();
                frame.expectKey = false;
                const QByteArrayView raw = json.sliced(start, qMin(j, size) - start);
                if (!frame.insert(raw)) {
                    const QString key = unescapeJsonString(raw);
                    if (!shape.duplicateKeys.contains(key)) {
                        shape.duplicateKeys.append(key);
                    }
                }
            }
            i = j;
            break;
        }
        default:
            break;
        }
    }
    return shape;
}

// Most tokens are ASCII: then there is nothing to decode to know the bytes are valid UTF-8.
bool isValidUtf8(QByteArrayView bytes)
{
    const char* const data = bytes.data();
    const qsizetype size = bytes.size();
    quint64 any = 0;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, data + i, 8);
        any |= word;
    }
    for (; i < size; ++i) {
        any |= static_cast<unsigned char>(data[i]);
    }
    if ((any & 0x8080808080808080ULL) == 0) {
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(decoder(bytes));
    return !decoder.hasError();
}

// ---- The fast reader: simdjson on the decoded bytes, trusted only where it reads them as QJsonDocument does ----

using DomElement = simdjson::dom::element;

using JsonDom::domGet;
using JsonDom::domValue;
using JsonDom::fromUtf8;

// What the header says that decoding needs, however it was read (of duplicate keys the last, as in Qt).
struct HeaderFacts
{
    bool algIsString = false; // "alg" is there and a string
    QString alg;
    QString type; // "typ" when a string
    QString keyId; // "kid" when a string
    QString cty; // when a string
    bool hasZip = false;
};

// Where an object sits: the members decoding reads are known by the object they are in.
enum class Scope : quint8
{
    Other,
    Header,
    Payload,
    UserClaims, // the object of the payload's user claims key
    AppClaims, // the object of the payload's app claims key
};

// What decoding reads of a header or a payload besides its shape: the header's fields, the claims the timeline and
// the result view use (of duplicate keys the last, as in Qt, and a user or app claims key again starts its claims
// afresh). The rules for a reading of simdjson's DOM (DomField) and of its tape (TapeField) alike: a Field tells
// whether it is a string, its string, and its value as Qt makes it.
struct FieldReading
{
    HeaderFacts facts;
    // Where a payload's claims go: the token's own (no copy in between). Null for a header, whose scope never reaches
    // the payload's. `wrote` tells that a claim was set, so that a reading that is not used can undo it.
    DecodedToken::Claims* claims = nullptr;
    bool wrote = false;

    // Back to nothing read: the claims as a token without them has.
    void reset()
    {
        facts = HeaderFacts();
        if (wrote) {
            *claims = DecodedToken::Claims();
            wrote = false;
        }
    }

    // What one member of an object in `scope` tells; the scope of its value when that is an object to read too.
    template <typename Field>
    Scope read(Scope scope, std::string_view key, const Field& value)
    {
        static const QByteArray userClaimsKey = ClaimCatalogue::UserClaimsKey.toUtf8();
        static const QByteArray appClaimsKey = ClaimCatalogue::AppClaimsKey.toUtf8();
        switch (scope) {
        case Scope::Header:
            if (isKey(key, "alg")) {
                facts.algIsString = value.isString();
                facts.alg = value.string();
            } else if (isKey(key, "typ")) {
                facts.type = value.string();
            } else if (isKey(key, "kid")) {
                facts.keyId = value.string();
            } else if (isKey(key, "cty")) {
                facts.cty = value.string();
            } else if (isKey(key, "zip")) {
                facts.hasZip = true;
            }
            break;
        case Scope::Payload:
            wrote = true;
            if (isKey(key, "nbf")) {
                claims->nbf = claim(value);
            } else if (isKey(key, "iat")) {
                claims->iat = claim(value);
            } else if (isKey(key, "exp")) {
                claims->exp = claim(value);
            } else if (isKey(key, "auth_time")) {
                claims->authTime = claim(value);
            } else if (isKey(key, userClaimsKey)) {
                claims->userClaimsExp = QJsonValue(QJsonValue::Undefined);
                claims->previousAnonymousId.clear();
                return Scope::UserClaims;
            } else if (isKey(key, appClaimsKey)) {
                claims->appClaimsExp = QJsonValue(QJsonValue::Undefined);
                return Scope::AppClaims;
            }
            break;
        case Scope::UserClaims:
            wrote = true;
            if (isKey(key, "exp")) {
                claims->userClaimsExp = claim(value);
            } else if (isKey(key, "b.PreviousAnonymousId")) {
                claims->previousAnonymousId = value.string();
            }
            break;
        case Scope::AppClaims:
            wrote = true;
            if (isKey(key, "exp")) {
                claims->appClaimsExp = claim(value);
            }
            break;
        case Scope::Other:
            break;
        }
        return Scope::Other;
    }

    // The DOM's reading of an object in `scope` and the objects in it that are read too.
    void readDom(const DomElement& object, Scope scope);

private:
    template <typename Field>
    static DecodedToken::ClaimValue claim(const Field& value)
    {
        return value.isString() ? DecodedToken::ClaimValue::fromString(value.string()) : value.json();
    }

    static bool isKey(std::string_view key, const QByteArray& name)
    {
        return key.size() == std::size_t(name.size()) && std::memcmp(key.data(), name.constData(), key.size()) == 0;
    }

    // A comparison of known length, unrolled by the compiler (memcmp stays a call).
    template <std::size_t N>
    static bool isKey(std::string_view key, const char (&name)[N])
    {
        if (key.size() != N - 1) {
            return false;
        }
        for (std::size_t k = 0; k + 1 < N; ++k) {
            if (key[k] != name[k]) {
                return false;
            }
        }
        return true;
    }
};

// A value of simdjson's DOM, for FieldReading.
struct DomField
{
    const DomElement& element;

    bool isString() const { return element.is_string(); }
    QString string() const { return isString() ? fromUtf8(domGet<std::string_view>(element)) : QString(); }
    QJsonValue json() const { return domValue(element); }
};

void FieldReading::readDom(const DomElement& object, Scope scope)
{
    for (const simdjson::dom::key_value_pair member : domGet<simdjson::dom::object>(object)) {
        const Scope inner = read(scope, member.key, DomField { member.value });
        if (inner != Scope::Other && member.value.is_object()) {
            readDom(member.value, inner);
        }
    }
}

// A value on simdjson's tape, for FieldReading. An object or array has no Qt value here: it sets `wholeValue`, and the
// caller reads the fields from the DOM instead (a time claim that is an object: never in a real token).
struct TapeField
{
    const simdjson::dom::document& document;
    std::size_t index;
    bool& wholeValue;

    bool isString() const { return JsonDom::tapeType(document, index) == '"'; }
    QString string() const { return isString() ? fromUtf8(JsonDom::tapeString(document, index)) : QString(); }
    QJsonValue json() const
    {
        const char type = JsonDom::tapeType(document, index);
        if (type == '{' || type == '[') {
            wholeValue = true;
            return QJsonValue(QJsonValue::Undefined);
        }
        return JsonDom::tapeScalar(document, index);
    }
};

// The objects a walk of a valid JSON text is in, to find duplicate keys (compared as their text, unescaped), and the
// fields decoding reads: what TapeWalk and ByteWalk share.
class KeyedWalk
{
public:
    QStringList duplicateKeys;
    qsizetype rootDuplicates = 0; // duplicate keys of the root object
    FieldReading fields;

protected:
    static constexpr qsizetype MaxListedKeys = 32; // then an object's keys go to a hash

    // An open object or array. The keys of every open object are listed in m_keys, each object's after its parent's.
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        Scope scope = Scope::Other;
        qsizetype firstKey = 0; // its keys in m_keys
        qsizetype hashed = -1; // its keys in m_hashed, past MaxListedKeys
        std::array<quint64, 2> seen {}; // a bit for each key's fingerprint: a key whose bit is clear is new
    };

    struct Key
    {
        quint64 fingerprint = 0;
        std::string_view text;
    };

    // An object (of `scope`: only an object has one) or an array opens.
    void open(bool isObject, Scope scope)
    {
        m_frames.append(Frame { isObject, isObject, isObject ? scope : Scope::Other, m_keyCount });
    }

    void close()
    {
        m_keyCount = m_frames.last().firstKey;
        if (m_frames.last().hashed >= 0) {
            m_hashed.pop_back();
        }
        m_frames.removeLast();
    }

    // Equal keys have equal fingerprints.
    static quint64 fingerprint(std::string_view text)
    {
        if (text.empty()) {
            return 0;
        }
        const auto byte = [&text](std::size_t k) {
            return quint64(static_cast<uchar>(text[k]));
        };
        return quint64(text.size()) | (byte(0) << 32) | (byte(text.size() / 2) << 40) | (byte(text.size() - 1) << 48);
    }

    void addKey(Frame& frame, int depth, std::string_view text)
    {
        bool seen = false;
        if (frame.hashed >= 0) {
            seen = !m_hashed[frame.hashed].insert(text).second;
        } else {
            const quint64 print = fingerprint(text);
            const unsigned bit = unsigned((print * 0x9E3779B97F4A7C15ULL) >> 57); // 0..127
            quint64& word = frame.seen[bit / 64];
            const quint64 mask = quint64(1) << (bit % 64);
            if ((word & mask) != 0) { // maybe seen: compare with the listed keys
                const Key* const end = m_keys.constData() + m_keyCount;
                for (const Key* key = m_keys.constData() + frame.firstKey; key != end; ++key) {
                    if (key->fingerprint == print && key->text == text) {
                        seen = true;
                        break;
                    }
                }
            }
            word |= mask;
            if (!seen && m_keyCount - frame.firstKey < MaxListedKeys) {
                if (m_keyCount == m_keys.size()) {
                    m_keys.append(Key { print, text });
                } else {
                    m_keys[m_keyCount] = Key { print, text };
                }
                ++m_keyCount;
            } else if (!seen) {
                std::unordered_set<std::string_view>& hashed = m_hashed.emplace_back();
                for (qsizetype k = frame.firstKey; k < m_keyCount; ++k) {
                    hashed.insert(m_keys[k].text);
                }
                hashed.insert(text);
                m_keyCount = frame.firstKey;
                frame.hashed = qsizetype(m_hashed.size()) - 1;
            }
        }
        if (!seen) {
            return;
        }
        if (depth == 1) {
            ++rootDuplicates;
        }
        const QString key = fromUtf8(text);
        if (!duplicateKeys.contains(key)) {
            duplicateKeys.append(key);
        }
    }

    QVarLengthArray<Frame, JwtDecoder::MaxJsonDepth> m_frames; // the open ones, the root first
    QVarLengthArray<Key, 64> m_keys; // holds at least m_keyCount: a closed object's keys are only counted out
    qsizetype m_keyCount = 0;
    std::vector<std::unordered_set<std::string_view>> m_hashed; // a stack, as the objects past MaxListedKeys nest
};

// What scanJson finds, and the fields decoding reads, in one pass over simdjson's tape of a valid text: depth,
// duplicate keys. `trusted` turns false on what QJsonDocument reads otherwise: a string that opens with U+FEFF (Qt
// drops it; only an escape can write it here, texts with bytes from 0xEF up go to Qt before) or a zero written as a
// fraction or exponent (maybe an underflow such as 1e-400, which Qt refuses). The tape is a flat loop, where the DOM's
// iterators cost a call and a type switch per value (a Kibo payload has ~100 values).
class TapeWalk : public KeyedWalk
{
public:
    bool tooDeep = false;
    bool trusted = true;
    bool wholeValue = false; // a field is an object or array: the fields are to be read from the DOM

    static bool opensWithBom(std::string_view text)
    {
        return text.size() >= 3 && text[0] == '\xEF' && text.substr(0, 3) == "\xEF\xBB\xBF";
    }

    // document: an object or an array. rootScope: Scope::Header or Scope::Payload.
    void walk(const simdjson::dom::document& document, Scope rootScope)
    {
        const std::size_t end = JsonDom::tapeEnd(document);
        Scope nextScope = rootScope; // of the object that opens next
        int depth = 0; // the root is at depth 1
        for (std::size_t i = 1; i < end; ++i) {
            const char type = JsonDom::tapeType(document, i);
            switch (type) {
            case '{':
            case '[':
                if (depth >= JwtDecoder::MaxJsonDepth) {
                    tooDeep = true;
                    return;
                }
                ++depth;
                open(type == '{', nextScope);
                nextScope = Scope::Other;
                continue; // a value once it closes
            case '}':
            case ']':
                close();
                --depth;
                break;
            case '"': {
                const std::string_view text = JsonDom::tapeString(document, i);
                if (opensWithBom(text)) {
                    trusted = false;
                    return;
                }
                Frame& frame = m_frames.last(); // a string is inside the root
                if (frame.isObject && frame.expectKey) {
                    frame.expectKey = false;
                    addKey(frame, depth, text);
                    if (frame.scope != Scope::Other) {
                        nextScope = fields.read(frame.scope, text, TapeField { document, i + 1, wholeValue });
                    }
                    continue; // its value follows
                }
                break;
            }
            case 'l':
            case 'u':
                ++i; // the value's word
                break;
            case 'd':
                if (JsonDom::tapeNumber<double>(document, i++) == 0) {
                    trusted = false;
                    return;
                }
                break;
            default: // true, false, null
                break;
            }
            nextScope = Scope::Other;
            if (depth > 0 && m_frames.last().isObject) {
                m_frames.last().expectKey = true; // a value ended: a key or the end comes next
            }
        }
    }
};

// ---- The byte reader: the JSON a Kibo token holds, read from its bytes without a parser's fixed cost ----
//
// ByteWalk reads a text only when it is in a plain subset of JSON that every reader here reads alike: an object at the
// root, at most MaxJsonDepth deep, ASCII without control characters, strings whose escapes are the two-character ones
// (\" \\ \/ \b \f \n \r \t; a key or a field decoding reads has none), integers of at most 18 digits but "-0", true,
// false, null, and JSON's four whitespace characters. Every such text is valid JSON that simdjson and QJsonDocument
// read the same (no BOM, no surrogate, no byte from 0xEF up, no fraction or exponent), so what ByteWalk finds is what
// the tape walk finds. Anything else declines the walk, reporting nothing, and the text goes to simdjson (then Qt) as
// before: a declined text costs a second look at what was read of it.

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isPlainEscape(char c)
{
    switch (c) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        return true;
    default:
        return false;
    }
}

// The byte after the string that opens with the quote at `at`, or nullptr when the string is not in the subset (an
// escape at all when !escapes) or does not end before `end`. Sixteen bytes at a time where SSE2 is (every x86-64):
// most of a token's bytes are inside strings.
Q_ALWAYS_INLINE const char* skipString(const char* at, const char* end, bool escapes)
{
    const char* p = at + 1;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(' ');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // A signed comparison: a byte below a space is a control character, one from 0x80 up is negative.
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)), _mm_cmplt_epi8(bytes, space));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stops));
        if (mask == 0) {
            p += 16;
            continue;
        }
        p += std::countr_zero(mask);
        if (*p == '"') {
            return p + 1;
        }
        if (*p != '\\' || !escapes || end - p < 2 || !isPlainEscape(p[1])) {
            return nullptr;
        }
        p += 2;
    }
#endif
    while (p < end) {
        const auto c = static_cast<uchar>(*p);
        if (c == '"') {
            return p + 1;
        }
        if (c == '\\') {
            if (!escapes || end - p < 2 || !isPlainEscape(p[1])) {
                return nullptr;
            }
            p += 2;
            continue;
        }
        if (c < 0x20 || c >= 0x80) {
            return nullptr;
        }
        ++p;
    }
    return nullptr;
}

// The byte after the integer at `at` (a minus or a digit) and its value, or nullptr when it is not one of the subset:
// more than 18 digits, "-0", a leading zero before another digit is left to the grammar after it.
const char* scanInteger(const char* at, const char* end, qint64* value)
{
    const bool negative = at < end && *at == '-';
    const char* p = negative ? at + 1 : at;
    if (p == end || static_cast<uchar>(*p - '0') > 9) {
        return nullptr;
    }
    if (*p == '0') {
        *value = 0;
        return negative ? nullptr : p + 1; // simdjson reads "-0" as a double
    }
    const char* const first = p;
    quint64 n = 0; // 19 digits fit: a 19th is one too many
    const char* const last = first + qMin<qsizetype>(end - first, 19);
    while (p < last && static_cast<uchar>(*p - '0') <= 9) {
        n = n * 10 + quint64(*p - '0');
        ++p;
    }
    if (p - first == 19) {
        return nullptr;
    }
    *value = negative ? -qint64(n) : qint64(n);
    return p;
}

// A value ByteWalk reads, for FieldReading: its first byte at `at`. A string with an escape, an object or an array (a
// time claim that is one: never in a real token) declines the walk.
struct ByteField
{
    const char* at;
    const char* end;
    bool& declined;

    bool isString() const { return *at == '"'; }
    QString string() const
    {
        if (!isString()) {
            return {};
        }
        const char* const close = skipString(at, end, false);
        if (!close) {
            declined = true;
            return {};
        }
        return QString::fromLatin1(at + 1, close - at - 2);
    }
    QJsonValue json() const
    {
        switch (*at) {
        case '"': {
            // ASCII: Qt keeps it as such without a QString in between.
            const char* const close = skipString(at, end, false);
            if (!close) {
                declined = true;
                return QJsonValue(QJsonValue::Undefined);
            }
            return QJsonValue(QLatin1StringView(at + 1, close - at - 2));
        }
        case 't':
            return QJsonValue(true);
        case 'f':
            return QJsonValue(false);
        case 'n':
            return QJsonValue(QJsonValue::Null);
        default:
            break;
        }
        qint64 value = 0;
        if (scanInteger(at, end, &value)) {
            return QJsonValue(value);
        }
        declined = true; // an object, an array, or no value of the subset
        return QJsonValue(QJsonValue::Undefined);
    }
};

// See above: what TapeWalk finds, from the bytes of a text of the subset.
class ByteWalk : public KeyedWalk
{
public:
    qsizetype memberCount = 0; // distinct keys of the root object

    // True when the text is of the subset and was read; false declines (nothing found is to be used).
    bool walk(QByteArrayView text, Scope rootScope)
    {
        const char* p = text.data();
        const char* const end = p + text.size();
        skipSpace(p, end);
        if (p == end || *p != '{') {
            return false; // a root array is rare: the tape walk reads it
        }
        Scope nextScope = rootScope; // of the object that opens next
        int depth = 0; // the root is at depth 1
        qsizetype rootMembers = 0;
        while (true) {
            // A value at p.
            if (p == end) {
                return false;
            }
            switch (*p) {
            case '{':
            case '[': {
                if (depth >= JwtDecoder::MaxJsonDepth) {
                    return false; // the tape walk reports it
                }
                const bool isObject = *p == '{';
                ++depth;
                open(isObject, nextScope);
                nextScope = Scope::Other;
                ++p;
                skipSpace(p, end);
                if (p < end && *p == (isObject ? '}' : ']')) {
                    ++p;
                    close();
                    --depth;
                    break; // an empty one: a value
                }
                if (isObject && !member(p, end, depth, &nextScope, &rootMembers)) {
                    return false;
                }
                continue; // its first value
            }
            case '"':
                p = skipString(p, end, true);
                break;
            case 't':
                p = literal(p, end, "true");
                break;
            case 'f':
                p = literal(p, end, "false");
                break;
            case 'n':
                p = literal(p, end, "null");
                break;
            default: {
                qint64 ignored = 0;
                p = scanInteger(p, end, &ignored);
                break;
            }
            }
            if (!p) {
                return false;
            }
            // A value ended: a comma and the next member or item, or the ends of the objects and arrays it closes.
            nextScope = Scope::Other;
            while (true) {
                skipSpace(p, end);
                if (depth == 0) {
                    memberCount = rootMembers - rootDuplicates;
                    return p == end;
                }
                if (p == end) {
                    return false;
                }
                const bool isObject = m_frames.last().isObject;
                if (*p == ',') {
                    ++p;
                    skipSpace(p, end);
                    if (isObject && !member(p, end, depth, &nextScope, &rootMembers)) {
                        return false;
                    }
                    break; // the next value
                }
                if (*p != (isObject ? '}' : ']')) {
                    return false;
                }
                ++p;
                close();
                --depth;
            }
        }
    }

private:
    bool m_declined = false; // by a field

    static void skipSpace(const char*& p, const char* end)
    {
        while (p < end && isJsonSpace(*p)) {
            ++p;
        }
    }

    template <std::size_t N>
    static const char* literal(const char* p, const char* end, const char (&word)[N])
    {
        return end - p >= qsizetype(N - 1) && std::memcmp(p, word, N - 1) == 0 ? p + N - 1 : nullptr;
    }

    // A key, its colon and the space before its value, at p in the innermost object: p ends at the value.
    Q_ALWAYS_INLINE bool member(const char*& p, const char* end, int depth, Scope* nextScope, qsizetype* rootMembers)
    {
        if (p == end || *p != '"') {
            return false;
        }
        const char* const close = skipString(p, end, false);
        if (!close) {
            return false;
        }
        const std::string_view key(p + 1, std::size_t(close - p - 2));
        Frame& frame = m_frames.last();
        addKey(frame, depth, key);
        if (depth == 1) {
            ++*rootMembers;
        }
        p = close;
        skipSpace(p, end);
        if (p == end || *p != ':') {
            return false;
        }
        ++p;
        skipSpace(p, end);
        if (p == end) {
            return false;
        }
        if (frame.scope != Scope::Other) {
            *nextScope = fields.read(frame.scope, key, ByteField { p, end, m_declined });
            if (m_declined) {
                return false;
            }
        }
        return true;
    }
};

// True when simdjson could read the text otherwise than QJsonDocument, which is then the reader:
// - a byte 0xEF or above: the first byte of U+FEFF, of U+FFFE or U+FFFF, or of a character above U+FFFF;
// - a \u escape of a surrogate ("\uD8..".."\uDF.."): Qt keeps a lone one, simdjson refuses or replaces it.
// Eight bytes at a time; only a word with a backslash is looked at byte by byte.
bool needsQtReader(QByteArrayView bytes)
{
    const char* const data = bytes.data();
    const qsizetype size = bytes.size();
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Top = 0x8080808080808080ULL;
    const auto isHigh = [](char c) {
        return static_cast<uchar>(c) >= 0xef;
    };
    // An escape at i: true when it escapes a surrogate. The escaped character is skipped: "\\\\u" is no escape of u.
    const auto escape = [data, size, &isHigh](qsizetype& i) {
        if (i + 2 < size && data[i + 1] == 'u' && (data[i + 2] == 'd' || data[i + 2] == 'D')) {
            return true;
        }
        ++i;
        return i < size && isHigh(data[i]);
    };
    quint64 high = 0;
    qsizetype i = 0;
    while (i + 8 <= size) {
        quint64 word = 0;
        std::memcpy(&word, data + i, 8);
        // A byte is 0xEF or above when its top bit is set and its low seven bits plus 0x11 reach 0x80 (no sum carries
        // into the next byte); a byte is a backslash when it is zero after XOR with backslashes.
        high |= ((word & ~Top) + 0x11 * Ones) & word & Top;
        const quint64 slashes = word ^ ('\\' * Ones);
        if (((slashes - Ones) & ~slashes & Top) == 0) {
            i += 8;
            continue;
        }
        for (const qsizetype wordEnd = i + 8; i < wordEnd; ++i) {
            if (data[i] == '\\' && escape(i)) {
                return true;
            }
        }
    }
    for (; i < size; ++i) {
        if (isHigh(data[i]) || (data[i] == '\\' && escape(i))) {
            return true;
        }
    }
    return high != 0;
}

// The parser every decode on this thread reuses: its buffers stay for the next token.
simdjson::dom::parser& keptParser()
{
    thread_local simdjson::dom::parser parser(JwtDecoder::MaxInputBytes);
    return parser;
}

// One JSON segment as read: whether it is an object (or array), and either Qt's value of it or, read by simdjson, what
// decoding needs of it.
struct JsonRead
{
    bool readable = false; // an object or an array: header() or payload() is made from the bytes
    bool isObject = false;
    qsizetype start = 0; // 3 after a byte order mark
    std::optional<QJsonValue> value; // read by QJsonDocument already
    // Read by simdjson (when isObject and value is empty):
    qsizetype memberCount = 0; // distinct keys of the root object
    HeaderFacts facts; // of a header
    DecodedToken::Claims* claims = nullptr; // of a payload: where its claims are read to (the token's), or null
};

class Decoding
{
    Q_DECLARE_TR_FUNCTIONS(JwtDecoder)

public:
    explicit Decoding(DecodedToken& decoded)
        : token(decoded)
    { }

    DecodedToken& token; // the caller's, returned by name: no move of it out of here

    void add(TokenNotice::Severity severity, const QString& code, const QString& text)
    {
        token.notices.append(TokenNotice { severity, code, text });
    }
    void error(const QString& code, const QString& text) { add(TokenNotice::Severity::Error, code, text); }
    void warning(const QString& code, const QString& text) { add(TokenNotice::Severity::Warning, code, text); }
    void info(const QString& code, const QString& text) { add(TokenNotice::Severity::Info, code, text); }

    static QString pick(Segment segment, const QString& header, const QString& payload, const QString& signature)
    {
        switch (segment) {
        case Segment::Header:
            return header;
        case Segment::Payload:
            return payload;
        case Segment::Signature:
            break;
        }
        return signature;
    }

    // Decodes one segment; false when it is not base64url.
    bool decodeSegment(Segment segment, QByteArrayView text, qsizetype offsetInToken, QByteArray* out)
    {
        const Base64UrlResult result = Base64Url::decode(text);
        if (!result.ok) {
            const qsizetype offset = offsetInToken + result.errorOffset;
            error(u"bad-base64url"_s,
                pick(segment,
                    tr("The header is not base64url (character %1 of the token): %2").arg(offset).arg(result.error),
                    tr("The payload is not base64url (character %1 of the token): %2").arg(offset).arg(result.error),
                    tr("The signature is not base64url (character %1 of the token): %2")
                        .arg(offset)
                        .arg(result.error)));
            return false;
        }
        if (!result.canonical && !token.hasNotice(u"non-canonical-base64url"_s)) {
            warning(u"non-canonical-base64url"_s,
                pick(segment,
                    tr("The header's base64url has padding or stray trailing bits; a conforming issuer never "
                       "writes that, so the token may have been altered."),
                    tr("The payload's base64url has padding or stray trailing bits; a conforming issuer never "
                       "writes that, so the token may have been altered."),
                    tr("The signature's base64url has padding or stray trailing bits; a conforming issuer never "
                       "writes that, so the token may have been altered.")));
        }
        *out = result.data;
        return true;
    }

    // Parses one JSON segment and reports what QJsonDocument hides. Returns true when it is an object.
    bool parseJson(Segment segment, const QByteArray& bytes, JwtDecoder::JsonReader reader, JsonRead* out)
    {
        QByteArrayView text = bytes;
        if (text.startsWith("\xEF\xBB\xBF")) {
            warning(u"bom"_s,
                pick(segment, tr("The header starts with a byte order mark, which JSON in a JWT must not have."),
                    tr("The payload starts with a byte order mark, which JSON in a JWT must not have."), {}));
            out->start = 3;
            text = text.sliced(3);
        }
        if (reader == JwtDecoder::JsonReader::Fast && readFast(segment, text, out)) {
            return out->isObject;
        }
        qCInfo(lcJwt, "the %s was read by QJsonDocument", segment == Segment::Header ? "header" : "payload");
        return readWithQt(segment, bytes.sliced(out->start), out);
    }

    // The byte reader's reading, else simdjson's when it is Qt's: false leaves the text to readWithQt (nothing
    // reported yet).
    bool readFast(Segment segment, QByteArrayView text, JsonRead* out)
    {
        const char* const name = segment == Segment::Header ? "header" : "payload";
        if (readBytes(segment, text, out)) {
            qCInfo(lcJwt, "the %s was read by the byte reader", name);
            return true;
        }
        if (readSimdjson(segment, text, out)) {
            qCInfo(lcJwt, "the %s was read by simdjson", name);
            return true;
        }
        return false;
    }

    // ByteWalk's reading of a text of its subset (an object); false when it declines.
    bool readBytes(Segment segment, QByteArrayView text, JsonRead* out)
    {
        ByteWalk walk;
        walk.fields.claims = out->claims;
        if (!walk.walk(text, segment == Segment::Header ? Scope::Header : Scope::Payload)) {
            walk.fields.reset();
            return false;
        }
        reportDuplicates(segment, walk.duplicateKeys);
        out->readable = true;
        out->isObject = true;
        out->memberCount = walk.memberCount;
        out->facts = std::move(walk.fields.facts);
        return true;
    }

    bool readSimdjson(Segment segment, QByteArrayView text, JsonRead* out)
    {
        if (text.isEmpty() || needsQtReader(text)) {
            return false;
        }
        const simdjson::simdjson_result<DomElement> parsed
            = keptParser().parse(text.data(), std::size_t(text.size()), true);
        if (parsed.error()) {
            return false; // invalid for simdjson: Qt says why, or reads what simdjson refuses (a raw control character)
        }
        const DomElement root = parsed.value_unsafe();
        if (!root.is_object() && !root.is_array()) {
            return false; // Qt refuses a scalar document
        }
        TapeWalk walk;
        walk.fields.claims = out->claims;
        const Scope scope = segment == Segment::Header ? Scope::Header : Scope::Payload;
        walk.walk(keptParser().doc, scope);
        if (walk.tooDeep || !walk.trusted) {
            walk.fields.reset();
        }
        if (walk.tooDeep) {
            reportTooDeep(segment);
            return true;
        }
        if (!walk.trusted) {
            return false;
        }
        reportDuplicates(segment, walk.duplicateKeys);
        out->readable = true;
        out->isObject = root.is_object();
        if (!out->isObject) {
            walk.fields.reset(); // nothing was read: a root array opens no object of a scope
            reportNotAnObject(segment);
            return true;
        }
        out->memberCount = qsizetype(domGet<simdjson::dom::object>(root).size()) - walk.rootDuplicates;
        if (walk.wholeValue) {
            walk.fields.reset();
            walk.fields.readDom(root, scope);
        }
        out->facts = std::move(walk.fields.facts);
        return true;
    }

    // QJsonDocument's reading, and what it hides found by scanning the text. Returns true when it is an object.
    bool readWithQt(Segment segment, const QByteArray& bytes, JsonRead* out)
    {
        if (!isValidUtf8(bytes)) {
            error(u"invalid-utf8"_s,
                pick(segment, tr("The header is not valid UTF-8."), tr("The payload is not valid UTF-8."), {}));
            return false;
        }

        const JsonShape shape = scanJson(bytes, JwtDecoder::MaxJsonDepth);
        if (shape.tooDeep) {
            reportTooDeep(segment);
            return false;
        }

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            error(u"bad-json"_s,
                pick(segment,
                    tr("The header is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset),
                    tr("The payload is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset),
                    {}));
            return false;
        }

        reportDuplicates(segment, shape.duplicateKeys);

        if (shape.rawControlCharacter) {
            warning(u"raw-control-character"_s,
                pick(segment,
                    tr("The header has an unescaped control character inside a string, which JSON forbids; "
                       "it is shown escaped."),
                    tr("The payload has an unescaped control character inside a string, which JSON forbids; "
                       "it is shown escaped."),
                    {}));
        }

        if (shape.bomStartsString) {
            warning(u"bom"_s,
                pick(segment,
                    tr("A key or value in the header starts with an invisible byte order mark, which this view "
                       "drops: what is shown differs from what was signed."),
                    tr("A key or value in the payload starts with an invisible byte order mark, which this view "
                       "drops: what is shown differs from what was signed."),
                    {}));
        }

        out->readable = document.isObject() || document.isArray();
        out->isObject = document.isObject();
        out->value = document.isObject() ? QJsonValue(document.object())
            : document.isArray()         ? QJsonValue(document.array())
                                         : QJsonValue(QJsonValue::Undefined);
        if (!document.isObject()) {
            reportNotAnObject(segment);
            return false;
        }
        return true;
    }

    void reportTooDeep(Segment segment)
    {
        error(u"too-deep"_s,
            pick(segment, tr("The header nests deeper than %1 levels; it is not read.").arg(JwtDecoder::MaxJsonDepth),
                tr("The payload nests deeper than %1 levels; it is not read.").arg(JwtDecoder::MaxJsonDepth), {}));
    }

    void reportDuplicates(Segment segment, const QStringList& keys)
    {
        for (const QString& key : keys) {
            const QString shown = shortened(JsonTreeModel::escapeForDisplay(key));
            warning(u"duplicate-key"_s,
                pick(segment,
                    tr("The header has the key \"%1\" more than once; readers disagree on which one counts, "
                       "and this view shows the last.")
                        .arg(shown),
                    tr("The payload has the key \"%1\" more than once; readers disagree on which one counts, "
                       "and this view shows the last.")
                        .arg(shown),
                    {}));
        }
    }

    void reportNotAnObject(Segment segment)
    {
        error(u"not-an-object"_s,
            pick(segment, tr("The header is JSON but not an object, as a JWT requires."),
                tr("The payload is JSON but not an object, as a JWT's claims set requires."), {}));
    }
};

// What the header says that decoding needs, from Qt's value of it.
HeaderFacts headerFacts(const QJsonObject& header)
{
    HeaderFacts facts;
    const QJsonValue alg = header.value(u"alg"_s);
    facts.algIsString = alg.isString();
    facts.alg = alg.toString();
    facts.cty = header.value(u"cty"_s).toString();
    facts.hasZip = header.contains(u"zip"_s);
    facts.type = header.value(u"typ"_s).toString();
    facts.keyId = header.value(u"kid"_s).toString();
    return facts;
}

// memchr from dot to dot: a JWT has two in ~1,400 characters (QByteArrayView::count(char) searches for a one-byte
// string, several times slower). firstDots: the offsets of the first two dots, -1 for a dot that is not there.
qsizetype countDots(QByteArrayView text, std::array<qsizetype, 2>* firstDots)
{
    *firstDots = { -1, -1 };
    qsizetype dots = 0;
    const char* at = text.data();
    const char* const end = at + text.size();
    while (at < end) {
        const auto* dot = static_cast<const char*>(std::memchr(at, '.', size_t(end - at)));
        if (!dot) {
            break;
        }
        if (dots < 2) {
            (*firstDots)[dots] = dot - text.data();
        }
        ++dots;
        at = dot + 1;
    }
    return dots;
}

bool looksLikeCompactJws(QByteArrayView bytes)
{
    if (!bytes.startsWith("eyJ") || bytes.count('.') != 2) {
        return false;
    }
    for (const char c : bytes) {
        if (!(c == '.' || c == '-' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z'))) {
            return false;
        }
    }
    return true;
}

// Whether a payload is meant as JSON: its first character (after a byte order mark and JSON's whitespace) opens an
// object, an array or a string. Such a payload is read as a JWT's claims set, and what is wrong with it is an error
// of the token, as a truncated or altered claims set must be. Any other payload is a JWS's octets (RFC 7515 §2).
bool looksLikeJson(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        return c == '{' || c == '[' || c == '"';
    }
    return false;
}

bool isPrintableAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c <= ' ' || c > '~') {
            return false;
        }
    }
    return true;
}

bool isStandardBase64(QByteArrayView bytes)
{
    qsizetype length = bytes.size();
    while (length > 0 && bytes[length - 1] == '=') {
        --length;
    }
    if (bytes.size() % 4 != 0 || bytes.size() - length > 2) {
        return false;
    }
    for (qsizetype i = 0; i < length; ++i) {
        const char c = bytes[i];
        if (!(c == '+' || c == '/' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            return false;
        }
    }
    return true;
}

} // namespace

DecodedToken JwtDecoder::decode(QByteArrayView token, JsonReader reader)
{
    return decode(token, nullptr, reader);
}

DecodedToken JwtDecoder::decode(const QByteArray& token, JsonReader reader)
{
    return decode(token, &token, reader);
}

DecodedToken JwtDecoder::decode(QByteArrayView input, const QByteArray* owner, JsonReader reader)
{
    DecodedToken token; // every return names it, so it is built in the caller's place (no move, no moved-from token)
    Decoding d(token);

    // 1. Size before anything else: a 10 MB paste costs one comparison.
    if (input.size() > MaxInputBytes) {
        token.kind = DecodedToken::Kind::Malformed;
        d.error(u"oversize"_s,
            tr("The text is %1 KiB long; tokens above %2 KiB are not read.")
                .arg((input.size() + 1023) / 1024)
                .arg(MaxInputBytes / 1024));
        qCDebug(lcJwt) << "refused oversize input of" << input.size() << "bytes";
        return token;
    }

    // 2. Surrounding whitespace and an "Authorization: Bearer" prefix are harmless paste artefacts.
    QByteArrayView text = input;
    const qsizetype before = text.size();
    while (!text.isEmpty() && isSpace(text.front())) {
        text = text.sliced(1);
    }
    while (!text.isEmpty() && isSpace(text.back())) {
        text = text.chopped(1);
    }
    if (text.size() != before) {
        d.info(u"whitespace"_s, tr("Whitespace around the token was ignored."));
    }
    if (text.size() >= 6 && text.first(6).compare("bearer", Qt::CaseInsensitive) == 0
        && (text.size() == 6 || isSpace(text[6]))) {
        text = text.sliced(6);
        while (!text.isEmpty() && isSpace(text.front())) {
            text = text.sliced(1);
        }
        d.info(u"bearer-prefix"_s, tr("The \"Bearer\" prefix was ignored."));
    }

    if (text.isEmpty()) {
        token.kind = DecodedToken::Kind::Empty;
        d.info(u"empty"_s, tr("There is no token to decode."));
        return token;
    }

    // 3. Count dots before splitting anything.
    std::array<qsizetype, 2> firstDots {};
    const qsizetype dots = countDots(text, &firstDots);
    if (dots == 0) {
        if (!isPrintableAscii(text)) {
            token.kind = DecodedToken::Kind::Malformed;
            d.error(u"not-a-token"_s, tr("The text contains spaces or control characters, so it is not a token."));
            return token;
        }
        token.kind = DecodedToken::Kind::Opaque;
        if (isStandardBase64(text)) {
            d.info(u"opaque"_s,
                tr("This is an opaque token (%1 characters of standard base64, %2 bytes), like Kibo's "
                   "accessToken: only its issuer can read it. Kibo's readable claims are in the "
                   "jwtAccessToken.")
                    .arg(text.size())
                    .arg(text.size() / 4 * 3 - text.count('=')));
        } else {
            d.info(u"opaque"_s,
                tr("This is an opaque token of %1 characters, not a JWT: only its issuer can read it.")
                    .arg(text.size()));
        }
        return token;
    }
    if (dots > 4) {
        token.kind = DecodedToken::Kind::Malformed;
        d.error(u"too-many-dots"_s,
            tr("The text has %1 dots; a JWT has 2 (signed) or 4 (encrypted), so it is not read.").arg(dots));
        return token;
    }
    if (dots != 2 && dots != 4) {
        token.kind = DecodedToken::Kind::Malformed;
        d.error(u"segment-count"_s,
            tr("The text has %1 parts separated by dots; a JWT has 3 (signed) or 5 (encrypted).").arg(dots + 1));
        return token;
    }

    const auto [firstDot, secondDot] = firstDots; // dots is 2 or 4: both are there
    const QByteArrayView headerText = text.first(firstDot);
    const qsizetype offsetInInput = text.data() - input.data();

    // 4. Header (JWS and JWE alike).
    // What the header says is read at once: the payload's reading reuses the parser and ends the header's DOM.
    bool usable = d.decodeSegment(Segment::Header, headerText, offsetInInput, &token.headerJson);
    HeaderFacts facts;
    if (usable) {
        JsonRead read;
        usable = d.parseJson(Segment::Header, token.headerJson, reader, &read);
        if (usable) {
            token.m_headerSource = DecodedToken::Source::Json;
            token.m_headerJsonStart = read.start;
            if (read.value) {
                token.m_header = read.value->toObject();
                facts = headerFacts(*token.m_header);
                token.headerSize = token.m_header->size();
            } else {
                facts = std::move(read.facts);
                token.headerSize = read.memberCount;
            }
            token.type = std::move(facts.type);
            token.keyId = std::move(facts.keyId);
        }
    }
    if (facts.algIsString) {
        token.algorithm = std::move(facts.alg);
    }

    if (dots == 4) {
        // JWE: show the header, never decrypt or inflate anything.
        token.kind = usable ? DecodedToken::Kind::Jwe : DecodedToken::Kind::Malformed;
        if (facts.hasZip) {
            d.info(u"jwe"_s,
                tr("This is an encrypted token (JWE): only its header is shown. Its compressed content is "
                   "neither decrypted nor inflated."));
        } else {
            d.info(u"jwe"_s, tr("This is an encrypted token (JWE): only its header is shown; it is not decrypted."));
        }
        return token;
    }

    // 5. JWS payload and signature.
    const QByteArrayView payloadText = text.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signatureText = text.sliced(secondDot + 1);
    // Shared with the caller's bytes where they are a QByteArray's own (not raw data another owner may free).
    if (owner && owner->capacity() > 0) {
        token.m_text = *owner;
        token.m_signingInputStart = offsetInInput;
    } else {
        token.m_text = text.first(secondDot).toByteArray();
    }
    token.m_signingInputSize = secondDot;

    if (d.decodeSegment(Segment::Payload, payloadText, offsetInInput + firstDot + 1, &token.payloadJson)) {
        if (looksLikeCompactJws(token.payloadJson)
            || (facts.cty.compare(u"JWT"_s, Qt::CaseInsensitive) == 0 && token.payloadJson.count('.') == 2)) {
            token.m_payloadSource = DecodedToken::Source::NestedJwt;
            d.warning(
                u"nested-jwt"_s, tr("The payload is itself a JWT (a nested token); paste it on its own to decode it."));
        } else if (usable && !looksLikeJson(token.payloadJson)) {
            // A JWS payload is any octets (RFC 7515 §2): text or bytes that are not JSON make a JWS that is not a
            // JWT, not a broken token. Only a usable header says it is a JWS at all.
            const bool text = isValidUtf8(token.payloadJson);
            token.payloadOctets = text ? DecodedToken::PayloadOctets::Text : DecodedToken::PayloadOctets::Binary;
            d.warning(u"non-json-payload"_s,
                text ? tr("This is a JWS whose payload is not JSON: not a JWT. Its payload is shown as text.")
                     : tr("This is a JWS whose payload is not JSON: not a JWT. Its payload is not UTF-8 text "
                          "either, so it is shown as hexadecimal bytes."));
        } else {
            JsonRead read;
            read.claims = &token.claims;
            if (!d.parseJson(Segment::Payload, token.payloadJson, reader, &read)) {
                usable = false;
            }
            if (read.readable) {
                token.m_payloadSource = DecodedToken::Source::Json;
                token.m_payloadJsonStart = read.start;
                token.m_payload = read.value;
            }
            if (read.isObject) {
                token.payloadIsObject = true;
                if (read.value) {
                    token.claims = DecodedToken::Claims::fromPayload(read.value->toObject());
                } // else read to token.claims already
            }
        }
    } else {
        usable = false;
    }

    if (!d.decodeSegment(Segment::Signature, signatureText, offsetInInput + secondDot + 1, &token.signature)) {
        usable = false;
    }

    if (!facts.algIsString) {
        if (!token.headerJson.isEmpty() && token.headerSize > 0) {
            d.error(u"missing-alg"_s, tr("The header names no signing algorithm (\"alg\")."));
        }
    } else if (token.algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        token.signatureState = DecodedToken::SignatureState::Unsigned;
        d.warning(u"alg-none"_s,
            token.signature.isEmpty()
                ? tr("The header says \"alg\": \"none\": this token is unsigned and proves nothing.")
                : tr("The header says \"alg\": \"none\" yet a signature follows: this token is unsigned and "
                     "proves nothing."));
    } else if (token.signature.isEmpty() && usable) {
        d.error(u"missing-signature"_s,
            tr("The header names %1 but the signature is empty.").arg(shortened(token.algorithm)));
    }

    token.kind = usable ? DecodedToken::Kind::Jws : DecodedToken::Kind::Malformed;
    if (usable && token.signatureState == DecodedToken::SignatureState::NotVerified) {
        d.info(u"not-verified"_s,
            tr("Decoded, signature not verified: only the issuer's key can prove who made this token."));
    }
    return token;
}
