#include "base64url.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The value of each base64url character, -1 for every other byte: one lookup per character instead of a chain of
// comparisons (a Kibo JWT is ~1,400 characters, decoded on every login and paste).
constexpr std::array<qint8, 256> SextetTable = [] {
    std::array<qint8, 256> table {};
    table.fill(-1);
    for (int i = 0; i < 64; ++i) {
        table[static_cast<unsigned char>(Alphabet[i])] = static_cast<qint8>(i);
    }
    return table;
}();

int sextet(char c)
{
    return SextetTable[static_cast<unsigned char>(c)];
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

    // One pass to know that every character is valid (an invalid one has the sign bit set in the table); only a
    // text that is not base64url looks for the first offender, to name it.
    qint8 invalid = 0;
    for (qsizetype i = 0; i < length; ++i) {
        invalid |= SextetTable[static_cast<unsigned char>(input[i])];
    }
    for (qsizetype i = 0; invalid < 0 && i < length; ++i) {
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

    // Every character is known to be valid here: decode four at a time into a buffer of the exact size.
    QByteArray out(length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1), Qt::Uninitialized);
    char* to = out.data();
    const char* from = input.data();
    qsizetype i = 0;
    for (; i + 4 <= length; i += 4) {
        const quint32 n = (quint32(sextet(from[i])) << 18) | (quint32(sextet(from[i + 1])) << 12)
            | (quint32(sextet(from[i + 2])) << 6) | quint32(sextet(from[i + 3]));
        *to++ = char(n >> 16);
        *to++ = char((n >> 8) & 0xff);
        *to++ = char(n & 0xff);
    }
    quint32 trailingBits = 0; // the bits of the last character that no byte takes: encode() writes them as zero
    if (length - i == 2) {
        const quint32 n = (quint32(sextet(from[i])) << 6) | quint32(sextet(from[i + 1]));
        *to++ = char(n >> 4);
        trailingBits = n & 0x0f;
    } else if (length - i == 3) {
        const quint32 n
            = (quint32(sextet(from[i])) << 12) | (quint32(sextet(from[i + 1])) << 6) | quint32(sextet(from[i + 2]));
        *to++ = char(n >> 10);
        *to++ = char((n >> 2) & 0xff);
        trailingBits = n & 0x03;
    }

    result.data = std::move(out);
    result.ok = true;
    // Padding or non-zero trailing bits make the input differ from what encode() writes for these bytes.
    result.canonical = padding == 0 && trailingBits == 0;
    return result;
}
