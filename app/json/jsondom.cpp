#include "jsondom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace JsonDom {

QJsonValue domScalar(const simdjson::dom::element& element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
        return QJsonValue(qint64(domGet<int64_t>(element)));
    case simdjson::dom::element_type::UINT64:
        return QJsonValue(double(domGet<uint64_t>(element)));
    case simdjson::dom::element_type::DOUBLE: {
        const double number = domGet<double>(element);
        constexpr double Limit = 9223372036854775808.0; // 2^63
        if (number >= -Limit && number < Limit && std::trunc(number) == number) {
            return QJsonValue(qint64(number));
        }
        return QJsonValue(number);
    }
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
