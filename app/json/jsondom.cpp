#include "jsondom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace {

// Numbers as Qt reads them: a uint64 becomes a double, a whole double that fits 64 bits an integer.
QJsonValue fromUint64(uint64_t number)
{
    return QJsonValue(double(number));
}

QJsonValue fromDouble(double number)
{
    constexpr double Limit = 9223372036854775808.0; // 2^63
    if (number >= -Limit && number < Limit && std::trunc(number) == number) {
        return QJsonValue(qint64(number));
    }
    return QJsonValue(number);
}

} // namespace

namespace JsonDom {

QJsonValue domScalar(const simdjson::dom::element& element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(domGet<int64_t>(element)));
    case simdjson::dom::element_type::UINT64:
        return fromUint64(domGet<uint64_t>(element));
    case simdjson::dom::element_type::DOUBLE:
        return fromDouble(domGet<double>(element));
    case simdjson::dom::element_type::STRING:
        return QJsonValue(fromUtf8(domGet<std::string_view>(element)));
    case simdjson::dom::element_type::BOOL:
        return QJsonValue(domGet<bool>(element));
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue tapeScalar(const simdjson::dom::document& document, std::size_t index)
{
    switch (tapeType(document, index)) {
    case 'l':
        return QJsonValue(qint64(tapeNumber<int64_t>(document, index)));
    case 'u':
        return fromUint64(tapeNumber<uint64_t>(document, index));
    case 'd':
        return fromDouble(tapeNumber<double>(document, index));
    case '"':
        return QJsonValue(fromUtf8(tapeString(document, index)));
    case 't':
        return QJsonValue(true);
    case 'f':
        return QJsonValue(false);
    case 'n':
        return QJsonValue(QJsonValue::Null);
    default:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue domValue(const simdjson::dom::element& element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        for (const simdjson::dom::key_value_pair member : domGet<simdjson::dom::object>(element)) {
            object.insert(fromUtf8(member.key), domValue(member.value));
        }
        return object;
    }
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        for (const simdjson::dom::element item : domGet<simdjson::dom::array>(element)) {
            array.append(domValue(item));
        }
        return array;
    }
    default:
        return domScalar(element);
    }
}

} // namespace JsonDom
