#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// What presenter mode hides on screen: customer personal data (names, email addresses, phones, addresses,
// notes, by SecretScrubber's personal-data keys, and every email-shaped value). Masked values become mask(), a
// few bullets with a hint, never part of the value; an email address keeps its domain in maskedUsername().
class PresenterMask
{
    Q_DECLARE_TR_FUNCTIONS(PresenterMask)

public:
    // "••• (hidden in presenter mode)", translated.
    static QString mask();
    // True when the value at path (a JSON path such as `$.contacts[0].phoneNumbers.home`) is personal data:
    // a string or number under a personal member name anywhere along the path, or an email-shaped string.
    static bool isPersonal(const QString& path, const QJsonValue& value);
    static bool looksLikeEmail(const QString& text);
    // value with every personal member replaced by mask(), at any depth.
    static QJsonValue maskJson(const QJsonValue& value, const QString& path = QStringLiteral("$"));
    // text with every email-shaped run replaced by its maskedUsername().
    static QString maskEmails(const QString& text);
    // "a•••@example.com" for an email address, "•••" for anything else.
    static QString maskedUsername(const QString& username);
};
