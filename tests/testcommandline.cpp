// Hostile command lines (issue "Hostile input everywhere", item 3): no command line ends in an abort or a
// signal, with a display or without one. The real executable, started without a display (no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM): a mistyped command is a usage error with a suggestion, on standard
// error or as one JSON object, and never reaches a GUI platform plugin.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deadline = 60000;

// The command names of architecture.md's CLI contract.
const QStringList Commands { u"demo-server"_s, u"login"_s, u"refresh"_s, u"anonymous"_s, u"profile"_s, u"tenant"_s,
    u"decode"_s, u"diff"_s, u"verify"_s };

struct Run
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH), arguments);
    if (!process.waitForStarted(Deadline)) {
        return {};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(Deadline)) {
        process.kill();
        process.waitForFinished(Deadline);
        return {};
    }
    return { process.exitStatus(), process.exitCode(), process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownCommand_data();
    void unknownCommand();
    void unknownCommandAsJson_data();
    void unknownCommandAsJson();
    void guiWithoutDisplay_data();
    void guiWithoutDisplay();
    void guiOnOffscreenStarts_data();
    void guiOnOffscreenStarts();
    void guiUsageErrors_data();
    void guiUsageErrors();
    void noCommandLineEndsInASignal_data();
    void noCommandLineEndsInASignal();

private:
    // The test's environment without any display: what a server, a container or an ssh session without X
    // forwarding gives.
    QProcessEnvironment headless() const;

    QTemporaryDir m_home;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
}

QProcessEnvironment TestCommandLine::headless() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
        { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"WAYLAND_SOCKET"_s, u"QT_QPA_PLATFORM"_s, u"XDG_SESSION_TYPE"_s }) {
        environment.remove(name);
    }
    // No compositor's socket either, and no settings of the user's.
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    return environment;
}

void TestCommandLine::unknownCommand_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("suggestion");

    // Each command with two neighbouring letters swapped, and with one letter missing.
    for (const QString& command : Commands) {
        QString swapped = command;
        std::swap(swapped[1], swapped[2]);
        QTest::addRow("%s swapped", qPrintable(command)) << swapped << command;
        QTest::addRow("%s short of a letter", qPrintable(command)) << QString(command).remove(2, 1) << command;
    }
    QTest::newRow("capitals") << u"LOGIN"_s << u"login"_s;
    QTest::newRow("the start of one command") << u"demo"_s << u"demo-server"_s;
    QTest::newRow("nothing close") << u"xyzzy"_s << QString();
    QTest::newRow("a start that two commands share") << u"de"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("standard input's dash") << u"-"_s << QString();
    QTest::newRow("a file name") << u"/tmp/ticket.json"_s << QString();
}

void TestCommandLine::unknownCommand()
{
    QFETCH(QString, word);
    QFETCH(QString, suggestion);
    const Run result = run({ word }, headless());
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(QByteArray("unknown command '" + word.toUtf8() + "'\n")), result.err.constData());
    if (suggestion.isEmpty()) {
        QVERIFY2(!result.err.contains("Did you mean"), result.err.constData());
    } else {
        QVERIFY2(
            result.err.contains(QByteArray("Did you mean '" + suggestion.toUtf8() + "'?")), result.err.constData());
    }
    QVERIFY(result.err.contains("kibo-token-inspector --help"));
}

void TestCommandLine::unknownCommandAsJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonValue>("suggestion");

    QTest::newRow("close to login") << QStringList { u"lgoin"_s, u"--json"_s } << QJsonValue(u"login"_s);
    QTest::newRow("--json further on") << QStringList { u"verfiy"_s, u"TOKEN"_s, u"--key"_s, u"k.pem"_s, u"--json"_s }
                                       << QJsonValue(u"verify"_s);
    QTest::newRow("nothing close") << QStringList { u"xyzzy"_s, u"--json"_s } << QJsonValue(QJsonValue::Null);
}

