#include "mainwindow.h"

#include "compareview.h"

#include "clock.h"
#include "demo/demotenant.h"
#include "inspectorview.h"
#include "kibo/diagnosis.h"
#include "kibo/kibohosts.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "presentermask.h"
#include "resultview.h"
#include "secretclipboard.h"
#include "share/curlexport.h"
#include "share/supportbundle.h"
#include "ui_mainwindow.h"
#include "vault/keychainvault.h"
#include "vault/tokenvault.h"
#include "version.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
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
const auto PresenterModeKey = QStringLiteral("MainWindow/presenterMode");

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
    , m_clipboard(new SecretClipboard(this))
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
    m_ui->presenterBannerFrame->setVisible(false);
    m_ui->presenterBannerLayout->setStretch(0, 1);
    m_ui->presenterBannerFrame->setBackgroundRole(QPalette::Highlight);
    m_ui->presenterBannerLabel->setForegroundRole(QPalette::HighlightedText);
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
    connect(m_ui->compareAction, &QAction::triggered, this, &MainWindow::showCompare);
    connect(m_ui->compareLoginAction, &QAction::triggered, this, &MainWindow::compareShownTicket);
    connect(m_ui->presenterModeAction, &QAction::toggled, this, &MainWindow::setPresenterMode);
    connect(m_ui->presenterOffButton, &QPushButton::clicked, m_ui->presenterModeAction, &QAction::setChecked);
    connect(m_ui->saveSupportBundleAction, &QAction::triggered, this, &MainWindow::saveSupportBundle);
    connect(m_ui->copySupportBundleAction, &QAction::triggered, this, &MainWindow::copySupportBundle);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &MainWindow::copyAsCurl);
    connect(m_ui->resultView, &ResultView::copySupportBundleRequested, this, &MainWindow::copySupportBundle);
    connect(m_ui->resultView, &ResultView::saveSupportBundleRequested, this, &MainWindow::saveSupportBundle);
    connect(m_ui->resultView, &ResultView::copyCurlRequested, this, &MainWindow::copyAsCurl);
    if (auto* username = m_ui->loginPanel->findChild<QLineEdit*>(u"usernameLineEdit"_s)) {
        // Presenter mode covers the username with its masked form while the field has no focus.
        m_usernameMaskLabel = new QLabel(username);
        m_usernameMaskLabel->setObjectName(u"usernameMaskLabel"_s);
        m_usernameMaskLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_usernameMaskLabel->setAutoFillBackground(true);
        m_usernameMaskLabel->setBackgroundRole(QPalette::Base);
        m_usernameMaskLabel->setVisible(false);
        username->installEventFilter(this);
        connect(username, &QLineEdit::textChanged, this, &MainWindow::updateUsernameMask);
    }

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
        m_inspector->setPresenterMode(m_presenterMode);
    }
    return m_inspector;
}

CompareView* MainWindow::compareView() const
{
    return m_compare;
}

CompareView* MainWindow::ensureCompare()
{
    if (!m_compare) {
        m_compare = new CompareView(this);
        m_compare->setWindowFlag(Qt::Window);
        m_compare->setObjectName(u"compareView"_s);
        m_compare->setWindowIcon(windowIcon());
        m_compare->resize(1200, 800);
        connect(m_compare, &CompareView::statusMessage, this, &MainWindow::setStatus);
        m_compare->setPresenterMode(m_presenterMode);
    }
    return m_compare;
}

void MainWindow::showCompare()
{
    CompareView* compare = ensureCompare();
    compare->show();
    compare->raise();
    compare->activateWindow();
}

