// The first launch without --demo: the empty session shows that a demo tenant exists and starts it; Help ▸ User
// Guide opens the guide (the installed copy, or the project's page), through the real main window.
#include "demo/demotenant.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "sessionview.h"
#include "userguide.h"
#include "version.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Takes the place of the desktop's browser or viewer: QDesktopServices hands it what it would open.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

} // namespace

class TestFirstLaunch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptySessionOffersTheDemo();
    void helpOpensTheUserGuide_data();
    void helpOpensTheUserGuide();

private:
    template <typename T>
    T* child(QObject* parent, const char* name) const
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no child %s", name);
        }
        return found;
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestFirstLaunch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testfirstlaunch"_s);
    QSettings().clear();
}

void TestFirstLaunch::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFirstLaunch::cleanup()
{
    m_window.reset();
}

void TestFirstLaunch::emptySessionOffersTheDemo()
{
    QVERIFY(!m_window->demoTenant());
    SessionView* first = m_window->currentSessionView();
    auto* hint = child<QLabel>(first, "demoHintLabel");
    auto* tryDemo = child<QPushButton>(first, "tryDemoButton");
    QVERIFY(hint->isVisible());
    QVERIFY(tryDemo->isVisible());
    QVERIFY2(hint->text().contains(u"--demo"_s), qPrintable(hint->text()));
    // The hint names the demo's entry in the Data centre list as the list says it.
    auto* centres = child<QComboBox>(first, "dataCentreComboBox");
    const QRegularExpressionMatch quoted = QRegularExpression(u"“([^”]+)”"_s).match(hint->text());
    QVERIFY2(quoted.hasMatch(), qPrintable(hint->text()));
    QVERIFY2(centres->findText(quoted.captured(1)) >= 0, qPrintable(quoted.captured(1)));

    // Its button starts the demo tenant and fills the panel for it; then the hint has done its work.
    QSignalSpy started(m_window.get(), &MainWindow::demoTenantStarted);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QVERIFY(m_window->demoTenant());
    QVERIFY(child<QWidget>(m_window.get(), "demoBannerFrame")->isVisible());
    QCOMPARE(child<QLineEdit>(first, "usernameLineEdit")->text(), u"ada.lovelace@example.com"_s);
    QVERIFY(!hint->isVisible());
    QVERIFY(!tryDemo->isVisible());

    // A new session while the demo runs needs no hint either.
    m_window->newSession();
    SessionView* second = m_window->currentSessionView();
    QVERIFY(second != first);
    QVERIFY(!child<QPushButton>(second, "tryDemoButton")->isVisible());
}

void TestFirstLaunch::helpOpensTheUserGuide_data()
{
    QTest::addColumn<bool>("installed");

    QTest::newRow("a build tree: the project's page") << false;
    QTest::newRow("installed: the local copy") << true;
}

void TestFirstLaunch::helpOpensTheUserGuide()
{
    QFETCH(bool, installed);

    // Where a package installs the guide (share/doc/…); in test mode the data directory is a test one.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString copy = QDir(dataDir).filePath(UserGuide::InstalledPath);
    QFile::remove(copy);
    if (installed) {
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Kibo Token Inspector — user guide\n");
    } else if (!QStandardPaths::locate(QStandardPaths::GenericDataLocation, UserGuide::InstalledPath).isEmpty()) {
        QSKIP("this machine has the guide installed");
    }
    const auto removeCopy = qScopeGuard([&] { QFile::remove(copy); });

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    const auto unset = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"file"_s);
    });

    // First in the Help menu, on F1.
    auto* help = child<QMenu>(m_window.get(), "helpMenu");
    auto* guide = child<QAction>(m_window.get(), "userGuideAction");
    QCOMPARE(help->actions().constFirst(), guide);
    QCOMPARE(guide->text(), u"&User Guide"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QCOMPARE(catcher.opened.size(), 1);
    const QUrl opened = catcher.opened.constFirst();
    if (installed) {
        QCOMPARE(opened, QUrl::fromLocalFile(copy));
    } else {
        QCOMPARE(opened.scheme(), u"https"_s);
        QVERIFY2(opened.toString().startsWith(QStringLiteral(KTI_HOMEPAGE_URL)), qPrintable(opened.toString()));
        QVERIFY2(opened.path().endsWith(u"/docs/user-guide.md"_s), qPrintable(opened.toString()));
    }
}

QTEST_MAIN(TestFirstLaunch)
#include "testfirstlaunch.moc"
