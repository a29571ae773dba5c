#include "presentermask.h"

#include "share/secretscrubber.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression& emailPattern()
{
    static const QRegularExpression pattern(u"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"_s);
    return pattern;
}

const QString Bullets = u"•••"_s;

} // namespace

QString PresenterMask::mask()
{
    //: Shown instead of a customer's personal data while presenter mode is on.
    return tr("••• (hidden in presenter mode)");
}

bool PresenterMask::looksLikeEmail(const QString& text)
{
    return emailPattern().match(text).hasMatch();
}

bool PresenterMask::isPersonal(const QString& key, const QJsonValue& value)
{
    if (value.isString()) {
        return (!key.isEmpty() && SecretScrubber::isPersonalKey(key) && !value.toString().isEmpty())
            || looksLikeEmail(value.toString());
    }
    if (value.isDouble()) {
        return !key.isEmpty() && SecretScrubber::isPersonalKey(key);
    }
    return false;
}

QJsonValue PresenterMask::maskJson(const QJsonValue& value, const QString& key)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = maskJson(it.value(), it.key());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            *it = maskJson(*it, key);
        }
        return array;
    }
    return isPersonal(key, value) ? QJsonValue(mask()) : value;
}

QString PresenterMask::maskEmails(const QString& text)
{
    QString result;
    qsizetype from = 0;
    auto it = emailPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += maskedUsername(match.captured());
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

QString PresenterMask::maskedUsername(const QString& username)
{
    const qsizetype at = username.lastIndexOf(u'@');
    if (at > 0 && looksLikeEmail(username)) {
        return username.left(1) + Bullets + username.mid(at);
    }
    return Bullets;
}
