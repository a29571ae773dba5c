// Every Alt+letter reaches one control: in each window of the app (the main window with its menu bar, login panel,
// session bar, result view and code page; the profiles, network settings, inspector, compare and history windows),
// in each state that shows other controls, and in English and German through the translator the app installs. Each
// walk runs twice, the second time in presenter mode (its banner brings a button of its own; it disables others).
// The test walks the real widget tree; it knows no label. Rules:
// - Collision: two visible, enabled controls of one window (buttons, labels through their buddy, group box titles,
//   tabs, menu bar titles) with the same Alt letter. The same control twice (one per session side by side: same
//   class, object name and text) is no collision: Alt cycles through them. Each menu's entries apart.
// - Missing: a labelled input (a buddy label, or a form row's label beside an input), a push button, check box,
//   radio button or text tool button needs a letter of its own, unless it sits in a group box that has one (Alt
//   lands on the group's first field, Tab walks on), it is one of a dialog's OK/Cancel buttons, it is a menu
//   button, the window's menu bar has a command of the same name (Alt, the menu's letter, the command's), or it
//   is one of several buttons of one name (the Copy after each token: one letter cannot name three buttons).
//   Every menu entry needs one.
#include "compareview.h"
#include "demo/demotenant.h"
#include "historyview.h"
#include "inspectorview.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "sessionview.h"
#include "translator.h"
#include "vault/memoryvault.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// The letter Alt+letter goes to, lower case; null without one.
QChar mnemonicOf(const QString& text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty()) {
        return {};
    }
    return QChar(char16_t(sequence[0].key())).toLower();
}

// Text without its mnemonic marker and ellipsis, for comparing a button with a menu command.
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    text.remove(u'…').remove(u"..."_s);
    return text.trimmed().toCaseFolded();
}

bool isReachable(const QWidget* widget)
{
    return widget->isVisible() && widget->isEnabled();
}

QString describe(const QWidget* widget, const QString& text)
{
    const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                        : widget->objectName();
    return u"“%1” (%2)"_s.arg(text, name);
}

struct Owner
{
    QString text;
    QString where;
    QString identity; // the same control in another session
};

class Audit
{
public:
    explicit Audit(QString language)
        : m_language(std::move(language))
    { }

    // The window in its present state, then each tab of each tab widget in turn.
    void window(QWidget* window, const QString& state)
    {
        checkNow(window, state);
        const QList<QTabWidget*> tabWidgets = window->findChildren<QTabWidget*>();
        for (QTabWidget* tabs : tabWidgets) {
            if (tabs->window() != window || !isReachable(tabs)) {
                continue;
            }
            const int before = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == before || !tabs->isTabVisible(i) || !tabs->isTabEnabled(i)) {
                    continue;
                }
                tabs->setCurrentIndex(i);
                checkNow(window, u"%1, tab “%2”"_s.arg(state, plainText(tabs->tabText(i))));
            }
            tabs->setCurrentIndex(before);
        }
    }

    const QStringList& problems() const { return m_problems; }

