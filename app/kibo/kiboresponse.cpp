#include "kibo/kiboresponse.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray KiboResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool KiboResponse::hasControlBytes(const QByteArray& value)
{
    return std::any_of(value.begin(), value.end(), [](char c) { return (uchar(c) < 0x20 && c != '\t') || c == 0x7f; });
}

QDateTime KiboResponse::parseHttpDate(const QByteArray& value)
{
    // A header value holds no control characters (RFC 9110 §5.5); Qt's readers would skip some and stop at a NUL.
    if (hasControlBytes(value)) {
        return {};
    }
    // Qt's RFC 2822 reader wants a numeric zone where HTTP writes "GMT".
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s)) {
        text = text.chopped(4) + u" +0000"_s;
    }
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}
