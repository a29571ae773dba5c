#pragma once

#include "kibo/kiboprofile.h"
#include "session/customersession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class AuthTicketOutcome;
class Clock;
class DemoTenant;
class LoginPanel;
class QLabel;
class QNetworkAccessManager;
class ResultView;

namespace Ui {
class SessionView;
}

// One tab of the main window: the login panel and the result view of one CustomerSession, with the
// session's refresh bar (Refresh, Expire Now, automatic refresh and its margin, Forget Session), its
// refresh log and a notice line (what Forget did, which anonymous session a login upgraded). It turns the
// session's answers into what the views and the status bar show; the main window only hosts it.
class SessionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    // Settings keys (plain values): whether new sessions refresh automatically, and how many seconds early.
    static QString autoRefreshKey();
    static QString autoRefreshMarginKey();

    SessionView(QNetworkAccessManager* manager, QWidget* parent = nullptr);
    ~SessionView() override;

    CustomerSession* session() const { return m_session; }
    LoginPanel* loginPanel() const;
    // The tickets' view, built when first needed: before the first answer the session shows only its start
    // page (the first frame needs nothing more). Asking for it builds it; the queries below do not.
    ResultView* resultView() const;
    bool hasResultView() const { return m_resultView != nullptr; }
    // The result view's answers, or none while it is not built.
    const AuthTicketResult* shownResult() const;
    const AuthTicketResult* sharedResult() const;
    bool secretsShown() const;
    void setSecretsShown(bool shown);

    void setClock(const Clock* clock);
    // The running demo tenant (not owned): its outbox shows next to the code field.
    void setDemoTenant(DemoTenant* demo);

    // The last status message of this session, as given (the main window masks it in presenter mode).
    QString statusText() const { return m_statusText; }
    void setStatus(const QString& text);
    // Usernames this session put in its messages (for presenter-mode masking).
    QStringList knownUsernames() const;

    // The result on screen and what it belongs to, for the share actions and the inspector.
    KiboProfile shownProfile() const { return m_shownProfile; }
    QString shownJwt() const { return m_shownJwt; }
    bool hasShownTicket() const;

    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenterMode; }
    // Shows or hides the login panel (View → Show Login Panel).
    void setLoginPanelShown(bool shown);
    // The login panel | result splitter, for the window's settings.
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray& state);
    // A heading with the session name, for the side-by-side layout.
    void setTitleShown(bool shown);

    QString noticeText() const;
    QString refreshStateText() const;

public Q_SLOTS:
    void login();
    void cancel();
    void submitTwoFactorCode(const QString& userId, const QString& code);
    void resendTwoFactorCode(const QString& userId);
    // Password-less login: asks for a one-time code for email (also to resend one), then submits it.
    void requestOneTimeCode(const QString& email);
    void submitOneTimeCode(const QString& email, const QString& code);
    // An anonymous shopper ticket for this session (a login afterwards upgrades it).
    void requestAnonymous();
    // Looks the login panel's tenant up at its home host (the panel's Look Up).
    void lookUpTenant();
    void refreshNow();
    void expireNow();
    void forget();
    // Re-reads the countdown of the refresh bar (a 1 s timer calls this too).
    void updateRefreshState();

Q_SIGNALS:
    void statusChanged(const QString& text);
    // After each answer (ticket, 2FA request, refusal, refresh) is shown.
    void answerShown();
    void vaultStatusChanged(const QString& text);
    // The result on screen changed (share actions, inspector).
    void shownResultChanged();
    void demoTenantRequested();
    void forgetFinished();
    // The result view's own requests, passed on (the view may not be built yet when the window connects).
    void secretsShownChanged(bool shown);
    void copySupportBundleRequested();
    void saveSupportBundleRequested();
    void copyCurlRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onBusyChanged(bool busy);
    void onResult(const AuthTicketResult& result, CustomerSession::Operation operation);
    void onRefreshResult(const AuthTicketResult& result, const AuthTicketOutcome& outcome);
    void onLookupResult(const AuthTicketResult& result, const AuthTicketOutcome& outcome);
    void onForgotten();
    void onPreviousCustomerClosed();
    void updateRefreshLog();
    void updateRefreshControls();
    void updateNotice();
    void showResult(const AuthTicketResult& result);
    void setNotice(const QString& text);
    void applyAutoRefreshSettings();
    ResultView* buildResultView();

    const std::unique_ptr<Ui::SessionView> m_ui;
    CustomerSession* m_session;
    const Clock* m_clock;
    QTimer m_stateTimer;
    QElapsedTimer m_waitTimer; // from the user's click (Log in, Verify, …) to the answer shown
    QLabel* m_titleLabel = nullptr;
    QString m_statusText;
    QString m_notice;
    QString m_pendingUsername;
    QString m_shownUsername;
    KiboProfile m_shownProfile;
    std::optional<AuthTicketResult> m_lastTicketResult; // the last ticket shown, kept beside a failed refresh
    bool m_noticeWithAnswer = false; // a customer was closed: the notice says so with the answer that follows
    QString m_shownJwt;
    bool m_presenterMode = false;
    ResultView* m_resultView = nullptr; // built by resultView(), see there
    QPointer<DemoTenant> m_demoTenant; // not owned; for the result view built later
    bool m_secretsShown = false; // the choice made before the result view was built
};
