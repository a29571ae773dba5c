// The code page on its own: the challenge it shows, the code it submits, the 3-minute countdown on an injected
// clock, and what a refused code leaves on screen.
#include "clock.h"
#include "codepage.h"
#include "kibo/kiboerror.h"
#include "session/authticketoutcome.h"
#include "translator.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString UserId = u"ffeeddccbbaa99887766554433221100"_s;
const QString Email = u"ada.lovelace@example.com"_s;
const QDateTime Start(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

KiboError codeError(const QString& errorCode, const QString& remainingAttempts)
{
    KiboError error;
    error.kind = KiboError::Kind::HttpKibo;
    error.httpStatus = 401;
    error.errorCode = errorCode;
    if (!remainingAttempts.isNull()) {
        error.additionalErrorData.append({ u"RemainingAttempts"_s, remainingAttempts });
    }
    return error;
}

} // namespace

class TestCodePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheChallenge_data();
    void showsTheChallenge();
    void submitEmitsTheCode_data();
    void submitEmitsTheCode();
    void countdownFollowsTheClock_data();
    void countdownFollowsTheClock();
    void refusalShowsWhatIsLeft_data();
    void refusalShowsWhatIsLeft();
    void outboxMasksTheUsernameInPresenterMode();
    void tabOrderFollowsTheWidgetBefore();

private:
    template <typename T>
    T* child(const char* name) const
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    void show(bool oneTimeCode);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CodePage> m_page;
};

void TestCodePage::initTestCase()
{
    // The shipped English catalogue gives the plural forms ("2 attempts left"), as the app shows them.
    QCOMPARE(Translator::install(qApp, u"en"_s), u"en"_s);
}

void TestCodePage::init()
{
    m_clock = std::make_unique<ManualClock>(Start);
    m_page = std::make_unique<CodePage>();
    m_page->setClock(m_clock.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCodePage::cleanup()
{
    m_page.reset();
    m_clock.reset();
}

void TestCodePage::show(bool oneTimeCode)
{
    if (oneTimeCode) {
        m_page->showOneTimeCode(Email);
    } else {
        m_page->showTwoFactor(UserId);
    }
}

void TestCodePage::showsTheChallenge_data()
{
    QTest::addColumn<bool>("oneTimeCode");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("introPart");

    QTest::newRow("second factor") << false << u"Two-factor authenti&cation"_s << u"The password was right."_s;
    QTest::newRow("one-time code login") << true << u"One-time &code"_s << Email;
}

void TestCodePage::showsTheChallenge()
{
    QFETCH(bool, oneTimeCode);
    QFETCH(QString, title);
    QFETCH(QString, introPart);

    QVERIFY(!m_page->isWaitingForCode());
    QCOMPARE(m_page->codeSecondsLeft(), -1);
    show(oneTimeCode);
    QVERIFY(m_page->isWaitingForCode());
    QCOMPARE(m_page->isOneTimeCodeLogin(), oneTimeCode);
    QCOMPARE(m_page->pendingUserId(), oneTimeCode ? QString() : UserId);
    QCOMPARE(m_page->pendingEmail(), oneTimeCode ? Email : QString());
    QCOMPARE(child<QGroupBox>("twoFactorGroupBox")->title(), title);
    QVERIFY2(child<QLabel>("twoFactorLabel")->text().contains(introPart),
        qPrintable(child<QLabel>("twoFactorLabel")->text()));
    QVERIFY(child<QLineEdit>("codeLineEdit")->isEnabled());
    QVERIFY(child<QLineEdit>("codeLineEdit")->text().isEmpty());
    QCOMPARE(child<QPushButton>("verifyCodeButton")->text(), u"Verify"_s);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    QVERIFY(!child<QLabel>("attemptsLeftLabel")->isVisible());
    QVERIFY(!child<QLabel>("twoFactorErrorLabel")->isVisible());

    // While a request runs nothing can be sent; cleared, no code is pending.
    m_page->setBusy(true);
    QVERIFY(!child<QPushButton>("verifyCodeButton")->isEnabled());
    QVERIFY(!child<QPushButton>("resendCodeButton")->isEnabled());
    m_page->setBusy(false);
    QVERIFY(child<QPushButton>("verifyCodeButton")->isEnabled());
    m_page->clear();
    QVERIFY(!m_page->isWaitingForCode());
    QCOMPARE(m_page->codeSecondsLeft(), -1);
}

void TestCodePage::submitEmitsTheCode_data()
{
    QTest::addColumn<bool>("oneTimeCode");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("byReturn");
    QTest::addColumn<QString>("submitted"); // empty: nothing is submitted, the page asks for six digits

    QTest::newRow("second factor, Verify") << false << u"123456"_s << false << u"123456"_s;
    QTest::newRow("second factor, Return") << false << u"654321"_s << true << u"654321"_s;
    QTest::newRow("one-time code, Verify") << true << u"000111"_s << false << u"000111"_s;
    QTest::newRow("five digits") << false << u"12345"_s << false << QString();
    QTest::newRow("letters are not typed") << true << u"12ab34"_s << true << QString();
}

void TestCodePage::submitEmitsTheCode()
{
    QFETCH(bool, oneTimeCode);
    QFETCH(QString, typed);
    QFETCH(bool, byReturn);
    QFETCH(QString, submitted);

    show(oneTimeCode);
    QSignalSpy twoFactor(m_page.get(), &CodePage::twoFactorCodeEntered);
    QSignalSpy oneTime(m_page.get(), &CodePage::oneTimeCodeEntered);
    auto* edit = child<QLineEdit>("codeLineEdit");
    QTest::keyClicks(edit, typed);
    if (byReturn) {
        QTest::keyClick(edit, Qt::Key_Return);
    } else {
        QTest::mouseClick(child<QPushButton>("verifyCodeButton"), Qt::LeftButton);
    }

    QSignalSpy& expected = oneTimeCode ? oneTime : twoFactor;
    QSignalSpy& other = oneTimeCode ? twoFactor : oneTime;
    QCOMPARE(other.size(), 0);
    auto* problem = child<QLabel>("twoFactorErrorLabel");
    if (submitted.isEmpty()) {
        QCOMPARE(expected.size(), 0);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"Enter all six digits of the code."_s);
        return;
    }
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.first().at(0).toString(), oneTimeCode ? Email : UserId);
    QCOMPARE(expected.first().at(1).toString(), submitted);
    QVERIFY(!problem->isVisible());
}

