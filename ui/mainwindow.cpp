#include "mainwindow.h"

#include "clock.h"
#include "demo/demotenant.h"
#include "inspectorview.h"
#include "kibo/diagnosis.h"
#include "kibo/kibohosts.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "resultview.h"
#include "ui_mainwindow.h"
#include "vault/keychainvault.h"
#include "vault/tokenvault.h"
#include "version.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <utility>

using namespace Qt::StringLiterals;

// Resources of the static kti_ui library must be registered by hand (outside any namespace).
static void initUiResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace {

const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto SplitterKey = QStringLiteral("MainWindow/splitter");

QString hostWithPort(const QUrl& url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_network(new QNetworkAccessManager(this))
    , m_client(new AuthTicketClient(m_network, this))
    , m_statusLabel(new QLabel(this))
    , m_vaultStatusLabel(new QLabel(this))
{
    initUiResources();
    m_ui->setupUi(this);
    setWindowTitle(tr("Kibo Token Inspector"));
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        icon.addFile(u":/icons/io.github.kibotokeninspector-%1.png"_s.arg(size), QSize(size, size));
    }
    setWindowIcon(icon);

    m_statusLabel->setAccessibleName(tr("Status"));
    m_vaultStatusLabel->setObjectName(u"vaultStatusLabel"_s);
    m_vaultStatusLabel->setAccessibleName(tr("Keychain status"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_vaultStatusLabel);
    setStatus(tr("Ready"));
    setVaultStatus(tr("Tokens are saved in the keychain after a successful login"));

    m_ui->demoBannerFrame->setVisible(false);
    m_ui->demoBannerFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->demoBannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 440, 760 });

    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->showSecretsAction, &QAction::toggled, m_ui->resultView, &ResultView::setSecretsShown);
    connect(m_ui->resultView, &ResultView::secretsShownChanged, m_ui->showSecretsAction, &QAction::setChecked);
    m_ui->showLoginPanelAction->setChecked(true);
    connect(m_ui->showLoginPanelAction, &QAction::toggled, m_ui->loginPanel, &QWidget::setVisible);
    connect(m_ui->inspectTokenAction, &QAction::triggered, this, &MainWindow::showInspector);
    connect(m_ui->openJwtInInspectorAction, &QAction::triggered, this, &MainWindow::openJwtInInspector);

    connect(m_ui->resultView, &ResultView::statusMessage, this, &MainWindow::setStatus);
    connect(m_ui->resultView, &ResultView::twoFactorCodeEntered, this, &MainWindow::submitTwoFactorCode);
    connect(m_ui->resultView, &ResultView::resendCodeRequested, this, &MainWindow::resendTwoFactorCode);
    connect(m_ui->loginPanel, &LoginPanel::loginRequested, this, &MainWindow::login);
    connect(m_ui->loginPanel, &LoginPanel::cancelRequested, this, &MainWindow::cancelLogin);
    connect(m_ui->loginPanel, &LoginPanel::demoTenantRequested, this, &MainWindow::startDemoTenant);
    connect(m_client, &AuthTicketClient::progress, this, &MainWindow::onProgress);
    connect(m_client, &AuthTicketClient::finished, this, &MainWindow::onFinished);

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setVault(std::unique_ptr<TokenVault> vault)
{
    m_vault = std::move(vault);
    if (m_vault) {
        connect(m_vault.get(), &TokenVault::stored, this, &MainWindow::onStored);
        connect(m_vault.get(), &TokenVault::waiting, this, [this](bool isWaiting) {
            if (isWaiting) {
                setVaultStatus(tr("Waiting for the keyring…"));
            }
        });
    }
}

TokenVault* MainWindow::vault() const
{
    return m_vault.get();
}

TokenVault* MainWindow::ensureVault()
{
    if (!m_vault) {
        setVault(std::make_unique<KeychainVault>());
    }
    return m_vault.get();
}

void MainWindow::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_ui->resultView->setClock(m_clock);
    if (m_inspector) {
        m_inspector->setClock(m_clock);
    }
    m_client->setClock(m_clock);
    if (m_demoTenant) {
        m_demoTenant->setClock(m_clock);
    }
}

LoginPanel* MainWindow::loginPanel() const
{
    return m_ui->loginPanel;
}

