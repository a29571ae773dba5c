#pragma once

#include <QJsonValue>
#include <QString>
#include <cstring>
#include <simdjson.h>
#include <string_view>

// How a simdjson DOM element reads as Qt's JSON: the one home of these rules for every reader that takes the fast
// path (JsonTreeModel's DOM backing, JwtDecoder). A uint64 becomes a double, a whole double that fits 64 bits an
// integer (Qt's reader keeps "1.5e18" as one), of duplicate keys the last wins. Texts where simdjson and Qt could
// read differently are each reader's to send to QJsonDocument before they get here. Include only from sources of
// targets that link simdjson.
namespace JsonDom {

inline QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The value of a DOM element of a known type (the element's type was checked before).
template <typename T>
T domGet(const simdjson::dom::element& element)
{
    T value {};
    if (element.get(value) != simdjson::SUCCESS) {
        return T {};
    }
    return value;
}

// A scalar as QJsonDocument makes it; Undefined for an array or object.
QJsonValue domScalar(const simdjson::dom::element& element);
// The whole value as QJsonDocument would have made it.
QJsonValue domValue(const simdjson::dom::element& element);

// simdjson's tape, for a reader that walks a whole document in one flat loop instead of the DOM's iterators: one
// 64-bit word per value in document order, its type (a simdjson::internal::tape_type) in the top byte; an object or
// array is its opening word, its values, its closing word; a number's value is in the next word. Documented in
// simdjson's doc/tape.md, the same since simdjson 0.3.
inline char tapeType(const simdjson::dom::document& document, std::size_t index)
{
    return char(document.tape[index] >> 56);
}

// The index of the root's closing word: the values are between 1 and it.
inline std::size_t tapeEnd(const simdjson::dom::document& document)
{
    return std::size_t(document.tape[0] & simdjson::internal::JSON_VALUE_MASK);
}

// The string of a '"' word: its low bits are its offset in string_buf, where a 32-bit length precedes the bytes.
inline std::string_view tapeString(const simdjson::dom::document& document, std::size_t index)
{
    const uint8_t* const at = document.string_buf.get() + (document.tape[index] & simdjson::internal::JSON_VALUE_MASK);
    uint32_t length = 0;
    std::memcpy(&length, at, sizeof length);
    return { reinterpret_cast<const char*>(at + sizeof length), length };
}

// The value of a number's word ('l', 'u' or 'd'), as T.
template <typename T>
T tapeNumber(const simdjson::dom::document& document, std::size_t index)
{
    T value {};
    std::memcpy(&value, &document.tape[index + 1], sizeof value);
    return value;
}

// A scalar of the tape as QJsonDocument makes it (as domScalar); Undefined for an array or object.
QJsonValue tapeScalar(const simdjson::dom::document& document, std::size_t index);

} // namespace JsonDom