void TestCommandLine::unknownCommandAsJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonValue, suggestion);
    const Run result = run(arguments, headless());
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(document.isObject(), result.out.constData());
    QCOMPARE(document.object().keys(), QStringList { u"error"_s });
    const QJsonObject error = document.object().value(u"error"_s).toObject();
    QCOMPARE(error.keys(), (QStringList { u"code"_s, u"message"_s, u"suggestion"_s }));
    QCOMPARE(error.value(u"code"_s).toString(), u"unknown-command"_s);
    QCOMPARE(error.value(u"message"_s).toString(), u"unknown command '%1'"_s.arg(arguments.constFirst()));
    QCOMPARE(error.value(u"suggestion"_s), suggestion);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestCommandLine::guiWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE, added to headless()
    QTest::addColumn<QByteArray>("opening");

    const QByteArray english = "No display could be opened";
    QTest::newRow("no arguments") << QStringList() << QStringList() << english;
    QTest::newRow("--demo") << QStringList { u"--demo"_s } << QStringList() << english;
    QTest::newRow("--profile Demo") << QStringList { u"--profile"_s, u"Demo"_s } << QStringList() << english;
    QTest::newRow("in German") << QStringList { u"--lang"_s, u"de"_s } << QStringList()
                               << QByteArray("Es konnte keine Anzeige geöffnet werden");
    QTest::newRow("QT_QPA_PLATFORM=xcb") << QStringList() << QStringList { u"QT_QPA_PLATFORM=xcb"_s } << english;
    QTest::newRow("-platform xcb") << QStringList { u"-platform"_s, u"xcb"_s } << QStringList() << english;
    QTest::newRow("QT_QPA_PLATFORM=wayland")
        << QStringList() << QStringList { u"QT_QPA_PLATFORM=wayland"_s } << english;
    QTest::newRow("DISPLAY names no server") << QStringList() << QStringList { u"DISPLAY=:4242"_s } << english;
    QTest::newRow("DISPLAY is not a display name") << QStringList() << QStringList { u"DISPLAY=nonsense"_s } << english;
    QTest::newRow("WAYLAND_DISPLAY names no socket")
        << QStringList() << QStringList { u"QT_QPA_PLATFORM=wayland"_s, u"WAYLAND_DISPLAY=wayland-9"_s } << english;
}

void TestCommandLine::guiWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, opening);
    QProcessEnvironment headlessPlus = headless();
    for (const QString& variable : std::as_const(environment)) {
        headlessPlus.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    }
    const Run result = run(arguments, headlessPlus);
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(opening), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line
    QVERIFY(result.err.contains("'kibo-token-inspector --help'"));
    QVERIFY(result.err.contains("'kibo-token-inspector demo-server'"));
}

void TestCommandLine::guiOnOffscreenStarts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("platform"); // QT_QPA_PLATFORM

    QTest::newRow("QT_QPA_PLATFORM=offscreen") << QStringList() << u"offscreen"_s;
    QTest::newRow("QT_QPA_PLATFORM=minimal") << QStringList { u"--demo"_s } << u"minimal"_s;
    QTest::newRow("-platform offscreen") << QStringList { u"-platform"_s, u"offscreen"_s } << QString();
    QTest::newRow("-platform offscreen over xcb")
        << QStringList { u"--demo"_s, u"-platform"_s, u"offscreen"_s } << u"xcb"_s;
}

void TestCommandLine::guiOnOffscreenStarts()
{
    // The window runs until it is closed: it has started when it is still running once Qt's platform plugin has
    // spoken (the offscreen plugin warns on standard error as the window is shown), or at the deadline.
    QFETCH(QStringList, arguments);
    QFETCH(QString, platform);
    QProcessEnvironment environment = headless();
    if (!platform.isEmpty()) {
        environment.insert(u"QT_QPA_PLATFORM"_s, platform);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy spoke(&process, &QProcess::readyReadStandardError);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH), arguments);
    QVERIFY(process.waitForStarted(Deadline));
    QTRY_VERIFY_WITH_TIMEOUT(!spoke.isEmpty() || !finished.isEmpty(), 20000);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(finished.isEmpty(), err.constData());
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY2(!err.contains("No display"), err.constData());
    process.kill();
    QVERIFY(process.waitForFinished(Deadline));
}

