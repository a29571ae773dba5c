// DisplayProbe: which platform Qt will load and whether its display can be opened, judged before QApplication
// exists. Displays are real sockets the test listens on (a Wayland socket in a runtime folder of its own, an X
// display by socket path and on a loopback TCP port); never a false "no" for a display that is there.
#include "displayprobe.h"

#include <QLocalServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArrayList Variables { "DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR",
    "QT_QPA_PLATFORM_PLUGIN_PATH", "QT_PLUGIN_PATH" };

} // namespace

class TestDisplayProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void platforms_data();
    void platforms();
    void canOpenDisplay_data();
    void canOpenDisplay();

private:
    QTemporaryDir m_runtime;
    QLocalServer m_wayland; // m_runtime/wayland-live
    QLocalServer m_x11; // m_runtime/x11-live, an X display given by its socket path
    QTcpServer m_x11Tcp; // 127.0.0.1:6000+n
    int m_tcpDisplay = -1;
};

void TestDisplayProbe::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QVERIFY(m_wayland.listen(m_runtime.filePath(u"wayland-live"_s)));
    QVERIFY(m_x11.listen(m_runtime.filePath(u"x11-live"_s)));
    // An X display number whose TCP port is free here.
    for (int display = 90; display < 200 && m_tcpDisplay < 0; ++display) {
        if (m_x11Tcp.listen(QHostAddress::LocalHost, quint16(6000 + display))) {
            m_tcpDisplay = display;
        }
    }
    QVERIFY(m_tcpDisplay >= 0);
}

void TestDisplayProbe::init()
{
    for (const QByteArray& name : Variables) {
        qunsetenv(name.constData());
    }
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
}

void TestDisplayProbe::platforms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("environment"); // QT_QPA_PLATFORM
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Qt's defaults") << QStringList() << QByteArray() << QStringList { u"wayland"_s, u"xcb"_s };
    QTest::newRow("QT_QPA_PLATFORM") << QStringList() << QByteArray("offscreen") << QStringList { u"offscreen"_s };
    QTest::newRow("a list with options") << QStringList() << QByteArray("wayland:foo=1;XCB")
                                         << QStringList { u"wayland"_s, u"xcb"_s };
    QTest::newRow("-platform wins") << QStringList { u"-platform"_s, u"minimal"_s } << QByteArray("xcb")
                                    << QStringList { u"minimal"_s };
    QTest::newRow("--platform too") << QStringList { u"--platform"_s, u"offscreen"_s } << QByteArray()
                                    << QStringList { u"offscreen"_s };
    QTest::newRow("-platform without a name")
        << QStringList { u"-platform"_s } << QByteArray("xcb") << QStringList { u"xcb"_s };
}

void TestDisplayProbe::platforms()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, environment);
    QFETCH(QStringList, expected);
    if (!environment.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", environment);
    }
    QCOMPARE(DisplayProbe::platforms(QStringList { u"kibo-token-inspector"_s } + arguments), expected);
}

