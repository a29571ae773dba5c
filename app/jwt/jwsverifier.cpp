#include "jwsverifier.h"

#include "services/services.h"

using namespace Qt::StringLiterals;

QStringList JwsVerifier::supportedAlgorithms()
{
    return { u"HS256"_s, u"HS384"_s, u"HS512"_s, u"RS256"_s, u"RS384"_s, u"RS512"_s, u"PS256"_s, u"PS384"_s, u"PS512"_s,
        u"ES256"_s, u"ES384"_s, u"ES512"_s, u"EdDSA"_s };
}

QByteArray JwsVerifier::signHmac(QByteArrayView signingInput, QByteArrayView secret, const QString& algorithm)
{
    return Services::instance().signHmac(signingInput, secret, algorithm);
}

JwsVerifier::Result JwsVerifier::verifyHmac(const DecodedToken& token, QByteArrayView secret, const QString& algorithm)
{
    return Services::instance().verifyHmac(token, secret, algorithm);
}

JwsVerifier::Result JwsVerifier::verify(const DecodedToken& token, const QList<VerificationKey>& keys)
{
    return Services::instance().verify(token, keys);
}

DecodedToken JwsVerifier::applied(DecodedToken token, const Result& result)
{
    if (token.signatureState != DecodedToken::SignatureState::Unsigned) {
        token.signatureState = result.signatureState;
    }
    if (result.outcome == Outcome::Verified || result.outcome == Outcome::Invalid) {
        token.notices.removeIf([](const TokenNotice& n) { return n.code == u"not-verified"_s; });
    }
    return token;
}
