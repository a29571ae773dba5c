// Hostile command lines (issue "Hostile input everywhere", item 3): no command line ends in an abort or a
// signal, with a display or without one. The real executable, started without a display (no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM): a mistyped command is a usage error with a suggestion, on standard
// error or as one JSON object, and never reaches a GUI platform plugin.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "testcommandline.moc"
