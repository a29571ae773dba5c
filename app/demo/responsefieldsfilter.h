#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Kibo's responseFields selector: "accessToken,customerAccount(id,emailAddress)". Names match
// case-insensitively, parentheses nest and apply to every element of an array.
class ResponseFieldsFilter
{
public:
    // An empty or blank selector keeps everything.
    explicit ResponseFieldsFilter(const QString& selector);

    bool isValid() const { return m_valid; } // false: unbalanced parentheses or an empty name
    bool keepsEverything() const { return m_valid && m_fields.isEmpty(); } // an empty or blank selector
    QJsonObject apply(const QJsonObject& object) const;

private:
    struct Field
    {
        QString name; // lower case
        QList<Field> children;
    };

    static QJsonValue applyTo(const QJsonValue& value, const QList<Field>& fields);
    static QJsonObject applyToObject(const QJsonObject& object, const QList<Field>& fields);
    bool parse(const QString& text, qsizetype& pos, QList<Field>& into, int depth);

    QList<Field> m_fields;
    bool m_valid = true;
};
