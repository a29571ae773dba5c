#include "mainwindow.h"

#include "clock.h"
#include "compareview.h"
#include "demo/demotenant.h"
#include "historyrecorder.h"
#include "historyview.h"
#include "inspectorview.h"
#include "kibo/diagnosis.h"
#include "kibo/kibohosts.h"
#include "kibo/kiboprofile.h"
#include "kibo/networksettings.h"
#include "loginpanel.h"
#include "networksettingsdialog.h"
#include "profilechooser.h"
#include "resultview.h"
#include "secretclipboard.h"
#include "secrets/presentermask.h"
#include "sessionview.h"
#include "share/curlexport.h"
#include "share/supportbundle.h"
#include "ui_mainwindow.h"
#include "vault/clientsecretstore.h"
#include "vault/keychainvault.h"
#include "vault/profilestore.h"
#include "vault/tokenvault.h"
#include "version.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
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
    , m_statusLabel(new QLabel(this))
    , m_vaultStatusLabel(new QLabel(this))
    , m_sideBySideSplitter(new QSplitter(Qt::Horizontal, this))
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

    m_ui->demoBannerFrame->setVisible(false);
    m_ui->demoBannerFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->demoBannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->presenterBannerFrame->setVisible(false);
    m_ui->presenterBannerLayout->setStretch(0, 1);
    m_ui->presenterBannerFrame->setBackgroundRole(QPalette::Highlight);
    m_ui->presenterBannerLabel->setForegroundRole(QPalette::HighlightedText);
    // Side by side: the same session views, moved from the tabs into a splitter.
    m_sideBySideSplitter->setObjectName(u"sideBySideSplitter"_s);
    m_sideBySideSplitter->setChildrenCollapsible(false);
    m_sideBySideSplitter->setVisible(false);
    m_ui->centralLayout->addWidget(m_sideBySideSplitter, 1);

    QTabWidget* tabs = m_ui->sessionTabWidget;
    connect(tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeSession);
    connect(tabs, &QTabWidget::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0) {
            setCurrentSession(index);
            renameCurrentSession();
        }
    });
    connect(tabs->tabBar(), &QTabBar::tabMoved, this, [this](int from, int to) { m_views.move(from, to); });

    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->showSecretsAction, &QAction::toggled, this, [this](bool shown) {
        if (m_current) {
            m_current->resultView()->setSecretsShown(shown);
        }
    });
    m_ui->showLoginPanelAction->setChecked(true);
    connect(m_ui->showLoginPanelAction, &QAction::toggled, this, [this](bool shown) {
        m_loginPanelShown = shown;
        for (SessionView* view : std::as_const(m_views)) {
            view->setLoginPanelShown(shown);
        }
    });
    connect(m_ui->newSessionAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->closeSessionAction, &QAction::triggered, this, &MainWindow::closeCurrentSession);
    connect(m_ui->renameSessionAction, &QAction::triggered, this, &MainWindow::renameCurrentSession);
    connect(m_ui->sideBySideAction, &QAction::toggled, this, &MainWindow::setSideBySide);
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (m_current) {
            m_current->refreshNow();
        }
    });
    connect(m_ui->expireNowAction, &QAction::triggered, this, [this] {
        if (m_current) {
            m_current->expireNow();
        }
    });
    connect(m_ui->forgetSessionAction, &QAction::triggered, this, [this] {
        if (m_current) {
            m_current->forget();
        }
    });
    connect(m_ui->anonymousAction, &QAction::triggered, this, [this] {
        if (m_current) {
            m_current->requestAnonymous();
        }
    });
    connect(m_ui->inspectTokenAction, &QAction::triggered, this, &MainWindow::showInspector);
    connect(m_ui->openJwtInInspectorAction, &QAction::triggered, this, &MainWindow::openJwtInInspector);
    connect(m_ui->compareAction, &QAction::triggered, this, &MainWindow::showCompare);
    connect(m_ui->compareLoginAction, &QAction::triggered, this, &MainWindow::compareShownTicket);
    connect(m_ui->networkSettingsAction, &QAction::triggered, this, &MainWindow::showNetworkSettings);
    // Every answer goes to the history file (QStandardPaths::AppDataLocation), without secrets.
    m_history = new HistoryStore(QString(), this);
    m_historyRecorder = new HistoryRecorder(m_history, this);
    connect(this, &MainWindow::attemptFinished, m_historyRecorder,
        [this](const QString& profile, const QString& username, const AuthTicketResult& result,
            CustomerSession::Operation operation) {
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
    connect(m_ui->saveSupportBundleAction, &QAction::triggered, this, &MainWindow::saveSupportBundle);
    connect(m_ui->copySupportBundleAction, &QAction::triggered, this, &MainWindow::copySupportBundle);
    connect(m_ui->copyCurlAction, &QAction::triggered, this, &MainWindow::copyAsCurl);
    setUpProfiles();

    NetworkSettings::load().applyTo(m_network); // the saved proxy; each session's client gets the timeouts
    newSession();
    setStatus(tr("Ready"));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

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
    for (SessionView* view : std::as_const(m_views)) {
        view->setClock(m_clock);
    }
    if (m_inspector) {
        m_inspector->setClock(m_clock);
    }
    if (m_demoTenant) {
        m_demoTenant->setClock(m_clock);
    }
}

LoginPanel* MainWindow::loginPanel() const
{
    return m_current ? m_current->loginPanel() : nullptr;
}

ResultView* MainWindow::resultView() const
{
    return m_current ? m_current->resultView() : nullptr;
}

int MainWindow::sessionCount() const
{
    return int(m_views.size());
}

int MainWindow::currentSessionIndex() const
{
    return int(m_views.indexOf(m_current));
}

void MainWindow::setCurrentSession(int index)
{
    if (index < 0 || index >= m_views.size()) {
        return;
    }
    if (m_sideBySide) {
        m_current = m_views.at(index);
        onCurrentChanged();
    } else {
        m_ui->sessionTabWidget->setCurrentIndex(index);
    }
}

CustomerSession* MainWindow::currentSession() const
{
    return m_current ? m_current->session() : nullptr;
}

CustomerSession* MainWindow::session(int index) const
{
    return index >= 0 && index < m_views.size() ? m_views.at(index)->session() : nullptr;
}

SessionView* MainWindow::currentSessionView() const
{
    return m_current;
}

SessionView* MainWindow::sessionView(int index) const
{
    return index >= 0 && index < m_views.size() ? m_views.at(index) : nullptr;
}

bool MainWindow::isSideBySide() const
{
    return m_sideBySide;
}

QString MainWindow::defaultSessionName()
{
    return tr("Session %1").arg(++m_sessionsMade);
}

SessionView* MainWindow::addSessionView()
{
    auto* view = new SessionView(m_network, this);
    view->setObjectName(u"sessionView%1"_s.arg(m_sessionsMade + 1));
    CustomerSession* session = view->session();
    NetworkSettings::load().applyTo(session->client());
    session->setName(defaultSessionName());
    session->setVaultProvider([this] { return ensureVault(); });
    if (m_clock) {
        view->setClock(m_clock);
    }
    view->setDemoTenant(m_demoTenant.get());
    view->setLoginPanelShown(m_loginPanelShown);
    if (m_current) {
        view->restoreSplitterState(m_current->saveSplitterState());
    } else if (!m_splitterState.isEmpty()) {
        view->restoreSplitterState(m_splitterState);
    }
    view->setPresenterMode(m_presenterMode);
    connect(
        view, &SessionView::statusChanged, this, [this, view](const QString& text) { onSessionStatus(view, text); });
    connect(view, &SessionView::answerShown, this, [this, view] {
        if (view == m_current) {
            updateShareActions();
            updateSessionActions();
        }
        Q_EMIT loginFinished();
    });
    connect(view, &SessionView::shownResultChanged, this, [this, view] {
        if (view == m_current) {
            updateShareActions();
        }
    });
    connect(view, &SessionView::demoTenantRequested, this, &MainWindow::startDemoTenant);
    m_profileChooser->attach(view->loginPanel());
    // Where a lookup found a saved profile's tenant is kept with it, as the command line does.
    connect(view->session(), &CustomerSession::tenantDiscovered, m_profileChooser,
        [this](const KiboProfile& used, const KiboTenant& tenant) {
            m_profileChooser->store()->rememberTenantDomain(used, tenant.domain);
        });
    connect(view, &SessionView::forgetFinished, this, [this, view] {
        if (view == m_current) {
            updateSessionActions();
        }
        Q_EMIT vaultStatusChanged();
    });
    connect(view->resultView(), &ResultView::secretsShownChanged, this, [this, view](bool shown) {
        if (view == m_current) {
            m_ui->showSecretsAction->setChecked(shown);
        }
    });
    connect(view->resultView(), &ResultView::copySupportBundleRequested, this, &MainWindow::copySupportBundle);
    connect(view->resultView(), &ResultView::saveSupportBundleRequested, this, &MainWindow::saveSupportBundle);
    connect(view->resultView(), &ResultView::copyCurlRequested, this, &MainWindow::copyAsCurl);
    connect(session, &CustomerSession::vaultStatusChanged, this, [this, view] {
        if (view == m_current) {
            showVaultStatusOf(view);
        }
    });
    connect(session, &CustomerSession::tokensStored, this, [this] { Q_EMIT vaultStatusChanged(); });
    connect(session, &CustomerSession::nameChanged, this, [this, view] { updateTabTitle(view); });
    connect(session, &CustomerSession::busyChanged, this, [this, view] {
        if (view == m_current) {
            updateSessionActions();
        }
    });
    connect(session, &CustomerSession::ticketChanged, this, [this, view] {
        if (view == m_current) {
            updateSessionActions();
        }
    });
    connect(session, &CustomerSession::resultReady, this,
        [this, session](const AuthTicketResult& result, CustomerSession::Operation operation) {
            Q_EMIT attemptFinished(session->attemptProfile().name,
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
            view->setPresenterMode(m_presenterMode);
        }
    }
    m_views.append(view);
    if (m_sideBySide) {
        m_sideBySideSplitter->addWidget(view);
        view->setTitleShown(true);
        m_current = view;
        onCurrentChanged();
    } else {
        const int index = m_ui->sessionTabWidget->addTab(view, view->session()->name());
        m_ui->sessionTabWidget->setCurrentIndex(index);
    }
    updateTabBar();
    if (previous) {
        view->setStatus(tr("New session: choose the customer and log in."));
        view->loginPanel()->setFocus();
    }
    return view->session();
}

void MainWindow::closeCurrentSession()
{
    closeSession(currentSessionIndex());
}

void MainWindow::closeSession(int index)
{
    SessionView* view = sessionView(index);
    if (!view) {
        return;
    }
    if (view->session()->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Close Session"),
            tr("A request of this session is still under way. Cancel it and close the session?"));
        if (answer != QMessageBox::Yes) {
            return;
        }
        view->session()->cancel();
    }
    const bool last = m_views.size() == 1;
    m_views.removeAt(index);
    if (m_current == view) {
        m_current = nullptr;
    }
    if (!m_sideBySide) {
        m_ui->sessionTabWidget->removeTab(index);
    }
    view->hide();
    view->setParent(nullptr); // out of the window's children at once (findChild, focus chain)
    view->deleteLater();
    if (last) {
        newSession();
    } else if (m_sideBySide) {
        m_current = m_views.at(qMin(index, int(m_views.size()) - 1));
        onCurrentChanged();
    }
    updateTabBar();
}

void MainWindow::renameCurrentSession()
{
    if (!m_current) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Session"), tr("Session name:"), QLineEdit::Normal, m_current->session()->name(), &ok);
    if (ok) {
        renameSession(currentSessionIndex(), name);
    }
}

void MainWindow::renameSession(int index, const QString& name)
{
    SessionView* view = sessionView(index);
    if (!view) {
        return;
    }
    CustomerSession* session = view->session();
    if (name.trimmed().isEmpty()) {
        session->setCustomName(QString());
        const QString user = session->username();
        session->setName(!user.isEmpty() ? user : session->isAnonymous() ? tr("Anonymous shopper") : session->name());
    } else {
        session->setCustomName(name);
    }
    updateTabTitle(view);
}

void MainWindow::updateTabTitle(SessionView* view)
{
    const int index = int(m_views.indexOf(view));
    if (index < 0) {
        return;
    }
    const QString name = view->session()->name();
    const QString shown = m_presenterMode ? PresenterMask::maskEmails(name) : name;
    if (!m_sideBySide) {
        m_ui->sessionTabWidget->setTabText(index, shown);
        m_ui->sessionTabWidget->setTabToolTip(index, shown);
    }
    view->setTitleShown(m_sideBySide);
}

void MainWindow::updateTabBar()
{
    // One session needs no tab bar.
    m_ui->sessionTabWidget->tabBar()->setVisible(m_views.size() > 1);
    m_ui->sideBySideAction->setEnabled(m_views.size() > 1 || m_sideBySide);
}

void MainWindow::setSideBySide(bool on)
{
    if (m_ui->sideBySideAction->isChecked() != on) {
        m_ui->sideBySideAction->setChecked(on); // comes back here through toggled
        return;
    }
    if (m_sideBySide == on) {
        return;
    }
    SessionView* current = m_current;
    m_sideBySide = on;
    const QSignalBlocker blocker(m_ui->sessionTabWidget);
    if (on) {
        while (m_ui->sessionTabWidget->count() > 0) {
            m_ui->sessionTabWidget->removeTab(0);
        }
        for (SessionView* view : std::as_const(m_views)) {
            m_sideBySideSplitter->addWidget(view);
            view->show();
            view->setTitleShown(true);
        }
        QList<int> sizes;
        for (int i = 0; i < m_views.size(); ++i) {
            sizes.append(1000);
        }
        m_sideBySideSplitter->setSizes(sizes);
    } else {
        for (SessionView* view : std::as_const(m_views)) {
            view->setTitleShown(false);
            m_ui->sessionTabWidget->addTab(view, QString());
            updateTabTitle(view);
        }
        m_ui->sessionTabWidget->setCurrentIndex(int(m_views.indexOf(current)));
    }
    m_ui->sessionTabWidget->setVisible(!on);
    m_sideBySideSplitter->setVisible(on);
    m_current = current;
    onCurrentChanged();
    updateTabBar();
}

void MainWindow::onCurrentChanged()
{
    if (!m_sideBySide) {
        m_current = qobject_cast<SessionView*>(m_ui->sessionTabWidget->currentWidget());
    }
    for (SessionView* view : std::as_const(m_views)) {
        view->setProperty("current", view == m_current);
    }
    if (!m_current) {
        return;
    }
    m_ui->showSecretsAction->setChecked(m_current->resultView()->secretsShown());
    setStatus(m_current->statusText());
    showVaultStatusOf(m_current);
    updateShareActions();
    updateSessionActions();
    Q_EMIT currentSessionChanged(currentSessionIndex());
}

void MainWindow::onSessionStatus(SessionView* view, const QString& text)
{
    if (view == m_current) {
        m_statusText = text;
        setStatus(text);
    }
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
        connect(m_inspector, &InspectorView::profileFromTokenRequested, this, [this](const TokenProfile& tokenProfile) {
            m_profileChooser->newProfileFromToken(loginPanel(), tokenProfile);
        });
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
    const AuthTicketResult* result = m_current ? m_current->resultView()->result() : nullptr;
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
        m_historyView = new HistoryView(m_history, this);
        m_historyView->setWindowFlag(Qt::Window);
        m_historyView->setObjectName(u"historyView"_s);
        m_historyView->setWindowIcon(windowIcon());
        m_historyView->resize(1100, 560);
        m_historyView->setPresenterMode(m_presenterMode);
        connect(m_historyView, &HistoryView::statusMessage, this, &MainWindow::setStatus);
    }
    const CustomerSession* session = currentSession();
    m_historyView->setProfileFilter(session ? session->profile().name : QString());
    m_historyView->show();
    m_historyView->raise();
    m_historyView->activateWindow();
}

