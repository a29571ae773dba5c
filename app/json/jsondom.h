#pragma once

#include <QJsonValue>
#include <QString>
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

} // namespace JsonDom
