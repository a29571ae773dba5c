// Two-factor and one-time code logins walked through the real widgets of one session tab (login panel and
// result view) against the in-process demo tenant on loopback. The tenant and the views share one ManualClock,
// so the 3-minute life of a code passes without waiting; codes are read from the demo outbox the view shows.
#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/sessionviewrig.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "resultview.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "vault/keychainvault.h"
#include "vault/tokenvault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deadline = 20000;
const QString Ada = u"ada.lovelace@example.com"_s;
const QString Mfa = u"mfa@example.com"_s;

} // namespace

class TestTwoFactorFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wrongCodeThenRightCode();
    void expiredCodeThenResend();
    void threeWrongCodesMakeTheCodeVoid();
    void oneTimeCodeLogin();
    void validationPerMode_data();
    void validationPerMode();
    void anonymousModeThenUpgradeByOneTimeCode();
    void presenterModeMasksTheCodePage();
    void sessionReportsTheOneTimeCodeOperations();

private:
    template <typename T>
    T* child(const char* name) const
    {
        return m_rig.child<T>(name);
    }
    void type(const char* fieldName, const QString& text);
    void chooseMode(LoginPanel::SignInMode mode);
    // Clicks the panel's main button (Log in, Send Code, Get Anonymous Ticket) and waits for the answer.
    void clickMainButton();
    void submitCode(const QString& code);
    // The code the demo outbox line of the result view shows for username.
    QString outboxCode(const QString& username) const;
    void startTwoFactorLogin();
    void expectLoggedIn(const QString& username);
    // The attempts line shows n, as the English catalogue's plural ("2 attempts left") or its source
    // ("2 attempt(s) left") while the catalogue lacks the message.
    bool attemptsShown(int n) const;

    SessionViewRig m_rig;
};

void TestTwoFactorFlow::initTestCase()
{
    SessionViewRig::configureApplication(u"testtwofactorflow"_s);
}

void TestTwoFactorFlow::init()
{
    QString error;
    QVERIFY2(m_rig.setUp(&error), qPrintable(error));
}

void TestTwoFactorFlow::cleanup()
{
    QVERIFY(m_rig.tearDown());
}

void TestTwoFactorFlow::type(const char* fieldName, const QString& text)
{
    auto* edit = child<QLineEdit>(fieldName);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestTwoFactorFlow::chooseMode(LoginPanel::SignInMode mode)
{
    auto* combo = child<QComboBox>("signInModeComboBox");
    const int index = combo->findData(QVariant::fromValue(mode));
    QVERIFY(index >= 0);
    // Through the keyboard, as a user would: the combo's current item follows the arrow keys.
    combo->setFocus();
    while (combo->currentIndex() != index) {
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }
    QCOMPARE(m_rig.view->loginPanel()->signInMode(), mode);
}

void TestTwoFactorFlow::clickMainButton()
{
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("loginButton"), Qt::LeftButton);
    QVERIFY2(shown.wait(Deadline), qPrintable(m_rig.view->statusText()));
}

void TestTwoFactorFlow::submitCode(const QString& code)
{
    type("codeLineEdit", code);
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("verifyCodeButton"), Qt::LeftButton);
    QVERIFY2(shown.wait(Deadline), qPrintable(m_rig.view->statusText()));
}

QString TestTwoFactorFlow::outboxCode(const QString& username) const
{
    const auto* label = child<QLabel>("demoOutboxLabel");
    const QRegularExpressionMatch match
        = QRegularExpression(u"the code sent to "_s + QRegularExpression::escape(username) + u" is (\\d{6})"_s)
              .match(label->text());
    return label->isVisible() && match.hasMatch() ? match.captured(1) : QString();
}

void TestTwoFactorFlow::startTwoFactorLogin()
{
    type("usernameLineEdit", Mfa);
    type("passwordLineEdit", DemoTenant::defaultPassword());
    clickMainButton();
    ResultView* view = m_rig.view->resultView();
    QVERIFY(view->isWaitingForCode());
    QVERIFY(!view->isOneTimeCodeLogin());
    QCOMPARE(child<QLabel>("headlineLabel")->text(), u"Two-step verification required"_s);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    QVERIFY(child<QLabel>("codeExpiryLabel")->isVisible());
    QVERIFY(!child<QLabel>("attemptsLeftLabel")->isVisible());
    QCOMPARE(outboxCode(Mfa).size(), 6);
}