void MainWindow::showNetworkSettings()
{
    auto* dialog = new NetworkSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkSettingsDialog::settingsSaved, this, [this](const NetworkSettings& settings) {
        // The same manager keeps serving: Qt keys its connection cache by proxy, so later requests use the new one.
        settings.applyTo(m_network);
        for (int i = 0; i < sessionCount(); ++i)
            settings.applyTo(session(i)->client());
        setStatus(tr("Network settings saved and applied to every session."));
    });
    dialog->open();
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
    auto demo = std::make_unique<DemoTenant>();
    if (m_clock) {
        demo->setClock(m_clock);
    }
    if (!demo->listen()) {
        setStatus(tr("The demo tenant could not start: %1").arg(demo->errorString()));
        return;
    }
    m_demoTenant = std::move(demo);
    m_demoTenant->setRotateRefreshTokens(m_ui->demoRotateRefreshTokensAction->isChecked());
    m_ui->demoRotateRefreshTokensAction->setEnabled(true);
    const QUrl baseUrl = m_demoTenant->baseUrl();
    m_profileChooser->setDemoBaseUrl(baseUrl);

    LoginPanel* panel = loginPanel();
    KiboProfile profile = KiboProfile::demo(baseUrl);
    panel->setProfile(profile, DemoTenant::sharedSecret());
    panel->showChosenProfile(ProfileStore::demoName());
    panel->setUsername(u"ada.lovelace@example.com"_s);
    panel->setDemoCredentialsHint(DemoTenant::defaultPassword());
    m_current->setPresenterMode(m_presenterMode); // the hint stays hidden in presenter mode
    panel->focusPassword(); // everything else is filled in: the user types the password and presses Enter

    m_ui->demoBannerLabel->setText(
        tr("<b>Demo tenant</b> — a stand-in Kibo server is running on this computer at %1. Nothing leaves your "
           "machine; the customers and tokens are made up.")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo).toHtmlEscaped()));
    m_ui->demoBannerFrame->setVisible(true);
    for (SessionView* view : std::as_const(m_views)) {
        view->setDemoTenant(m_demoTenant.get());
    }
    setStatus(tr("Demo tenant ready at %1").arg(hostWithPort(baseUrl)));
    Q_EMIT demoTenantStarted();
}

