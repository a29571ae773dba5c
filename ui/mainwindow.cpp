#include "mainwindow.h"

#include "boldfont.h"
#include "clock.h"
#include "compareview.h"
#include "demo/demotenant.h"
#include "firstframe.h"
#include "historyview.h"
#include "inspectorview.h"
#include "kibo/kibohosts.h"
#include "kibo/networksettings.h"
#include "loginpanel.h"
#include "networksettingsdialog.h"
#include "pngiconengine.h"
#include "profilechooser.h"
#include "resultview.h"
#include "screenfit.h"
#include "secrets/presentermask.h"
#include "services/services.h"
#include "session/historyrecorder.h"
#include "settingsfile.h"
#include "shareactions.h"
#include "ui_mainwindow.h"
#include "userguide.h"
#include "vault/clientsecretstore.h"
#include "vault/keychainvault.h"
#include "vault/profilestore.h"
#include "vault/tokenvault.h"
#include "version.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
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
const auto PresenterModeKey = QStringLiteral("MainWindow/presenterMode");

void showToolWindow(QWidget* tool)
{
    tool->show();
    tool->raise();
    tool->activateWindow();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_statusLabel(new QLabel(this))
    , m_vaultStatusLabel(new QLabel(this))
{
    // Before anything reads the settings file: this window's layout, the profiles, the network settings.
    const QString settingsProblem = SettingsFile::recover(QSettings().fileName());
    initUiResources();
    m_ui->setupUi(this);
    m_tabs = m_ui->sessionTabs;
    m_share = new ShareActions(this);
    setWindowTitle(tr("Kibo Token Inspector"));
    // Decoding the icon's eight PNGs costs a tenth of the start: the first frame goes without it.
    FirstFrame::whenShown(this, [this] {
        QList<PngIconEngine::File> files;
        for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
            files.append({ u":/icons/io.github.kibotokeninspector-%1.png"_s.arg(size), QSize(size, size) });
        }
        setWindowIcon(PngIconEngine::icon(files));
    });

    m_statusLabel->setAccessibleName(tr("Status"));
    m_vaultStatusLabel->setObjectName(u"vaultStatusLabel"_s);
    m_vaultStatusLabel->setAccessibleName(tr("Keychain status"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_vaultStatusLabel);

    m_ui->demoBannerFrame->setVisible(false);
    m_ui->demoBannerFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->demoBannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->demoBannerTitleLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->demoBannerTitleLabel->setFont(boldFont(font(), 1.0));
    m_ui->presenterBannerFrame->setVisible(false);
    m_ui->presenterBannerLayout->setStretch(0, 1);
    m_ui->presenterBannerFrame->setBackgroundRole(QPalette::Highlight);
    m_ui->presenterBannerLabel->setForegroundRole(QPalette::HighlightedText);
    SessionTabs* tabs = m_tabs;
    connect(tabs, &SessionTabs::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(tabs, &SessionTabs::currentStateChanged, this, [this] {
        updateShareActions();
        updateSessionActions();
    });
    connect(tabs, &SessionTabs::countChanged, this, [this](int count) {
        if (count == 0) {
            newSession(); // closing the last session leaves a fresh one in its place
        }
        m_ui->sideBySideAction->setEnabled(count > 1 || m_tabs->isSideBySide());
    });
    connect(tabs, &SessionTabs::sideBySideChanged, m_ui->sideBySideAction, &QAction::setChecked);
    connect(m_ui->sideBySideAction, &QAction::toggled, tabs, &SessionTabs::setSideBySide);

    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    UserGuide::addTo(m_ui->helpMenu);
    connect(m_ui->showSecretsAction, &QAction::toggled, this, [this](bool shown) {
        if (m_current) {
            m_current->setSecretsShown(shown);
        }
    });
    m_ui->showLoginPanelAction->setChecked(true);
    connect(m_ui->showLoginPanelAction, &QAction::toggled, tabs, &SessionTabs::setLoginPanelShown);
    connect(m_ui->newSessionAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->closeSessionAction, &QAction::triggered, tabs, [tabs] { tabs->closeSession(tabs->currentIndex()); });
    connect(m_ui->renameSessionAction, &QAction::triggered, tabs, &SessionTabs::renameCurrentSession);
    connect(m_ui->filterTreeAction, &QAction::triggered, tabs, &SessionTabs::focusTreeFilter);
    // The Session menu acts on the session in front.
    const auto onCurrent = [tabs](void (SessionView::*operation)()) {
        return [tabs, operation] {
            if (SessionView* view = tabs->current()) {
                (view->*operation)();
            }
        };
    };
    connect(m_ui->refreshAction, &QAction::triggered, tabs, onCurrent(&SessionView::refreshNow));
    connect(m_ui->expireNowAction, &QAction::triggered, tabs, onCurrent(&SessionView::expireNow));
    connect(m_ui->forgetSessionAction, &QAction::triggered, tabs, onCurrent(&SessionView::forget));
    connect(m_ui->anonymousAction, &QAction::triggered, tabs, onCurrent(&SessionView::requestAnonymous));
    connect(m_ui->inspectTokenAction, &QAction::triggered, this, &MainWindow::showInspector);
    connect(m_ui->openJwtInInspectorAction, &QAction::triggered, this, &MainWindow::openJwtInInspector);
    connect(m_ui->compareAction, &QAction::triggered, this, &MainWindow::showCompare);
    connect(m_ui->compareLoginAction, &QAction::triggered, this, &MainWindow::compareShownTicket);
    connect(m_ui->networkSettingsAction, &QAction::triggered, this, &MainWindow::showNetworkSettings);
    // Every answer goes to the history file (QStandardPaths::AppDataLocation), without secrets. The file is read
    // after the first frame: a full history is thousands of entries to parse.
    FirstFrame::whenShown(this, [this] { historyStore(); });
    connect(this, &MainWindow::attemptFinished, this,
        [this](const QString& profile, const QString& username, const AuthTicketResult& result,
            CustomerSession::Operation operation) {
            historyStore();
            const char* key = QMetaEnum::fromType<CustomerSession::Operation>().valueToKey(int(operation));
            m_historyRecorder->record(profile, username, result, QString::fromLatin1(key ? key : "Unknown"));
        });
    connect(m_ui->historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->demoRotateRefreshTokensAction, &QAction::toggled, this, [this](bool on) {
        if (m_demoTenant) {
            m_demoTenant->setRotateRefreshTokens(on);
        }
    });
    connect(m_ui->presenterModeAction, &QAction::toggled, this, &MainWindow::setPresenterMode);
    connect(m_ui->presenterOffButton, &QPushButton::clicked, m_ui->presenterModeAction, &QAction::setChecked);
    connect(m_ui->saveSupportBundleAction, &QAction::triggered, m_share, &ShareActions::saveSupportBundle);
    connect(m_ui->copySupportBundleAction, &QAction::triggered, m_share, &ShareActions::copySupportBundle);
    connect(m_ui->copyCurlAction, &QAction::triggered, m_share, &ShareActions::copyAsCurl);
    connect(m_ui->includePersonalDataAction, &QAction::toggled, m_share, &ShareActions::setIncludePersonalData);
    connect(m_share, &ShareActions::statusMessage, this, &MainWindow::setStatus);
    setUpProfiles();

    newSession();
    setStatus(settingsProblem.isEmpty() ? tr("Ready") : settingsProblem);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

HistoryStore* MainWindow::historyStore()
{
    if (!m_history) {
        m_history = new HistoryStore(QString(), this);
        m_history->setWritesInBackground(true); // an answer shows without waiting for the disk
        m_historyRecorder = new HistoryRecorder(m_history, this);
    }
    return m_history;
}

void MainWindow::setVault(std::unique_ptr<TokenVault> vault)
{
    m_vault = std::move(vault);
    if (m_vault) {
        connect(m_vault.get(), &TokenVault::waiting, this, [this](bool isWaiting) {
            if (isWaiting) {
                setVaultStatus(tr("Waiting for the keyring…"));
            } else {
                showVaultStatusOf(m_current);
            }
        });
    }
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
    m_share->setClock(m_clock);
    for (SessionView* view : m_tabs->views()) {
        view->setClock(m_clock);
    }
    if (m_inspector) {
        m_inspector->setClock(m_clock);
    }
    if (m_demoTenant) {
        m_demoTenant->setClock(m_clock);
    }
}

QNetworkAccessManager* MainWindow::networkManager()
{
    if (!m_network) {
        m_network = Services::instance().newNetworkManager(this);
        NetworkSettings::load().applyTo(m_network); // the saved proxy; each session's client gets the timeouts
    }
    return m_network;
}

SessionView* MainWindow::addSessionView()
{
    // Every session's calls share one manager, made by the first call: a start that logs no one in loads no
    // network library (services/services.h).
    auto* view = new SessionView(nullptr, this);
    CustomerSession* session = view->session();
    session->client()->setManagerSource([this] { return networkManager(); });
    NetworkSettings::load().applyTo(session->client());
    session->setVaultProvider([this] { return ensureVault(); });
    if (m_clock) {
        view->setClock(m_clock);
    }
    view->setDemoTenant(m_demoTenant.get());
    connect(view, &SessionView::statusChanged, this, [this, view](const QString& text) {
        if (view == m_current) {
            m_statusText = text;
            setStatus(text);
        }
    });
    connect(view, &SessionView::answerShown, this, &MainWindow::loginFinished);
    connect(view, &SessionView::demoTenantRequested, this, &MainWindow::startDemoTenant);
    m_profileChooser->attach(view->loginPanel());
    // Where a lookup found a saved profile's tenant is kept with it, as the command line does.
    connect(view->session(), &CustomerSession::tenantDiscovered, m_profileChooser,
        [this](const KiboProfile& used, const KiboTenant& tenant) {
            m_profileChooser->store()->rememberTenantDomain(used, tenant.domain);
        });
    connect(view, &SessionView::forgetFinished, this, &MainWindow::vaultStatusChanged);
    connect(view, &SessionView::secretsShownChanged, this, [this, view](bool shown) {
        if (view == m_current) {
            m_ui->showSecretsAction->setChecked(shown);
        }
    });
    connect(view, &SessionView::copySupportBundleRequested, m_share, &ShareActions::copySupportBundle);
    connect(view, &SessionView::saveSupportBundleRequested, m_share, &ShareActions::saveSupportBundle);
    connect(view, &SessionView::copyCurlRequested, m_share, &ShareActions::copyAsCurl);
    connect(session, &CustomerSession::vaultStatusChanged, this, [this, view] {
        if (view == m_current) {
            showVaultStatusOf(view);
        }
    });
    connect(session, &CustomerSession::tokensStored, this, [this] { Q_EMIT vaultStatusChanged(); });
    connect(session, &CustomerSession::resultReady, this,
        [this, session](const AuthTicketResult& result, CustomerSession::Operation operation) {
            Q_EMIT attemptFinished(m_profileChooser->historyName(session->attemptProfile()),
                operation == CustomerSession::Operation::Refresh ? session->username() : session->attemptUsername(),
                result, operation);
        });
    return view;
}

CustomerSession* MainWindow::newSession()
{
    SessionView* previous = m_current;
    SessionView* view = addSessionView();
    if (previous) {
        // The same tenant as the session in front; the customer is the user's next choice.
        view->loginPanel()->setProfile(previous->loginPanel()->profile(), previous->loginPanel()->clientSecret());
        view->loginPanel()->showChosenProfile(previous->loginPanel()->chosenProfileName());
        if (m_demoTenant) {
            view->loginPanel()->setDemoCredentialsHint(DemoTenant::defaultPassword());
        }
    }
    m_tabs->addSession(view);
    if (previous) {
        view->setStatus(tr("New session: choose the customer and log in."));
        view->loginPanel()->focusCustomer(); // Ctrl+T, then type the customer
    }
    return view->session();
}

void MainWindow::onCurrentChanged(SessionView* view)
{
    m_current = view;
    m_share->setCurrentView(view);
    if (!m_current) {
        return;
    }
    m_ui->showSecretsAction->setChecked(m_current->secretsShown());
    setStatus(m_current->statusText());
    showVaultStatusOf(m_current);
    updateShareActions();
    updateSessionActions();
    Q_EMIT currentSessionChanged(currentSessionIndex());
}

void MainWindow::showVaultStatusOf(SessionView* view)
{
    const QString text = view ? view->session()->vaultStatusText() : QString();
    setVaultStatus(text.isEmpty() ? tr("Tokens are saved in the keychain after a successful login") : text);
    // The full reason, in the vault's own words, for whoever hovers over the status.
    m_vaultStatusLabel->setToolTip(view ? view->session()->vaultStatusDetail() : QString());
}

void MainWindow::updateSessionActions()
{
    CustomerSession* session = currentSession();
    const bool busy = session && session->isBusy();
    const bool hasTicket = session && session->currentTicket().has_value();
    m_ui->refreshAction->setEnabled(session && !busy && session->canRefresh());
    m_ui->expireNowAction->setEnabled(!busy && hasTicket);
    m_ui->forgetSessionAction->setEnabled(session && !busy && (hasTicket || !session->accountKey().isEmpty()));
    m_ui->anonymousAction->setEnabled(session && !busy);
}

template <typename Tool, typename... Args>
Tool* MainWindow::makeToolWindow(const QString& objectName, const QSize& size, Args&&... args)
{
    auto* tool = new Tool(std::forward<Args>(args)..., this);
    tool->setWindowFlag(Qt::Window);
    tool->setObjectName(objectName);
    tool->setWindowIcon(windowIcon());
    ScreenFit::fit(tool, size, this); // over the window, within its screen
    tool->setPresenterMode(m_presenterMode);
    connect(tool, &Tool::statusMessage, this, &MainWindow::setStatus);
    return tool;
}

InspectorView* MainWindow::ensureInspector()
{
    if (!m_inspector) {
        // A window of its own beside the login, so a token can be compared with the result on screen.
        m_inspector = makeToolWindow<InspectorView>(u"inspectorView"_s, QSize(1000, 760));
        if (m_clock) {
            m_inspector->setClock(m_clock);
        }
        connect(m_inspector, &InspectorView::profileFromTokenRequested, this, [this](const TokenProfile& tokenProfile) {
            m_profileChooser->newProfileFromToken(loginPanel(), tokenProfile);
        });
    }
    return m_inspector;
}

CompareView* MainWindow::ensureCompare()
{
    if (!m_compare) {
        m_compare = makeToolWindow<CompareView>(u"compareView"_s, QSize(1200, 800));
    }
    return m_compare;
}

void MainWindow::showCompare()
{
    showToolWindow(ensureCompare());
}

void MainWindow::compareShownTicket()
{
    const AuthTicketResult* result = m_current ? m_current->shownResult() : nullptr;
    if (!result || !result->ticket) {
        return;
    }
    // The reply as received; the window shows its tokens only as their redacted shape.
    ensureCompare()->setLeftInput(result->rawBody);
    showCompare();
}

void MainWindow::showHistory()
{
    if (!m_historyView) {
        m_historyView = makeToolWindow<HistoryView>(u"historyView"_s, QSize(1100, 560), historyStore());
    }
    const CustomerSession* session = currentSession();
    m_historyView->setProfileFilter(session ? m_profileChooser->historyName(session->profile()) : QString());
    showToolWindow(m_historyView);
}

void MainWindow::showNetworkSettings()
{
    auto* dialog = new NetworkSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkSettingsDialog::settingsSaved, this, [this](const NetworkSettings& settings) {
        // The same manager keeps serving: Qt keys its connection cache by proxy, so later requests use the new one.
        settings.applyTo(m_network); // none yet: the first call's manager reads the saved settings
        for (int i = 0; i < sessionCount(); ++i) {
            settings.applyTo(session(i)->client());
        }
        setStatus(tr("Network settings saved and applied to every session."));
    });
    dialog->open();
}

void MainWindow::showInspector()
{
    showToolWindow(ensureInspector());
}

void MainWindow::openJwtInInspector()
{
    const QString jwt = m_current ? m_current->shownJwt() : QString();
    if (jwt.isEmpty()) {
        return;
    }
    if (m_presenterMode) {
        // The inspector's input shows the whole token.
        setStatus(tr("Turn presenter mode off to open the token in the inspector: its input shows the whole token."));
        return;
    }
    ensureInspector()->setInput(jwt);
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
    // The ports first (a few microseconds, no library to load), so that the form, the banner and the status show
    // the demo's address in the window's first frame; the server starts serving them after that frame, and a
    // connection made in between waits for it (DemoTenant::reserve).
    auto demo = std::make_unique<DemoTenant>();
    if (m_clock) {
        demo->setClock(m_clock);
    }
    if (!demo->reserve()) {
        setStatus(tr("The demo tenant could not start: %1").arg(demo->errorString()));
        return;
    }
    m_demoTenant = std::move(demo);
    m_demoTenant->setRotateRefreshTokens(m_ui->demoRotateRefreshTokensAction->isChecked());
    m_ui->demoRotateRefreshTokensAction->setEnabled(true);
    const QUrl baseUrl = m_demoTenant->baseUrl();
    m_profileChooser->setDemoBaseUrl(baseUrl);
    fillDemoForm(baseUrl);

    // Plain text: a rich or selectable word-wrapped label lays a text document out for every size the window's
    // layout asks it about, a tenth of the first frame's work. The address is selectable in the status bar.
    m_ui->demoBannerLabel->setText(tr("A stand-in Kibo server is running on this computer at %1. Nothing leaves your "
                                      "machine; the customers and tokens are made up.")
                                       .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
    m_ui->demoBannerFrame->setVisible(true);
    for (SessionView* view : m_tabs->views()) {
        view->setDemoTenant(m_demoTenant.get());
    }
    setStatus(tr("Demo tenant ready at %1").arg(KiboHosts::hostWithPort(baseUrl)));
    if (FirstFrame::isAwaited()) {
        FirstFrame::whenShown(this, [this] { serveDemoTenant(); }); // no server before the window shows
    } else {
        serveDemoTenant();
    }
}

void MainWindow::serveDemoTenant()
{
    if (!m_demoTenant || m_demoTenant->isListening()) {
        return;
    }
    if (!m_demoTenant->listen()) {
        setStatus(tr("The demo tenant could not start: %1").arg(m_demoTenant->errorString()));
        m_ui->demoBannerFrame->setVisible(false);
        m_ui->demoRotateRefreshTokensAction->setEnabled(false);
        for (SessionView* view : m_tabs->views()) {
            view->setDemoTenant(nullptr);
        }
        m_demoTenant.reset();
        return;
    }
    Q_EMIT demoTenantStarted();
}

void MainWindow::fillDemoForm(const QUrl& baseUrl)
{
    LoginPanel* panel = loginPanel();
    panel->setProfile(KiboProfile::demo(baseUrl), DemoTenant::sharedSecret());
    panel->showChosenProfile(ProfileStore::demoName());
    panel->setUsername(u"ada.lovelace@example.com"_s);
    panel->setDemoCredentialsHint(DemoTenant::defaultPassword());
    panel->focusPassword(); // everything else is filled in: the user types the password and presses Enter
}

void MainWindow::setStatus(const QString& text)
{
    m_statusText = text;
    if (m_current && m_current->statusText() != text) {
        m_current->setStatus(text); // comes back through its statusChanged
        return;
    }
    QString shown = text;
    if (m_presenterMode) {
        // The usernames this session put in its messages, then anything else shaped like an email address.
        const QStringList usernames = m_current ? m_current->knownUsernames() : QStringList();
        for (const QString& username : usernames) {
            shown.replace(username, PresenterMask::maskedUsername(username));
        }
        shown = PresenterMask::maskEmails(shown);
    }
    m_statusLabel->setText(shown);
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
    m_tabs->setPresenterMode(on);
    m_share->setPresenterMode(on);
    updateShareActions();
    if (m_inspector) {
        m_inspector->setPresenterMode(on);
    }
    if (m_compare) {
        m_compare->setPresenterMode(on);
    }
    if (m_historyView) {
        m_historyView->setPresenterMode(on);
    }
    setStatus(m_statusText);
    QSettings().setValue(PresenterModeKey, on);
    Q_EMIT presenterModeChanged(on);
}

void MainWindow::updateShareActions()
{
    const AuthTicketResult* result = m_current ? m_current->sharedResult() : nullptr;
    const QString jwt = m_current ? m_current->shownJwt() : QString();
    m_ui->openJwtInInspectorAction->setEnabled(!jwt.isEmpty() && !m_presenterMode);
    m_ui->compareLoginAction->setEnabled(m_current && m_current->hasShownTicket());
    m_ui->saveSupportBundleAction->setEnabled(result != nullptr);
    m_ui->copySupportBundleAction->setEnabled(result != nullptr);
    m_ui->copyCurlAction->setEnabled(result && result->request.isValid());
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
        ScreenFit::fit(this, QSize(1280, 880)); // room for the whole login form, within the screen
    }
    restoreState(settings.value(StateKey).toByteArray());
    m_tabs->restoreSplitterState(settings.value(SplitterKey).toByteArray());
    setPresenterMode(settings.value(PresenterModeKey, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (m_current) {
        settings.setValue(SplitterKey, m_tabs->saveSplitterState());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (SessionView* view : m_tabs->views()) {
        view->session()->cancel();
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

// Profiles: Tools → Profiles… and each login panel's chooser (ProfileChooser does the work).
void MainWindow::setUpProfiles()
{
    m_profileChooser = new ProfileChooser(this);
    connect(m_ui->profilesAction, &QAction::triggered, this,
        [this] { m_profileChooser->showDialog(loginPanel() ? loginPanel()->chosenProfileName() : QString()); });
    connect(m_profileChooser, &ProfileChooser::demoProfileChosen, this, &MainWindow::startDemoTenant);
    connect(m_profileChooser, &ProfileChooser::clientSecretLoaded, this,
        [this](LoginPanel* panel, bool found, const VaultStatus& status) {
            if (panel != loginPanel() || found) {
                return;
            }
            const QString host = ClientSecretStore::boundHost(panel->profile());
            setStatus(status.code == VaultStatus::Code::NotFound
                    ? tr("No client secret is stored for this profile at %1: type it, or save it in Tools → "
                         "Profiles….")
                          .arg(host)
                    : tr("The profile's client secret could not be read from the keychain: %1").arg(status.message()));
        });
}

bool MainWindow::chooseProfile(const QString& name)
{
    if (!m_profileChooser->choose(loginPanel(), name)) {
        setStatus(tr("There is no saved profile named “%1”.").arg(name));
        return false;
    }
    return true;
}
