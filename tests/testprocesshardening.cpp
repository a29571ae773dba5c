#include "processhardening.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Crash output must not carry secrets: the hardening is read back from the operating system, first in
// this process, then in the real executable, which applies it at start-up in release builds.
class TestProcessHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyDisablesCoreDumpsAndTracing();
    void theExecutableIsHardened();
};

namespace {

// The soft and hard core size limits of a running process, from /proc/<pid>/limits.
QStringList coreLimits(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromLatin1(limits.readAll());
    const QRegularExpressionMatch match
        = QRegularExpression(u"^Max core file size\\s+(\\S+)\\s+(\\S+)"_s, QRegularExpression::MultilineOption)
              .match(text);
    return match.hasMatch() ? QStringList { match.captured(1), match.captured(2) } : QStringList {};
}

} // namespace

void TestProcessHardening::applyDisablesCoreDumpsAndTracing()
{
#if !defined(__linux__)
    QSKIP("PR_GET_DUMPABLE and /proc are Linux-only");
#endif
    // The test process starts dumpable with the default core limit: the read-back must see a change.
    QVERIFY(ProcessHardening::dumpable());
    ProcessHardening::apply();
    QVERIFY(ProcessHardening::coreDumpsDisabled());
    QVERIFY(!ProcessHardening::dumpable());
    QCOMPARE(coreLimits(QCoreApplication::applicationPid()), (QStringList { u"0"_s, u"0"_s }));
}

void TestProcessHardening::theExecutableIsHardened()
{
#if !defined(__linux__)
    QSKIP("/proc is Linux-only");
#endif
#ifndef NDEBUG
    QSKIP("debug builds keep core dumps for developers; main() hardens release builds only");
#endif
    // demo-server stays up until stopped, so its limits can be read while it runs.
    QProcess server;
    server.start(QStringLiteral(KTI_EXECUTABLE_PATH), { u"demo-server"_s, u"--port"_s, u"0"_s });
    QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 30000);
    QVERIFY(server.readLine().startsWith("listening on "));
    const QStringList limits = coreLimits(server.processId());
    server.kill();
    server.waitForFinished();
    QCOMPARE(limits, (QStringList { u"0"_s, u"0"_s }));
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "testprocesshardening.moc"