ResultView* MainWindow::resultView() const
{
    return m_ui->resultView;
}

DemoTenant* MainWindow::demoTenant() const
{
    return m_demoTenant.get();
}

InspectorView* MainWindow::inspectorView() const
{
    return m_inspector;
}

InspectorView* MainWindow::ensureInspector()
{
    if (!m_inspector) {
        // A window of its own beside the login, so a token can be compared with the result on screen.
        m_inspector = new InspectorView(this);
        m_inspector->setWindowFlag(Qt::Window);
        m_inspector->setObjectName(u"inspectorView"_s);
        m_inspector->setWindowIcon(windowIcon());
        m_inspector->resize(1000, 760);
        if (m_clock) {
            m_inspector->setClock(m_clock);
        }
        connect(m_inspector, &InspectorView::statusMessage, this, &MainWindow::setStatus);
    }
    return m_inspector;
}

void MainWindow::showInspector()
{
    InspectorView* inspector = ensureInspector();
    inspector->show();
    inspector->raise();
    inspector->activateWindow();
}

void MainWindow::openJwtInInspector()
{
    if (m_shownJwt.isEmpty()) {
        return;
    }
    ensureInspector()->setInput(m_shownJwt);
    showInspector();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

QString MainWindow::vaultStatusText() const
{
    return m_vaultStatusLabel->text();
}

void MainWindow::startDemoTenant()
{
    if (m_demoTenant) {
        return;
    }
    auto demo = std::make_unique<DemoTenant>();
    if (m_clock) {
        demo->setClock(m_clock);
    }
    if (!demo->listen()) {
        setStatus(tr("The demo tenant could not start: %1").arg(demo->errorString()));
        return;
    }
    m_demoTenant = std::move(demo);
    const QUrl baseUrl = m_demoTenant->baseUrl();

    LoginPanel* panel = m_ui->loginPanel;
    KiboProfile profile = KiboProfile::demo(baseUrl);
    panel->setProfile(profile, DemoTenant::sharedSecret());
    panel->setUsername(u"ada.lovelace@example.com"_s);
    panel->setDemoCredentialsHint(DemoTenant::defaultPassword());
    panel->focusPassword(); // everything else is filled in: the user types the password and presses Enter

    m_ui->demoBannerLabel->setText(
        tr("<b>Demo tenant</b> — a stand-in Kibo server is running on this computer at %1. Nothing leaves your "
           "machine; the customers and tokens are made up.")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo).toHtmlEscaped()));
    m_ui->demoBannerFrame->setVisible(true);
    // The demo "emails" two-factor codes into its outbox; show them next to the code field.
    connect(m_demoTenant.get(), &DemoTenant::codeSent, m_ui->resultView, &ResultView::setDemoOutbox);
    setStatus(tr("Demo tenant ready at %1").arg(hostWithPort(baseUrl)));
    Q_EMIT demoTenantStarted();
}

void MainWindow::login()
{
    LoginPanel* panel = m_ui->loginPanel;
    if (panel->isBusy() || !panel->validate()) {
        return;
    }
    const KiboProfile profile = panel->profile();
    const CustomerLoginRequest request = panel->loginRequest();
    m_pendingUsername = request.username;
    m_pendingTenantHost = hostWithPort(KiboHosts::tenantApiBase(profile));
    m_client->setProfile(profile, panel->clientSecret());
    m_operation = Operation::Login;
    setBusy(true);
    setStatus(tr("Logging in as %1…").arg(request.username));
    m_client->login(request);
}

void MainWindow::submitTwoFactorCode(const QString& userId, const QString& code)
{
    if (m_operation != Operation::None || userId.isEmpty()) {
        return;
    }
    m_operation = Operation::FinishTwoFactor;
    setBusy(true);
    setStatus(tr("Checking the code…"));
    m_client->finish2FA(userId, code, m_ui->loginPanel->loginRequest().responseFields);
}

void MainWindow::resendTwoFactorCode(const QString& userId)
{
    if (m_operation != Operation::None || userId.isEmpty()) {
        return;
    }
    m_operation = Operation::ResendCode;
    setBusy(true);
    setStatus(tr("Asking for a new code…"));
    m_client->resend2FACode(userId);
}

void MainWindow::cancelLogin()
{
    if (m_operation != Operation::None) {
        setStatus(tr("Cancelling…"));
        m_client->cancel();
    }
}