void TestCodePage::countdownFollowsTheClock_data()
{
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<int>("secondsLeft");
    QTest::addColumn<QString>("expiryText");
    QTest::addColumn<QString>("submitText");

    const QString verify = u"Verify"_s;
    QTest::newRow("just sent") << 0 << 180 << u"The code expires in 3:00."_s << verify;
    QTest::newRow("a minute on") << 61 << 119 << u"The code expires in 1:59."_s << verify;
    QTest::newRow("last second") << 179 << 1 << u"The code expires in 0:01."_s << verify;
    QTest::newRow("expired") << 180 << 0 << u"The code has expired — send a new code."_s << u"Send a New Code"_s;
    QTest::newRow("long expired") << 3600 << 0 << u"The code has expired — send a new code."_s << u"Send a New Code"_s;
}

// The page counts the code's 3 minutes down from when it was sent; once it is useless, Submit asks for a new code.
void TestCodePage::countdownFollowsTheClock()
{
    QFETCH(int, secondsLater);
    QFETCH(int, secondsLeft);
    QFETCH(QString, expiryText);
    QFETCH(QString, submitText);

    show(false);
    m_clock->advanceSeconds(secondsLater);
    m_page->refreshCountdown();
    QCOMPARE(m_page->codeSecondsLeft(), secondsLeft);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), expiryText);
    auto* submit = child<QPushButton>("verifyCodeButton");
    QCOMPARE(submit->text(), submitText);

    QSignalSpy resend(m_page.get(), &CodePage::resendCodeRequested);
    QSignalSpy entered(m_page.get(), &CodePage::twoFactorCodeEntered);
    QTest::keyClicks(child<QLineEdit>("codeLineEdit"), u"123456"_s);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(resend.size(), secondsLeft == 0 ? 1 : 0);
    QCOMPARE(entered.size(), secondsLeft == 0 ? 0 : 1);

    // A new code starts the 3 minutes over.
    m_page->restartCodeExpiry();
    QCOMPARE(m_page->codeSecondsLeft(), 180);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    QCOMPARE(submit->text(), u"Verify"_s);
}

