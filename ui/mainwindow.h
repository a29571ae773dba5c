#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "session/customersession.h"

#include <QMainWindow>
#include <functional>
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
class QSplitter;
class SecretClipboard;
class SessionView;
class TokenVault;
struct VaultStatus;
struct SupportBundleOptions;

namespace Ui {
class MainWindow;
}

// The application window: a tab per customer session (SessionView: login panel, result, refresh bar), or
// the sessions side by side; the current session's state in the status bar. It owns the network access
// manager, the token vault and the demo tenant all sessions share. The vault is created (and the keychain
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
    TokenVault* vault() const;
    // Countdowns read this clock (not owned).
    void setClock(const Clock* clock);

    // Of the current session.
    LoginPanel* loginPanel() const;
    ResultView* resultView() const;

    int sessionCount() const;
    int currentSessionIndex() const;
    void setCurrentSession(int index);
    CustomerSession* currentSession() const;
    CustomerSession* session(int index) const;
    SessionView* currentSessionView() const;
    SessionView* sessionView(int index) const;
    // Renames a session (its tab title); an empty name goes back to the automatic one.
    void renameSession(int index, const QString& name);
    bool isSideBySide() const;
    DemoTenant* demoTenant() const;
    // The token inspector window; null until it is first opened.
    InspectorView* inspectorView() const;
    // The compare window; null until it is first opened.
    CompareView* compareView() const;
    // The attempt history (every session's answers, no secrets) and its window (null until first opened).
    HistoryStore* historyStore() const { return m_history; }
    HistoryView* historyView() const { return m_historyView; }

    QString statusText() const;
    QString vaultStatusText() const;

    bool presenterMode() const;

    // The saved profiles: the login panels' choosers and Tools → Profiles….
    ProfileChooser* profileChooser() const;
    // Fills the current login panel from a saved profile (--profile NAME); false when there is none.
    bool chooseProfile(const QString& name);

    // Where "Save Support Bundle…" writes: given a suggested file name, returns the chosen path, or an empty
    // string when the user cancelled. By default a QFileDialog asks. A path without a known suffix gets ".md".
    using SaveFileNameProvider = std::function<QString(const QString& suggestedName)>;
    void setSaveFileNameProvider(SaveFileNameProvider provider);

public Q_SLOTS:
    // A new session in a tab of its own, made current; its login panel starts with the current one's tenant.
    CustomerSession* newSession();
    // Closes a session; asks only while a call is under way (then cancelled). Its keychain entry stays (Forget
    // removes it). Closing the last session leaves a fresh one in its place.
    void closeSession(int index);
    void closeCurrentSession();
    // Asks for a name for the current session (double-clicking a tab does the same for that tab).
    void renameCurrentSession();
    // Shows the sessions next to each other in a splitter instead of in tabs.
    void setSideBySide(bool on);

    // Starts the in-process demo tenant on a loopback port and fills the login panel for it.
    void startDemoTenant();
    void login();
    void cancelLogin();
    // Finishes a login that asked for a two-factor code, or asks for a new code.
    void submitTwoFactorCode(const QString& userId, const QString& code);
    void resendTwoFactorCode(const QString& userId);
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
    // The support bundle of the result shown, as Markdown, to the clipboard (it holds no secret).
    void copySupportBundle();
    // Asks for a file and writes the bundle there (Markdown, or JSON for *.json) atomically, mode 0600.
    bool saveSupportBundle();
    // The request of the result shown as a curl command with its secrets as shell variables.
    void copyAsCurl();

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
    SessionView* addSessionView();
    void onSessionStatus(SessionView* view, const QString& text);
    void onCurrentChanged();
    void updateSessionActions();
    void updateTabTitle(SessionView* view);
    void updateTabBar();
    void setStatus(const QString& text);
    void setVaultStatus(const QString& text);
    void showVaultStatusOf(SessionView* view);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    TokenVault* ensureVault();
    InspectorView* ensureInspector();
    CompareView* ensureCompare();
    void updateShareActions();
    SupportBundleOptions bundleOptions() const;
    QString defaultSessionName();
    void setUpProfiles();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager* m_network;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<DemoTenant> m_demoTenant;
    QLabel* m_statusLabel;
    QLabel* m_vaultStatusLabel;
    InspectorView* m_inspector = nullptr;
    CompareView* m_compare = nullptr;
    const Clock* m_clock = nullptr;
    QList<SessionView*> m_views; // in tab order
    QSplitter* m_sideBySideSplitter;
    SessionView* m_current = nullptr;
    int m_sessionsMade = 0;
    QByteArray m_splitterState; // login panel | result, as saved
    QString m_statusText; // as given; shown masked in presenter mode
    SecretClipboard* m_clipboard;
    ProfileChooser* m_profileChooser = nullptr;
    SaveFileNameProvider m_saveFileNameProvider;
    bool m_presenterMode = false;
    bool m_loginPanelShown = true;
    bool m_sideBySide = false;
    HistoryStore* m_history = nullptr;
    HistoryRecorder* m_historyRecorder = nullptr;
    HistoryView* m_historyView = nullptr;
};
