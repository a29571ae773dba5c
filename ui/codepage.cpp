#include "codepage.h"

#include "clock.h"
#include "kibo/diagnosis.h"
#include "secrets/presentermask.h"
#include "session/authticketoutcome.h"
#include "ui_codepage.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QStyleOptionFrame>
#include <algorithm>

using namespace Qt::StringLiterals;

CodePage::CodePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CodePage>())
    , m_clock(Clock::system())
{
    m_ui->setupUi(this);
    m_ui->codeLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_ui->codeLineEdit));
    m_ui->codeLineEdit->setMaximumWidth(m_ui->codeLineEdit->fontMetrics().horizontalAdvance(u"0000000000"_s));
    m_ui->demoOutboxLabel->setForegroundRole(QPalette::PlaceholderText);
    // Focus given to the page goes to the code.
    setFocusProxy(m_ui->codeLineEdit);

    connect(m_ui->verifyCodeButton, &QPushButton::clicked, this, &CodePage::submitCode);
    connect(m_ui->codeLineEdit, &QLineEdit::returnPressed, this, &CodePage::submitCode);
    connect(m_ui->resendCodeButton, &QPushButton::clicked, this, &CodePage::requestNewCode);

    clear();
}

CodePage::~CodePage() = default;

void CodePage::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    refreshCountdown();
}

void CodePage::setPresenterMode(bool on)
{
    m_presenterMode = on;
    updatePersonalData();
}

void CodePage::showTwoFactor(const QString& userId)
{
    m_pendingEmail.clear();
    m_pendingUserId = userId;
    showCodeForm(tr("Two-factor authenti&cation"),
        tr("The password was right. The server sent a six-digit code to the customer's email address; it is "
           "valid for 3 minutes and 3 tries. Enter it to finish the login."));
}

void CodePage::showOneTimeCode(const QString& email)
{
    m_pendingUserId.clear();
    m_pendingEmail = email;
    showCodeForm(tr("One-time &code"), oneTimeCodeIntro());
}

void CodePage::showCodeForm(const QString& title, const QString& intro)
{
    m_ui->twoFactorGroupBox->setTitle(title);
    m_ui->twoFactorLabel->setText(intro);
    m_ui->twoFactorErrorLabel->clear();
    m_ui->twoFactorErrorLabel->setVisible(false);
    m_ui->codeLineEdit->clear();
    setBusy(false);
    restartCodeExpiry();
}

QString CodePage::oneTimeCodeIntro() const
{
    const QString email = m_presenterMode ? PresenterMask::maskEmails(m_pendingEmail) : m_pendingEmail;
    return tr("If %1 belongs to a customer of this site, Kibo has emailed a six-digit code there (Kibo answers the "
              "same for an unknown address). It is valid for 3 minutes and 3 tries. Enter it to log in.")
        .arg(email);
}

void CodePage::clear()
{
    m_pendingUserId.clear();
    m_pendingEmail.clear();
    m_codeSentAt = QDateTime();
    m_outboxUsername.clear();
    m_outboxCode.clear();
    m_ui->demoOutboxLabel->clear();
    m_ui->demoOutboxLabel->setVisible(false);
}

bool CodePage::isWaitingForCode() const
{
    return !isHidden() && (!m_pendingUserId.isEmpty() || !m_pendingEmail.isEmpty());
}

bool CodePage::isOneTimeCodeLogin() const
{
    return !m_pendingEmail.isEmpty();
}

QString CodePage::pendingUserId() const
{
    return m_pendingUserId;
}

QString CodePage::pendingEmail() const
{
    return m_pendingEmail;
}

void CodePage::restartCodeExpiry()
{
    m_codeSentAt = m_clock->now();
    m_codeVoid = false;
    m_attemptsLeft = -1;
    m_wrongCodes = 0;
    refreshCountdown();
}

int CodePage::codeSecondsLeft() const
{
    if (!m_codeSentAt.isValid() || !isWaitingForCode()) {
        return -1;
    }
    if (m_codeVoid) {
        return 0;
    }
    const qint64 left = CodeLifetimeSeconds - m_codeSentAt.secsTo(m_clock->now());
    return int(std::clamp<qint64>(left, 0, CodeLifetimeSeconds));
}

