#pragma once

#include "kibo/authticketclient.h"

#include <QMainWindow>
#include <memory>

class Clock;
class DemoTenant;
class InspectorView;
class LoginPanel;
class QLabel;
class QNetworkAccessManager;
class ResultView;
class TokenVault;
struct VaultStatus;

namespace Ui {
class MainWindow;
}

// The application window: login panel on the left, the result on the right, state in the status bar.
// It owns the network access manager, the auth-ticket client and the token vault. The vault is
// created (and the keychain touched) only when the first successful login stores its tokens.
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

    QString statusText() const;
    QString vaultStatusText() const;

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

Q_SIGNALS:
    void demoTenantStarted();
    // After each answer (ticket, 2FA request or refusal) is shown.
    void loginFinished();
    // After the vault reported on storing the tokens of a login.
    void vaultStatusChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

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

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager* m_network;
    AuthTicketClient* m_client;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<DemoTenant> m_demoTenant;
    QLabel* m_statusLabel;
    QLabel* m_vaultStatusLabel;
    InspectorView* m_inspector = nullptr;
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
};
