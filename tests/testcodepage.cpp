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
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>
#include <QVBoxLayout>

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
    void voidCodeNamesItsCause_data();
    void voidCodeNamesItsCause();
    void placeholderFitsInEveryLanguage_data();
    void placeholderFitsInEveryLanguage();
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
    // The texts of the page's buttons on screen, in layout order.
    QStringList shownButtons() const;

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

QStringList TestCodePage::shownButtons() const
{
    QStringList texts;
    for (const char* name : { "verifyCodeButton", "resendCodeButton" }) {
        if (auto* button = child<QPushButton>(name); button->isVisible()) {
            texts << button->text();
        }
    }
    return texts;
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
    QTest::addColumn<QStringList>("buttons"); // the buttons on screen; the first one is what Return does

    const QStringList both { u"Verify"_s, u"Send a new code"_s };
    const QStringList resendOnly { u"Send a new code"_s };
    QTest::newRow("just sent") << 0 << 180 << u"The code expires in 3:00."_s << both;
    QTest::newRow("a minute on") << 61 << 119 << u"The code expires in 1:59."_s << both;
    QTest::newRow("last second") << 179 << 1 << u"The code expires in 0:01."_s << both;
    QTest::newRow("expired") << 180 << 0 << u"The code has expired — send a new code."_s << resendOnly;
    QTest::newRow("long expired") << 3600 << 0 << u"The code has expired — send a new code."_s << resendOnly;
}

// The page counts the code's 3 minutes down from when it was sent; once it is useless, one button is left, the one
// that asks for a new code, and Return in the code field asks for one too.
void TestCodePage::countdownFollowsTheClock()
{
    QFETCH(int, secondsLater);
    QFETCH(int, secondsLeft);
    QFETCH(QString, expiryText);
    QFETCH(QStringList, buttons);

    show(false);
    m_clock->advanceSeconds(secondsLater);
    m_page->refreshCountdown();
    QCOMPARE(m_page->codeSecondsLeft(), secondsLeft);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), expiryText);
    QCOMPARE(shownButtons(), buttons);

    QSignalSpy resend(m_page.get(), &CodePage::resendCodeRequested);
    QSignalSpy entered(m_page.get(), &CodePage::twoFactorCodeEntered);
    auto* edit = child<QLineEdit>("codeLineEdit");
    QTest::keyClicks(edit, u"123456"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(resend.size(), secondsLeft == 0 ? 1 : 0);
    QCOMPARE(entered.size(), secondsLeft == 0 ? 0 : 1);

    // A new code starts the 3 minutes over.
    m_page->restartCodeExpiry();
    QCOMPARE(m_page->codeSecondsLeft(), 180);
    QCOMPARE(child<QLabel>("codeExpiryLabel")->text(), u"The code expires in 3:00."_s);
    QCOMPARE(shownButtons(), QStringList({ u"Verify"_s, u"Send a new code"_s }));
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

void TestCodePage::voidCodeNamesItsCause_data()
{
    QTest::addColumn<QStringList>("refusals"); // errorCode:RemainingAttempts ("" when not sent), in order
    QTest::addColumn<int>("secondsLater"); // the clock moves on before the last refusal
    QTest::addColumn<QString>("said"); // part of the problem line after the last refusal
    QTest::addColumn<QStringList>("notSaid"); // causes that did not happen

    const QString usedUp = u"The code was entered wrongly 3 times, so it no longer works."_s;
    const QString tooOld = u"The code is older than 3 minutes, so it has expired."_s;
    // The diagnosis of OTP_EXPIRED alone lists every cause; the page knows better when it saw what happened.
    const QString everyCause = u"was entered wrongly too often, or none was requested"_s;
    QTest::newRow("three wrong codes") << QStringList { u"INVALID_OTP:2"_s, u"INVALID_OTP:1"_s, u"OTP_EXPIRED:"_s }
                                       << 20 << usedUp << QStringList { tooOld, everyCause };
    QTest::newRow("three wrong codes, counts not sent") << QStringList { u"INVALID_OTP:"_s, u"INVALID_OTP:"_s,
        u"OTP_EXPIRED:"_s } << 20 << usedUp << QStringList { tooOld, everyCause };
    QTest::newRow("past its 3 minutes") << QStringList { u"OTP_EXPIRED:"_s } << 181 << tooOld
                                        << QStringList { usedUp, everyCause };
    QTest::newRow("one wrong code, then past its 3 minutes")
        << QStringList { u"INVALID_OTP:2"_s, u"OTP_EXPIRED:"_s } << 181 << tooOld << QStringList { usedUp, everyCause };
    // Void by the server's own account, for no reason the page saw: every cause stays possible.
    QTest::newRow("void, cause unseen") << QStringList { u"OTP_EXPIRED:"_s } << 20 << everyCause
                                        << QStringList { usedUp, tooOld };
}

// A void code's message names the cause the page saw (tries used up, or past its 3 minutes), not every possible one.
void TestCodePage::voidCodeNamesItsCause()
{
    QFETCH(QStringList, refusals);
    QFETCH(int, secondsLater);
    QFETCH(QString, said);
    QFETCH(QStringList, notSaid);

    show(false);
    auto* problem = child<QLabel>("twoFactorErrorLabel");
    for (qsizetype i = 0; i < refusals.size(); ++i) {
        if (i == refusals.size() - 1) {
            m_clock->advanceSeconds(secondsLater);
        }
        const QString errorCode = refusals.at(i).section(u':', 0, 0);
        const QString remaining = refusals.at(i).section(u':', 1);
        QTest::keyClicks(child<QLineEdit>("codeLineEdit"), u"000000"_s);
        m_page->showCodeRefusal(AuthTicketOutcome(
            codeError(errorCode, remaining.isEmpty() ? QString() : remaining), AuthTicketOutcome::Step::Code));
    }
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(said), qPrintable(problem->text()));
    for (const QString& cause : std::as_const(notSaid)) {
        QVERIFY2(!problem->text().contains(cause), qPrintable(problem->text()));
    }
    QCOMPARE(m_page->codeSecondsLeft(), 0);
    QCOMPARE(shownButtons(), QStringList { u"Send a new code"_s });

    // A new code forgets what happened to the old one.
    m_page->restartCodeExpiry();
    m_page->showCodeRefusal(AuthTicketOutcome(codeError(u"OTP_EXPIRED"_s, QString()), AuthTicketOutcome::Step::Code));
    QVERIFY2(problem->text().contains(u"none was requested"_s), qPrintable(problem->text()));
}