void CodePage::refreshCountdown()
{
    const int left = codeSecondsLeft();
    m_ui->codeExpiryLabel->setVisible(left >= 0);
    m_ui->attemptsLeftLabel->setVisible(left > 0 && m_attemptsLeft >= 0);
    if (left < 0) {
        return;
    }
    const bool expired = left == 0;
    if (expired) {
        m_ui->codeExpiryLabel->setText(m_codeVoid ? tr("This code no longer works — send a new code.")
                                                  : tr("The code has expired — send a new code."));
    } else {
        //: A live countdown, minutes:seconds, e.g. "2:41".
        m_ui->codeExpiryLabel->setText(
            tr("The code expires in %1.").arg(u"%1:%2"_s.arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
    }
    QFont expiryFont = font();
    if (expired) {
        expiryFont.setBold(true);
    }
    m_ui->codeExpiryLabel->setFont(expiryFont);
    m_ui->attemptsLeftLabel->setText(tr("%n attempt(s) left", nullptr, std::max(m_attemptsLeft, 0)));
    // Once the code is useless there is nothing to verify: "Send a new code" is the one button left, and Return in
    // the code field asks for a new code too.
    m_ui->verifyCodeButton->setVisible(!expired);
    m_ui->codeLineEdit->setPlaceholderText(expired ? tr("Send a new code first") : tr("6 digits"));
    fitCodeField();
}

void CodePage::fitCodeField()
{
    // Wide enough for a code with room to spare and for the whole placeholder, whatever the language says.
    QLineEdit* edit = m_ui->codeLineEdit;
    const QFontMetrics metrics = edit->fontMetrics();
    const int text
        = std::max(metrics.horizontalAdvance(u"0000000000"_s), metrics.horizontalAdvance(edit->placeholderText()) + 1);
    const QMargins margins = edit->textMargins();
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    // QLineEdit keeps 2 px of its own on either side of the text.
    const QSize contents(text + 4 + margins.left() + margins.right(), edit->sizeHint().height());
    const int width = edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, contents, edit).width();
    edit->setFixedWidth(width);
}

void CodePage::submitCode()
{
    if (codeSecondsLeft() == 0) {
        requestNewCode();
        return;
    }
    const QString code = m_ui->codeLineEdit->text().trimmed();
    if (code.size() != 6) {
        showProblem(tr("Enter all six digits of the code."));
        m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_ui->twoFactorErrorLabel->setVisible(false);
    if (isOneTimeCodeLogin()) {
        Q_EMIT oneTimeCodeEntered(m_pendingEmail, code);
    } else {
        Q_EMIT twoFactorCodeEntered(m_pendingUserId, code);
    }
}

void CodePage::requestNewCode()
{
    m_ui->twoFactorErrorLabel->setVisible(false);
    if (isOneTimeCodeLogin()) {
        Q_EMIT oneTimeCodeResendRequested(m_pendingEmail);
    } else {
        Q_EMIT resendCodeRequested(m_pendingUserId);
    }
}

void CodePage::showCodeRefusal(const AuthTicketOutcome& outcome)
{
    showProblem(refusalText(outcome));
    if (outcome.kind() == AuthTicketOutcome::Kind::CodeWrong) {
        ++m_wrongCodes;
    }
    if (const std::optional<int> left = outcome.remainingAttempts()) {
        m_attemptsLeft = *left;
    } else if (outcome.kind() == AuthTicketOutcome::Kind::CodeExpired) {
        m_codeVoid = true;
    }
    m_ui->codeLineEdit->clear();
    refreshCountdown();
    m_ui->codeLineEdit->setFocus(Qt::OtherFocusReason);
}

QString CodePage::refusalText(const AuthTicketOutcome& outcome) const
{
    // OTP_EXPIRED has three possible causes; the page has seen which one it was. A code that had one attempt left
    // (or was refused CodeTries - 1 times) and is now void was used up; one past its 3 minutes has expired.
    if (outcome.kind() == AuthTicketOutcome::Kind::CodeExpired) {
        const bool usedUp = m_attemptsLeft == 1 || (m_attemptsLeft < 0 && m_wrongCodes >= CodeTries - 1);
        if (usedUp) {
            //: After the last wrong code; %1 is the number of tries a code allows (3).
            return tr("The code was entered wrongly %1 times, so it no longer works. Send a new code and enter the "
                      "one from the latest email.")
                .arg(CodeTries);
        }
        if (codeSecondsLeft() == 0) {
            return tr("The code is older than 3 minutes, so it has expired. Send a new code and enter it within 3 "
                      "minutes.");
        }
    }
    const Diagnosis& diagnosis = outcome.diagnosis();
    //: A refused code: the diagnosis title, its cause, then what to do next.
    return tr("%1: %2 %3").arg(diagnosis.title, diagnosis.cause, diagnosis.nextStep).trimmed();
}

void CodePage::showProblem(const QString& message)
{
    m_ui->twoFactorErrorLabel->setText(message);
    m_ui->twoFactorErrorLabel->setVisible(!message.isEmpty());
}

void CodePage::setBusy(bool busy)
{
    const bool usable = !busy && (!m_pendingUserId.isEmpty() || !m_pendingEmail.isEmpty());
    m_ui->codeLineEdit->setEnabled(usable);
    m_ui->verifyCodeButton->setEnabled(usable);
    m_ui->resendCodeButton->setEnabled(usable);
}

void CodePage::setDemoOutbox(const QString& username, const QString& code)
{
    m_outboxUsername = username;
    m_outboxCode = code;
    updatePersonalData();
    m_ui->demoOutboxLabel->setVisible(true);
}

void CodePage::setTabOrderAfter(QWidget* previous)
{
    QWidget::setTabOrder(previous, m_ui->codeLineEdit);
    QWidget::setTabOrder(m_ui->codeLineEdit, m_ui->verifyCodeButton);
    QWidget::setTabOrder(m_ui->verifyCodeButton, m_ui->resendCodeButton);
}

void CodePage::updatePersonalData()
{
    if (!m_outboxUsername.isEmpty() || !m_outboxCode.isEmpty()) {
        const QString username = m_presenterMode ? PresenterMask::maskedUsername(m_outboxUsername) : m_outboxUsername;
        //: The demo tenant "emails" 2FA codes into an outbox the app can read; real codes go to the customer.
        m_ui->demoOutboxLabel->setText(tr("Demo outbox: the code sent to %1 is %2.").arg(username, m_outboxCode));
    }
    if (isOneTimeCodeLogin() && isWaitingForCode()) {
        m_ui->twoFactorLabel->setText(oneTimeCodeIntro());
    }
}