void TestDisplayProbe::canOpenDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE; %R is the runtime folder, %T the TCP display
    QTest::addColumn<bool>("expected");

    QTest::newRow("nothing at all") << QStringList() << QStringList() << false;
    QTest::newRow("offscreen") << QStringList() << QStringList { u"QT_QPA_PLATFORM=offscreen"_s } << true;
    QTest::newRow("minimal by argument") << QStringList { u"-platform"_s, u"minimal"_s } << QStringList() << true;
    QTest::newRow("eglfs is Qt's to judge") << QStringList() << QStringList { u"QT_QPA_PLATFORM=eglfs"_s } << true;
    QTest::newRow("no such plugin") << QStringList() << QStringList { u"QT_QPA_PLATFORM=nonesuch"_s } << false;
    QTest::newRow("an empty name") << QStringList() << QStringList { u"QT_QPA_PLATFORM=:x"_s } << false;
    QTest::newRow("xcb without DISPLAY") << QStringList() << QStringList { u"QT_QPA_PLATFORM=xcb"_s } << false;
    QTest::newRow("DISPLAY of no server") << QStringList() << QStringList { u"DISPLAY=:4242"_s } << false;
    QTest::newRow("DISPLAY not a display name") << QStringList() << QStringList { u"DISPLAY=nonsense"_s } << false;
    QTest::newRow("DISPLAY a live socket path") << QStringList() << QStringList { u"DISPLAY=%R/x11-live"_s } << true;
    QTest::newRow("DISPLAY a live socket path with :0")
        << QStringList() << QStringList { u"DISPLAY=%R/x11-live:0"_s } << true;
    QTest::newRow("DISPLAY a dead socket path") << QStringList() << QStringList { u"DISPLAY=%R/x11-dead:0"_s } << false;
    QTest::newRow("-display of a live socket path")
        << QStringList { u"-platform"_s, u"xcb"_s, u"-display"_s, u"%R/x11-live"_s } << QStringList() << true;
    QTest::newRow("TCP on loopback") << QStringList() << QStringList { u"DISPLAY=127.0.0.1:%T.0"_s } << true;
    QTest::newRow("TCP on localhost") << QStringList() << QStringList { u"DISPLAY=localhost:%T"_s } << true;
    QTest::newRow("TCP with a protocol") << QStringList() << QStringList { u"DISPLAY=tcp/127.0.0.1:%T"_s } << true;
    QTest::newRow("TCP refused") << QStringList() << QStringList { u"DISPLAY=127.0.0.1:4242"_s } << false;
    QTest::newRow("a host name is Qt's to judge") << QStringList() << QStringList { u"DISPLAY=x.invalid:0"_s } << true;
    QTest::newRow("DECnet is Qt's to judge") << QStringList() << QStringList { u"DISPLAY=node::0"_s } << true;
    QTest::newRow("Wayland's default socket missing")
        << QStringList() << QStringList { u"QT_QPA_PLATFORM=wayland"_s } << false;
    QTest::newRow("WAYLAND_DISPLAY live") << QStringList() << QStringList { u"WAYLAND_DISPLAY=wayland-live"_s } << true;
    QTest::newRow("WAYLAND_DISPLAY live, as a path")
        << QStringList() << QStringList { u"QT_QPA_PLATFORM=wayland-egl"_s, u"WAYLAND_DISPLAY=%R/wayland-live"_s }
        << true;
    QTest::newRow("WAYLAND_DISPLAY dead")
        << QStringList() << QStringList { u"WAYLAND_DISPLAY=wayland-dead"_s } << false;
    QTest::newRow("WAYLAND_SOCKET handed down") << QStringList() << QStringList { u"WAYLAND_SOCKET=3"_s } << true;
    QTest::newRow("Wayland without a runtime folder")
        << QStringList() << QStringList { u"WAYLAND_DISPLAY=wayland-live"_s, u"XDG_RUNTIME_DIR="_s } << false;
    QTest::newRow("the second of a list")
        << QStringList() << QStringList { u"QT_QPA_PLATFORM=wayland;xcb"_s, u"DISPLAY=%R/x11-live"_s } << true;
    QTest::newRow("-platform over a live display")
        << QStringList { u"-platform"_s, u"xcb"_s } << QStringList { u"WAYLAND_DISPLAY=wayland-live"_s } << false;
}

void TestDisplayProbe::canOpenDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(bool, expected);
    const auto filled = [this](QString text) {
        return text.replace(u"%R"_s, m_runtime.path()).replace(u"%T"_s, QString::number(m_tcpDisplay));
    };
    for (const QString& variable : std::as_const(environment)) {
        qputenv(
            variable.section(u'=', 0, 0).toLocal8Bit().constData(), filled(variable.section(u'=', 1)).toLocal8Bit());
    }
    QStringList argv { u"kibo-token-inspector"_s };
    for (const QString& argument : std::as_const(arguments)) {
        argv.append(filled(argument));
    }
    QCOMPARE(DisplayProbe::canOpenDisplay(argv), expected);
}

QTEST_GUILESS_MAIN(TestDisplayProbe)
#include "testdisplayprobe.moc"
