#include "storedtokens.h"

bool StoredTokens::isEmpty() const
{
    return accessToken.isEmpty() && jwtAccessToken.isEmpty() && refreshToken.isEmpty();
}
