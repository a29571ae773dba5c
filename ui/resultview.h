#pragma once

#include "kibo/authticketclient.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <memory>

class Clock;
class JsonTreeModel;
class JsonTreePane;
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

    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    bool isTabVisible(Tab tab) const;
    TroubleshootingPanel* troubleshootingPanel() const;

    // Updates every countdown from the clock now (the 1 s timer calls this too).
    void refreshCountdowns();

    // Two-factor state: the code form on the summary, its inline problem, and (demo only) the outbox.
    bool isWaitingForCode() const;
    QString pendingUserId() const;
    void showTwoFactorProblem(const QString& message);
    void setTwoFactorBusy(bool busy);
    void setDemoOutbox(const QString& username, const QString& code);

Q_SIGNALS:
    void secretsShownChanged(bool shown);
    void twoFactorCodeEntered(const QString& userId, const QString& code);
    void resendCodeRequested(const QString& userId);
    // A short note for the status bar, e.g. after a copy.
    void statusMessage(const QString& message);
    // The Problem tab's share buttons; the main window makes and places what they ask for.
    void copySupportBundleRequested();
    void saveSupportBundleRequested();
    void copyCurlRequested();
    // The Problem tab's troubleshooting panel: a 429's waiting time has passed (or began), and "Try Again".
    void retryAllowedChanged(bool allowed);
    void retryRequested();

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
    void submitCode();
    void showJwt(const QString& jwt);
    void updateSecrets();
    void updateRaw();
    void updatePersonalData();
    void updateShareButtons();
    // text as the screen may show it: email addresses masked in presenter mode.
    QString screenText(const QString& text) const;
    void setExpiry(Expiry& expiry, const QDateTime& at);
    void copySecret(const QString& secret);
    QString redacted(const QString& secret) const;
    QWidget* tabPage(Tab tab) const;
    void setTabShown(Tab tab, bool shown);
    void fitColumns(QTreeView* view) const;
    void setupPane(JsonTreePane* pane, JsonTreeModel* model, const char* treeName, const char* filterName);

    const std::unique_ptr<Ui::ResultView> m_ui;
    const Clock* m_clock;
    QTimer m_countdownTimer;
    SecretClipboard* m_clipboard;
    JsonTreeModel* m_headerModel;
    JsonTreeModel* m_payloadModel;
    JsonTreeModel* m_accountModel;
    std::optional<AuthTicketResult> m_result;
    QString m_pendingUserId;
    Expiry m_accessExpiry;
    Expiry m_refreshExpiry;
    Expiry m_jwtExpiry;
    bool m_presenterMode = false;
    bool m_problemBeside = false; // showProblemBeside(): the ticket shown is older than the refusal
    QString m_customerName;
    QString m_customerEmail;
    QString m_customerFallback; // the user id, when the reply names no customer
    QString m_outboxUsername;
    QString m_outboxCode;
};
