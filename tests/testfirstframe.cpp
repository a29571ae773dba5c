// Nothing the first frame does not need runs before it (issue "Measured speed"): the main window's icon and the
// icon theme's clear buttons wait for the window's first paint, the result view for the first answer; a widget
// built where no first frame is awaited behaves as before. Through the real main window on the offscreen platform.
#include "demo/demotenant.h"
#include "fallbackiconstyle.h"
#include "firstframe.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "services/services.h"
#include "sessionview.h"
#include "vault/historystore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class TestFirstFrame final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workWaitsForTheFirstPaint();
    void withoutAnAwaitedFrameWorkRunsAtOnce();
    void workOfAGoneContextIsDropped();
    void firstPaintIsTheFinalLayout();
    void repaintsAskedByTheFirstPaintComeBeforeTheWork();
    void demoFormIsInTheFirstFrameItsServerAfter();
    void historyIsReadAfterTheFirstFrame();
    // Last: it sets the application's style.
    void withoutAnIconThemeClearButtonsAreInTheFirstFrame();
};

namespace {

// Counts the paints of one widget.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject* /*watched*/, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return false;
    }
};

} // namespace

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

// The session area is painted once: its layouts settle before the first frame, not in the turns after it (each
// of which repainted the whole tab widget, three times in a row).
void TestFirstFrame::firstPaintIsTheFinalLayout()
{
    FirstFrame::expect();
    MainWindow window;
    auto* sessionArea = window.findChild<QTabWidget*>(u"sessionTabWidget"_s);
    QVERIFY(sessionArea);
    auto* counter = new PaintCounter(sessionArea);
    FirstFrame::show(&window);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!FirstFrame::isAwaited());
    // Every turn of layout requests, polish and deferred work has run.
    for (int turn = 0; turn < 16; ++turn) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QCOMPARE(counter->paints, 1);
}

// A label with a text control (selectable or rich text) asks for a second paint from inside its first; that paint is
// part of the first frame and reaches the screen before the deferred work, which may hold the loop (the demo tenant
// loads the services module there).
void TestFirstFrame::repaintsAskedByTheFirstPaintComeBeforeTheWork()
{
    FirstFrame::expect();
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new QLabel(u"<b>Demo tenant</b> — a stand-in server on this computer"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto* counter = new PaintCounter(label);
    int paintsBeforeTheWork = -1;
    FirstFrame::whenShown(&window, [&] { paintsBeforeTheWork = counter->paints; });
    window.resize(400, 100);
    FirstFrame::show(&window);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(paintsBeforeTheWork >= 0);
    QCoreApplication::processEvents(); // anything still queued
    QVERIFY2(counter->paints >= 2, "the label no longer asks for a second paint: this test checks nothing");
    QCOMPARE(paintsBeforeTheWork, counter->paints);
}

// --demo: the demo's ports are reserved and the form, the banner and the status filled with its address before the
// window shows, so its first frame is the demo's, complete; the server (and the services module) starts serving only
// once that frame is on screen, and nothing on screen changes then.
void TestFirstFrame::demoFormIsInTheFirstFrameItsServerAfter()
{
    FirstFrame::expect();
    MainWindow window;
    window.startDemoTenant();
    DemoTenant* demo = window.demoTenant();
    QVERIFY(demo);
    QVERIFY(!demo->isListening());
    QVERIFY(!Services::isLoaded());
    QVERIFY(demo->baseUrl().port() > 0);
    auto* banner = window.findChild<QLabel*>(u"demoBannerLabel"_s);
    QVERIFY(banner && !banner->isHidden());
    const QString bannerText = banner->text();
    QVERIFY(bannerText.contains(demo->baseUrl().toString(QUrl::RemoveUserInfo)));
    QCOMPARE(window.loginPanel()->profile().authHost, demo->baseUrl().toString(QUrl::StripTrailingSlash));
    QCOMPARE(window.loginPanel()->chosenProfileName(), u"Demo"_s);
    QCOMPARE(window.findChild<QLineEdit*>(u"usernameLineEdit"_s)->text(), u"ada.lovelace@example.com"_s);
    const QString status = window.statusText();
    QVERIFY2(status.contains(QString::number(demo->baseUrl().port())), qPrintable(status));
    window.startDemoTenant(); // asked again before the frame (e.g. by the data centre): still the one
    QCOMPARE(window.demoTenant(), demo);

    QSignalSpy started(&window, &MainWindow::demoTenantStarted);
    FirstFrame::show(&window);
    QVERIFY(started.wait());
    QVERIFY(demo->isListening());
    QCOMPARE(window.demoTenant(), demo);
    QCOMPARE(banner->text(), bannerText);
    QCOMPARE(window.statusText(), status);
}

// The history file is read once the first frame is on screen: a full one is thousands of entries to parse. (A damaged
// one shows when it was read: it is set aside then.)
void TestFirstFrame::historyIsReadAfterTheFirstFrame()
{
    const QString path = HistoryStore::defaultFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"profiles\": {\"Demo\": [");
    }
    const auto cleanUp = qScopeGuard([path] {
        QFile::remove(path);
        QFile::remove(path + u".corrupt"_s);
    });
    FirstFrame::expect();
    MainWindow window;
    QVERIFY(!QFile::exists(path + u".corrupt"_s));
    FirstFrame::show(&window);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(QFile::exists(path + u".corrupt"_s));
    QVERIFY(window.historyStore()->lastError().contains(u"set aside"_s));
}