private:
    void checkNow(QWidget* window, const QString& state)
    {
        const QString where = u"[%1] %2 — %3"_s.arg(m_language, window->objectName(), state);
        QMap<QChar, QList<Owner>> owners;
        const auto add = [&owners](const QWidget* widget, const QString& text) {
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull()) {
                owners[letter].append({ text, describe(widget, text),
                    QString::fromLatin1(widget->metaObject()->className()) + u'/' + widget->objectName() + u'/'
                        + text });
            }
        };
        QStringList menuBarCommands;
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (widget->window() != window || !isReachable(widget)) {
                continue;
            }
            if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                add(button, button->text());
            } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
                add(label, label->text());
            } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
                add(group, group->title());
            } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < bar->count(); ++i) {
                    if (bar->isTabVisible(i) && bar->isTabEnabled(i)) {
                        add(bar, bar->tabText(i));
                    }
                }
            } else if (auto* menuBar = qobject_cast<QMenuBar*>(widget)) {
                const QList<QAction*> titles = menuBar->actions();
                for (QAction* title : titles) {
                    if (title->isVisible()) {
                        add(menuBar, title->text());
                        if (title->menu()) {
                            checkMenu(title->menu(), where);
                            const QList<QAction*> commands = title->menu()->actions();
                            for (const QAction* command : commands) {
                                menuBarCommands << plainText(command->text());
                            }
                        }
                    }
                }
            }
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            QStringList identities;
            QStringList names;
            for (const Owner& owner : it.value()) {
                identities << owner.identity;
                names << owner.where;
            }
            identities.removeDuplicates();
            if (identities.size() > 1) {
                names.removeDuplicates();
                report(u"%1: Alt+%2 is %3"_s.arg(where, it.key().toUpper(), names.join(u" and "_s)));
            }
        }
        checkMissing(window, where, menuBarCommands);
        // The menus a widget opens (a tree's options, a button's menu).
        const QList<QToolButton*> menuButtons = window->findChildren<QToolButton*>();
        for (QToolButton* button : menuButtons) {
            if (button->window() == window && isReachable(button) && button->menu()) {
                checkMenu(button->menu(), where);
            }
        }
    }

    void checkMenu(const QMenu* menu, const QString& where)
    {
        QMap<QChar, QStringList> letters;
        const QList<QAction*> actions = menu->actions();
        for (const QAction* action : actions) {
            if (action->isSeparator() || !action->isVisible() || action->text().isEmpty()) {
                continue;
            }
            const QChar letter = mnemonicOf(action->text());
            if (letter.isNull()) {
                report(u"%1: menu “%2” entry “%3” has no Alt letter"_s.arg(where, menu->title(), action->text()));
                continue;
            }
            letters[letter] << action->text();
        }
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            if (it.value().size() > 1) {
                report(u"%1: in menu “%2”, %3 is %4"_s.arg(
                    where, menu->title(), it.key().toUpper(), it.value().join(u" and "_s)));
            }
        }
    }

    static bool inGroupWithMnemonic(const QWidget* widget, const QWidget* window)
    {
        for (const QWidget* parent = widget->parentWidget(); parent && parent != window;
             parent = parent->parentWidget()) {
            if (const auto* group = qobject_cast<const QGroupBox*>(parent);
                group && !mnemonicOf(group->title()).isNull()) {
                return true;
            }
        }
        return false;
    }

    static bool isInput(const QWidget* widget)
    {
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
            return !edit->isReadOnly();
        }
        if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget)) {
            return !spin->isReadOnly();
        }
        if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget)) {
            return !text->isReadOnly();
        }
        if (const auto* text = qobject_cast<const QTextEdit*>(widget)) {
            return !text->isReadOnly();
        }
        return qobject_cast<const QComboBox*>(widget) != nullptr;
    }

    static QWidget* firstInput(QLayoutItem* item)
    {
        if (!item) {
            return nullptr;
        }
        if (QWidget* widget = item->widget()) {
            return isInput(widget) ? widget : nullptr;
        }
        if (QLayout* layout = item->layout()) {
            for (int i = 0; i < layout->count(); ++i) {
                if (QWidget* input = firstInput(layout->itemAt(i))) {
                    return input;
                }
            }
        }
        return nullptr;
    }

    void checkMissing(QWidget* window, const QString& where, const QStringList& menuBarCommands)
    {
        // Form rows: the label of an input must lead to it.
        const QList<QFormLayout*> forms = window->findChildren<QFormLayout*>();
        for (QFormLayout* form : forms) {
            if (!form->parentWidget() || form->parentWidget()->window() != window) {
                continue;
            }
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
                auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
                QWidget* input = firstInput(form->itemAt(row, QFormLayout::FieldRole));
                if (!label || !input || !isReachable(label) || !isReachable(input)) {
                    continue;
                }
                if (!label->buddy()) {
                    report(u"%1: %2 labels an input but has no buddy"_s.arg(where, describe(label, label->text())));
                }
            }
        }
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        QStringList buttonNames;
        for (const QWidget* widget : widgets) {
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
                button && button->window() == window && isReachable(button)) {
                buttonNames << plainText(button->text());
            }
        }
        for (QWidget* widget : widgets) {
            if (widget->window() != window || !isReachable(widget) || inGroupWithMnemonic(widget, window)) {
                continue;
            }
            if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
                if (mnemonicOf(label->text()).isNull()) {
                    report(u"%1: %2 has no Alt letter for its field"_s.arg(where, describe(label, label->text())));
                }
                continue;
            }
            auto* button = qobject_cast<QAbstractButton*>(widget);
            if (!button || button->text().isEmpty() || !mnemonicOf(button->text()).isNull()
                || qobject_cast<QDialogButtonBox*>(button->parentWidget())
                || menuBarCommands.contains(plainText(button->text()))) {
                continue;
            }
            if (auto* tool = qobject_cast<QToolButton*>(button);
                tool && (tool->menu() || tool->toolButtonStyle() == Qt::ToolButtonIconOnly)) {
                continue;
            }
            if (qobject_cast<QTabBar*>(button->parentWidget())) {
                continue; // a tab bar's scroll and close buttons
            }
            if (buttonNames.count(plainText(button->text())) > 1) {
                continue; // one of several buttons of one name (the Copy after each token), each after its field
            }
            report(u"%1: %2 has no Alt letter"_s.arg(where, describe(button, button->text())));
        }
    }

    void report(const QString& problem)
    {
        if (!m_problems.contains(problem)) {
            m_problems << problem;
        }
    }

    QString m_language;
    QStringList m_problems;
};

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mainWindow_data();
    void mainWindow();
    void toolWindows_data();
    void toolWindows();