void TestCodePage::refusalShowsWhatIsLeft_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("remaining"); // RemainingAttempts, null: not sent
    QTest::addColumn<QString>("attemptsText"); // empty: the attempts line is hidden
    QTest::addColumn<QString>("expiryText");

    QTest::newRow("wrong, 2 left") << u"INVALID_OTP"_s << u"2"_s << u"2 attempts left"_s
                                   << u"The code expires in 2:30."_s;
    QTest::newRow("wrong, 1 left") << u"INVALID_OTP"_s << u"1"_s << u"1 attempt left"_s
                                   << u"The code expires in 2:30."_s;
    QTest::newRow("wrong, count missing")
        << u"INVALID_OTP"_s << QString() << QString() << u"The code expires in 2:30."_s;
    QTest::newRow("void after three") << u"OTP_EXPIRED"_s << QString() << QString()
                                      << u"This code no longer works — send a new code."_s;
}

void TestCodePage::refusalShowsWhatIsLeft()
{
    QFETCH(QString, errorCode);
    QFETCH(QString, remaining);
    QFETCH(QString, attemptsText);
    QFETCH(QString, expiryText);

    show(false);
    QTest::keyClicks(child<QLineEdit>("codeLineEdit"), u"000000"_s);
    m_clock->advanceSeconds(30);
    const AuthTicketOutcome outcome(codeError(errorCode, remaining), AuthTicketOutcome::Step::Code);
    m_page->showCodeRefusal(outcome);

    auto* attempts = child<QLabel>("attemptsLeftLabel");
    QCOMPARE(attempts->isVisible(), !attemptsText.isEmpty());
    if (!attemptsText.isEmpty()) {
        QCOMPARE(attempts->text(), attemptsText);
    }
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), expiryText);
    auto* problem = child<QLabel>("twoFactorErrorLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(outcome.diagnosis().title + u':'), qPrintable(problem->text()));
    // The refused code is gone, ready for the next one.
    QVERIFY(child<QLineEdit>("codeLineEdit")->text().isEmpty());
    QVERIFY(m_page->isWaitingForCode());
}

void TestCodePage::outboxMasksTheUsernameInPresenterMode()
{
    show(true);
    auto* outbox = child<QLabel>("demoOutboxLabel");
    QVERIFY(!outbox->isVisible());
    m_page->setDemoOutbox(Email, u"424242"_s);
    QVERIFY(outbox->isVisible());
    QCOMPARE(outbox->text(), u"Demo outbox: the code sent to %1 is 424242."_s.arg(Email));

    m_page->setPresenterMode(true);
    QVERIFY2(!outbox->text().contains(Email), qPrintable(outbox->text()));
    QVERIFY(outbox->text().contains(u"424242"_s));
    QVERIFY2(
        !child<QLabel>("twoFactorLabel")->text().contains(Email), qPrintable(child<QLabel>("twoFactorLabel")->text()));

    m_page->setPresenterMode(false);
    QVERIFY(outbox->text().contains(Email));
    QVERIFY(child<QLabel>("twoFactorLabel")->text().contains(Email));
}

// Inside a larger form (the result view) Tab goes from the widget before the page to the code, Verify and Resend.
void TestCodePage::tabOrderFollowsTheWidgetBefore()
{
    QWidget window;
    auto* before = new QLineEdit(&window);
    auto* after = new QLineEdit(&window);
    auto* page = new CodePage(&window);
    page->setTabOrderAfter(before);
    auto* code = page->findChild<QLineEdit*>(u"codeLineEdit"_s);
    auto* verify = page->findChild<QPushButton*>(u"verifyCodeButton"_s);
    auto* resend = page->findChild<QPushButton*>(u"resendCodeButton"_s);
    QWidget::setTabOrder(resend, after);

    QCOMPARE(before->nextInFocusChain(), code);
    QCOMPARE(code->nextInFocusChain(), verify);
    QCOMPARE(verify->nextInFocusChain(), resend);
    QCOMPARE(resend->nextInFocusChain(), after);
}

QTEST_MAIN(TestCodePage)
#include "testcodepage.moc"
