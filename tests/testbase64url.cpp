#include "jwt/base64url.h"

#include <QRandomGenerator>
#include <QTest>
#include <cstring>

using namespace Qt::StringLiterals;

class TestBase64Url final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void roundTrip_data();
    void roundTrip();
    void randomRoundTrips();
    void everyByteAtEveryPosition();
    void agreesWithQt_data();
    void agreesWithQt();
};

void TestBase64Url::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("canonical");
    QTest::addColumn<qsizetype>("errorOffset");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("empty") << QByteArray() << true << QByteArray() << true << qsizetype(-1) << QString();
    QTest::newRow("canonical header") << QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9") << true
                                      << QByteArray(R"({"alg":"HS256","typ":"JWT"})") << true << qsizetype(-1)
                                      << QString();
    QTest::newRow("two chars") << QByteArray("YQ") << true << QByteArray("a") << true << qsizetype(-1) << QString();
    QTest::newRow("three chars") << QByteArray("YWI") << true << QByteArray("ab") << true << qsizetype(-1) << QString();
    QTest::newRow("four chars") << QByteArray("YWJj") << true << QByteArray("abc") << true << qsizetype(-1)
                                << QString();
    QTest::newRow("url alphabet") << QByteArray("-_-_") << true << QByteArray("\xfb\xff\xbf", 3) << true
                                  << qsizetype(-1) << QString();
    QTest::newRow("padding two") << QByteArray("YQ==") << true << QByteArray("a") << false << qsizetype(-1)
                                 << QString();
    QTest::newRow("padding one") << QByteArray("YWI=") << true << QByteArray("ab") << false << qsizetype(-1)
                                 << QString();
    QTest::newRow("trailing bits one byte")
        << QByteArray("YR") << true << QByteArray("a") << false << qsizetype(-1) << QString();
    QTest::newRow("trailing bits two bytes")
        << QByteArray("YWJ") << true << QByteArray("ab") << false << qsizetype(-1) << QString();
    QTest::newRow("length 1 mod 4: one") << QByteArray("Y") << false << QByteArray() << true << qsizetype(0)
                                         << u"4n + 1"_s;
    QTest::newRow("length 1 mod 4: five")
        << QByteArray("YWJjZ") << false << QByteArray() << true << qsizetype(4) << u"5 characters"_s;
    QTest::newRow("plus sign") << QByteArray("ab+d") << false << QByteArray() << true << qsizetype(2) << u"'+'"_s;
    QTest::newRow("slash") << QByteArray("abc/") << false << QByteArray() << true << qsizetype(3) << u"'/'"_s;
    QTest::newRow("space inside") << QByteArray("ab cd") << false << QByteArray() << true << qsizetype(2) << u"0x20"_s;
    QTest::newRow("dot") << QByteArray("abc.def") << false << QByteArray() << true << qsizetype(3) << u"'.'"_s;
    QTest::newRow("nul byte") << QByteArray("ab\0d", 4) << false << QByteArray() << true << qsizetype(2) << u"0x00"_s;
    QTest::newRow("high byte") << QByteArray("abc\xc3\xa9") << false << QByteArray() << true << qsizetype(3)
                               << u"0xc3"_s;
    QTest::newRow("padding in the middle")
        << QByteArray("YQ==YQ") << false << QByteArray() << true << qsizetype(2) << u"offset 2"_s;
    QTest::newRow("three padding chars") << QByteArray("YQ===") << false << QByteArray() << true << qsizetype(2)
                                         << u"offset 2"_s;
    QTest::newRow("padding wrong count") << QByteArray("YWJ==") << false << QByteArray() << true << qsizetype(3)
                                         << u"offset 3"_s;
    QTest::newRow("only padding") << QByteArray("==") << false << QByteArray() << true << qsizetype(0) << u"offset 0"_s;
    // Groups are decoded before they are checked: a bad character is found wherever its group is.
    QTest::newRow("many groups") << QByteArray("YWJjZGVmZ2hpamts") << true << QByteArray("abcdefghijkl") << true
                                 << qsizetype(-1) << QString();
    QTest::newRow("bad character in a middle group")
        << QByteArray("YWJjZG~mZ2hpamts") << false << QByteArray() << true << qsizetype(6) << u"'~'"_s;
    QTest::newRow("bad character in the last group")
        << QByteArray("YWJjZGVmZ2hpamt*") << false << QByteArray() << true << qsizetype(15) << u"'*'"_s;
    QTest::newRow("bad character in a two-character tail")
        << QByteArray("YWJjZGVm!Q") << false << QByteArray() << true << qsizetype(8) << u"'!'"_s;
    QTest::newRow("bad character in a three-character tail")
        << QByteArray("YWJjZGVmYW\x01") << false << QByteArray() << true << qsizetype(10) << u"0x01"_s;
}