private:
    void languages();
    void logIn(MainWindow* window, const QString& username);
    static void turnPresenterModeOn(MainWindow* window);
    static void chooseSignInMode(MainWindow* window, LoginPanel::SignInMode mode);
    // Presses the login panel's main button (Log in, Send Code, Get Anonymous Ticket) and waits for the answer.
    static void pressMainButton(MainWindow* window);
    static QWidget* openedWindow(const QList<QWidget*>& before);
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testmnemonics"_s);
    QSettings().clear();
}

void TestMnemonics::cleanup()
{
    QSettings().clear(); // presenter mode is kept in the settings
    Translator::install(qApp, u"en"_s); // each install() replaces the language before
}

void TestMnemonics::languages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("presenter");
    QTest::newRow("English") << u"en"_s << false;
    QTest::newRow("German") << u"de"_s << false;
    QTest::newRow("English, presenter mode") << u"en"_s << true;
    QTest::newRow("German, presenter mode") << u"de"_s << true;
}

void TestMnemonics::turnPresenterModeOn(MainWindow* window)
{
    // Through its menu command, as a presenter turns it on; the banner and its button show.
    auto* action = window->findChild<QAction*>(u"presenterModeAction"_s);
    QVERIFY(action && action->isEnabled() && !action->isChecked());
    action->trigger();
    QVERIFY(window->presenterMode());
    auto* off = window->findChild<QPushButton*>(u"presenterOffButton"_s);
    QVERIFY(off && off->isVisible());
}

void TestMnemonics::logIn(MainWindow* window, const QString& username)
{
    LoginPanel* panel = window->loginPanel();
    panel->setUsername(username);
    auto* password = window->currentSessionView()->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    QVERIFY(password);
    password->setText(DemoTenant::defaultPassword());
    QSignalSpy finished(window, &MainWindow::loginFinished);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(finished.wait(20000));
}

void TestMnemonics::chooseSignInMode(MainWindow* window, LoginPanel::SignInMode mode)
{
    auto* signIn = window->currentSessionView()->findChild<QComboBox*>(u"signInModeComboBox"_s);
    QVERIFY(signIn);
    const int index = signIn->findData(QVariant::fromValue(mode));
    QVERIFY(index >= 0);
    signIn->setCurrentIndex(index);
    QCOMPARE(window->loginPanel()->signInMode(), mode);
}

void TestMnemonics::pressMainButton(MainWindow* window)
{
    auto* button = window->currentSessionView()->findChild<QPushButton*>(u"loginButton"_s);
    QVERIFY(button && button->isEnabled());
    QSignalSpy finished(window, &MainWindow::loginFinished);
    button->click();
    QVERIFY(finished.wait(20000));
}

QWidget* TestMnemonics::openedWindow(const QList<QWidget*>& before)
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible() && !before.contains(window) && !qobject_cast<QMenu*>(window)) {
            return window;
        }
    }
    return nullptr;
}

void TestMnemonics::mainWindow_data()
{
    languages();
}

