#include "base64url.h"

using namespace Qt::StringLiterals;

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

QString describeCharacter(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f) {
        return u"'%1'"_s.arg(QChar(QLatin1Char(c)));
    }
    return u"0x%1"_s.arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray Base64Url::encode(QByteArrayView data)
{
    QByteArray out;
    out.reserve((data.size() * 4 + 2) / 3);
    qsizetype i = 0;
    const auto byteAt = [&data](qsizetype k) {
        return static_cast<unsigned char>(data[k]);
    };
    for (; i + 3 <= data.size(); i += 3) {
        const quint32 n = (quint32(byteAt(i)) << 16) | (quint32(byteAt(i + 1)) << 8) | byteAt(i + 2);
        out.append(Alphabet[(n >> 18) & 63]);
        out.append(Alphabet[(n >> 12) & 63]);
        out.append(Alphabet[(n >> 6) & 63]);
        out.append(Alphabet[n & 63]);
    }
    const qsizetype rest = data.size() - i;
    if (rest == 1) {
        const quint32 n = quint32(byteAt(i)) << 16;
        out.append(Alphabet[(n >> 18) & 63]);
        out.append(Alphabet[(n >> 12) & 63]);
    } else if (rest == 2) {
        const quint32 n = (quint32(byteAt(i)) << 16) | (quint32(byteAt(i + 1)) << 8);
        out.append(Alphabet[(n >> 18) & 63]);
        out.append(Alphabet[(n >> 12) & 63]);
        out.append(Alphabet[(n >> 6) & 63]);
    }
    return out;
}

Base64UrlResult Base64Url::decode(QByteArrayView input)
{
    Base64UrlResult result;

    // Padding is tolerated only at the end, at most two characters, and marks the input non-canonical.
    qsizetype length = input.size();
    qsizetype padding = 0;
    while (length > 0 && input[length - 1] == '=' && padding < 2) {
        --length;
        ++padding;
    }

    for (qsizetype i = 0; i < length; ++i) {
        if (sextet(input[i]) < 0) {
            result.errorOffset = i;
            if (input[i] == '=') {
                result.error = tr("Padding character '=' at offset %1 is not at the end.").arg(i);
            } else if (input[i] == '+' || input[i] == '/') {
                result.error = tr("Character %1 at offset %2 belongs to standard base64, not base64url.")
                                   .arg(describeCharacter(input[i]))
                                   .arg(i);
            } else {
                result.error
                    = tr("Character %1 at offset %2 is not valid base64url.").arg(describeCharacter(input[i])).arg(i);
            }
            return result;
        }
    }

    if (length % 4 == 1) {
        result.errorOffset = length - 1;
        result.error = tr("The text has %1 characters; a length that leaves one character over (4n + 1) "
                          "cannot be base64url.")
                           .arg(length);
        return result;
    }
    if (padding > 0 && (length + padding) % 4 != 0) {
        result.errorOffset = length;
        result.error = tr("The '=' padding at offset %1 does not complete a group of four characters.").arg(length);
        return result;
    }

    QByteArray out;
    out.reserve(length * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        buffer = (buffer << 6) | quint32(sextet(input[i]));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }

    result.data = std::move(out);
    result.ok = true;
    // Re-encode: padding or non-zero trailing bits make the input differ from the canonical form.
    result.canonical = padding == 0 && encode(result.data) == input.first(length);
    return result;
}
