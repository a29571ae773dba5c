#include "responsefieldsfilter.h"

#include <QJsonArray>

namespace {
constexpr int maxDepth = 32;
}

ResponseFieldsFilter::ResponseFieldsFilter(const QString& selector)
{
    if (selector.trimmed().isEmpty()) {
        return;
    }
    qsizetype pos = 0;
    m_valid = parse(selector, pos, m_fields, 0) && pos == selector.size();
    if (!m_valid) {
        m_fields.clear();
    }
}

bool ResponseFieldsFilter::parse(const QString& text, qsizetype& pos, QList<Field>& into, int depth)
{
    if (depth > maxDepth) {
        return false;
    }
    while (pos < text.size()) {
        Field field;
        while (pos < text.size() && text.at(pos) != u',' && text.at(pos) != u'(' && text.at(pos) != u')') {
            field.name.append(text.at(pos++));
        }
        field.name = field.name.trimmed().toLower();
        if (field.name.isEmpty()) {
            return false;
        }
        if (pos < text.size() && text.at(pos) == u'(') {
            ++pos;
            if (!parse(text, pos, field.children, depth + 1)) {
                return false;
            }
            if (pos >= text.size() || text.at(pos) != u')') {
                return false;
            }
            ++pos;
            while (pos < text.size() && text.at(pos).isSpace()) {
                ++pos;
            }
        }
        into.append(field);
        if (pos >= text.size()) {
            return true;
        }
        if (text.at(pos) == u')') {
            return depth > 0;
        }
        ++pos; // the comma
    }
    return false; // a trailing comma
}

QJsonObject ResponseFieldsFilter::apply(const QJsonObject& object) const
{
    if (m_fields.isEmpty()) {
        return object;
    }
    return applyToObject(object, m_fields);
}

QJsonObject ResponseFieldsFilter::applyToObject(const QJsonObject& object, const QList<Field>& fields)
{
    QJsonObject kept;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString lower = it.key().toLower();
        for (const Field& field : fields) {
            if (field.name != lower) {
                continue;
            }
            kept.insert(it.key(), field.children.isEmpty() ? it.value() : applyTo(it.value(), field.children));
            break;
        }
    }
    return kept;
}

QJsonValue ResponseFieldsFilter::applyTo(const QJsonValue& value, const QList<Field>& fields)
{
    if (value.isObject()) {
        return applyToObject(value.toObject(), fields);
    }
    if (value.isArray()) {
        QJsonArray filtered;
        const QJsonArray array = value.toArray();
        for (const QJsonValue element : array) {
            filtered.append(applyTo(element, fields));
        }
        return filtered;
    }
    return value;
}