void TestMnemonics::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(bool, presenter);
    QCOMPARE(Translator::install(qApp, language), language);
    Audit audit(presenter ? language + u", presenter mode"_s : language);
    MainWindow window;
    window.setObjectName(u"main window"_s);
    window.setVault(std::make_unique<MemoryVault>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (presenter) {
        turnPresenterModeOn(&window);
        QVERIFY(!QTest::currentTestFailed());
    }
    audit.window(&window, u"at start"_s);
    window.startDemoTenant();
    QVERIFY(window.demoTenant());
    audit.window(&window, u"demo tenant"_s);

    // Every way to sign in shows other fields; the password shown turns Show into Hide.
    auto* signIn = window.currentSessionView()->findChild<QComboBox*>(u"signInModeComboBox"_s);
    QVERIFY(signIn);
    for (int i = 1; i < signIn->count(); ++i) {
        signIn->setCurrentIndex(i);
        audit.window(&window, u"sign in with “%1”"_s.arg(signIn->itemText(i)));
    }
    signIn->setCurrentIndex(0);
    auto* show = window.currentSessionView()->findChild<QToolButton*>(u"showPasswordButton"_s);
    QVERIFY(show);
    show->setChecked(true);
    audit.window(&window, u"password shown"_s);
    show->setChecked(false);

    logIn(&window, u"ada.lovelace@example.com"_s);
    QVERIFY(window.currentSession()->currentTicket());
    audit.window(&window, u"logged in"_s);

    logIn(&window, u"locked@example.com"_s);
    QCOMPARE(window.resultView()->currentTab(), ResultView::Tab::Problem);
    audit.window(&window, u"a refusal"_s);

    logIn(&window, u"mfa@example.com"_s);
    QVERIFY(window.resultView()->isWaitingForCode());
    audit.window(&window, u"two-factor code"_s);

    // The password-less login: its code page, beside the panel in the one-time code mode.
    chooseSignInMode(&window, LoginPanel::SignInMode::OneTimeCode);
    window.loginPanel()->setUsername(u"ada.lovelace@example.com"_s);
    pressMainButton(&window);
    QVERIFY(window.resultView()->isOneTimeCodeLogin());
    audit.window(&window, u"one-time code"_s);

    // An anonymous ticket, then each way to sign in that offers to upgrade it.
    chooseSignInMode(&window, LoginPanel::SignInMode::Anonymous);
    pressMainButton(&window);
    QVERIFY(window.currentSession()->isAnonymous());
    audit.window(&window, u"anonymous ticket"_s);
    auto* upgrade = window.currentSessionView()->findChild<QCheckBox*>(u"upgradeAnonymousCheckBox"_s);
    QVERIFY(upgrade);
    for (const auto mode : { LoginPanel::SignInMode::Password, LoginPanel::SignInMode::OneTimeCode }) {
        chooseSignInMode(&window, mode);
        QVERIFY(upgrade->isVisible());
        audit.window(&window, u"anonymous ticket, upgrade offered in “%1”"_s.arg(signIn->currentText()));
    }
    chooseSignInMode(&window, LoginPanel::SignInMode::Password);

    window.newSession();
    logIn(&window, u"b2b.buyer@example.com"_s);
    audit.window(&window, u"two sessions"_s);
    window.sessionTabs()->setSideBySide(true);
    audit.window(&window, u"side by side"_s);

    for (const QString& problem : audit.problems()) {
        qWarning("%s", qPrintable(problem));
    }
    QVERIFY2(audit.problems().isEmpty(), qPrintable(u"%1 problems, listed above"_s.arg(audit.problems().size())));
}

void TestMnemonics::toolWindows_data()
{
    languages();
}

void TestMnemonics::toolWindows()
{
    QFETCH(QString, language);
    QFETCH(bool, presenter);
    QCOMPARE(Translator::install(qApp, language), language);
    Audit audit(presenter ? language + u", presenter mode"_s : language);
    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemoTenant();
    logIn(&window, u"ada.lovelace@example.com"_s);
    if (presenter) {
        turnPresenterModeOn(&window);
        QVERIFY(!QTest::currentTestFailed());
    }

    // Each window opens through its command in the menu bar, as a user opens it (presenter mode keeps the shown
    // token out of the inspector: it opens empty).
    const QStringList commands { u"profilesAction"_s, u"networkSettingsAction"_s,
        presenter ? u"inspectTokenAction"_s : u"openJwtInInspectorAction"_s, u"compareLoginAction"_s,
        u"historyAction"_s };
    for (const QString& command : commands) {
        auto* action = window.findChild<QAction*>(command);
        QVERIFY2(action && action->isEnabled(), qPrintable(command));
        const QList<QWidget*> before = QApplication::topLevelWidgets();
        action->trigger();
        QWidget* opened = nullptr;
        QTRY_VERIFY((opened = openedWindow(before)) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(opened));
        if (opened->objectName().isEmpty()) {
            opened->setObjectName(QString::fromLatin1(opened->metaObject()->className()));
        }
        audit.window(opened, command);
        // Each key source shows its own fields.
        if (auto* keySource = opened->findChild<QComboBox*>(u"keySourceComboBox"_s)) {
            for (int i = 1; i < keySource->count(); ++i) {
                keySource->setCurrentIndex(i);
                audit.window(opened, u"%1, key from “%2”"_s.arg(command, keySource->itemText(i)));
            }
        }
        opened->close();
    }

    for (const QString& problem : audit.problems()) {
        qWarning("%s", qPrintable(problem));
    }
    QVERIFY2(audit.problems().isEmpty(), qPrintable(u"%1 problems, listed above"_s.arg(audit.problems().size())));
}

QTEST_MAIN(TestMnemonics)
#include "testmnemonics.moc"
