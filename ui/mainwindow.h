#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "session/customersession.h"
#include "sessiontabs.h"
#include "sessionview.h"

#include <QMainWindow>
#include <memory>

class Clock;
class DemoTenant;
class HistoryRecorder;
class HistoryStore;
class HistoryView;
class CompareView;
class InspectorView;
class LoginPanel;
class ProfileChooser;
class QLabel;
class QNetworkAccessManager;
class ResultView;
class ShareActions;
class SessionTabs;
class SessionView;
class TokenVault;
struct VaultStatus;

namespace Ui {
class MainWindow;
}

// The application window: menus, the status bar and the tool windows around the customer sessions (SessionTabs:
// a SessionView per tab, or side by side); the current session's state in the status bar. It owns the network
// access manager, the token vault and the demo tenant all sessions share. The vault is created (and the keychain
// touched) only when the first successful login stores its tokens. Menus, status bar, share actions,
// presenter mode and the inspector always follow the current session.
// Presenter mode (View menu) hides secrets and customer details on screen; the share actions (File and
// Edit menus, and the Problem tab) make a support bundle or a curl command of the result shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the vault (default: the OS keychain, created on first use). Takes ownership.
    void setVault(std::unique_ptr<TokenVault> vault);
    TokenVault* vault() const { return m_vault.get(); }
    // Countdowns read this clock (not owned).
    void setClock(const Clock* clock);

    // Of the current session.
    LoginPanel* loginPanel() const { return m_current ? m_current->loginPanel() : nullptr; }
    ResultView* resultView() const { return m_current ? m_current->resultView() : nullptr; }

    // The sessions' tabs: closing, renaming, side by side.
    SessionTabs* sessionTabs() const { return m_tabs; }
    int sessionCount() const { return m_tabs->count(); }
    int currentSessionIndex() const { return m_tabs->currentIndex(); }
    void setCurrentSession(int index) { m_tabs->setCurrentIndex(index); }
    CustomerSession* currentSession() const { return m_current ? m_current->session() : nullptr; }
    CustomerSession* session(int index) const { return sessionView(index) ? sessionView(index)->session() : nullptr; }
    SessionView* currentSessionView() const { return m_tabs->current(); }
    SessionView* sessionView(int index) const { return m_tabs->view(index); }
    bool isSideBySide() const { return m_tabs->isSideBySide(); }
    DemoTenant* demoTenant() const { return m_demoTenant.get(); }
    // The one manager of every session's calls, made (with the saved network settings) by the first call that needs
    // it, or by this: it loads the services module (services/services.h).
    QNetworkAccessManager* networkManager();
    // The token inspector window; null until it is first opened.
    InspectorView* inspectorView() const { return m_inspector; }
    // The compare window; null until it is first opened.
    CompareView* compareView() const { return m_compare; }
    // The attempt history (every session's answers, no secrets) and its window (null until first opened).
    HistoryStore* historyStore(); // read from its file after the first frame, or when first asked for
    HistoryView* historyView() const { return m_historyView; }

    QString statusText() const;
    QString vaultStatusText() const;

    bool presenterMode() const { return m_presenterMode; }

    // The saved profiles: the login panels' choosers and Tools → Profiles….
    ProfileChooser* profileChooser() const { return m_profileChooser; }
    // Fills the current login panel from a saved profile (--profile NAME); false when there is none.
    bool chooseProfile(const QString& name);

    // The support bundle and curl actions of the result shown (File and Edit menus, the Problem tab).
    ShareActions* shareActions() const { return m_share; }

public Q_SLOTS:
    // A new session in a tab of its own, made current; its login panel starts with the current one's tenant.
    // Closing a session keeps its keychain entry (Forget removes it); closing the last one leaves a fresh one.
    CustomerSession* newSession();

    // Starts the in-process demo tenant on a loopback port and fills the login panel for it. Asked for before the
    // first frame (--demo), it reserves the ports and fills the form, banner and status with the demo's address at
    // once, and starts serving right after that frame.
    void startDemoTenant();
    // Opens the offline token inspector (a window of its own, made on first use).
    void showInspector();
    // Opens the inspector on the jwtAccessToken of the login shown.
    void openJwtInInspector();
    // Opens the compare window (a window of its own, made on first use).
    void showCompare();
    // Opens the compare window with the reply of the login shown as its first input.
    void compareShownTicket();
    // Opens Tools → Network Settings… (window-modal); OK applies the saved proxy and timeouts to every session.
    void showNetworkSettings();
    // Opens Tools → History… (a window of its own, made on first use), filtered to the current profile.
    void showHistory();

    // Hides secrets and customer details on screen (banner, result, inspector, login panel, status bar);
    // saved in the settings as a plain boolean.
    void setPresenterMode(bool on);

Q_SIGNALS:
    void demoTenantStarted();
    // After each answer (ticket, 2FA request or refusal) is shown.
    void loginFinished();
    // After the vault reported on storing the tokens of a login.
    void vaultStatusChanged();
    void presenterModeChanged(bool on);
    void currentSessionChanged(int index);
    // Every answer of every session (history records these); no secret in the arguments but the ticket.
    void attemptFinished(const QString& profileName, const QString& username, const AuthTicketResult& result,
        CustomerSession::Operation operation);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void serveDemoTenant();
    void fillDemoForm(const QUrl& baseUrl);
    SessionView* addSessionView();
    void onCurrentChanged(SessionView* view);
    void updateSessionActions();
    void setStatus(const QString& text);
    void setVaultStatus(const QString& text);
    void showVaultStatusOf(SessionView* view);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    TokenVault* ensureVault();
    InspectorView* ensureInspector();
    CompareView* ensureCompare();
    // A tool window of its own (inspector, compare, history), made on first use: icon, size, presenter mode and
    // its status messages in the window's status bar.
    template <typename Tool, typename... Args>
    Tool* makeToolWindow(const QString& objectName, const QSize& size, Args&&... args);
    void updateShareActions();
    void setUpProfiles();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<DemoTenant> m_demoTenant;
    QLabel* m_statusLabel;
    QLabel* m_vaultStatusLabel;
    InspectorView* m_inspector = nullptr;
    CompareView* m_compare = nullptr;
    const Clock* m_clock = nullptr;
    SessionView* m_current = nullptr; // the session in front, as SessionTabs last said
    QString m_statusText; // as given; shown masked in presenter mode
    SessionTabs* m_tabs;
    ShareActions* m_share;
    ProfileChooser* m_profileChooser = nullptr;
    bool m_presenterMode = false;
    HistoryStore* m_history = nullptr;
    HistoryRecorder* m_historyRecorder = nullptr;
    HistoryView* m_historyView = nullptr;
};
