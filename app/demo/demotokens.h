#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Random material and the HS256 signature of the demo tenant (auth-api.md section 9, "Formats").
class DemoTokens
{
public:
    static QString randomHex32(); // 32 lowercase hex: refreshToken, userId, session ids, x-vol-correlation
    static QString randomAccessToken(); // 320 random bytes, standard base64
    static qint32 randomInt32(); // the claims' "rnd"
    static QString randomDigits(int count);
    // header.payload.signature, HS256 over compact JSON, base64url without padding.
    static QString signHs256(const QJsonObject& payload, const QByteArray& secret);
};