void MainWindow::compareShownTicket()
{
    const AuthTicketResult* result = m_ui->resultView->result();
    if (!result || !result->ticket) {
        return;
    }
    // The reply as received; the window shows its tokens only as their redacted shape.
    ensureCompare()->setLeftInput(result->rawBody);
    showCompare();
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
    if (m_presenterMode) {
        // The inspector's input shows the whole token.
        setStatus(tr("Turn presenter mode off to open the token in the inspector: its input shows the whole token."));
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
    updateDemoCredentialsHint();
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
    m_pendingProfile = profile;
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
    m_shownProfile = m_pendingProfile;
    m_shownUsername = m_pendingUsername;
    updateShareActions();
    m_shownJwt = result.ticket && !result.error.isError() ? result.ticket->jwtAccessToken : QString();
    m_ui->openJwtInInspectorAction->setEnabled(!m_shownJwt.isEmpty() && !m_presenterMode);
    m_ui->compareLoginAction->setEnabled(result.ticket.has_value() && !result.error.isError());
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
    m_statusText = text;
    QString shown = text;
    if (m_presenterMode) {
        // The usernames this window put in its messages, then anything else shaped like an email address.
        for (const QString& username : { m_pendingUsername, m_shownUsername }) {
            if (!username.isEmpty()) {
                shown.replace(username, PresenterMask::maskedUsername(username));
            }
        }
        shown = PresenterMask::maskEmails(shown);
    }
    m_statusLabel->setText(shown);
}

bool MainWindow::presenterMode() const
{
    return m_presenterMode;
}

void MainWindow::setPresenterMode(bool on)
{
    if (m_ui->presenterModeAction->isChecked() != on) {
        m_ui->presenterModeAction->setChecked(on); // comes back here through toggled
        return;
    }
    if (m_presenterMode == on) {
        return;
    }
    m_presenterMode = on;
    m_ui->presenterBannerFrame->setVisible(on);
    if (on) {
        m_ui->showSecretsAction->setChecked(false);
        m_ui->includePersonalDataAction->setChecked(false);
    }
    m_ui->showSecretsAction->setEnabled(!on);
    m_ui->includePersonalDataAction->setEnabled(!on);
    m_ui->openJwtInInspectorAction->setEnabled(!m_shownJwt.isEmpty() && !on);
    m_ui->resultView->setPresenterMode(on);
    if (m_inspector) {
        m_inspector->setPresenterMode(on);
    }
    if (m_compare) {
        m_compare->setPresenterMode(on);
    }
    if (auto* showPassword = m_ui->loginPanel->findChild<QToolButton*>(u"showPasswordButton"_s)) {
        if (on) {
            showPassword->setChecked(false);
        }
        showPassword->setEnabled(!on);
    }
    updateUsernameMask();
    updateDemoCredentialsHint();
    setStatus(m_statusText);
    QSettings().setValue(PresenterModeKey, on);
    Q_EMIT presenterModeChanged(on);
}

void MainWindow::updateDemoCredentialsHint()
{
    // The demo password (and, in its tool tip, the demo customers' addresses) stay off a shared screen.
    if (auto* hint = m_ui->loginPanel->findChild<QLabel*>(u"demoCredentialsLabel"_s)) {
        hint->setVisible(!m_presenterMode && !hint->text().isEmpty());
    }
}

void MainWindow::updateUsernameMask()
{
    auto* username = m_ui->loginPanel->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    if (!username || !m_usernameMaskLabel) {
        return;
    }
    const bool masked = m_presenterMode && !username->hasFocus();
    // Password echo keeps the text itself off the screen (and out of copies); the label says whose it is.
    username->setEchoMode(masked ? QLineEdit::Password : QLineEdit::Normal);
    m_usernameMaskLabel->setText(
        username->text().isEmpty() ? QString() : PresenterMask::maskedUsername(username->text()));
    const QMargins margins = username->textMargins();
    m_usernameMaskLabel->setContentsMargins(margins.left() + 4, 0, margins.right() + 4, 0);
    m_usernameMaskLabel->setGeometry(username->rect().adjusted(2, 2, -2, -2));
    m_usernameMaskLabel->setVisible(masked && !username->text().isEmpty());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_usernameMaskLabel && watched == m_usernameMaskLabel->parent()) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
            updateUsernameMask();
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setSaveFileNameProvider(SaveFileNameProvider provider)
{
    m_saveFileNameProvider = std::move(provider);
}

void MainWindow::updateShareActions()
{
    const AuthTicketResult* result = m_ui->resultView->result();
    m_ui->saveSupportBundleAction->setEnabled(result != nullptr);
    m_ui->copySupportBundleAction->setEnabled(result != nullptr);
    m_ui->copyCurlAction->setEnabled(result && result->request.isValid());
}

SupportBundleOptions MainWindow::bundleOptions() const
{
    SupportBundleOptions options;
    options.includePersonalData = !m_presenterMode && m_ui->includePersonalDataAction->isChecked();
    return options;
}

void MainWindow::copySupportBundle()
{
    const AuthTicketResult* result = m_ui->resultView->result();
    if (!result) {
        return;
    }
    const QDateTime now = (m_clock ? m_clock : Clock::system())->now();
    m_clipboard->copyText(SupportBundle::toMarkdown(*result, m_shownProfile, now, bundleOptions()));
    setStatus(bundleOptions().includePersonalData
            ? tr("Support bundle copied, with the customer's details and without secrets.")
            : tr("Support bundle copied, without secrets or customer details."));
}

bool MainWindow::saveSupportBundle()
{
    const AuthTicketResult* result = m_ui->resultView->result();
    if (!result) {
        return false;
    }
    const QDateTime now = (m_clock ? m_clock : Clock::system())->now();
    const QString suggested = u"kibo-support-bundle-%1.md"_s.arg(now.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
    QString path;
    if (m_saveFileNameProvider) {
        path = m_saveFileNameProvider(suggested);
    } else {
        const QString markdown = tr("Markdown (*.md)");
        const QString json = tr("JSON (*.json)");
        QString selected = markdown;
        path = QFileDialog::getSaveFileName(
            this, tr("Save Support Bundle"), suggested, markdown + u";;"_s + json, &selected);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty() && selected == json) {
            path += u".json"_s;
        }
    }
    if (path.isEmpty()) {
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"md"_s && suffix != u"json"_s && suffix != u"markdown"_s) {
        path += u".md"_s;
    }
    const bool asJson = suffix == u"json"_s;
    const SupportBundleOptions options = bundleOptions();
    const QByteArray bytes = asJson
        ? QJsonDocument(SupportBundle::toJson(*result, m_shownProfile, now, options)).toJson(QJsonDocument::Indented)
        : SupportBundle::toMarkdown(*result, m_shownProfile, now, options).toUtf8();
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(bytes) == bytes.size()
        && file.commit();
    if (!written) {
        // The path is the user's own choice; the reason is Qt's file error, which names no secret.
        setStatus(tr("The support bundle could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    setStatus(tr("Support bundle saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::copyAsCurl()
{
    const AuthTicketResult* result = m_ui->resultView->result();
    if (!result || !result->request.isValid()) {
        setStatus(tr("No request reached the tenant, so there is nothing to copy as curl."));
        return;
    }
    if (m_presenterMode) {
        // The command names the customer (the username in the body).
        setStatus(tr("Nothing copied: the curl command holds the customer's username. Turn presenter mode off "
                     "to copy it."));
        return;
    }
    m_clipboard->copyText(CurlExport::command(result->request, CurlExport::Layout::MultiLine));
    setStatus(tr("curl command copied. %1").arg(CurlExport::variablesHint(result->request)));
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
    setPresenterMode(settings.value(PresenterModeKey, false).toBool());
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
    // The inspector and the compare window are windows of their own: they go with the main window, or the
    // application would stay open.
    if (m_inspector) {
        m_inspector->close();
    }
    if (m_compare) {
        m_compare->close();
    }
    event->accept();
}
