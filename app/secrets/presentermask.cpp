#include "secrets/presentermask.h"

#include "secrets/secretscrubber.h"

#include "json/jsonpath.h"
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

bool PresenterMask::isPersonal(const QString& path, const QJsonValue& value)
{
    if (value.isString() && looksLikeEmail(value.toString())) {
        return true;
    }
    if (!value.isString() && !value.isDouble()) {
        return false; // true/false flags and nulls tell nothing about the person
    }
    if (value.isString() && value.toString().isEmpty()) {
        return false;
    }
    // Every member name along the path: "phoneNumbers" makes its home/work/mobile members personal too.
    static const QRegularExpression names(u"[A-Za-z_][A-Za-z0-9_.]*"_s);
    auto it = names.globalMatch(path);
    while (it.hasNext()) {
        const QString name = it.next().captured();
        for (const QString& part : name.split(u'.', Qt::SkipEmptyParts)) {
            if (SecretScrubber::isPersonalKey(part) || part.compare(u"notes"_s, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        // Kibo's JWT keeps the user in "b.": b.UserFirstName and the like, also as one member name.
        if (SecretScrubber::isPersonalKey(name)) {
            return true;
        }
    }
    return false;
}

QJsonValue PresenterMask::maskJson(const QJsonValue& value, const QString& path)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = maskJson(it.value(), JsonPath::child(path, it.key()));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            array[i] = maskJson(array.at(i), JsonPath::child(path, i));
        }
        return array;
    }
    return isPersonal(path, value) ? QJsonValue(mask()) : value;
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
