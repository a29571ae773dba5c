#pragma once

#include <QDateTime>
#include <QWidget>
#include <memory>

class AuthTicketOutcome;
class Clock;

namespace Ui {
class CodePage;
}

// The code form of a login that waits for a six-digit code: the second factor after a right password
// (keyed by the pending user id), or the password-less login by one-time code (keyed by the email). It
// counts the code's 3 minutes down on the injected clock, shows the attempts a wrong code left, turns
// "Send a new code" into the one button left once the code is useless (saying why: expired, or its tries used up)
// and, on the demo tenant, shows the outbox.
class CodePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePage)

public:
    static constexpr int CodeLifetimeSeconds = 180; // Kibo's codes live 3 minutes
    static constexpr int CodeTries = 3; // and take 3 tries

    explicit CodePage(QWidget* parent = nullptr);
    ~CodePage() override;

    // The countdown reads this clock (not owned; Clock::system() by default).
    void setClock(const Clock* clock);
    // Presenter mode: the email address and the outbox's username masked.
    void setPresenterMode(bool on);

    // A right password that needs a second factor: the code goes with userId (empty: nothing to submit).
    void showTwoFactor(const QString& userId);
    // The one-time code login, after otp/request for email succeeded.
    void showOneTimeCode(const QString& email);
    // No code pending any more: the user, the email, the countdown and the outbox are forgotten.
    void clear();

    // Shown, with a user id or an email waiting for its code.
    bool isWaitingForCode() const;
    bool isOneTimeCodeLogin() const;
    QString pendingUserId() const;
    QString pendingEmail() const;

    // The inline problem under the code (empty: none).
    void showProblem(const QString& message);
    // A code was refused: INVALID_OTP shows the attempts left, OTP_EXPIRED marks the code void.
    void showCodeRefusal(const AuthTicketOutcome& outcome);
    // A new code was sent: its countdown starts again from the clock's now, attempts are forgotten.
    void restartCodeExpiry();
    // Seconds until the pending code expires (0 once expired or void); -1 when no code is pending.
    int codeSecondsLeft() const;
    // Re-reads the clock for the countdown (the result view's 1 s timer calls it).
    void refreshCountdown();
    // While a request runs, the code can be neither submitted nor resent.
    void setBusy(bool busy);
    // The demo tenant's outbox: the code it "emailed" to username.
    void setDemoOutbox(const QString& username, const QString& code);
    // Puts the page's controls into the window's tab order right after previous (a form orders only its own).
    void setTabOrderAfter(QWidget* previous);

Q_SIGNALS:
    void twoFactorCodeEntered(const QString& userId, const QString& code);
    void resendCodeRequested(const QString& userId);
    void oneTimeCodeEntered(const QString& email, const QString& code);
    void oneTimeCodeResendRequested(const QString& email);

private:
    void showCodeForm(const QString& title, const QString& intro);
    void submitCode();
    void requestNewCode();
    void updatePersonalData();
    void fitCodeField();
    // What a refused code means, in the words of what this page saw happen to it.
    QString refusalText(const AuthTicketOutcome& outcome) const;
    QString oneTimeCodeIntro() const;

    const std::unique_ptr<Ui::CodePage> m_ui;
    const Clock* m_clock;
    QString m_pendingUserId;
    QString m_pendingEmail; // the one-time code login's address (empty for 2FA)
    QDateTime m_codeSentAt; // when the pending code was sent (client clock)
    bool m_codeVoid = false; // OTP_EXPIRED: too many wrong tries, or expired by the server's clock
    int m_attemptsLeft = -1; // RemainingAttempts of the last INVALID_OTP, -1 when unknown
    int m_wrongCodes = 0; // codes refused as wrong since this code was sent
    bool m_presenterMode = false;
    QString m_outboxUsername;
    QString m_outboxCode;
};
