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
    friend bool operator==(const StoredTokens&, const StoredTokens&) = default;
};
