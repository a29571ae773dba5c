#include "decodedtoken.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool DecodedToken::hasNotice(const QString& code) const
{
    return std::any_of(notices.cbegin(), notices.cend(), [&code](const TokenNotice& n) { return n.code == code; });
}

bool DecodedToken::hasErrors() const
{
    return std::any_of(notices.cbegin(), notices.cend(),
        [](const TokenNotice& n) { return n.severity == TokenNotice::Severity::Error; });
}

QString DecodedToken::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::Jws:
        return u"jws"_s;
    case Kind::Jwe:
        return u"jwe"_s;
    case Kind::Opaque:
        return u"opaque"_s;
    case Kind::Malformed:
        break;
    }
    return u"malformed"_s;
}

QString DecodedToken::signatureStateName(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified:
        return u"verified"_s;
    case SignatureState::Invalid:
        return u"invalid"_s;
    case SignatureState::Unsigned:
        return u"unsigned"_s;
    case SignatureState::NotVerified:
        break;
    }
    return u"not verified"_s;
}