void TestCodePage::placeholderFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("secondsLater");

    for (const QString& language : Translator::availableLanguages()) {
        QTest::addRow("%s, fresh code", qPrintable(language)) << language << 0;
        QTest::addRow("%s, expired code", qPrintable(language)) << language << 180;
    }
}

// The code field shows its whole placeholder ("6 digits", "Send a new code first"), and a useless code leaves one
// button, so that no language shows two buttons that say the same.
void TestCodePage::placeholderFitsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, secondsLater);

    QCOMPARE(Translator::install(qApp, language), language);
    const auto restore = qScopeGuard([&] { Translator::install(qApp, u"en"_s); });

    // Made after the language is installed, as the app makes its widgets.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* page = new CodePage(&window);
    layout->addWidget(page);
    page->setClock(m_clock.get());
    page->showTwoFactor(UserId);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_clock->advanceSeconds(secondsLater);
    page->refreshCountdown();

    auto* edit = page->findChild<QLineEdit*>(u"codeLineEdit"_s);
    QVERIFY(edit->text().isEmpty());
    // Once laid out, the field is whole: no button covers any of it.
    auto* resend = page->findChild<QPushButton*>(u"resendCodeButton"_s);
    QTRY_VERIFY2(edit->geometry().right() < resend->geometry().left(),
        qPrintable(u"field ends at %1, the button begins at %2"_s.arg(edit->geometry().right())
                       .arg(resend->geometry().left())));
    const QString placeholder = edit->placeholderText();
    QVERIFY(!placeholder.isEmpty());
    // Where QLineEdit draws its text (and elides a placeholder that does not fit).
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QRect contents = edit->style()
                               ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                               .marginsRemoved(edit->textMargins())
                               .adjusted(2, 0, -2, 0);
    const QFontMetrics metrics = edit->fontMetrics();
    QVERIFY2(metrics.horizontalAdvance(placeholder) <= contents.width(),
        qPrintable(u"“%1” needs %2 px, the field has %3 px"_s.arg(placeholder)
                       .arg(metrics.horizontalAdvance(placeholder))
                       .arg(contents.width())));
    QCOMPARE(metrics.elidedText(placeholder, Qt::ElideRight, contents.width()), placeholder);

    QStringList shown;
    for (QPushButton* button : page->findChildren<QPushButton*>()) {
        if (button->isVisible()) {
            shown << button->text().remove(u'&');
        }
    }
    QCOMPARE(shown.size(), secondsLater == 0 ? 2 : 1);
    QCOMPARE(shown.removeDuplicates(), 0);
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
