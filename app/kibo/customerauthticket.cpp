#include "kibo/customerauthticket.h"

#include "ticketfields.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

class TicketText
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAuthTicket)
};

bool readString(const QJsonObject& object, const QString& key, QString& target, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        if (error) {
            *error = TicketText::tr("The field “%1” is not text.").arg(key);
        }
        return false;
    }
    target = value.toString();
    return true;
}

bool readTime(const QJsonObject& object, const QString& key, QDateTime& target, QString* error)
{
    QString text;
    if (!readString(object, key, text, error)) {
        return false;
    }
    if (text.isEmpty()) {
        return true;
    }
    target = CustomerAuthTicket::parseKiboTime(text);
    if (!target.isValid()) {
        if (error) {
            *error = TicketText::tr("The field “%1” is not a valid date and time.").arg(key);
        }
        return false;
    }
    return true;
}

} // namespace

QDateTime CustomerAuthTicket::parseKiboTime(const QString& text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?"
        u"(Z|z|[+-]\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    int millis = 0;
    if (!match.captured(7).isEmpty()) {
        millis = QString(match.captured(7) + u"00"_s).left(3).toInt();
    }
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59) {
        return {};
    }
    QDateTime result(date, QTime(hour, minute, second, millis), Qt::UTC);
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone.compare(u"Z"_s, Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int offset = digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60;
        if (digits.left(2).toInt() > 23 || digits.mid(2, 2).toInt() > 59) {
            return {};
        }
        result = result.addSecs(zone.startsWith(u'+') ? -offset : offset);
    }
    return result;
}

QString CustomerAuthTicket::token(const QString& field) const
{
    if (field == u"accessToken"_s) {
        return accessToken;
    }
    if (field == u"refreshToken"_s) {
        return refreshToken;
    }
    if (field == u"jwtAccessToken"_s) {
        return jwtAccessToken;
    }
    return {};
}

std::optional<CustomerAuthTicket> CustomerAuthTicket::fromJson(const QJsonObject& object, QString* error)
{
    bool any = false;
    for (const QString& key : TicketFields::all()) {
        any = any || object.contains(key);
    }
    if (!any) {
        if (error) {
            *error = TicketText::tr("The reply holds none of the fields of a customer auth ticket.");
        }
        return std::nullopt;
    }
    CustomerAuthTicket ticket;
    ticket.raw = object;
    if (!readString(object, u"accessToken"_s, ticket.accessToken, error)
        || !readString(object, u"refreshToken"_s, ticket.refreshToken, error)
        || !readString(object, u"jwtAccessToken"_s, ticket.jwtAccessToken, error)
        || !readString(object, u"userId"_s, ticket.userId, error)
        || !readTime(object, u"accessTokenExpiration"_s, ticket.accessTokenExpiration, error)
        || !readTime(object, u"refreshTokenExpiration"_s, ticket.refreshTokenExpiration, error)) {
        return std::nullopt;
    }
    const QJsonValue account = object.value(u"customerAccount"_s);
    if (account.isObject()) {
        ticket.customerAccount = account.toObject();
    } else if (!account.isUndefined() && !account.isNull()) {
        if (error) {
            *error = TicketText::tr("The field “%1” is not an object.").arg(u"customerAccount"_s);
        }
        return std::nullopt;
    }
    const QJsonValue requires2FA = object.value(u"requires2FA"_s);
    if (requires2FA.isBool()) {
        ticket.requires2FA = requires2FA.toBool();
    } else if (!requires2FA.isUndefined() && !requires2FA.isNull()) {
        if (error) {
            *error = TicketText::tr("The field “%1” is not true or false.").arg(u"requires2FA"_s);
        }
        return std::nullopt;
    }
    return ticket;
}
