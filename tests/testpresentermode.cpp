// Presenter mode through the real window: a demo login over loopback, then every visible text checked.
#include "demo/demotenant.h"
#include "helpers/sessionviewrig.h"
#include "inspectorview.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "vault/memoryvault.h"

#include "json/jsontreemodel.h"
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

const QString Username = u"ada.lovelace@example.com"_s;

// Display and tool-tip text of every row a tree view shows (its model's built rows).
void collectRows(const QAbstractItemView* view, const QModelIndex& parent, QStringList* texts)
{
    const QAbstractItemModel* model = view->model();
    const auto* tree = qobject_cast<const QTreeView*>(view);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            *texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (tree && tree->isExpanded(first)) {
            collectRows(view, first, texts);
        }
    }
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hidesEverySecretAndCustomerDetail();
    void copiesNothingPrivate();
    void turningItOffRestoresTheView();
    void inspectorMasksCustomerDetails();
    void maskingBuildsNoNodes();
    void twoFactorOutboxIsMasked();
    void survivesARestart();

private:
    void logInAsAda();
    QStringList visibleTexts() const;
    // Every visible text on every tab of the result, the window title and the status bar.
    QStringList textsOnEveryTab() const;
    QStringList forbidden() const;
    static QString firstMatch(const QStringList& texts, const QStringList& needles);
    QAction* presenterAction() const;

    std::unique_ptr<MainWindow> m_window;
};

void TestPresenterMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testpresentermode"_s);
    QSettings().clear();
}

void TestPresenterMode::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setVault(std::make_unique<MemoryVault>());
}

void TestPresenterMode::cleanup()
{
    m_window.reset();
}

QAction* TestPresenterMode::presenterAction() const
{
    auto* action = m_window->findChild<QAction*>(u"presenterModeAction"_s);
    if (!action) {
        qFatal("no presenterModeAction");
    }
    return action;
}

void TestPresenterMode::logInAsAda()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->startDemoTenant();
    QVERIFY(m_window->demoTenant());
    SessionViewRig::typeCredentials(m_window.get(), Username);
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const AuthTicketResult* result = m_window->resultView()->result();
    QVERIFY(result && result->ticket);
    QVERIFY(!result->ticket->accessToken.isEmpty());
}

QStringList TestPresenterMode::forbidden() const
{
    // The password, the login, the names, the contacts' addresses and the account's notes.
    QStringList needles { DemoTenant::defaultPassword(), Username, u"Lovelace"_s, u"ada.work@example.com"_s,
        u"St James"_s, u"Engine Way"_s, u"62701"_s, u"Prefers delivery"_s };
    if (const AuthTicketResult* result = m_window->resultView()->result(); result && result->ticket) {
        const CustomerAuthTicket& ticket = *result->ticket;
        for (const QString& token : { ticket.accessToken, ticket.refreshToken, ticket.jwtAccessToken }) {
            // A whole token, and a long run of it (a line edit may show only part).
            needles << token << token.left(24) << token.mid(token.size() / 2, 24);
        }
    }
    return needles;
}

QString TestPresenterMode::firstMatch(const QStringList& texts, const QStringList& needles)
{
    // Says which text and which kind of needle, never the text itself: a leak must not reach the test log.
    static const QRegularExpression firstName(u"\\bAda\\b"_s);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype n = 0; n < needles.size(); ++n) {
            if (!needles[n].isEmpty() && texts[i].contains(needles[n])) {
                return u"text %1 of %2 holds forbidden string %3 (%4 characters)"_s.arg(i)
                    .arg(texts.size())
                    .arg(n)
                    .arg(needles[n].size());
            }
        }
        if (firstName.match(texts[i]).hasMatch()) {
            return u"text %1 of %2 shows the first name"_s.arg(i).arg(texts.size());
        }
    }
    return {};
}

