#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// The outcome of decoding one base64url segment: the bytes, or an error that names the offending
// character and its offset. `canonical` is false when the input decoded but would not be produced
// by encode() (padding, non-zero trailing bits).
struct Base64UrlResult
{
    QByteArray data;
    bool ok = false;
    QString error;
    qsizetype errorOffset = -1;
    bool canonical = true;
};

// Strict base64url (RFC 4648 section 5) codec of our own: Qt's decoder accepts padding, drops a
// dangling fifth character and ignores trailing bits, which hides tampering.
class Base64Url
{
    Q_DECLARE_TR_FUNCTIONS(Base64Url)

public:
    static Base64UrlResult decode(QByteArrayView input);
    static QByteArray encode(QByteArrayView data);

private:
    static bool findInvalidCharacter(QByteArrayView input, qsizetype length, Base64UrlResult* result);
};