void TestCommandLine::guiUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << QByteArray("Unknown option 'bogus'.");
    QTest::newRow("--profile without a name")
        << QStringList { u"--profile"_s } << QByteArray("Missing value after '--profile'.");
    QTest::newRow("a word after an option")
        << QStringList { u"--demo"_s, u"lgoin"_s } << QByteArray("The window takes no arguments besides its options.");
    QTest::newRow("a word after --") << QStringList { u"--"_s, u"login"_s }
                                     << QByteArray("The window takes no arguments besides its options.");
}

void TestCommandLine::guiUsageErrors()
{
    // With a display: the window's own options are checked as the commands' are, exit 2 (not QCommandLineParser's 1).
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QProcessEnvironment environment = headless();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run result = run(arguments, environment);
    QCOMPARE(result.status, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestCommandLine::noCommandLineEndsInASignal_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("empty word") << QStringList { QString() } << 2;
    QTest::newRow("--") << QStringList { u"--"_s } << 2;
    QTest::newRow("-- then a word") << QStringList { u"--"_s, u"login"_s } << 2;
    QTest::newRow("-") << QStringList { u"-"_s } << 2;
    QTest::newRow("unknown long option") << QStringList { u"--bogus"_s } << 2;
    QTest::newRow("unknown short option") << QStringList { u"-x"_s } << 2;
    QTest::newRow("--json alone") << QStringList { u"--json"_s } << 2;
    QTest::newRow("--lang without a value") << QStringList { u"--lang"_s } << 2;
    QTest::newRow("--profile without a name") << QStringList { u"--profile"_s } << 2;
    QTest::newRow("--lang de then a typo") << QStringList { u"--lang"_s, u"de"_s, u"lgoin"_s } << 2;
    QTest::newRow("a word after a GUI option") << QStringList { u"--demo"_s, u"lgoin"_s } << 2;
    QTest::newRow("-platform without a name") << QStringList { u"-platform"_s } << 2;
    QTest::newRow("-platform of nonsense") << QStringList { u"-platform"_s, u";;:"_s } << 2;
    QTest::newRow("-display of nonsense")
        << QStringList { u"-platform"_s, u"xcb"_s, u"-display"_s, u"tcp/:x.y"_s } << 2;
    QTest::newRow("control characters") << QStringList { u"\x01\x1b[2J\x7f"_s } << 2;
    QTest::newRow("C1 controls and a lone surrogate")
        << QStringList { QString(QChar(0x9b)) + QChar(0xd800) + u"x"_s } << 2;
    QTest::newRow("right-to-left override") << QStringList { u"\u202elogin"_s } << 2;
    QTest::newRow("very long word") << QStringList { QString(100000, u'a') } << 2;
    QTest::newRow("very long option") << QStringList { u"--"_s + QString(100000, u'b') } << 2;
    QTest::newRow("very long --json word") << QStringList { QString(100000, u'c'), u"--json"_s } << 2;
    QTest::newRow("many words") << QStringList(2000, u"lgoin"_s) << 2;
    QTest::newRow("help then garbage") << QStringList { u"help"_s, u"\x01"_s } << 0;
    QTest::newRow("--version then garbage") << QStringList { u"--version"_s, u"--bogus"_s } << 0;
    QTest::newRow("a command then an unknown option") << QStringList { u"decode"_s, u"--bogus"_s } << 2;
    for (const QString& command : Commands) {
        QTest::addRow("%s in capitals", qPrintable(command)) << QStringList { command.toUpper() } << 2;
        QTest::addRow("%s doubled", qPrintable(command)) << QStringList { command + command } << 2;
        QTest::addRow("%s with a letter more", qPrintable(command)) << QStringList { command + u'x' } << 2;
    }
}

void TestCommandLine::noCommandLineEndsInASignal()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(arguments, headless());
    QVERIFY2(result.status == QProcess::NormalExit, result.err.constData());
    QCOMPARE(result.exitCode, exitCode);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "testcommandline.moc"
