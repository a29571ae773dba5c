#include "secrets/sentsecrets.h"

#include "secrets/secretpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

void SentSecrets::add(const QString& kind, const QString& value, Echo echo)
{
    if (value.size() < MinLength) {
        return;
    }
    for (const Secret& known : std::as_const(m_secrets)) {
        if (known.value == value) {
            return;
        }
    }
    Secret secret;
    secret.value = value;
    secret.shown = SecretPolicy::redact(SecretPolicy::classifyKey(kind), kind, value);
    secret.echo = echo;
    const QByteArray plain = value.toUtf8();
    // QJsonDocument escapes what JSON must ("\"", "\\", controls); servers may also write "/" as "\/".
    const QByteArray quoted = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    const QByteArray escaped = quoted.mid(2, quoted.size() - 4);
    for (const QByteArray& form :
        { plain, QUrl::toPercentEncoding(value), escaped, QByteArray(escaped).replace("/", "\\/") }) {
        if (!secret.forms.contains(form)) {
            secret.forms.append(form);
        }
    }
    m_secrets.append(secret);
}

QString SentSecrets::removeFrom(const QString& text, Reply reply) const
{
    if (text.size() < MinLength) {
        return text;
    }
    QString result = text;
    for (const Secret& secret : m_secrets) {
        if (!applies(secret, reply)) {
            continue;
        }
        for (const QByteArray& form : secret.forms) {
            const QString formText = QString::fromUtf8(form);
            if (result.contains(formText)) {
                result.replace(formText, secret.shown);
            }
        }
    }
    return result;
}

QByteArray SentSecrets::removeFrom(const QByteArray& bytes, Reply reply) const
{
    QByteArray result = bytes; // shared until a secret is found
    for (const Secret& secret : m_secrets) {
        if (!applies(secret, reply)) {
            continue;
        }
        for (const QByteArray& form : secret.forms) {
            if (result.contains(form)) {
                result.replace(form, secret.shown.toUtf8());
            }
        }
    }
    return result;
}

QJsonValue SentSecrets::removeFrom(const QJsonValue& value, Reply reply) const
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        const QString cleaned = removeFrom(text, reply);
        return cleaned == text ? value : QJsonValue(cleaned);
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (!item.isString() && !item.isArray() && !item.isObject()) {
                continue;
            }
            const QJsonValue cleaned = removeFrom(item, reply);
            if (cleaned != item) {
                array.replace(i, cleaned);
                changed = true;
            }
        }
        return changed ? QJsonValue(array) : value;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject cleanedObject;
        bool changed = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = removeFrom(it.key(), reply);
            const QJsonValue item = it.value();
            const QJsonValue cleaned
                = item.isString() || item.isArray() || item.isObject() ? removeFrom(item, reply) : item;
            changed = changed || key != it.key() || cleaned != item;
            cleanedObject.insert(key, cleaned);
        }
        return changed ? QJsonValue(cleanedObject) : value;
    }
    default:
        return value;
    }
}

QList<std::pair<QByteArray, QByteArray>> SentSecrets::removeFrom(
    const QList<std::pair<QByteArray, QByteArray>>& headers, Reply reply) const
{
    QList<std::pair<QByteArray, QByteArray>> result = headers;
    for (auto& [name, value] : result) {
        name = removeFrom(name, reply);
        value = removeFrom(value, reply);
    }
    return result;
}
