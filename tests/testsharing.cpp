// The share actions through the real window: support bundles to a file and the clipboard, copy as curl.
#include "demo/demotenant.h"
#include "helpers/sessionviewrig.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "shareactions.h"
#include "vault/memoryvault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesABundleWithoutSecrets_data();
    void savesABundleWithoutSecrets();
    void cancelledSaveWritesNothing();
    void refusalOffersTheShareButtons();
    void copiesACurlCommandWithVariables();
    void customerDetailsOnlyWhenAsked();

private:
    void logIn(const QString& username);
    QStringList secrets() const;
    QString correlationId() const;

    std::unique_ptr<MainWindow> m_window;
};

void TestSharing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testsharing"_s);
    QSettings().clear();
}

void TestSharing::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setVault(std::make_unique<MemoryVault>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startDemoTenant();
    QVERIFY(m_window->demoTenant());
}

void TestSharing::cleanup()
{
    m_window.reset();
}

void TestSharing::logIn(const QString& username)
{
    SessionViewRig::typeCredentials(m_window.get(), username);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(m_window->resultView()->result());
}

QStringList TestSharing::secrets() const
{
    QStringList needles { DemoTenant::defaultPassword(), DemoTenant::sharedSecret() };
    if (const AuthTicketResult* result = m_window->resultView()->result(); result && result->ticket) {
        needles << result->ticket->accessToken << result->ticket->refreshToken << result->ticket->jwtAccessToken;
        needles << result->ticket->accessToken.left(20) << result->ticket->jwtAccessToken.right(20);
    }
    return needles;
}

QString TestSharing::correlationId() const
{
    const AuthTicketResult* result = m_window->resultView()->result();
    if (!result->error.correlationId.isEmpty()) {
        return result->error.correlationId;
    }
    for (const auto& [name, value] : result->responseHeaders) {
        if (name.compare("x-vol-correlation", Qt::CaseInsensitive) == 0) {
            return QString::fromLatin1(value);
        }
    }
    return {};
}

void TestSharing::savesABundleWithoutSecrets_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("markdown") << u"bundle.md"_s;
    QTest::newRow("json") << u"bundle.json"_s;
    QTest::newRow("no suffix becomes markdown") << u"bundle"_s;
}

void TestSharing::savesABundleWithoutSecrets()
{
    QFETCH(QString, fileName);
    logIn(u"ada.lovelace@example.com"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(m_window->findChild<QAction*>(u"saveSupportBundleAction"_s)->isEnabled());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString suggested;
    m_window->shareActions()->setSaveFileNameProvider([&](const QString& name) {
        suggested = name;
        return dir.filePath(fileName);
    });
    m_window->findChild<QAction*>(u"saveSupportBundleAction"_s)->trigger();
    QVERIFY(suggested.endsWith(u".md"_s));
    const QString path = dir.filePath(fileName.contains(u'.') ? fileName : fileName + u".md"_s);
    QFile file(path);
    QVERIFY2(file.exists(), qPrintable(m_window->statusText()));
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    if (fileName.endsWith(u".json"_s)) {
        QVERIFY(QJsonDocument::fromJson(text.toUtf8()).isObject());
    } else {
        QVERIFY(text.startsWith(u'#'));
    }
    const QString id = correlationId();
    QVERIFY(!id.isEmpty());
    QVERIFY(text.contains(id));
    const CustomerAuthTicket& ticket = *m_window->resultView()->result()->ticket;
    QVERIFY(text.contains(ticket.accessToken.right(4)));
    QVERIFY(text.contains(ticket.refreshToken.right(4)));
    for (const QString& secret : secrets()) {
        QVERIFY2(!text.contains(secret), "the bundle holds a secret");
    }
    QVERIFY(!text.contains(u"ada.lovelace@example.com"_s));
    QVERIFY(!text.contains(u"Lovelace"_s));
    QVERIFY(m_window->statusText().contains(QFileInfo(path).fileName()));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 1); // no temporary file left behind
}

