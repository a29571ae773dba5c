// Nothing the first frame does not need runs before it (issue "Measured speed"): the main window's icon and the
// icon theme's clear buttons wait for the window's first paint, the result view for the first answer; a widget
// built where no first frame is awaited behaves as before. Through the real main window on the offscreen platform.
#include "firstframe.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "sessionview.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstFrame final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workWaitsForTheFirstPaint();
    void withoutAnAwaitedFrameWorkRunsAtOnce();
    void workOfAGoneContextIsDropped();
};

void TestFirstFrame::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testfirstframe"_s);
    QSettings().clear();
}

void TestFirstFrame::workWaitsForTheFirstPaint()
{
    FirstFrame::expect();
    MainWindow window;
    auto* apiHost = window.findChild<QLineEdit*>(u"apiHostLineEdit"_s);
    QVERIFY(apiHost);
    // Built, not yet shown: the deferred work has not run.
    QVERIFY(FirstFrame::isAwaited());
    QVERIFY(!apiHost->isClearButtonEnabled());
    QVERIFY(window.windowIcon().availableSizes().isEmpty());
    QVERIFY(!window.findChild<SessionView*>()->hasResultView());

    FirstFrame::watch(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!FirstFrame::isAwaited());
    QVERIFY(apiHost->isClearButtonEnabled());
    QVERIFY(window.windowIcon().availableSizes().contains(QSize(256, 256)));
    // The result view waits for an answer, not for a frame.
    QVERIFY(!window.findChild<SessionView*>()->hasResultView());
}

void TestFirstFrame::withoutAnAwaitedFrameWorkRunsAtOnce()
{
    QVERIFY(!FirstFrame::isAwaited());
    LoginPanel panel;
    QVERIFY(panel.findChild<QLineEdit*>(u"apiHostLineEdit"_s)->isClearButtonEnabled());
}

void TestFirstFrame::workOfAGoneContextIsDropped()
{
    FirstFrame::expect();
    int ran = 0;
    {
        QObject gone;
        FirstFrame::whenShown(&gone, [&ran] { ++ran; });
    }
    QObject kept;
    FirstFrame::whenShown(&kept, [&ran] { ran += 10; });
    QCOMPARE(ran, 0);
    QWidget window;
    FirstFrame::watch(&window);
    window.show();
    QTRY_VERIFY(!FirstFrame::isAwaited());
    QCOMPARE(ran, 10);
}

QTEST_MAIN(TestFirstFrame)
#include "testfirstframe.moc"