void MainWindow::setBusy(bool busy)
{
    m_ui->loginPanel->setBusy(busy);
    m_ui->resultView->setTwoFactorBusy(busy);
}

void MainWindow::onProgress(const QString& stage)
{
    setStatus(stage);
}

void MainWindow::onFinished(const AuthTicketResult& result)
{
    const Operation operation = std::exchange(m_operation, Operation::None);
    setBusy(false);
    // A wrong or expired code, or a failed resend, keeps the code form: the customer can try again.
    const bool codeStep = operation == Operation::FinishTwoFactor || operation == Operation::ResendCode;
    const QString code = result.error.errorCode;
    if (codeStep && result.error.isError()
        && (code == u"INVALID_OTP"_s || code == u"OTP_EXPIRED"_s || code == u"MISSING_OR_INVALID_PARAMETER"_s
            || result.error.kind == KiboError::Kind::Cancelled)) {
        const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
        m_ui->resultView->showTwoFactorProblem(
            QStringList { diagnosis.title, diagnosis.cause, diagnosis.nextStep }.join(u' ').trimmed());
        setStatus(tr("The code was not accepted: %1").arg(diagnosis.title));
        Q_EMIT loginFinished();
        return;
    }
    if (operation == Operation::Login && result.error.kind == KiboError::Kind::Cancelled) {
        // The user's own choice is no problem to diagnose: keep whatever the view showed before.
        setStatus(tr("Login cancelled."));
        Q_EMIT loginFinished();
        return;
    }
    if (operation == Operation::ResendCode && !result.error.isError()) {
        m_ui->resultView->showTwoFactorProblem(QString());
        setStatus(tr("A new code was sent to the customer."));
        Q_EMIT loginFinished();
        return;
    }
    m_ui->resultView->showResult(result);
    m_shownJwt = result.ticket && !result.error.isError() ? result.ticket->jwtAccessToken : QString();
    m_ui->openJwtInInspectorAction->setEnabled(!m_shownJwt.isEmpty());
    if (result.error.isError()) {
        const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
        setStatus(tr("Login failed: %1").arg(diagnosis.title));
    } else if (result.requires2FA) {
        setStatus(tr("Two-factor authentication required for %1").arg(m_pendingUsername));
    } else if (result.ticket) {
        setStatus(tr("Logged in as %1 in %2 ms").arg(m_pendingUsername).arg(result.elapsedMs));
        storeTokens(TokenVault::accountKey(m_pendingUsername, m_pendingTenantHost), *result.ticket);
    }
    Q_EMIT loginFinished();
}

void MainWindow::storeTokens(const QString& account, const CustomerAuthTicket& ticket)
{
    setVaultStatus(tr("Saving tokens in the keychain…"));
    ensureVault()->store(account, { ticket.accessToken, ticket.jwtAccessToken, ticket.refreshToken });
}

void MainWindow::onStored(const QString& account, const VaultStatus& status)
{
    Q_UNUSED(account)
    if (status.ok() && m_vault->isPersistent()) {
        setVaultStatus(tr("Tokens saved in the keychain"));
    } else if (status.ok()) {
        setVaultStatus(tr("Tokens are kept in memory until you quit"));
    } else {
        setVaultStatus(tr("Keychain unavailable: tokens are kept in memory until you quit"));
    }
    // The full reason, in the vault's own words, for whoever hovers over the status.
    m_vaultStatusLabel->setToolTip(status.message());
    Q_EMIT vaultStatusChanged();
}

void MainWindow::setStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void MainWindow::setVaultStatus(const QString& text)
{
    m_vaultStatusLabel->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kibo Token Inspector"),
        tr("<h3>Kibo Token Inspector %1</h3>"
           "<p>Logs a Kibo Commerce customer in through the customer auth-ticket API and shows the tokens, the "
           "decoded JWT and the customer account.</p>"
           "<p>Tokens are kept only in your system keychain.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(KTI_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    // Window layout only: never a secret, token or password in QSettings.
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(1200, 760);
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_operation != Operation::None) {
        m_client->cancel();
    }
    saveSettings();
    // The inspector is a window of its own: it goes with the main window, or the application would stay open.
    if (m_inspector) {
        m_inspector->close();
    }
    event->accept();
}
