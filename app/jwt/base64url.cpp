#include "base64url.h"

#include <QtEndian>
#include <array>
#include <cstring>

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

constexpr int sextet(char c)
{
    return SextetTable[static_cast<unsigned char>(c)];
}

// The bit no valid character sets in the quad tables below: one test per segment tells that every character was valid.
constexpr quint32 InvalidBit = 1U << 24;

// For the character at position k of a group of four, its six bits already in their place in the group's three
// bytes, laid out as the bytes are in memory read as a little-endian number (InvalidBit for every other byte):
// a group decodes by four lookups and three ORs, and the loop checks no character on its way.
constexpr std::array<quint32, 256> quadTable(int position)
{
    std::array<quint32, 256> table {};
    for (int c = 0; c < 256; ++c) {
        const int value = sextet(static_cast<char>(c));
        if (value < 0) {
            table[c] = InvalidBit;
            continue;
        }
        const auto s = static_cast<quint32>(value);
        switch (position) {
        case 0:
            table[c] = s << 2; // byte 0, bits 7..2
            break;
        case 1:
            table[c] = (s >> 4) | ((s & 0x0f) << 12); // byte 0, bits 1..0; byte 1, bits 7..4
            break;
        case 2:
            table[c] = ((s >> 2) << 8) | ((s & 0x03) << 22); // byte 1, bits 3..0; byte 2, bits 7..6
            break;
        default:
            table[c] = s << 16; // byte 2, bits 5..0
            break;
        }
    }
    return table;
}

constexpr std::array<quint32, 256> Quad0 = quadTable(0);
constexpr std::array<quint32, 256> Quad1 = quadTable(1);
constexpr std::array<quint32, 256> Quad2 = quadTable(2);
constexpr std::array<quint32, 256> Quad3 = quadTable(3);

quint32 quadAt(const uchar* from)
{
    return Quad0[from[0]] | Quad1[from[1]] | Quad2[from[2]] | Quad3[from[3]];
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

// The error for the first character that is not base64url among the first `length`; false when there is none.
bool Base64Url::findInvalidCharacter(QByteArrayView input, qsizetype length, Base64UrlResult* result)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (sextet(input[i]) >= 0) {
            continue;
        }
        result->errorOffset = i;
        if (input[i] == '=') {
            result->error = tr("Padding character '=' at offset %1 is not at the end.").arg(i);
        } else if (input[i] == '+' || input[i] == '/') {
            result->error = tr("Character %1 at offset %2 belongs to standard base64, not base64url.")
                                .arg(describeCharacter(input[i]))
                                .arg(i);
        } else {
            result->error
                = tr("Character %1 at offset %2 is not valid base64url.").arg(describeCharacter(input[i])).arg(i);
        }
        return true;
    }
    return false;
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

    // A bad character is named before a bad length.
    if (length % 4 == 1 || (padding > 0 && (length + padding) % 4 != 0)) {
        if (findInvalidCharacter(input, length, &result)) {
            return result;
        }
        if (length % 4 == 1) {
            result.errorOffset = length - 1;
            result.error = tr("The text has %1 characters; a length that leaves one character over (4n + 1) "
                              "cannot be base64url.")
                               .arg(length);
        } else {
            result.errorOffset = length;
            result.error = tr("The '=' padding at offset %1 does not complete a group of four characters.").arg(length);
        }
        return result;
    }

    // Decodes and validates in one pass, four characters at a time into a buffer of the exact size: every lookup of
    // a character that is not base64url sets InvalidBit, checked once at the end, when only a text that is not
    // base64url looks for the first offender, to name it. Each group but the last stores four bytes at once (its
    // three and one the next group overwrites); the last stores its three alone.
    QByteArray out(length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1), Qt::Uninitialized);
    char* to = out.data();
    const auto* from = reinterpret_cast<const uchar*>(input.data());
    quint32 seen = 0;
    qsizetype i = 0;
    for (; i + 4 < length; i += 4) {
        const quint32 n = quadAt(from + i);
        seen |= n;
        const quint32 bytes = qToLittleEndian(n);
        std::memcpy(to, &bytes, 4);
        to += 3;
    }
    if (i + 4 == length) {
        const quint32 n = quadAt(from + i);
        seen |= n;
        *to++ = char(n & 0xff);
        *to++ = char((n >> 8) & 0xff);
        *to++ = char((n >> 16) & 0xff);
        i += 4;
    }
    quint32 trailingBits = 0; // the bits of the last character that no byte takes: encode() writes them as zero
    if (length - i == 2) {
        const quint32 n = Quad0[from[i]] | Quad1[from[i + 1]];
        seen |= n;
        *to++ = char(n & 0xff);
        trailingBits = n & 0xff00;
    } else if (length - i == 3) {
        const quint32 n = Quad0[from[i]] | Quad1[from[i + 1]] | Quad2[from[i + 2]];
        seen |= n;
        *to++ = char(n & 0xff);
        *to++ = char((n >> 8) & 0xff);
        trailingBits = n & 0xff0000;
    }
    if ((seen & InvalidBit) != 0) {
        findInvalidCharacter(input, length, &result);
        return result;
    }

    result.data = std::move(out);
    result.ok = true;
    // Padding or non-zero trailing bits make the input differ from what encode() writes for these bytes.
    result.canonical = padding == 0 && trailingBits == 0;
    return result;
}
