#include "decodedtoken.h"

#include <algorithm>

bool DecodedToken::hasNotice(const QString& code) const
{
    return std::any_of(notices.cbegin(), notices.cend(), [&code](const TokenNotice& n) { return n.code == code; });
}

bool DecodedToken::hasErrors() const
{
    return std::any_of(notices.cbegin(), notices.cend(),
        [](const TokenNotice& n) { return n.severity == TokenNotice::Severity::Error; });
}
