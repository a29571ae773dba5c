#pragma once

#include <QString>

// The secret part of a customer auth ticket, as the vault keeps it. Expirations are not secret and
// live elsewhere.
struct StoredTokens
{
    QString accessToken;
    QString jwtAccessToken;
    QString refreshToken;

    bool isEmpty() const;
    // The member named field (one of SecretPolicy::tokenFields()), or a null string.
    QString token(const QString& field) const;
    // Sets the member named field; any other name is ignored.
    void setToken(const QString& field, const QString& value);
    friend bool operator==(const StoredTokens&, const StoredTokens&) = default;
};