bool TestTwoFactorFlow::attemptsShown(int n) const
{
    const auto* label = child<QLabel>("attemptsLeftLabel");
    const QString expected = ResultView::tr("%n attempt(s) left", nullptr, n);
    if (!label->isVisible() || label->text() != expected
        || !label->text().startsWith(QString::number(n) + u" attempt"_s)) {
        qWarning("attempts line: %s (visible %d)", qPrintable(label->text()), label->isVisible());
        return false;
    }
    return true;
}

void TestTwoFactorFlow::expectLoggedIn(const QString& username)
{
    QVERIFY2(m_rig.view->statusText().startsWith(u"Logged in as "_s + username), qPrintable(m_rig.view->statusText()));
    QVERIFY(!m_rig.view->resultView()->isWaitingForCode());
    QVERIFY(m_rig.view->session()->currentTicket());
    QCOMPARE(m_rig.view->session()->username(), username);
    QVERIFY(child<QLabel>("headlineLabel")->text().startsWith(u"Logged in"_s));
    m_rig.accounts.append(m_rig.view->session()->accountKey());
    // The tokens went to the keychain (cleanup removes them).
    QTRY_VERIFY_WITH_TIMEOUT(m_rig.view->session()->vaultStatusText() == u"Tokens saved in the keychain"_s, Deadline);
}

void TestTwoFactorFlow::wrongCodeThenRightCode()
{
    startTwoFactorLogin();
    const QString code = outboxCode(Mfa);

    // The countdown follows the clock, through the view's own 1 s timer.
    m_rig.clock->advanceSeconds(61);
    QTRY_COMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 1:59."_s);

    submitCode(code == u"000000"_s ? u"111111"_s : u"000000"_s);
    QVERIFY(m_rig.view->resultView()->isWaitingForCode());
    QVERIFY(child<QLabel>("attemptsLeftLabel")->isVisible());
    QVERIFY(attemptsShown(2));
    QVERIFY2(child<QLabel>("twoFactorErrorLabel")->text().contains(u"Wrong verification code"_s),
        qPrintable(child<QLabel>("twoFactorErrorLabel")->text()));
    QVERIFY(child<QLineEdit>("codeLineEdit")->text().isEmpty());

    submitCode(code);
    expectLoggedIn(Mfa);
    QVERIFY(!m_rig.view->session()->currentTicket()->customerAccount.value(u"last2FaDate"_s).toString().isEmpty());
    // Kibo's reply to the code says requires2FA false; the Summary tells what happened: a code was required and given.
    QVERIFY(!m_rig.view->session()->currentTicket()->requires2FA);
    QCOMPARE(child<QLabel>("requires2FAValueLabel")->text(), u"Required and completed"_s);
    // A refresh renews the same login: still completed.
    QSignalSpy refreshed(m_rig.view.get(), &SessionView::answerShown);
    m_rig.view->refreshNow();
    QVERIFY(refreshed.wait(Deadline));
    QVERIFY2(m_rig.view->statusText().startsWith(u"Refreshed"_s), qPrintable(m_rig.view->statusText()));
    QCOMPARE(child<QLabel>("requires2FAValueLabel")->text(), u"Required and completed"_s);
    // A login without 2FA in the same session is no longer one that went through it.
    type("usernameLineEdit", Ada);
    type("passwordLineEdit", DemoTenant::defaultPassword());
    clickMainButton();
    expectLoggedIn(Ada);
    QCOMPARE(child<QLabel>("requires2FAValueLabel")->text(), u"Not required"_s);
}

void TestTwoFactorFlow::expiredCodeThenResend()
{
    startTwoFactorLogin();
    const QString oldCode = outboxCode(Mfa);
    m_rig.clock->advanceSeconds(3 * 60);
    QTRY_COMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code has expired — send a new code."_s);
    auto* verify = child<QPushButton>("verifyCodeButton");
    auto* resend = child<QPushButton>("resendCodeButton");
    QVERIFY(!verify->isVisible());
    QVERIFY(resend->isVisible());

    // Return in the code field now asks for a new code, as the one button left does; its countdown starts again.
    QSignalSpy codes(m_rig.tenant.get(), &DemoTenant::codeSent);
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::keyClick(child<QLineEdit>("codeLineEdit"), Qt::Key_Return);
    QVERIFY(shown.wait(Deadline));
    QCOMPARE(codes.size(), 1);
    QVERIFY2(m_rig.view->statusText().contains(u"new code"_s), qPrintable(m_rig.view->statusText()));
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    QVERIFY(verify->isVisible());
    QCOMPARE(verify->text(), u"Verify"_s);
    const QString newCode = outboxCode(Mfa);
    QCOMPARE(newCode, codes.first().at(1).toString());

    // The old code is gone with the new one; after two minutes the new one still works.
    if (oldCode != newCode) {
        submitCode(oldCode);
        QVERIFY(attemptsShown(2));
    }
    m_rig.clock->advanceSeconds(2 * 60);
    QTRY_COMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 1:00."_s);
    submitCode(newCode);
    expectLoggedIn(Mfa);
}

