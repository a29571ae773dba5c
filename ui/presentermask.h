#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// What presenter mode hides on screen: customer personal data (names, email addresses, phones, addresses,
// by SecretScrubber's personal-data keys, and every email-shaped value). Masked values become mask(), a
// few bullets with a hint, never part of the value; an email address keeps its domain in maskedUsername().
class PresenterMask
{
    Q_DECLARE_TR_FUNCTIONS(PresenterMask)

public:
    // "••• (hidden in presenter mode)", translated.
    static QString mask();
    // True when the value under key (a member name; for array items the array's) is personal data.
    static bool isPersonal(const QString& key, const QJsonValue& value);
    static bool looksLikeEmail(const QString& text);
    // value with every personal member replaced by mask(), at any depth.
    static QJsonValue maskJson(const QJsonValue& value, const QString& key = QString());
    // text with every email-shaped run replaced by its maskedUsername().
    static QString maskEmails(const QString& text);
    // "a•••@example.com" for an email address, "•••" for anything else.
    static QString maskedUsername(const QString& username);
};