QStringList TestPresenterMode::visibleTexts() const
{
    QStringList texts { m_window->windowTitle(), m_window->statusText(), m_window->vaultStatusText() };
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible()) {
            continue;
        }
        texts << widget->toolTip() << widget->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* lineEdit = qobject_cast<QLineEdit*>(widget)) {
            texts << lineEdit->displayText();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            texts << rich->toPlainText();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            texts << combo->currentText();
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            if (auto* tree = qobject_cast<QTreeView*>(view)) {
                tree->expandAll(); // every row of these small trees built and shown
            }
            collectRows(view, {}, &texts);
        }
    }
    return texts;
}

QStringList TestPresenterMode::textsOnEveryTab() const
{
    QStringList texts;
    auto* tabs = m_window->findChild<QTabWidget*>(u"resultTabWidget"_s);
    if (!tabs) {
        return texts;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->isTabVisible(i)) {
            tabs->setCurrentIndex(i);
            texts << visibleTexts();
        }
    }
    tabs->setCurrentIndex(0);
    return texts;
}

void TestPresenterMode::hidesEverySecretAndCustomerDetail()
{
    logInAsAda();
    if (QTest::currentTestFailed()) {
        return;
    }
    // Without presenter mode the customer is on screen: the check below can fail.
    const QStringList before = textsOnEveryTab();
    QVERIFY(before.join(u'\n').contains(u"Ada Lovelace"_s));
    QVERIFY(before.join(u'\n').contains(Username));

    QSignalSpy changed(m_window.get(), &MainWindow::presenterModeChanged);
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+Shift+P"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_window->presenterMode());
    QVERIFY(presenterAction()->isChecked());
    auto* banner = m_window->findChild<QLabel*>(u"presenterBannerLabel"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(u"customer details are hidden"_s));

    auto* showSecrets = m_window->findChild<QCheckBox*>(u"showSecretsCheckBox"_s);
    QVERIFY(showSecrets);
    QVERIFY(!showSecrets->isChecked());
    QVERIFY(!showSecrets->isEnabled());
    m_window->resultView()->setSecretsShown(true);
    QVERIFY(!m_window->resultView()->secretsShown());
    QVERIFY(!m_window->findChild<QAction*>(u"showSecretsAction"_s)->isEnabled());
    auto* showPassword = m_window->findChild<QToolButton*>(u"showPasswordButton"_s);
    QVERIFY(showPassword && !showPassword->isEnabled());

    // The login panel keeps the address's domain only.
    auto* mask = m_window->findChild<QLabel*>(u"usernameMaskLabel"_s);
    QVERIFY(mask && mask->isVisible());
    QCOMPARE(mask->text(), u"a•••@example.com"_s);

    const QString leak = firstMatch(textsOnEveryTab(), forbidden());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    auto* payload = m_window->findChild<QTreeView*>(u"jwtPayloadTreeView"_s);
    QVERIFY(payload);
    bool masked = false;
    const QStringList payloadTexts = [&] {
        QStringList texts;
        collectRows(payload, {}, &texts);
        return texts;
    }();
    for (const QString& text : payloadTexts) {
        masked = masked || text.contains(u"hidden in presenter mode"_s);
    }
    QVERIFY2(masked, "the JWT payload names its masked values");
}