void TestTwoFactorFlow::threeWrongCodesMakeTheCodeVoid()
{
    startTwoFactorLogin();
    const QString code = outboxCode(Mfa);
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    submitCode(wrong);
    QVERIFY(attemptsShown(2));
    submitCode(wrong);
    QVERIFY(attemptsShown(1));
    submitCode(wrong);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"This code no longer works — send a new code."_s);
    QVERIFY(!child<QLabel>("attemptsLeftLabel")->isVisible());
    // One button is left, the one that sends a new code.
    QVERIFY(!child<QPushButton>("verifyCodeButton")->isVisible());
    QVERIFY(child<QPushButton>("resendCodeButton")->isVisible());
    QCOMPARE(m_rig.view->resultView()->codeSecondsLeft(), 0);
    QVERIFY(!m_rig.view->session()->currentTicket());
    // The page saw the three wrong codes: it says so, instead of every reason a code can stop working.
    const QString problem = child<QLabel>("twoFactorErrorLabel")->text();
    QVERIFY2(problem.contains(u"entered wrongly 3 times"_s), qPrintable(problem));
    QVERIFY2(!problem.contains(u"older than 3 minutes"_s), qPrintable(problem));
    QVERIFY2(!problem.contains(u"none was requested"_s), qPrintable(problem));

    // The new code works.
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("resendCodeButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    submitCode(outboxCode(Mfa));
    expectLoggedIn(Mfa);
}

