#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// A Kibo CustomerAuthTicket as received (auth-api.md section 1). Any field may be absent
// (older servers, responseFields); raw keeps the reply exactly as parsed.
struct CustomerAuthTicket
{
    QString accessToken;
    QDateTime accessTokenExpiration;
    QString refreshToken;
    QDateTime refreshTokenExpiration;
    QString jwtAccessToken;
    QString userId;
    QJsonObject customerAccount;
    bool requires2FA = false;
    QJsonObject raw;

    // The token member named field (one of SecretPolicy::tokenFields()), or a null string.
    QString token(const QString& field) const;

    // nullopt plus a reason (no secret in it) when the object is not a ticket.
    static std::optional<CustomerAuthTicket> fromJson(const QJsonObject& object, QString* error);
    // ISO 8601 UTC with 0–7 fraction digits; no zone means UTC. Invalid QDateTime on failure.
    static QDateTime parseKiboTime(const QString& text);
};