void TestPresenterMode::copiesNothingPrivate()
{
    logInAsAda();
    if (QTest::currentTestFailed()) {
        return;
    }
    presenterAction()->trigger();
    QVERIFY(m_window->presenterMode());
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QString marker = u"nothing copied yet"_s;

    // The token copy buttons are off, and the trees refuse a masked value or a container holding one.
    for (const char* name : { "copyAccessTokenButton", "copyRefreshTokenButton", "copyJwtButton" }) {
        auto* button = m_window->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
    }
    m_window->resultView()->setCurrentTab(ResultView::Tab::Account);
    auto* account = m_window->findChild<QTreeView*>(u"accountTreeView"_s);
    QVERIFY(account);
    account->expandAll();
    QStringList copied;
    const QAbstractItemModel* model = account->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        clipboard->setText(marker);
        account->setFocus();
        account->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(account, Qt::Key_C, Qt::ControlModifier);
        copied << clipboard->text();
    }
    QVERIFY2(std::any_of(copied.cbegin(), copied.cend(), [&](const QString& text) { return text != marker; }),
        "some value of the account is still copied");
    QString leak = firstMatch(copied, forbidden());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));

    // Copy as curl names the customer: refused with a status message; the bundle holds nothing private.
    clipboard->setText(marker);
    m_window->findChild<QAction*>(u"copyCurlAction"_s)->trigger();
    QCOMPARE(clipboard->text(), marker);
    QVERIFY(m_window->statusText().contains(u"presenter mode"_s));
    m_window->findChild<QAction*>(u"copySupportBundleAction"_s)->trigger();
    QVERIFY(clipboard->text() != marker);
    leak = firstMatch({ clipboard->text() }, forbidden());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QVERIFY(!m_window->findChild<QAction*>(u"includePersonalDataAction"_s)->isEnabled());
}

void TestPresenterMode::turningItOffRestoresTheView()
{
    logInAsAda();
    if (QTest::currentTestFailed()) {
        return;
    }
    presenterAction()->trigger();
    QVERIFY(!textsOnEveryTab().join(u'\n').contains(u"Ada Lovelace"_s));
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"presenterOffButton"_s), Qt::LeftButton);
    QVERIFY(!m_window->presenterMode());
    QVERIFY(!presenterAction()->isChecked());
    QVERIFY(!m_window->findChild<QWidget*>(u"presenterBannerFrame"_s)->isVisible());
    QVERIFY(m_window->findChild<QCheckBox*>(u"showSecretsCheckBox"_s)->isEnabled());
    const QString shown = textsOnEveryTab().join(u'\n');
    QVERIFY(shown.contains(u"Ada Lovelace"_s));
    QVERIFY(shown.contains(Username));
    QVERIFY(!m_window->findChild<QLabel*>(u"usernameMaskLabel"_s)->isVisible());
    QCOMPARE(m_window->findChild<QLineEdit*>(u"usernameLineEdit"_s)->displayText(), Username);
}

void TestPresenterMode::inspectorMasksCustomerDetails()
{
    logInAsAda();
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString jwt = m_window->resultView()->result()->ticket->jwtAccessToken;
    presenterAction()->trigger();
    // Opening the login's JWT would show the whole token in the inspector's input: refused.
    auto* open = m_window->findChild<QAction*>(u"openJwtInInspectorAction"_s);
    QVERIFY(open && !open->isEnabled());
    m_window->openJwtInInspector();
    QVERIFY(!m_window->inspectorView() || !m_window->inspectorView()->isVisible());

    // A token pasted by hand is decoded, its customer details masked in both trees.
    m_window->showInspector();
    InspectorView* inspector = m_window->inspectorView();
    QVERIFY(inspector && inspector->presenterMode());
    inspector->setInput(jwt);
    // The input itself, which shows the whole token, gives way to a note.
    QVERIFY(QTest::qWaitForWindowExposed(inspector));
    QVERIFY(!inspector->findChild<QPlainTextEdit*>(u"tokenPlainTextEdit"_s)->isVisible());
    QVERIFY(inspector->findChild<QLabel*>(u"hiddenInputNoteLabel"_s)->isVisible());
    QStringList texts;
    for (const char* name : { "headerTreePane", "payloadTreePane" }) {
        auto* pane = inspector->findChild<QWidget*>(QString::fromLatin1(name));
        QVERIFY(pane);
        auto* tree = pane->findChild<QTreeView*>();
        QVERIFY(tree);
        tree->expandAll();
        collectRows(tree, {}, &texts);
    }
    QVERIFY(texts.join(u'\n').contains(u"hidden in presenter mode"_s));
    const QString leak = firstMatch(texts, { Username, u"Lovelace"_s });
    QVERIFY2(leak.isEmpty(), qPrintable(leak));

    // And shown again without presenter mode (so the check above can fail).
    presenterAction()->trigger();
    QVERIFY(!inspector->presenterMode());
    QVERIFY(inspector->findChild<QPlainTextEdit*>(u"tokenPlainTextEdit"_s)->isVisible());
    texts.clear();
    auto* payload = inspector->findChild<QWidget*>(u"payloadTreePane"_s)->findChild<QTreeView*>();
    payload->expandAll();
    collectRows(payload, {}, &texts);
    QVERIFY(!firstMatch(texts, { u"Lovelace"_s }).isEmpty());
}