void TestBase64Url::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    QFETCH(bool, canonical);
    QFETCH(qsizetype, errorOffset);
    QFETCH(QString, errorMentions);

    const Base64UrlResult result = Base64Url::decode(input);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.errorOffset, errorOffset);
    if (ok) {
        QCOMPARE(result.data, expected);
        QCOMPARE(result.canonical, canonical);
        QVERIFY(result.error.isEmpty());
    } else {
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
        QVERIFY(result.error.endsWith(u'.'));
    }
}

void TestBase64Url::roundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one zero byte") << QByteArray(1, '\0');
    QTest::newRow("all byte values") << [] {
        QByteArray all;
        for (int i = 0; i < 256; ++i) {
            all.append(char(i));
        }
        return all;
    }();
    QTest::newRow("ff ff") << QByteArray("\xff\xff");
    QTest::newRow("json") << QByteArray(R"({"sub":"äöü","n":1})");
}

void TestBase64Url::roundTrip()
{
    QFETCH(QByteArray, data);
    const QByteArray encoded = Base64Url::encode(data);
    QVERIFY(!encoded.contains('='));
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains('/'));
    const Base64UrlResult result = Base64Url::decode(encoded);
    QVERIFY(result.ok);
    QVERIFY(result.canonical);
    QCOMPARE(result.data, data);
}

void TestBase64Url::randomRoundTrips()
{
    QRandomGenerator generator(20261129);
    for (int length = 0; length < 200; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (auto& c : data) {
            c = char(generator.bounded(256));
        }
        const QByteArray encoded = Base64Url::encode(data);
        const Base64UrlResult result = Base64Url::decode(encoded);
        QVERIFY(result.ok);
        QVERIFY(result.canonical);
        QCOMPARE(result.data, data);
    }
}

// Every byte value at every position of texts of several groups and each kind of tail: a base64url character decodes
// as a plain reading of the alphabet does, any other byte is named at its offset (the decoder checks once per text).
void TestBase64Url::everyByteAtEveryPosition()
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const auto plainDecode = [](const QByteArray& text) {
        QByteArray bytes;
        quint32 bits = 0;
        int count = 0;
        for (const char c : text) {
            bits = (bits << 6) | quint32(std::strchr(Alphabet, c) - Alphabet);
            count += 6;
            if (count >= 8) {
                count -= 8;
                bytes.append(char((bits >> count) & 0xff));
            }
        }
        return bytes;
    };
    QRandomGenerator generator(20261207);
    for (const int length : { 20, 36, 38, 39, 52, 68 }) {
        QByteArray text(length, Qt::Uninitialized);
        for (auto& c : text) {
            c = Alphabet[generator.bounded(64)];
        }
        // Trailing bits are zero, as encode() writes them.
        text.back() = length % 4 == 2 ? 'A' : (length % 4 == 3 ? 'E' : text.back());
        for (int position = 0; position < length; ++position) {
            for (int value = 0; value < 256; ++value) {
                QByteArray changed = text;
                changed[position] = char(value);
                const bool isBase64Url = value != 0 && std::strchr(Alphabet, value) != nullptr;
                if (!isBase64Url && value == '=' && position >= length - 2) {
                    continue; // padding at the end has its own rules (decode_data)
                }
                if (isBase64Url && position == length - 1 && length % 4 != 0) {
                    continue; // trailing bits (decode_data)
                }
                const Base64UrlResult result = Base64Url::decode(changed);
                const QByteArray where = "length " + QByteArray::number(length) + ", position "
                    + QByteArray::number(position) + ", byte " + QByteArray::number(value);
                QVERIFY2(result.ok == isBase64Url, where.constData());
                if (isBase64Url) {
                    QVERIFY2(result.data == plainDecode(changed), where.constData());
                } else {
                    QVERIFY2(result.errorOffset == position, where.constData());
                }
            }
        }
    }
}

void TestBase64Url::agreesWithQt_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("short") << QByteArray("ab?");
    QTest::newRow("binary") << QByteArray("\x00\xfe\xff\x10\x80", 5);
    QTest::newRow("text") << QByteArray("The quick brown fox jumps over the lazy dog");
}

void TestBase64Url::agreesWithQt()
{
    QFETCH(QByteArray, data);
    QCOMPARE(Base64Url::encode(data), data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "testbase64url.moc"
