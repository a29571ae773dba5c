// The services module (services/services.h): the first window maps none of Qt Network, Qt HttpServer, QtKeychain and
// libcrypto (issue "Measured speed"), and the module is loaded when something first needs it — in this process
// (the test links it) and in the real executable, which only loads it by its path.
#include "firstframe.h"
#include "mainwindow.h"
#include "services/services.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First: nothing before it may have asked for the services.
    void firstFrameCallsNoService();
    void demoStartsTheServicesAfterTheFirstFrame();
    void executableNeedsNoServiceLibrary();
    void executableLoadsTheModuleWhenACommandNeedsIt();
};

namespace {

const QStringList ServiceLibraries
    = { u"libQt6Network.so"_s, u"libQt6HttpServer.so"_s, u"libqt6keychain.so"_s, u"libcrypto.so"_s };

QString mapsOf(qint64 pid)
{
    QFile maps(u"/proc/%1/maps"_s.arg(pid));
    if (!maps.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLocal8Bit(maps.readAll());
}

} // namespace

void TestServices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testservices"_s);
    QSettings().clear();
}

void TestServices::firstFrameCallsNoService()
{
    QVERIFY(!Services::isLoaded());
    FirstFrame::expect();
    MainWindow window;
    FirstFrame::show(&window);
    QTRY_VERIFY(!FirstFrame::isAwaited());
    // The deferred work after the first frame (icons, clear buttons) has run too.
    QCoreApplication::processEvents();
    QVERIFY2(!Services::isLoaded(), "the first window asked the services module for something");
}

void TestServices::demoStartsTheServicesAfterTheFirstFrame()
{
    FirstFrame::expect();
    MainWindow window;
    QSignalSpy started(&window, &MainWindow::demoTenantStarted);
    window.startDemoTenant();
    QVERIFY(!Services::isLoaded());
    FirstFrame::show(&window);
    QVERIFY(started.wait());
    QVERIFY(Services::isLoaded());
    // The demo over plain HTTP uses no TLS: Qt's TLS backend (and with it libssl and libcrypto's start-up, some
    // 4 MB resident) stays unloaded until something asks for https.
    const QString maps = mapsOf(QCoreApplication::applicationPid());
    QVERIFY2(!maps.contains(u"libssl.so"_s), "the demo tenant over HTTP loaded libssl");
    QVERIFY2(!maps.contains(u"/tls/"_s), "the demo tenant over HTTP loaded a TLS backend plugin");
}

void TestServices::executableNeedsNoServiceLibrary()
{
    // What the dynamic loader maps before main(): ldd lists it, the executable's own needs and theirs.
    QProcess ldd;
    ldd.start(u"ldd"_s, { QStringLiteral(KTI_EXECUTABLE_PATH) });
    QVERIFY(ldd.waitForFinished(30'000));
    const QString needed = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(needed.contains(u"libQt6Widgets.so"_s), qPrintable(needed));
    for (const QString& library : ServiceLibraries) {
        QVERIFY2(!needed.contains(library), qPrintable(library + u" is loaded at start:\n"_s + needed));
    }
    // The module sits beside the executable in the build tree, where Services::searchPaths() looks first.
    QVERIFY(QFileInfo::exists(QFileInfo(QStringLiteral(KTI_EXECUTABLE_PATH)).dir().filePath(u"libkti-services.so"_s)));
}

void TestServices::executableLoadsTheModuleWhenACommandNeedsIt()
{
    // The demo server needs Qt HttpServer: the executable loads the module by its path, and it serves.
    QProcess server;
    server.start(QStringLiteral(KTI_EXECUTABLE_PATH), { u"demo-server"_s, u"--port"_s, u"0"_s });
    QVERIFY(server.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAllStandardOutput()).contains("listening on"), 30'000);
    const QString maps = mapsOf(server.processId());
    server.kill();
    server.waitForFinished();
    QVERIFY2(maps.contains(u"libkti-services.so"_s), qPrintable(maps));
    QVERIFY2(maps.contains(u"libQt6HttpServer.so"_s), qPrintable(maps));
}

QTEST_MAIN(TestServices)
#include "testservices.moc"