void MainWindow::login()
{
    if (m_current) {
        m_current->login();
    }
}

void MainWindow::submitTwoFactorCode(const QString& userId, const QString& code)
{
    if (m_current) {
        m_current->submitTwoFactorCode(userId, code);
    }
}

void MainWindow::resendTwoFactorCode(const QString& userId)
{
    if (m_current) {
        m_current->resendTwoFactorCode(userId);
    }
}

void MainWindow::cancelLogin()
{
    if (m_current) {
        m_current->cancel();
    }
}

void MainWindow::setStatus(const QString& text)
{
    m_statusText = text;
    if (m_current && m_current->statusText() != text) {
        m_current->setStatus(text); // comes back through onSessionStatus
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
    for (SessionView* view : std::as_const(m_views)) {
        view->setPresenterMode(on);
        updateTabTitle(view);
    }
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

void MainWindow::setSaveFileNameProvider(SaveFileNameProvider provider)
{
    m_saveFileNameProvider = std::move(provider);
}

void MainWindow::updateShareActions()
{
    const AuthTicketResult* result = m_current ? m_current->resultView()->sharedResult() : nullptr;
    const QString jwt = m_current ? m_current->shownJwt() : QString();
    m_ui->openJwtInInspectorAction->setEnabled(!jwt.isEmpty() && !m_presenterMode);
    m_ui->compareLoginAction->setEnabled(m_current && m_current->hasShownTicket());
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
    const AuthTicketResult* result = m_current ? m_current->resultView()->sharedResult() : nullptr;
    if (!result) {
        return;
    }
    const QDateTime now = (m_clock ? m_clock : Clock::system())->now();
    m_clipboard->copyText(SupportBundle::toMarkdown(*result, m_current->shownProfile(), now, bundleOptions()));
    setStatus(bundleOptions().includePersonalData
            ? tr("Support bundle copied, with the customer's details and without secrets.")
            : tr("Support bundle copied, without secrets or customer details."));
}

bool MainWindow::saveSupportBundle()
{
    const AuthTicketResult* result = m_current ? m_current->resultView()->sharedResult() : nullptr;
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
        ? QJsonDocument(SupportBundle::toJson(*result, m_current->shownProfile(), now, options))
              .toJson(QJsonDocument::Indented)
        : SupportBundle::toMarkdown(*result, m_current->shownProfile(), now, options).toUtf8();
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
    const AuthTicketResult* result = m_current ? m_current->resultView()->sharedResult() : nullptr;
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
    m_splitterState = settings.value(SplitterKey).toByteArray();
    for (SessionView* view : std::as_const(m_views)) {
        view->restoreSplitterState(m_splitterState);
    }
    setPresenterMode(settings.value(PresenterModeKey, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (m_current) {
        settings.setValue(SplitterKey, m_current->saveSplitterState());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (SessionView* view : std::as_const(m_views)) {
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
    auto* profilesAction = new QAction(tr("&Profiles…"), this);
    profilesAction->setObjectName(u"profilesAction"_s);
    const QList<QAction*> tools = m_ui->toolsMenu->actions();
    m_ui->toolsMenu->insertAction(tools.value(0), profilesAction);
    m_ui->toolsMenu->insertSeparator(tools.value(0));
    connect(profilesAction, &QAction::triggered, this, [this] {
        m_profileChooser->showDialog(loginPanel() ? loginPanel()->chosenProfileName() : QString());
    });
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

ProfileChooser* MainWindow::profileChooser() const
{
    return m_profileChooser;
}

bool MainWindow::chooseProfile(const QString& name)
{
    if (!m_profileChooser->choose(loginPanel(), name)) {
        setStatus(tr("There is no saved profile named “%1”.").arg(name));
        return false;
    }
    return true;
}