// Where no icon theme is named, the clear buttons cost no theme look-up and are part of the first frame, with Qt's
// own picture; with a theme named they wait for the first frame again.
void TestFirstFrame::withoutAnIconThemeClearButtonsAreInTheFirstFrame()
{
    QApplication::setStyle(new FallbackIconStyle);
    QIcon::setThemeName(u"hicolor"_s);
    FirstFrame::expect();
    {
        MainWindow window;
        QVERIFY(FirstFrame::isAwaited());
        QVERIFY(window.findChild<QLineEdit*>(u"apiHostLineEdit"_s)->isClearButtonEnabled());
        const QIcon clear = window.style()->standardIcon(QStyle::SP_LineEditClearButton);
        QVERIFY(clear.availableSizes().contains(QSize(16, 16)));
        QVERIFY(clear.availableSizes().contains(QSize(32, 32)));
        // The menu bar's extension button: the same pictures as the plain style's, its sizes given.
        const auto* proxy = qobject_cast<const QProxyStyle*>(window.style());
        QVERIFY(proxy);
        QStyle* plain = proxy->baseStyle();
        const QIcon ours = window.style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        const QIcon theirs = plain->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(ours.availableSizes(), theirs.availableSizes());
        for (const QSize size : theirs.availableSizes()) {
            QCOMPARE(ours.pixmap(size).toImage(), theirs.pixmap(size).toImage());
        }
    }
    QIcon::setThemeName(u"Adwaita"_s);
    MainWindow themed;
    QVERIFY(!FallbackIconStyle::isWithoutIconTheme());
    QVERIFY(!themed.findChild<QLineEdit*>(u"apiHostLineEdit"_s)->isClearButtonEnabled());
    FirstFrame::show(&themed);
    QTRY_VERIFY(!FirstFrame::isAwaited());
    QVERIFY(themed.findChild<QLineEdit*>(u"apiHostLineEdit"_s)->isClearButtonEnabled());

    // A form filled before the first frame (--demo) has its clear buttons in that frame, with a theme (enabled
    // only after it otherwise) or without (enabled from the start): shown as filled, not fading in, which would
    // change the screen over the frames that follow. A fade starts from nothing: the opacity is full at once.
    for (const QString& theme : { u"Adwaita"_s, u"hicolor"_s }) {
        QIcon::setThemeName(theme);
        FirstFrame::expect();
        MainWindow demo;
        QCOMPARE(demo.findChild<QLineEdit*>(u"apiHostLineEdit"_s)->isClearButtonEnabled(),
            FallbackIconStyle::isWithoutIconTheme());
        demo.startDemoTenant();
        QVERIFY(FirstFrame::isAwaited());
        QVERIFY(demo.findChild<QLineEdit*>(u"apiHostLineEdit"_s)->isClearButtonEnabled());
        QLineEdit* site = demo.findChild<QComboBox*>(u"siteComboBox"_s)->lineEdit();
        QVERIFY(site->isClearButtonEnabled());
        QVERIFY(!site->text().isEmpty());
        const QList<QToolButton*> buttons = site->findChildren<QToolButton*>();
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons.constFirst()->property("opacity").toReal(), 1.0);
        FirstFrame::show(&demo);
        QTRY_VERIFY(!FirstFrame::isAwaited());
    }
}
