#include "verificationkey.h"

using namespace Qt::StringLiterals;

QStringList VerificationKey::algorithms() const
{
    switch (type) {
    case Type::Secret:
        return { u"HS256"_s, u"HS384"_s, u"HS512"_s };
    case Type::Rsa:
        return { u"RS256"_s, u"RS384"_s, u"RS512"_s, u"PS256"_s, u"PS384"_s, u"PS512"_s };
    case Type::Ec:
        if (curve == u"P-256"_s) {
            return { u"ES256"_s };
        }
        if (curve == u"P-384"_s) {
            return { u"ES384"_s };
        }
        if (curve == u"P-521"_s) {
            return { u"ES512"_s };
        }
        return {};
    case Type::Okp:
        return { u"EdDSA"_s };
    }
    return {};
}

bool VerificationKey::accepts(const QString& algorithm) const
{
    if (!algorithms().contains(algorithm)) {
        return false;
    }
    return jwkAlgorithm.isEmpty() || jwkAlgorithm == algorithm;
}

QString VerificationKey::jwkType() const
{
    switch (type) {
    case Type::Secret:
        return u"oct"_s;
    case Type::Rsa:
        return u"RSA"_s;
    case Type::Ec:
        return u"EC"_s;
    case Type::Okp:
        break;
    }
    return u"OKP"_s;
}
