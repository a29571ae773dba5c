// Every window on the screen: the main window, side by side, the tool windows and the dialogs keep within the
// available geometry, and what they show is not cut. ctest runs it on a 1400×900 and on a 1024×768 offscreen
// screen (tests/data/offscreen-*.json); by hand it runs on whatever screen the platform has.
#include "atomicfile.h"
#include "compareview.h"
#include "demo/demotenant.h"
#include "historyview.h"
#include "inspectorview.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "networksettingsdialog.h"
#include "profilechooser.h"
#include "profiledialog.h"
#include "sessionview.h"
#include "vault/memoryvault.h"
#include "vault/profilestore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowFitsTheScreen();
    void sideBySideStaysOnTheScreenAndGivesTheWidthBack();
    void toolWindowsOpenOnTheScreen();
    void loginPanelFitsBesideTwoTabs();
    void networkSettingsGrowWithTheirProblems();
    void profileDialogGrowsWithItsMessage();

private:
    void startAndLogIn();
    void logInTo(SessionView* view, const QString& username);
    QRect available() const { return m_window->screen()->availableGeometry(); }

    std::unique_ptr<MainWindow> m_window;
};

namespace {

// Why a window does not fit, or an empty string.
QString offScreen(const QWidget* window)
{
    const QRect area = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (area.contains(frame)) {
        return {};
    }
    return u"%1 at %2,%3 %4×%5 is not within the available %6×%7"_s.arg(window->objectName())
        .arg(frame.x())
        .arg(frame.y())
        .arg(frame.width())
        .arg(frame.height())
        .arg(area.width())
        .arg(area.height());
}

bool isControl(const QWidget* widget)
{
    return qobject_cast<const QLabel*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QComboBox*>(widget)
        || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget)
        || qobject_cast<const QDialogButtonBox*>(widget);
}

// The visible controls of a dialog that are not parts of another control (a spin box's line edit).
QList<QWidget*> controlsOf(QWidget* dialog)
{
    QList<QWidget*> controls;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !isControl(widget)) {
            continue;
        }
        bool part = false;
        for (QWidget* parent = widget->parentWidget(); parent && parent != dialog; parent = parent->parentWidget()) {
            part = part || isControl(parent);
        }
        if (!part) {
            controls.append(widget);
        }
    }
    return controls;
}

// Why a dialog's contents are cut or overlap, or an empty string: every control lies inside the dialog, no two
// overlap, and a word-wrapped label is as tall as its text needs.
QString cutOrOverlapping(QWidget* dialog)
{
    const QList<QWidget*> controls = controlsOf(dialog);
    QList<QRect> rects;
    for (QWidget* control : controls) {
        const QRect rect(control->mapTo(dialog, QPoint(0, 0)), control->size());
        if (!dialog->rect().contains(rect)) {
            return u"%1 lies outside the dialog"_s.arg(control->objectName());
        }
        if (auto* label = qobject_cast<QLabel*>(control);
            label && label->wordWrap() && label->height() < label->heightForWidth(label->width())) {
            return u"%1 is %2 px tall, its text needs %3"_s.arg(label->objectName())
                .arg(label->height())
                .arg(label->heightForWidth(label->width()));
        }
        rects.append(rect);
    }
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects.at(i).intersects(rects.at(j))) {
                return u"%1 and %2 overlap"_s.arg(controls.at(i)->objectName(), controls.at(j)->objectName());
            }
        }
    }
    return {};
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

} // namespace

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testwindowfit"_s);
    qInfo("screen: %d×%d available", QGuiApplication::primaryScreen()->availableGeometry().width(),
        QGuiApplication::primaryScreen()->availableGeometry().height());
}

void TestWindowFit::init()
{
    QSettings().clear(); // no saved geometry: the first start's sizes
    m_window = std::make_unique<MainWindow>();
    m_window->setVault(std::make_unique<MemoryVault>());
}

void TestWindowFit::cleanup()
{
    m_window.reset();
}

void TestWindowFit::logInTo(SessionView* view, const QString& username)
{
    auto* usernameEdit = view->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    auto* passwordEdit = view->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    QVERIFY(usernameEdit && passwordEdit);
    usernameEdit->clear();
    QTest::keyClicks(usernameEdit, username);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, DemoTenant::defaultPassword());
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY(view->session()->currentTicket());
}

void TestWindowFit::startAndLogIn()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startDemoTenant();
    QVERIFY(m_window->demoTenant());
    logInTo(m_window->currentSessionView(), u"ada.lovelace@example.com"_s);
    settle();
}