void TestSharing::cancelledSaveWritesNothing()
{
    logIn(u"ada.lovelace@example.com"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTemporaryDir dir;
    m_window->shareActions()->setSaveFileNameProvider([](const QString&) { return QString(); });
    QVERIFY(!m_window->shareActions()->saveSupportBundle());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestSharing::refusalOffersTheShareButtons()
{
    logIn(u"locked@example.com"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(m_window->resultView()->result()->error.isError());
    QCOMPARE(m_window->resultView()->currentTab(), ResultView::Tab::Problem);
    auto* copyBundle = m_window->findChild<QPushButton*>(u"copySupportBundleButton"_s);
    auto* saveBundle = m_window->findChild<QPushButton*>(u"saveSupportBundleButton"_s);
    auto* copyCurl = m_window->findChild<QPushButton*>(u"copyCurlButton"_s);
    QVERIFY(copyBundle && saveBundle && copyCurl);
    QVERIFY(copyBundle->isVisible() && copyBundle->isEnabled());
    QVERIFY(saveBundle->isEnabled() && copyCurl->isEnabled());

    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"before"_s);
    QTest::mouseClick(copyBundle, Qt::LeftButton);
    const QString bundle = clipboard->text();
    QVERIFY(bundle.startsWith(u'#'));
    QVERIFY(bundle.contains(u"ACCOUNT_LOCKED"_s));
    QVERIFY(bundle.contains(correlationId()));
    QVERIFY(!bundle.contains(DemoTenant::defaultPassword()));
    QVERIFY(!bundle.contains(u"locked@example.com"_s));

    QTemporaryDir dir;
    m_window->shareActions()->setSaveFileNameProvider([&](const QString&) { return dir.filePath(u"refusal.json"_s); });
    QTest::mouseClick(saveBundle, Qt::LeftButton);
    QFile file(dir.filePath(u"refusal.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("ACCOUNT_LOCKED"));
    QVERIFY(!json.contains("locked@example.com"));

    QTest::mouseClick(copyCurl, Qt::LeftButton);
    QVERIFY(clipboard->text().startsWith(u"curl"_s));
    QVERIFY(clipboard->text().contains(u"$KIBO_PASSWORD"_s));
}

void TestSharing::copiesACurlCommandWithVariables()
{
    logIn(u"ada.lovelace@example.com"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"before"_s);
    m_window->findChild<QAction*>(u"copyCurlAction"_s)->trigger();
    const QString command = clipboard->text();
    QVERIFY(command.startsWith(u"curl"_s));
    QVERIFY(command.contains(u"$KIBO_PASSWORD"_s));
    QVERIFY(command.contains(u"$KIBO_APP_TOKEN"_s));
    for (const QString& secret : secrets()) {
        QVERIFY2(!command.contains(secret), "the command holds a secret");
    }
    QVERIFY(m_window->statusText().contains(u"KIBO_PASSWORD"_s));

    // The command parses as a shell script (bash -n reads it without running anything).
    QProcess bash;
    bash.start(u"bash"_s, { u"-n"_s });
    QVERIFY(bash.waitForStarted());
    bash.write(command.toUtf8() + '\n');
    bash.closeWriteChannel();
    QVERIFY(bash.waitForFinished());
    QCOMPARE(bash.exitStatus(), QProcess::NormalExit);
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
}

void TestSharing::customerDetailsOnlyWhenAsked()
{
    logIn(u"ada.lovelace@example.com"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* include = m_window->findChild<QAction*>(u"includePersonalDataAction"_s);
    auto* copy = m_window->findChild<QAction*>(u"copySupportBundleAction"_s);
    QVERIFY(include && copy);
    QVERIFY(!include->isChecked());
    copy->trigger();
    QVERIFY(!clipboard->text().contains(u"Lovelace"_s));
    include->setChecked(true);
    copy->trigger();
    QVERIFY(clipboard->text().contains(u"Lovelace"_s));
    for (const QString& secret : secrets()) {
        QVERIFY2(!clipboard->text().contains(secret), "the bundle holds a secret");
    }
    // Presenter mode turns the choice off, and it stays off.
    m_window->setPresenterMode(true);
    QVERIFY(!include->isChecked());
    QVERIFY(!include->isEnabled());
    copy->trigger();
    QVERIFY(!clipboard->text().contains(u"Lovelace"_s));
    m_window->setPresenterMode(false);
}

QTEST_MAIN(TestSharing)
#include "testsharing.moc"
