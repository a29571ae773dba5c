// The CLI prints nothing a terminal acts on instead of showing (CliOutput::terminalSafe): a server's message or a
// token's claim with an escape sequence, a carriage return, a C1 control or a bidirectional override reaches the
// terminal as a visible \uXXXX escape, in text and in JSON, and JSON still reads back the same string.
#include "cli/clioutput.h"
#include "helpers/cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray base64url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// True when bytes hold a character a terminal acts on (see CliOutput::terminalSafe), new lines and tabs aside.
bool hasTerminalControl(const QByteArray& bytes)
{
    for (const QChar c : QString::fromUtf8(bytes)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalSafe_data();
    void terminalSafe();
    void decodedClaimsCannotDriveTheTerminal_data();
    void decodedClaimsCannotDriveTheTerminal();
};

void TestCliOutput::terminalSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Ada Lovelace – ok\n\tnext"_s << u"Ada Lovelace – ok\n\tnext"_s;
    QTest::newRow("colour") << u"\x1b[31mred"_s << u"\\u001b[31mred"_s;
    QTest::newRow("title") << u"\x1b]0;owned\x07"_s << u"\\u001b]0;owned\\u0007"_s;
    QTest::newRow("carriage return") << u"ok\rfake"_s << u"ok\\u000dfake"_s;
    QTest::newRow("DEL and C1 CSI") << u"a\x7f\x9b"
                                       "2J"_s
                                    << u"a\\u007f\\u009b2J"_s;
    QTest::newRow("bidi override") << u"abc\u202Edcb\u2066x\u2069"_s << u"abc\\u202edcb\\u2066x\\u2069"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\u0000"_s;
}

void TestCliOutput::terminalSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(CliOutput::terminalSafe(text), shown);
    // Inside a JSON string the escapes read back as the original characters.
    const QString quoted = u"[\""_s
        + CliOutput::terminalSafe(
            QString::fromUtf8(QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact).mid(2).chopped(2)))
        + u"\"]"_s;
    QCOMPARE(QJsonDocument::fromJson(quoted.toUtf8()).array().at(0).toString(), text);
}

void TestCliOutput::decodedClaimsCannotDriveTheTerminal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("text") << QStringList { u"decode"_s, u"-"_s };
    QTest::newRow("json") << QStringList { u"decode"_s, u"--json"_s, u"-"_s };
}

void TestCliOutput::decodedClaimsCannotDriveTheTerminal()
{
    QFETCH(QStringList, arguments);
    const QByteArray claims = QJsonDocument(
        QJsonObject { { u"sub"_s, u"\x1b]0;owned\x07\x1b[2J\rreal\u202Etxt.exe"_s }, { u"name"_s, u"\u009b31m"_s } })
                                  .toJson(QJsonDocument::Compact);
    const QByteArray token = base64url(R"({"alg":"none"})") + '.' + base64url(claims) + '.';
    const CliResult result = runCli(arguments, token + '\n');
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    QVERIFY2(!hasTerminalControl(result.out), result.out.constData());
    QVERIFY2(!hasTerminalControl(result.err), result.err.constData());
    QVERIFY2(result.out.contains("owned"), result.out.constData()); // shown, as text
    if (arguments.contains(u"--json"_s)) {
        // The JSON reads back the claim as it was.
        const QJsonObject json = result.json();
        QVERIFY2(QJsonDocument(json).toJson().contains("\\u001b]0;owned"), result.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "testclioutput.moc"
