#include "storedtokens.h"

using namespace Qt::StringLiterals;

namespace {

// The member of tokens named field, or nullptr; for StoredTokens and const StoredTokens alike.
template <typename Tokens>
auto* member(Tokens& tokens, const QString& field)
{
    decltype(&tokens.accessToken) found = nullptr;
    if (field == u"accessToken"_s) {
        found = &tokens.accessToken;
    } else if (field == u"jwtAccessToken"_s) {
        found = &tokens.jwtAccessToken;
    } else if (field == u"refreshToken"_s) {
        found = &tokens.refreshToken;
    }
    return found;
}

} // namespace

bool StoredTokens::isEmpty() const
{
    return accessToken.isEmpty() && jwtAccessToken.isEmpty() && refreshToken.isEmpty();
}

QString StoredTokens::token(const QString& field) const
{
    const QString* found = member(*this, field);
    return found ? *found : QString();
}

void StoredTokens::setToken(const QString& field, const QString& value)
{
    if (QString* found = member(*this, field)) {
        *found = value;
    }
}
