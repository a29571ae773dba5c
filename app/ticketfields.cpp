#include "ticketfields.h"

using namespace Qt::StringLiterals;

const QStringList& TicketFields::tokens()
{
    static const QStringList fields { u"accessToken"_s, u"refreshToken"_s, u"jwtAccessToken"_s };
    return fields;
}

const QStringList& TicketFields::expirations()
{
    static const QStringList fields { u"accessTokenExpiration"_s, u"refreshTokenExpiration"_s };
    return fields;
}

const QStringList& TicketFields::ticketOnly()
{
    static const QStringList fields = tokens() + expirations() + QStringList { u"customerAccount"_s, u"requires2FA"_s };
    return fields;
}

const QStringList& TicketFields::all()
{
    static const QStringList fields = ticketOnly() + QStringList { u"userId"_s };
    return fields;
}