void TestPresenterMode::maskingBuildsNoNodes()
{
    logInAsAda();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* tree = m_window->findChild<QTreeView*>(u"accountTreeView"_s);
    QVERIFY(tree);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(tree->model());
    auto* model = proxy ? qobject_cast<JsonTreeModel*>(proxy->sourceModel()) : nullptr;
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qsizetype built = model->nodeCount();
    presenterAction()->trigger();
    const QModelIndex contacts = model->indexForPath(u"$.contacts"_s);
    QVERIFY(contacts.isValid());
    const qsizetype withContacts = model->nodeCount();
    // A container holding masked values counts as secret (so it is not copied), without building its rows.
    QVERIFY(contacts.data(JsonTreeModel::IsSecretRole).toBool());
    QCOMPARE(model->nodeCount(), withContacts);
    QVERIFY(withContacts >= built);
    const QModelIndex id = model->indexForPath(u"$.id"_s);
    QVERIFY(!id.data(JsonTreeModel::IsSecretRole).toBool());
    QCOMPARE(id.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"1001"_s);
    const QModelIndex last = model->indexForPath(u"$.lastName"_s).siblingAtColumn(JsonTreeModel::ValueColumn);
    QVERIFY(last.data().toString().contains(u"hidden in presenter mode"_s));
    presenterAction()->trigger();
    QCOMPARE(last.data().toString(), u"Lovelace"_s);
    QVERIFY(!contacts.data(JsonTreeModel::IsSecretRole).toBool());
}

void TestPresenterMode::twoFactorOutboxIsMasked()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startDemoTenant();
    presenterAction()->trigger();
    const QString mfa = u"mfa@example.com"_s;
    auto* usernameEdit = m_window->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    auto* passwordEdit = m_window->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    usernameEdit->setFocus();
    QTest::keyClick(usernameEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(usernameEdit, mfa);
    passwordEdit->setFocus();
    QTest::keyClicks(passwordEdit, DemoTenant::defaultPassword());
    QSignalSpy finished(m_window.get(), &MainWindow::loginFinished);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(m_window->resultView()->isWaitingForCode());
    auto* outbox = m_window->findChild<QLabel*>(u"demoOutboxLabel"_s);
    QVERIFY(outbox);
    QTRY_VERIFY(outbox->isVisible());
    QVERIFY(outbox->text().contains(u"m•••@example.com"_s));
    QVERIFY(m_window->statusText().contains(u"m•••@example.com"_s));
    const QString leak = firstMatch(textsOnEveryTab(), { mfa, DemoTenant::defaultPassword() });
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    presenterAction()->trigger();
    QVERIFY(outbox->text().contains(mfa));
    QVERIFY(m_window->statusText().contains(mfa));
}

void TestPresenterMode::survivesARestart()
{
    QVERIFY(!m_window->presenterMode());
    presenterAction()->trigger();
    QVERIFY(m_window->presenterMode());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->presenterMode());
    QVERIFY(presenterAction()->isChecked());
    QCOMPARE(QSettings().value(u"MainWindow/presenterMode"_s).toBool(), true);
    presenterAction()->trigger();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!m_window->presenterMode());
}

QTEST_MAIN(TestPresenterMode)
#include "testpresentermode.moc"
