#include "kibo/kiboresponse.h"

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

QDateTime KiboResponse::parseHttpDate(const QByteArray& value)
{
    // Qt's RFC 2822 reader wants a numeric zone where HTTP writes "GMT".
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s)) {
        text = text.chopped(4) + u" +0000"_s;
    }
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}
