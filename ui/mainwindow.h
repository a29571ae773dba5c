#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class Clock;
class DemoTenant;
class CompareView;
class InspectorView;
class LoginPanel;
class QLabel;
class QNetworkAccessManager;
class ResultView;
class SecretClipboard;
class TokenVault;
struct VaultStatus;
struct SupportBundleOptions;

namespace Ui {
class MainWindow;
}

// The application window: login panel on the left, the result on the right, state in the status bar.
// It owns the network access manager, the auth-ticket client and the token vault. The vault is
// created (and the keychain touched) only when the first successful login stores its tokens.
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

    LoginPanel* loginPanel() const;
    ResultView* resultView() const;
    DemoTenant* demoTenant() const;
    // The token inspector window; null until it is first opened.
    InspectorView* inspectorView() const;
    // The compare window; null until it is first opened.
    CompareView* compareView() const;

    QString statusText() const;
    QString vaultStatusText() const;

    bool presenterMode() const;

    // Where "Save Support Bundle…" writes: given a suggested file name, returns the chosen path, or an empty
    // string when the user cancelled. By default a QFileDialog asks. A path without a known suffix gets ".md".
    using SaveFileNameProvider = std::function<QString(const QString& suggestedName)>;
    void setSaveFileNameProvider(SaveFileNameProvider provider);

public Q_SLOTS:
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

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onProgress(const QString& stage);
    void onFinished(const AuthTicketResult& result);
    void setBusy(bool busy);
    void storeTokens(const QString& account, const CustomerAuthTicket& ticket);
    void onStored(const QString& account, const VaultStatus& status);
    void setStatus(const QString& text);
    void setVaultStatus(const QString& text);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    TokenVault* ensureVault();
    InspectorView* ensureInspector();
    CompareView* ensureCompare();
    void updateShareActions();
    void updateUsernameMask();
    void updateDemoCredentialsHint();
    SupportBundleOptions bundleOptions() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager* m_network;
    AuthTicketClient* m_client;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<DemoTenant> m_demoTenant;
    QLabel* m_statusLabel;
    QLabel* m_vaultStatusLabel;
    InspectorView* m_inspector = nullptr;
    CompareView* m_compare = nullptr;
    QString m_shownJwt; // the jwtAccessToken of the result on screen, for "Open in inspector"
    const Clock* m_clock = nullptr;
    enum class Operation
    {
        None,
        Login,
        FinishTwoFactor,
        ResendCode,
    };
    Operation m_operation = Operation::None;
    QString m_pendingUsername;
    QString m_pendingTenantHost;
    KiboProfile m_pendingProfile;
    KiboProfile m_shownProfile; // the profile of the result on screen, for the share actions
    QString m_shownUsername;
    QString m_statusText; // as given; shown masked in presenter mode
    SecretClipboard* m_clipboard;
    SaveFileNameProvider m_saveFileNameProvider;
    QLabel* m_usernameMaskLabel = nullptr; // over the username field while presenter mode hides it
    bool m_presenterMode = false;
};
