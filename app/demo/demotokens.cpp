#include "demotokens.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // QRandomGenerator::system() is the OS CSPRNG.
    for (int i = 0; i < count; ++i) {
        bytes[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return bytes;
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString DemoTokens::randomHex32()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

QString DemoTokens::randomAccessToken()
{
    return QString::fromLatin1(randomBytes(320).toBase64());
}

qint32 DemoTokens::randomInt32()
{
    return static_cast<qint32>(QRandomGenerator::system()->generate());
}

QString DemoTokens::randomDigits(int count)
{
    QString digits;
    digits.reserve(count);
    for (int i = 0; i < count; ++i) {
        digits.append(QChar(u'0' + static_cast<char16_t>(QRandomGenerator::system()->bounded(10))));
    }
    return digits;
}

QString DemoTokens::signHs256(const QJsonObject& payload, const QByteArray& secret)
{
    const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray signingInput
        = base64Url(header) + '.' + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}
