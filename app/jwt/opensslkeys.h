#pragma once

#include "jwt/verificationkey.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

// The parts of KeyLoader that OpenSSL 3 libcrypto reads: PEM keys and certificates, and JWKs. In the services
// module (services/services.h); KeyLoader::fromPem and fromJwk forward here, and every message is KeyLoader's.
class OpenSslKeys
{
public:
    static KeyLoadResult fromPem(QByteArrayView pem, const QString& source);
    static KeyLoadResult fromJwk(const QJsonObject& jwk, const QString& source);
};