void TestWindowFit::mainWindowFitsTheScreen()
{
    m_window->setObjectName(u"main window"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    startAndLogIn();
    // A result beside the login panel makes the window no wider than the screen.
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
}

void TestWindowFit::sideBySideStaysOnTheScreenAndGivesTheWidthBack()
{
    m_window->setObjectName(u"main window"_s);
    startAndLogIn();
    m_window->newSession();
    logInTo(m_window->currentSessionView(), u"b2b.buyer@example.com"_s);
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    const int width = m_window->width();
    const int x = m_window->x();
    auto* sideBySide = m_window->findChild<QAction*>(u"sideBySideAction"_s);
    sideBySide->trigger();
    QVERIFY(m_window->isSideBySide());
    settle();
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    QVERIFY(m_window->sessionView(0)->isVisible() && m_window->sessionView(1)->isVisible());
    m_window->newSession(); // a third one joins the row, and the window still fits
    settle();
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
    sideBySide->trigger();
    QVERIFY(!m_window->isSideBySide());
    settle();
    QCOMPARE(m_window->width(), width);
    QCOMPARE(m_window->x(), x);
    QVERIFY2(offScreen(m_window.get()).isEmpty(), qPrintable(offScreen(m_window.get())));
}

void TestWindowFit::toolWindowsOpenOnTheScreen()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showInspector();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->inspectorView()));
    QVERIFY2(offScreen(m_window->inspectorView()).isEmpty(), qPrintable(offScreen(m_window->inspectorView())));
    m_window->showCompare();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->compareView()));
    QVERIFY2(offScreen(m_window->compareView()).isEmpty(), qPrintable(offScreen(m_window->compareView())));
    m_window->showHistory();
    QVERIFY(QTest::qWaitForWindowExposed(m_window->historyView()));
    QVERIFY2(offScreen(m_window->historyView()).isEmpty(), qPrintable(offScreen(m_window->historyView())));
}

void TestWindowFit::loginPanelFitsBesideTwoTabs()
{
    if (available().height() < 860) {
        QSKIP("The whole login form needs a screen about 900 pixels tall; below that it scrolls.");
    }
    startAndLogIn();
    m_window->newSession();
    settle();
    auto* scroll = m_window->currentSessionView()->findChild<QScrollArea*>(u"formScrollArea"_s);
    QVERIFY(scroll);
    QVERIFY(scroll->isVisible());
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
        qPrintable(u"the form is %1 px tall, the panel shows %2"_s.arg(scroll->widget()->height())
                       .arg(scroll->viewport()->height())));
}

void TestWindowFit::networkSettingsGrowWithTheirProblems()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction*>(u"networkSettingsAction"_s)->trigger();
    auto* dialog = m_window->findChild<NetworkSettingsDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(cutOrOverlapping(dialog).isEmpty(), qPrintable(cutOrOverlapping(dialog)));
    dialog->findChild<QRadioButton*>(u"explicitProxyRadioButton"_s)->setChecked(true);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyPortLineEdit"_s), u"99999"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyUserLineEdit"_s), u"qa:team"_s);
    const int height = dialog->height();
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->problems().size(), 3);
    settle();
    QVERIFY(dialog->height() > height);
    QVERIFY2(cutOrOverlapping(dialog).isEmpty(), qPrintable(cutOrOverlapping(dialog)));
    QVERIFY2(offScreen(dialog).isEmpty(), qPrintable(offScreen(dialog)));
    dialog->reject();
}

void TestWindowFit::profileDialogGrowsWithItsMessage()
{
    // An import of eight profiles says a line about each.
    QList<KiboProfile> profiles;
    for (int i = 1; i <= 8; ++i) {
        KiboProfile profile;
        profile.name = u"Imported sandbox number %1 of the Acme tenants"_s.arg(i);
        profile.dataCentre = u"us"_s;
        profile.tenantId = 20000 + i;
        profile.clientId = u"Acme.token-inspector.1.0.0.Release"_s;
        profiles.append(profile);
    }
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString file = directory.filePath(u"profiles.json"_s);
    QVERIFY(!AtomicFile::write(file, ProfileStore::toDocument(profiles)).isError());

    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->profileChooser()->showDialog(QString());
    ProfileDialog* dialog = m_window->profileChooser()->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(offScreen(dialog).isEmpty(), qPrintable(offScreen(dialog)));
    QVERIFY2(cutOrOverlapping(dialog).isEmpty(), qPrintable(cutOrOverlapping(dialog)));
    dialog->setFileChooser([&file](QFileDialog::AcceptMode, const QString&) { return file; });
    const int height = dialog->height();
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(dialog->message().contains(u"Press OK to keep the imported profiles."_s));
    settle();
    QVERIFY(dialog->height() > height);
    QVERIFY2(cutOrOverlapping(dialog).isEmpty(), qPrintable(cutOrOverlapping(dialog)));
    QVERIFY2(offScreen(dialog).isEmpty(), qPrintable(offScreen(dialog)));
    dialog->reject();
}

QTEST_MAIN(TestWindowFit)
#include "testwindowfit.moc"