void TestTwoFactorFlow::oneTimeCodeLogin()
{
    chooseMode(LoginPanel::SignInMode::OneTimeCode);
    QVERIFY(!child<QLineEdit>("passwordLineEdit")->isVisible());
    QVERIFY(!child<QLineEdit>("accountIdLineEdit")->isVisible());
    QVERIFY(child<QLineEdit>("usernameLineEdit")->isVisible());
    QCOMPARE(child<QPushButton>("loginButton")->text(), u"Send C&ode"_s);
    QCOMPARE(child<QLabel>("usernameLabel")->text(), u"Email a&ddress:"_s);

    type("usernameLineEdit", Ada);
    clickMainButton();
    ResultView* view = m_rig.view->resultView();
    QVERIFY(view->isWaitingForCode());
    QVERIFY(view->isOneTimeCodeLogin());
    QCOMPARE(view->pendingEmail(), Ada);
    QCOMPARE(child<QLabel>("headlineLabel")->text(), u"Sign in with a one-time code"_s);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    QVERIFY(!m_rig.view->session()->currentTicket());
    const QString code = outboxCode(Ada);
    QCOMPARE(code.size(), 6);

    submitCode(code == u"000000"_s ? u"111111"_s : u"000000"_s);
    QVERIFY(attemptsShown(2));
    QVERIFY(view->isOneTimeCodeLogin());

    // "Send a new code" asks otp/request again; the old code no longer works, the new one does.
    QSignalSpy codes(m_rig.tenant.get(), &DemoTenant::codeSent);
    QSignalSpy shown(m_rig.view.get(), &SessionView::answerShown);
    QTest::mouseClick(child<QPushButton>("resendCodeButton"), Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    QCOMPARE(codes.size(), 1);
    QVERIFY(!child<QLabel>("attemptsLeftLabel")->isVisible());
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    submitCode(outboxCode(Ada));
    expectLoggedIn(Ada);
    QCOMPARE(
        m_rig.view->session()->currentTicket()->customerAccount.value(u"emailAddress"_s).toString().toLower(), Ada);
}

void TestTwoFactorFlow::validationPerMode_data()
{
    QTest::addColumn<LoginPanel::SignInMode>("mode");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("message"); // empty: the form is fine

    using Mode = LoginPanel::SignInMode;
    QTest::newRow("password: no username") << Mode::Password << QString() << u"username or email"_s;
    QTest::newRow("password: no password") << Mode::Password << Ada << u"Enter the customer's password"_s;
    QTest::newRow("code: no email") << Mode::OneTimeCode << QString() << u"Enter the customer's email address"_s;
    QTest::newRow("code: not an email") << Mode::OneTimeCode << u"ada"_s << u"“ada” is not one"_s;
    QTest::newRow("code: email") << Mode::OneTimeCode << Ada << QString();
    QTest::newRow("anonymous: nothing needed") << Mode::Anonymous << QString() << QString();
}

void TestTwoFactorFlow::validationPerMode()
{
    QFETCH(LoginPanel::SignInMode, mode);
    QFETCH(QString, username);
    QFETCH(QString, message);
    chooseMode(mode);
    if (mode != LoginPanel::SignInMode::Anonymous) {
        type("usernameLineEdit", username);
    }
    LoginPanel* panel = m_rig.view->loginPanel();
    QCOMPARE(panel->validate(), message.isEmpty());
    QVERIFY2(panel->validationMessage().contains(message), qPrintable(panel->validationMessage()));
    if (message.isEmpty()) {
        QVERIFY(panel->validationMessage().isEmpty());
    }
}

void TestTwoFactorFlow::anonymousModeThenUpgradeByOneTimeCode()
{
    auto* upgrade = child<QCheckBox>("upgradeAnonymousCheckBox");
    QVERIFY(!upgrade->isVisible()); // no anonymous ticket yet

    chooseMode(LoginPanel::SignInMode::Anonymous);
    QVERIFY(!child<QLineEdit>("usernameLineEdit")->isVisible());
    QVERIFY(!child<QLineEdit>("passwordLineEdit")->isVisible());
    QCOMPARE(child<QPushButton>("loginButton")->text(), u"Get Anony&mous Ticket"_s);
    clickMainButton();
    QVERIFY2(m_rig.view->statusText().startsWith(u"Anonymous shopper ticket received"_s),
        qPrintable(m_rig.view->statusText()));
    QVERIFY(m_rig.view->session()->isAnonymous());
    QVERIFY(!upgrade->isVisible()); // not offered while the mode is anonymous

    chooseMode(LoginPanel::SignInMode::OneTimeCode);
    QVERIFY(upgrade->isVisible());
    QVERIFY(upgrade->isChecked());
    type("usernameLineEdit", Ada);
    clickMainButton();
    submitCode(outboxCode(Ada));
    expectLoggedIn(Ada);
    QVERIFY(!m_rig.view->session()->isAnonymous());
    QCOMPARE(m_rig.view->session()->previousAnonymousId().size(), 32);
    QVERIFY(!upgrade->isVisible());
}

void TestTwoFactorFlow::presenterModeMasksTheCodePage()
{
    chooseMode(LoginPanel::SignInMode::OneTimeCode);
    type("usernameLineEdit", Ada);
    clickMainButton();
    QVERIFY(child<QLabel>("twoFactorLabel")->text().contains(Ada));
    m_rig.view->setPresenterMode(true);
    for (const char* name : { "twoFactorLabel", "emailValueLabel", "demoOutboxLabel" }) {
        QVERIFY2(!child<QLabel>(name)->text().contains(Ada), name);
    }
    m_rig.view->setPresenterMode(false);
    QVERIFY(child<QLabel>("emailValueLabel")->text().contains(Ada));
}

// History and the status bar tell the steps apart by the session's Operation.
void TestTwoFactorFlow::sessionReportsTheOneTimeCodeOperations()
{
    using Operation = CustomerSession::Operation;
    CustomerSession* session = m_rig.view->session();
    QSignalSpy results(session, &CustomerSession::resultReady);
    chooseMode(LoginPanel::SignInMode::OneTimeCode);
    type("usernameLineEdit", Ada);
    clickMainButton();
    submitCode(outboxCode(Ada));
    expectLoggedIn(Ada);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).at(1).value<Operation>(), Operation::RequestOtp);
    QVERIFY(!results.at(0).at(0).value<AuthTicketResult>().error.isError());
    QCOMPARE(results.at(1).at(1).value<Operation>(), Operation::FinishOtp);
    QVERIFY(results.at(1).at(0).value<AuthTicketResult>().ticket);
    QVERIFY(session->lastResult() && session->lastResult()->ticket);
}

QTEST_MAIN(TestTwoFactorFlow)
#include "testtwofactorflow.moc"
