#pragma once

#include "codepage.h"
#include "jwt/tokentimeline.h"
#include "kibo/authticketclient.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <memory>

class AuthTicketOutcome;
class Clock;
class JsonTreeModel;
class JsonTreePane;
class PlainTextFiller;
class QLabel;
class QTreeView;
class SecretClipboard;
class TroubleshootingPanel;

namespace Ui {
class ResultView;
}

// The right side of the main window: one login's outcome. Summary with live expiry countdowns,
// the decoded JWT, the customer account, the raw reply (tokens redacted unless the user asks) and,
// for a refusal, the diagnosis. Tokens are masked until "Show secrets" is on.
class ResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)

public:
    enum class Tab
    {
        Summary,
        Jwt,
        Account,
        Raw,
        Problem,
    };
    Q_ENUM(Tab)

    explicit ResultView(QWidget* parent = nullptr);
    ~ResultView() override;

    // Countdowns and claim explanations read this clock (not owned; Clock::system() by default).
    void setClock(const Clock* clock);

    void showResult(const AuthTicketResult& result);
    // A later call's refusal beside the ticket shown (a failed refresh): the ticket's tabs stay (result() is
    // still the ticket), the Problem tab explains the refusal and comes to the front.
    void showProblemBeside(const AuthTicketResult& failure);
    void clear();
    bool hasResult() const;

    bool secretsShown() const;
    // Ignored while presenter mode is on.
    void setSecretsShown(bool shown);

    // Presenter mode: secrets masked, "Show secrets" off and disabled, no token copied, and the customer's
    // personal data (PresenterMask) masked in the summary, the trees, the raw reply and the problem text.
    void setPresenterMode(bool on);
    bool presenterMode() const;

    // The result on screen (a ticket, a two-factor request or a refusal); null when there is none.
    const AuthTicketResult* result() const;
    // What the share actions (support bundle, curl) describe: the refusal on the Problem tab when it sits
    // beside an older ticket (showProblemBeside), else result().
    const AuthTicketResult* sharedResult() const;

    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    bool isTabVisible(Tab tab) const;
    TroubleshootingPanel* troubleshootingPanel() const;

    // Keyboard (the window's Ctrl+F and focus after a login): the filter of the tree in front, or of the JWT (else
    // the account) when the tab in front has no tree; false when no tree is shown.
    bool focusTreeFilter();
    // The answer's tabs, where the arrow keys switch tabs and typing changes nothing; the code field instead while
    // a code is asked for.
    void focusAnswer();

    // The session's refreshes, marked on the summary's timeline (none: no marks).
    void setRefreshMarks(const QList<TokenTimeline::Refresh>& refreshes);

    // Updates every countdown from the clock now (the 1 s timer calls this too).
    void refreshCountdowns();

    // Two-factor state: the code form on the summary (CodePage), its inline problem, and (demo only) the outbox.
    // The same page serves the password-less login by one-time code (another title, keyed by the email).
    static constexpr int CodeLifetimeSeconds = CodePage::CodeLifetimeSeconds;
    bool isWaitingForCode() const;
    QString pendingUserId() const;
    // The code page of a one-time code login, after otp/request for email succeeded.
    void showOneTimeCodeSent(const AuthTicketResult& result, const QString& email);
    bool isOneTimeCodeLogin() const;
    QString pendingEmail() const;
    void showTwoFactorProblem(const QString& message);
    // A code was refused: INVALID_OTP shows the attempts left (RemainingAttempts), OTP_EXPIRED marks the code
    // expired or void, so that Submit suggests sending a new one. Other errors only show their diagnosis.
    void showCodeRefusal(const KiboError& error);
    void showCodeRefusal(const AuthTicketOutcome& outcome);
    // A new code was sent: its 3-minute countdown starts again from the clock's now, attempts are forgotten.
    void restartCodeExpiry();
    // Seconds until the pending code expires (0 once expired or void); -1 when no code is pending.
    int codeSecondsLeft() const;
    void setTwoFactorBusy(bool busy);
    void setDemoOutbox(const QString& username, const QString& code);
    // Before the first result the empty page offers the demo tenant (demoTenantRequested); not once it runs.
    void setDemoTenantRunning(bool running);

Q_SIGNALS:
    void secretsShownChanged(bool shown);
    void twoFactorCodeEntered(const QString& userId, const QString& code);
    void resendCodeRequested(const QString& userId);
    // The one-time code login's counterparts.
    void oneTimeCodeEntered(const QString& email, const QString& code);
    void oneTimeCodeResendRequested(const QString& email);
    // A short note for the status bar, e.g. after a copy.
    void statusMessage(const QString& message);
    // The Problem tab's share buttons; the main window makes and places what they ask for.
    void copySupportBundleRequested();
    void saveSupportBundleRequested();
    void copyCurlRequested();
    // The Problem tab's troubleshooting panel: a 429's waiting time has passed (or began), and "Try Again".
    void retryAllowedChanged(bool allowed);
    void retryRequested();
    // "Try the Demo Tenant" on the empty page.
    void demoTenantRequested();

private:
    struct Expiry
    {
        QDateTime at;
        QLabel* remaining = nullptr;
        QLabel* local = nullptr;
        QLabel* utc = nullptr;
    };

    void showTicket(const AuthTicketResult& result);
    void showTwoFactor(const AuthTicketResult& result);
    void showProblem(const AuthTicketResult& result);
    void showCodePage(const AuthTicketResult& result, bool oneTimeCode, const QString& email = QString());
    void showJwt(const QString& jwt, const DecodedToken& decoded);
    void updateSecrets();
    void updateRaw();
    void updatePersonalData();
    void updateShareButtons();
    // text as the screen may show it: email addresses masked in presenter mode.
    QString screenText(const QString& text) const;
    void setExpiry(Expiry& expiry, const QDateTime& at);
    void copySecret(const QString& secret);
    // Thread-safe: the raw text of a big reply is made on a worker thread.
    static QString redacted(const QString& secret);
    static QString rawText(const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& responseHeaders,
        bool hasTicket, bool secretsShown, bool presenterMode);
    QWidget* tabPage(Tab tab) const;
    void setTabShown(Tab tab, bool shown);
    void fitColumns(QTreeView* view) const;
    void setupPane(JsonTreePane* pane, JsonTreeModel* model, const char* treeName, const char* filterName);

    const std::unique_ptr<Ui::ResultView> m_ui;
    const Clock* m_clock;
    QTimer m_countdownTimer;
    SecretClipboard* m_clipboard;
    PlainTextFiller* m_rawFiller = nullptr; // the Raw tab's text
    JsonTreeModel* m_headerModel;
    JsonTreeModel* m_payloadModel;
    JsonTreeModel* m_accountModel;
    std::optional<AuthTicketResult> m_result;
    Expiry m_accessExpiry;
    Expiry m_refreshExpiry;
    Expiry m_jwtExpiry;
    bool m_presenterMode = false;
    bool m_problemBeside = false; // showProblemBeside(): the ticket shown is older than the refusal
    std::optional<AuthTicketResult> m_besideFailure; // the refusal shown beside it
    QString m_customerName;
    QString m_customerEmail;
    QString m_customerFallback; // the user id, when the reply names no customer
    QLabel* m_summarySkewLabel = nullptr;
    QLabel* m_previousAnonymousLabel = nullptr; // "Upgraded from:" (b.PreviousAnonymousId), only when present
    QLabel* m_previousAnonymousValueLabel = nullptr;
};
