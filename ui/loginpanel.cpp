#include "loginpanel.h"

#include "datacentrecombobox.h"
#include "fallbackiconstyle.h"
#include "firstframe.h"
#include "kibo/datacentre.h"
#include "kibo/kibohosts.h"
#include "secrets/presentermask.h"
#include "ui_loginpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> positiveNumber(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value <= 0) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> minutesOrDefault(int spinValue)
{
    // 0 is the spin box's "Server default".
    return spinValue > 0 ? std::optional<int>(spinValue) : std::nullopt;
}

} // namespace

LoginPanel::LoginPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginPanel>())
{
    m_ui->setupUi(this);
    setUpProfileChooser();

    m_ui->dataCentreComboBox->setKey(u"us"_s);

    const auto maxInt = std::numeric_limits<int>::max();
    m_ui->tenantIdLineEdit->setValidator(new QIntValidator(1, maxInt, m_ui->tenantIdLineEdit));
    m_ui->accountIdLineEdit->setValidator(new QIntValidator(1, maxInt, m_ui->accountIdLineEdit));
    // The site chooser takes a typed ID as well as a found site ("Demo Storefront (100002)").
    m_ui->siteComboBox->lineEdit()->setPlaceholderText(tr("Optional: a site ID, or a site the lookup found"));
    m_ui->siteComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->siteComboBox->setMinimumContentsLength(12);
    m_ui->tenantInfoLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->tenantInfoLabel->setAccessibleName(tr("What the tenant lookup found"));
    m_ui->tenantInfoLabel->setTextFormat(Qt::PlainText);
    // Never wider than the form: a long tenant name or host is cut here and shown whole in the tool tip.
    m_ui->tenantInfoLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Secrets and ids are code, not prose: a fixed-pitch font shows 0/O and l/1 apart.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->clientSecretLineEdit->setFont(fixed);
    m_ui->passwordLineEdit->setFont(fixed);

    // "Sign in with" heads the customer group; the upgrade check box follows the password row. Both are made
    // here rather than in the form, so the form's rows keep their numbers.
    auto* signInLabel = new QLabel(tr("Si&gn in with:"), m_ui->customerGroupBox);
    signInLabel->setObjectName(u"signInModeLabel"_s);
    auto* signInCombo = m_signInModeComboBox = new QComboBox(m_ui->customerGroupBox);
    signInCombo->setObjectName(u"signInModeComboBox"_s);
    signInCombo->setAccessibleName(tr("Sign in with"));
    signInCombo->setToolTip(tr("Password: the customer's username and password (two-factor authentication may "
                               "follow). One-time code: Kibo emails a code, no password needed. Anonymous shopper: "
                               "a ticket without a customer account."));
    signInCombo->addItem(tr("Password"), QVariant::fromValue(SignInMode::Password));
    signInCombo->addItem(tr("One-time code (email)"), QVariant::fromValue(SignInMode::OneTimeCode));
    signInCombo->addItem(tr("Anonymous shopper"), QVariant::fromValue(SignInMode::Anonymous));
    signInLabel->setBuddy(signInCombo);
    m_ui->customerFormLayout->insertRow(0, signInLabel, signInCombo);
    auto* upgradeCheck = m_upgradeAnonymousCheckBox
        = new QCheckBox(tr("Upgrade the anony&mous session"), m_ui->customerGroupBox);
    upgradeCheck->setObjectName(u"upgradeAnonymousCheckBox"_s);
    upgradeCheck->setAccessibleName(tr("Upgrade the anonymous session"));
    upgradeCheck->setChecked(true);
    upgradeCheck->setToolTip(tr("This session holds an anonymous shopper ticket. When checked, the login sends its "
                                "access token as x-vol-user-claims, so the shopper's cart follows the customer and "
                                "the new JWT names the anonymous session in b.PreviousAnonymousId."));
    int passwordRow = -1;
    m_ui->customerFormLayout->getLayoutPosition(m_ui->passwordLayout, &passwordRow, nullptr);
    m_ui->customerFormLayout->insertRow(passwordRow + 2, QString(), upgradeCheck); // after the demo hint
    setTabOrder(m_ui->apiHostLineEdit, signInCombo);
    setTabOrder(signInCombo, m_ui->usernameLineEdit);
    setTabOrder(m_ui->showPasswordButton, upgradeCheck);
    setTabOrder(upgradeCheck, m_ui->accountIdLineEdit);

    // Without an icon theme the clear buttons' icon is Qt's own, at once (FallbackIconStyle); with one, the first
    // look-up reads the theme's index, which costs a third of the panel: not before the first frame (they show only
    // once a field has text; a form filled before that frame has them at once, see setProfile). The warning icon
    // waits for the first problem.
    if (FallbackIconStyle::answersClearIconAtOnce(this)) {
        setClearButtonsEnabled(true);
    } else {
        FirstFrame::whenShown(this, [this] { setClearButtonsEnabled(true); });
    }
    m_greyTimer = new QTimer(this);
    m_greyTimer->setSingleShot(true);
    m_greyTimer->setInterval(GreyAfterMs);
    connect(m_greyTimer, &QTimer::timeout, this, [this] { setFieldsEnabled(false); });
    m_ui->validationIconLabel->setAlignment(Qt::AlignTop);
    m_ui->validationLabel->setAccessibleName(tr("Problem with the form"));
    m_ui->demoCredentialsLabel->setVisible(false);
    m_ui->demoCredentialsLabel->setForegroundRole(QPalette::PlaceholderText);
    clearValidationMessage();

    // One label column width for all three groups, so that their fields line up.
    int labelWidth = 0;
    const QList<QFormLayout*> forms { m_ui->tenantFormLayout, m_ui->customerFormLayout, m_ui->tokenOptionsFormLayout };
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                item->widget()->setMinimumWidth(labelWidth);
            }
        }
    }

    updateMinimumWidth();

    connect(m_ui->dataCentreComboBox, &QComboBox::currentIndexChanged, this, &LoginPanel::updateDataCentreFields);
    connect(m_ui->tenantIdLineEdit, &QLineEdit::textChanged, this, &LoginPanel::updateTenantInfo);
    connect(m_ui->authHostLineEdit, &QLineEdit::textChanged, this, &LoginPanel::updateTenantInfo);
    connect(m_ui->apiHostLineEdit, &QLineEdit::textChanged, this, &LoginPanel::updateTenantInfo);
    connect(m_ui->siteComboBox, &QComboBox::editTextChanged, this, &LoginPanel::clearValidationMessage);
    connect(m_ui->lookUpTenantButton, &QPushButton::clicked, this, &LoginPanel::requestLookup);
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginPanel::requestLogin);
    connect(signInCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateSignInMode();
        clearValidationMessage();
        Q_EMIT signInModeChanged(signInMode());
    });
    connect(upgradeCheck, &QCheckBox::toggled, this, &LoginPanel::upgradeAnonymousChanged);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginPanel::cancelRequested);
    connect(m_ui->showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->passwordLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showPasswordButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
        m_ui->showPasswordButton->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    // Any edit makes an old complaint stale.
    const QList<QLineEdit*> edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, &LoginPanel::clearValidationMessage);
    }

    // A customer token pasted into a tenant field, or dropped anywhere on the panel, offers a profile from it.
    setAcceptDrops(true);
    for (QLineEdit* edit : edits) {
        edit->installEventFilter(this);
    }

    setUpUsernameMask();
    // Last, so that whoever listens sees the fields the panel's own slots above have updated.
    const QList<QLineEdit*> tenantEdits = m_ui->tenantGroupBox->findChildren<QLineEdit*>();
    for (QLineEdit* edit : tenantEdits) {
        connect(edit, &QLineEdit::textChanged, this, &LoginPanel::tenantFieldsChanged);
    }
    const QList<QComboBox*> tenantCombos = m_ui->tenantGroupBox->findChildren<QComboBox*>();
    for (QComboBox* combo : tenantCombos) {
        connect(combo, &QComboBox::currentIndexChanged, this, &LoginPanel::tenantFieldsChanged);
    }

    updateDataCentreFields();
    updateSignInMode();
}

LoginPanel::~LoginPanel() = default;

LoginPanel::SignInMode LoginPanel::signInMode() const
{
    return m_signInModeComboBox->currentData().value<SignInMode>();
}

void LoginPanel::setSignInMode(SignInMode mode)
{
    m_signInModeComboBox->setCurrentIndex(m_signInModeComboBox->findData(QVariant::fromValue(mode)));
}

void LoginPanel::setAnonymousSessionHeld(bool held)
{
    m_anonymousSessionHeld = held;
    updateSignInMode();
}

bool LoginPanel::upgradeAnonymous() const
{
    return m_upgradeAnonymousCheckBox->isChecked();
}

void LoginPanel::setUpgradeAnonymous(bool upgrade)
{
    m_upgradeAnonymousCheckBox->setChecked(upgrade);
}

void LoginPanel::updateSignInMode()
{
    const SignInMode mode = signInMode();
    const bool password = mode == SignInMode::Password;
    const bool customer = mode != SignInMode::Anonymous;
    QFormLayout* form = m_ui->customerFormLayout;
    form->setRowVisible(m_ui->usernameLineEdit, customer);
    form->setRowVisible(m_ui->passwordLayout, password);
    // The demo password hint only helps a password login.
    form->setRowVisible(m_ui->demoCredentialsLabel, password && !m_ui->demoCredentialsLabel->text().isEmpty());
    updateDemoCredentialsHint();
    // otp/auth takes no account id and no lifetimes; an anonymous ticket takes none of the customer's fields.
    form->setRowVisible(m_ui->accountIdLineEdit, password);
    form->setRowVisible(m_ui->regionLineEdit, customer);
    form->setRowVisible(m_ui->fingerprintLineEdit, customer);
    m_ui->tokenOptionsFormLayout->setRowVisible(m_ui->ticketTtlSpinBox, password);
    m_ui->tokenOptionsFormLayout->setRowVisible(m_ui->refreshTtlSpinBox, password);
    form->setRowVisible(m_upgradeAnonymousCheckBox, customer && m_anonymousSessionHeld);
    m_ui->usernameLabel->setText(mode == SignInMode::OneTimeCode ? tr("Email a&ddress:") : tr("&Username:"));
    m_ui->usernameLineEdit->setPlaceholderText(
        mode == SignInMode::OneTimeCode ? tr("The customer's email address") : tr("Login name or email address"));
    switch (mode) {
    case SignInMode::Password:
        m_ui->loginButton->setText(tr("&Log in"));
        m_ui->loginButton->setAccessibleName(tr("Log in"));
        break;
    case SignInMode::OneTimeCode:
        //: Asks Kibo to email a one-time code to the customer.
        m_ui->loginButton->setText(tr("Send C&ode"));
        m_ui->loginButton->setAccessibleName(tr("Send a one-time code"));
        break;
    case SignInMode::Anonymous:
        m_ui->loginButton->setText(tr("Get Anony&mous Ticket"));
        m_ui->loginButton->setAccessibleName(tr("Get an anonymous shopper ticket"));
        break;
    }
}

QString LoginPanel::dataCentre() const
{
    return m_ui->dataCentreComboBox->key();
}

void LoginPanel::updateDataCentreFields()
{
    // A Kibo data centre brings its home host (shown read-only); custom hosts and the demo take a typed one.
    const QString key = dataCentre();
    const bool customHome = DataCentreComboBox::isCustomHome(key);
    if (m_customHomeShown && !customHome) {
        m_typedAuthHost = m_ui->authHostLineEdit->text(); // kept for when the user comes back
    } else if (!m_customHomeShown && customHome) {
        m_ui->authHostLineEdit->setText(m_typedAuthHost);
    }
    m_customHomeShown = customHome;
    if (const DataCentre* centre = DataCentre::find(key)) {
        m_ui->authHostLineEdit->setText(u"https://"_s + centre->homeHost);
    }
    m_ui->authHostLineEdit->setReadOnly(!customHome);
    m_ui->authHostLineEdit->setClearButtonEnabled(customHome);
    m_ui->authHostLineEdit->setPlaceholderText(key == DataCentre::demoKey()
            ? tr("The demo tenant's address, e.g. http://127.0.0.1:8080")
            : tr("e.g. https://home.mozu.com"));
    clearValidationMessage();
    updateTenantInfo();
    if (key == DataCentre::demoKey() && m_ui->authHostLineEdit->text().trimmed().isEmpty()) {
        Q_EMIT demoTenantRequested();
    }
}

KiboProfile LoginPanel::profile() const
{
    KiboProfile profile = m_baseProfile;
    const QString key = dataCentre();
    if (key == DataCentre::demoKey() && profile.effectiveDataCentre() != DataCentre::demoKey()) {
        profile = KiboProfile::demo(QUrl()); // chosen here: the demo's locale, currency and catalogs
    }
    profile.dataCentre = key;
    profile.authHost = DataCentreComboBox::isCustomHome(key) ? m_ui->authHostLineEdit->text().trimmed() : QString();
    profile.apiHost = m_ui->apiHostLineEdit->text().trimmed();
    profile.tenantId = positiveNumber(m_ui->tenantIdLineEdit->text()).value_or(0);
    profile.siteId = siteId();
    profile.clientId = m_ui->clientIdLineEdit->text().trimmed();
    // The host the last lookup found, while the fields still name that tenant (a cache the profile may keep).
    const QString current = lookupKey(profile);
    if (m_tenant && m_tenantKey == current) {
        profile.tenantDomain = m_tenant->domain;
    } else if (lookupKey(m_baseProfile) != current) {
        profile.tenantDomain.clear();
    }
    return profile;
}

QString LoginPanel::clientSecret() const
{
    return m_ui->clientSecretLineEdit->text();
}

CustomerLoginRequest LoginPanel::loginRequest() const
{
    CustomerLoginRequest request;
    request.username = m_ui->usernameLineEdit->text().trimmed();
    request.password = m_ui->passwordLineEdit->text();
    request.accountId = positiveNumber(m_ui->accountIdLineEdit->text());
    request.region = m_ui->regionLineEdit->text().trimmed();
    request.fingerprint = m_ui->fingerprintLineEdit->text().trimmed();
    request.authTicketTtlMinutes = minutesOrDefault(m_ui->ticketTtlSpinBox->value());
    request.refreshTokenTtlMinutes = minutesOrDefault(m_ui->refreshTtlSpinBox->value());
    request.responseFields = m_ui->responseFieldsLineEdit->text().trimmed();
    return request;
}

void LoginPanel::setProfile(const KiboProfile& profile, const QString& clientSecret)
{
    // The fields' clear buttons show as the fill leaves them, without fading in or out: Qt gives a button added to
    // a field with text its full opacity at once, but fades it on every change between empty and not. A form filled
    // before the first frame (--demo) has them in that frame; enabled after it, or faded, they would change the
    // screen over the frames that follow.
    const bool clearButtons = m_clearButtonsEnabled || FirstFrame::isAwaited();
    setClearButtonsEnabled(false);
    m_baseProfile = profile;
    // The home host first, so that choosing the data centre below finds it (and asks for no demo tenant).
    const QString key = profile.effectiveDataCentre();
    m_typedAuthHost = DataCentreComboBox::isCustomHome(key) ? profile.authHost : QString();
    if (m_customHomeShown) {
        m_ui->authHostLineEdit->setText(m_typedAuthHost);
    }
    m_ui->dataCentreComboBox->setKey(key); // updates the fields when the data centre changes
    m_ui->apiHostLineEdit->setText(profile.apiHost);
    m_ui->tenantIdLineEdit->setText(profile.tenantId > 0 ? QString::number(profile.tenantId) : QString());
    m_ui->clientIdLineEdit->setText(profile.clientId);
    if (!clientSecret.isEmpty()) {
        m_ui->clientSecretLineEdit->setText(clientSecret);
    }
    // A tenant this run looked up already shows at once.
    if (const std::optional<KiboTenant> cached = AuthTicketClient::cachedTenant(this->profile())) {
        setDiscoveredTenant(this->profile(), *cached);
    }
    fillSites();
    setSiteId(profile.siteId);
    updateTenantInfo();
    clearValidationMessage();
    setClearButtonsEnabled(clearButtons);
}

void LoginPanel::setClearButtonsEnabled(bool enabled)
{
    if (m_clearButtonsEnabled == enabled) {
        return;
    }
    m_clearButtonsEnabled = enabled;
    m_ui->siteComboBox->lineEdit()->setClearButtonEnabled(enabled);
    m_ui->apiHostLineEdit->setClearButtonEnabled(enabled);
    m_ui->responseFieldsLineEdit->setClearButtonEnabled(enabled);
}

void LoginPanel::setUsername(const QString& username)
{
    m_ui->usernameLineEdit->setText(username);
}

void LoginPanel::setDemoCredentialsHint(const QString& password)
{
    m_ui->passwordLineEdit->setPlaceholderText(tr("See the demo password below"));
    m_ui->demoCredentialsLabel->setText(tr("Demo password: %1").arg(password));
    m_ui->demoCredentialsLabel->setToolTip(
        tr("Try locked@example.com, inactive@example.com or mfa@example.com to see refusals and two-factor "
           "authentication; b2b.buyer@example.com belongs to accounts 2001 and 2002."));
    updateSignInMode();
    updateMinimumWidth();
}

void LoginPanel::focusPassword()
{
    m_ui->passwordLineEdit->setFocus(Qt::OtherFocusReason);
}

void LoginPanel::focusCustomer()
{
    QWidget* field = m_ui->usernameLineEdit;
    if (!field->isVisibleTo(this) || !field->isEnabled()) {
        field = m_ui->loginButton;
    }
    field->setFocus(Qt::OtherFocusReason);
}

void LoginPanel::updateMinimumWidth()
{
    // The form never scrolls sideways: the panel is at least as wide as its widest row.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    m_ui->formScrollArea->setMinimumWidth(m_ui->formContents->minimumSizeHint().width() + scrollBar);
}

void LoginPanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        QWidget* focus = QApplication::focusWidget();
        m_focusBeforeBusy = focus && isAncestorOf(focus) ? focus : nullptr;
    }
    const bool cancelHadFocus = m_ui->cancelButton->hasFocus();
    // At once: whatever starts a call, so that none starts twice.
    m_ui->loginButton->setEnabled(!busy);
    m_ui->lookUpTenantButton->setEnabled(!busy);
    m_fromTokenButton->setEnabled(!busy);
    if (busy) {
        // The fields go grey only for a call long enough to be seen (GreyAfterMs): one to a tenant nearby answers in
        // a few milliseconds, and greying the form and back would flash every field of it for nothing (and repaint
        // the whole panel with the answer).
        m_greyTimer->start();
        m_ui->cancelButton->setEnabled(true);
        m_ui->cancelButton->setFocus();
        return;
    }
    m_greyTimer->stop();
    setFieldsEnabled(true);
    // Back where the call began (the field Enter was pressed in), before Cancel goes grey and Qt would hand the
    // focus to the next field of the chain (the profile list, where typing switches profiles).
    if (cancelHadFocus) {
        QWidget* back = m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() && m_focusBeforeBusy->isVisibleTo(this)
            ? m_focusBeforeBusy.data()
            : m_ui->loginButton;
        back->setFocus(Qt::OtherFocusReason);
    }
    m_ui->cancelButton->setEnabled(false);
}

void LoginPanel::setFieldsEnabled(bool enabled)
{
    m_ui->tenantGroupBox->setEnabled(enabled);
    m_ui->customerGroupBox->setEnabled(enabled);
    m_ui->tokenOptionsGroupBox->setEnabled(enabled);
}

bool LoginPanel::areFieldsEnabled() const
{
    return m_ui->customerGroupBox->isEnabled();
}

bool LoginPanel::isBusy() const
{
    return m_busy;
}

bool LoginPanel::validateTenant()
{
    const KiboProfile current = profile();
    QString error;
    if (dataCentre().isEmpty()) {
        showValidationMessage(tr("Choose the tenant's data centre."), m_ui->dataCentreComboBox);
        return false;
    }
    if (!KiboHosts::authApiBase(current, &error).isValid()) {
        showValidationMessage(error,
            DataCentreComboBox::isCustomHome(dataCentre()) ? static_cast<QWidget*>(m_ui->authHostLineEdit)
                                                           : m_ui->dataCentreComboBox);
        return false;
    }
    if (!positiveNumber(m_ui->tenantIdLineEdit->text())) {
        showValidationMessage(tr("Enter the tenant ID, a whole number such as 12345."), m_ui->tenantIdLineEdit);
        return false;
    }
    bool siteValid = true;
    siteId(&siteValid);
    if (!siteValid) {
        showValidationMessage(
            tr("Choose a site the lookup found, type the site ID (a whole number), or leave it empty."),
            m_ui->siteComboBox);
        return false;
    }
    if (KiboHosts::apiHostOverride(current, &error).isEmpty() && !error.isEmpty()) {
        showValidationMessage(error, m_ui->apiHostLineEdit);
        return false;
    }
    if (m_ui->clientIdLineEdit->text().trimmed().isEmpty()) {
        showValidationMessage(tr("Enter the client ID (the application key)."), m_ui->clientIdLineEdit);
        return false;
    }
    if (m_ui->clientSecretLineEdit->text().isEmpty()) {
        showValidationMessage(
            tr("Enter the client secret (the application's shared secret)."), m_ui->clientSecretLineEdit);
        return false;
    }
    clearValidationMessage();
    return true;
}

bool LoginPanel::validate()
{
    if (!validateTenant()) {
        return false;
    }
    const SignInMode mode = signInMode();
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    if (mode == SignInMode::Anonymous) {
        clearValidationMessage();
        return true; // an anonymous shopper needs the tenant and the app only
    }
    if (mode == SignInMode::OneTimeCode) {
        if (username.isEmpty()) {
            showValidationMessage(
                tr("Enter the customer's email address: Kibo sends the one-time code there."), m_ui->usernameLineEdit);
            return false;
        }
        if (!username.contains(u'@') || username.startsWith(u'@') || username.endsWith(u'@')) {
            showValidationMessage(tr("A one-time code goes to an email address; “%1” is not one. Enter the "
                                     "customer's email address, or sign in with a password.")
                                      .arg(username),
                m_ui->usernameLineEdit);
            return false;
        }
        clearValidationMessage();
        return true;
    }
    if (username.isEmpty()) {
        showValidationMessage(tr("Enter the customer's username or email address."), m_ui->usernameLineEdit);
        return false;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        showValidationMessage(
            tr("Enter the customer's password, or sign in with a one-time code instead."), m_ui->passwordLineEdit);
        return false;
    }
    if (!m_ui->accountIdLineEdit->text().trimmed().isEmpty() && !positiveNumber(m_ui->accountIdLineEdit->text())) {
        showValidationMessage(tr("The account ID must be a whole number, or empty."), m_ui->accountIdLineEdit);
        return false;
    }
    clearValidationMessage();
    return true;
}

QString LoginPanel::validationMessage() const
{
    return m_ui->validationLabel->isVisibleTo(this) ? m_ui->validationLabel->text() : QString();
}

void LoginPanel::keyPressEvent(QKeyEvent* event)
{
    // Line edits and spin boxes pass Return on to their parent, as they would to a dialog's default button.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (!m_busy) {
            requestLogin();
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LoginPanel::requestLogin()
{
    if (m_busy || !validate()) {
        return;
    }
    Q_EMIT loginRequested();
}

void LoginPanel::requestLookup()
{
    if (m_busy || !validateTenant()) {
        return;
    }
    Q_EMIT tenantLookupRequested();
}

void LoginPanel::showValidationMessage(const QString& message, QWidget* field)
{
    m_ui->validationLabel->setText(message);
    m_ui->validationLabel->setVisible(true);
    if (m_ui->validationIconLabel->pixmap().isNull()) {
        m_ui->validationIconLabel->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize)));
    }
    m_ui->validationIconLabel->setVisible(true);
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        m_ui->formScrollArea->ensureWidgetVisible(field);
    }
}

void LoginPanel::clearValidationMessage()
{
    m_ui->validationLabel->clear();
    m_ui->validationLabel->setVisible(false);
    m_ui->validationIconLabel->setVisible(false);
}

// The profile chooser: a row of its own at the top of the tenant group (ProfileChooser fills it).
void LoginPanel::setUpProfileChooser()
{
    m_profileComboBox = new QComboBox(this);
    m_profileComboBox->setObjectName(u"profileComboBox"_s);
    m_profileComboBox->setAccessibleName(tr("Saved profile"));
    m_profileComboBox->setPlaceholderText(tr("Choose a saved profile"));
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileComboBox->setMinimumContentsLength(12);
    m_manageProfilesButton = new QPushButton(tr("Manage…"), this);
    m_manageProfilesButton->setObjectName(u"manageProfilesButton"_s);
    m_manageProfilesButton->setToolTip(tr("Add, edit, import and export profiles"));
    m_manageProfilesButton->setAccessibleName(tr("Manage profiles"));
    m_fromTokenButton = new QPushButton(tr("From Token"), this);
    m_fromTokenButton->setObjectName(u"fromTokenButton"_s);
    m_fromTokenButton->setAccessibleName(tr("New profile from a token on the clipboard"));
    m_fromTokenButton->setToolTip(tr("Fill a new profile from the customer JWT or auth ticket on the clipboard: its "
                                     "tenant, site, client ID and, where the token tells, data centre. You can also "
                                     "drop a token on this panel."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_profileComboBox, 1);
    row->addWidget(m_fromTokenButton);
    row->addWidget(m_manageProfilesButton);
    auto* label = new QLabel(tr("Profile:"), this);
    label->setObjectName(u"profileLabel"_s);
    label->setBuddy(m_profileComboBox);
    m_ui->tenantFormLayout->insertRow(0, label, row);
    // First in the Tab order, as on screen, then the form's order: the tenant group's letter (Alt) lands on the
    // profile list.
    const QList<QWidget*> order { m_profileComboBox, m_fromTokenButton, m_manageProfilesButton,
        m_ui->dataCentreComboBox, m_ui->authHostLineEdit, m_ui->tenantIdLineEdit, m_ui->lookUpTenantButton,
        m_ui->siteComboBox, m_ui->clientIdLineEdit, m_ui->clientSecretLineEdit, m_ui->apiHostLineEdit,
        m_ui->usernameLineEdit, m_ui->passwordLineEdit, m_ui->showPasswordButton, m_ui->accountIdLineEdit,
        m_ui->regionLineEdit, m_ui->fingerprintLineEdit, m_ui->ticketTtlSpinBox, m_ui->refreshTtlSpinBox,
        m_ui->responseFieldsLineEdit, m_ui->loginButton, m_ui->cancelButton };
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    connect(m_profileComboBox, &QComboBox::activated, this,
        [this](int index) { Q_EMIT profileChosen(m_profileComboBox->itemText(index)); });
    connect(m_manageProfilesButton, &QPushButton::clicked, this, &LoginPanel::manageProfilesRequested);
    connect(m_fromTokenButton, &QPushButton::clicked, this, [this] {
        const QString clipboard = QApplication::clipboard()->text();
        if (clipboard.trimmed().isEmpty()) {
            showValidationMessage(tr("The clipboard is empty: copy a customer JWT or a whole auth ticket first, or "
                                     "drop one on this panel."),
                nullptr);
            return;
        }
        offerToken(clipboard);
    });
}

void LoginPanel::setProfileNames(const QStringList& names)
{
    const QString current = m_profileComboBox->currentText();
    const QSignalBlocker blocker(m_profileComboBox);
    m_profileComboBox->clear();
    m_profileComboBox->addItems(names);
    m_profileComboBox->setCurrentIndex(names.indexOf(current));
}

QString LoginPanel::chosenProfileName() const
{
    return m_profileComboBox->currentText();
}

void LoginPanel::showChosenProfile(const QString& name)
{
    const QSignalBlocker blocker(m_profileComboBox);
    m_profileComboBox->setCurrentIndex(m_profileComboBox->findText(name, Qt::MatchFixedString));
}

void LoginPanel::setClientSecret(const QString& clientSecret)
{
    m_ui->clientSecretLineEdit->setText(clientSecret);
}

// --- The tenant lookup: what it found, and the sites it offers ---

QString LoginPanel::lookupKey(const KiboProfile& profile)
{
    const QUrl home = KiboHosts::authApiBase(profile);
    return home.isValid() && profile.tenantId > 0 ? u"%1|%2"_s.arg(home.toString()).arg(profile.tenantId) : QString();
}

void LoginPanel::setDiscoveredTenant(const KiboProfile& profile, const KiboTenant& tenant)
{
    m_tenant = tenant;
    m_tenantKey = lookupKey(profile);
    m_failedLookupKey.clear();
    fillSites();
    updateTenantInfo();
}

void LoginPanel::setTenantLookupFailed(const KiboProfile& profile, const QString& title)
{
    m_failedLookupKey = lookupKey(profile);
    m_failedLookupTitle = title;
    updateTenantInfo();
}

std::optional<KiboTenant> LoginPanel::discoveredTenant() const
{
    const QString key = lookupKey(profile());
    if (m_tenant && !key.isEmpty() && key == m_tenantKey) {
        return m_tenant;
    }
    return std::nullopt;
}

QString LoginPanel::tenantInfoText() const
{
    return m_ui->tenantInfoLabel->text();
}

void LoginPanel::updateTenantInfo()
{
    const KiboProfile current = profile();
    const std::optional<KiboTenant> tenant = discoveredTenant();
    QStringList lines;
    if (tenant) {
        // Short lines rather than word wrap: a wrapped label in the scrolled form asks for more height than it uses.
        lines << tr("Found: %1").arg(tenant->name.isEmpty() ? tr("tenant %1").arg(tenant->id) : tenant->name);
        const int sites = int(tenant->sites.size());
        lines << (tenant->isDevTenant ? tr("A development (sandbox) tenant with %n site(s)", nullptr, sites)
                                      : tr("A production tenant with %n site(s)", nullptr, sites));
        lines << tr("Host: %1").arg(tenant->domain);
    } else if (!KiboHosts::apiHostOverride(current).isEmpty()) {
        lines << tr("Tenant calls go to the API host override.");
    } else if (!m_failedLookupKey.isEmpty() && m_failedLookupKey == lookupKey(current)) {
        lines << tr("Lookup failed: %1.").arg(m_failedLookupTitle) << tr("The Problem tab says why.");
    } else if (!current.tenantDomain.isEmpty()) {
        lines << tr("Last found at %1.").arg(current.tenantDomain);
    } else {
        lines << tr("Not looked up yet: use Look Up, or log in.");
    }
    const QString text = lines.join(u'\n');
    m_ui->tenantInfoLabel->setText(text);
    m_ui->tenantInfoLabel->setToolTip(text); // a line longer than the field is cut; the tool tip has it all
    m_ui->tenantInfoLabel->setForegroundRole(tenant ? QPalette::WindowText : QPalette::PlaceholderText);
    if (!tenant && m_ui->siteComboBox->count() > 0) {
        fillSites(); // the sites of another tenant are no choice for this one
    }
}

void LoginPanel::fillSites()
{
    bool valid = true;
    const std::optional<int> current = siteId(&valid);
    const QString typed = m_ui->siteComboBox->currentText();
    const QSignalBlocker blocker(m_ui->siteComboBox);
    m_ui->siteComboBox->clear();
    if (const std::optional<KiboTenant> tenant = discoveredTenant()) {
        for (const KiboSite& site : tenant->sites) {
            //: A site in the site chooser: its name and, in brackets, its ID.
            const QString text
                = site.name.isEmpty() ? QString::number(site.id) : tr("%1 (%2)").arg(site.name).arg(site.id);
            m_ui->siteComboBox->addItem(text, site.id);
            if (!site.domain.isEmpty()) {
                m_ui->siteComboBox->setItemData(m_ui->siteComboBox->count() - 1, site.domain, Qt::ToolTipRole);
            }
        }
    }
    if (valid) {
        setSiteId(current);
    } else {
        m_ui->siteComboBox->setCurrentIndex(-1);
        m_ui->siteComboBox->setEditText(typed);
    }
}

std::optional<int> LoginPanel::siteId(bool* valid) const
{
    if (valid) {
        *valid = true;
    }
    const QString text = m_ui->siteComboBox->currentText().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    // A found site, as listed; else a typed ID; else "Name (123)" as a site is shown.
    const int index = m_ui->siteComboBox->findText(text, Qt::MatchFixedString);
    if (index >= 0) {
        return m_ui->siteComboBox->itemData(index).toInt();
    }
    if (const std::optional<int> number = positiveNumber(text)) {
        return number;
    }
    static const QRegularExpression trailingId(u"\\((\\d+)\\)$"_s);
    if (const QRegularExpressionMatch match = trailingId.match(text); match.hasMatch()) {
        if (const std::optional<int> number = positiveNumber(match.captured(1))) {
            return number;
        }
    }
    if (valid) {
        *valid = false;
    }
    return std::nullopt;
}

void LoginPanel::setSiteId(std::optional<int> siteId)
{
    const QSignalBlocker blocker(m_ui->siteComboBox);
    const int index = siteId ? m_ui->siteComboBox->findData(*siteId) : -1;
    m_ui->siteComboBox->setCurrentIndex(index);
    if (index < 0) {
        m_ui->siteComboBox->setEditText(siteId ? QString::number(*siteId) : QString());
    }
}

// --- A customer token pasted or dropped: a new profile from it ---

bool LoginPanel::offerToken(const QString& text)
{
    const TokenProfile found = profileFromToken(text.toUtf8());
    if (!found.isValid()) {
        showValidationMessage(found.error, nullptr);
        return false;
    }
    clearValidationMessage();
    Q_EMIT profileFromTokenOffered(found);
    return true;
}

bool LoginPanel::holdsToken(const QMimeData* mime)
{
    return mime && mime->hasText() && profileFromToken(mime->text().toUtf8()).isValid();
}

void LoginPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_busy && event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void LoginPanel::dropEvent(QDropEvent* event)
{
    if (m_busy || !event->mimeData()->hasText()) {
        return;
    }
    event->acceptProposedAction();
    offerToken(event->mimeData()->text());
}

bool LoginPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->usernameLineEdit
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut || event->type() == QEvent::Resize)) {
        updateUsernameMask();
    }
    auto* edit = qobject_cast<QLineEdit*>(watched);
    if (!edit || m_busy) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        // A token dropped on a field is a token for the panel, not text for the field.
        if (auto* drag = static_cast<QDragMoveEvent*>(event); holdsToken(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    case QEvent::Drop:
        if (auto* drop = static_cast<QDropEvent*>(event); holdsToken(drop->mimeData())) {
            drop->acceptProposedAction();
            offerToken(drop->mimeData()->text());
            return true;
        }
        break;
    case QEvent::KeyPress: {
        // Pasting a token into a tenant field (where a token is never the value) offers a profile instead.
        const bool tenantField = edit == m_ui->authHostLineEdit || edit == m_ui->tenantIdLineEdit
            || edit == m_ui->siteComboBox->lineEdit() || edit == m_ui->clientIdLineEdit
            || edit == m_ui->apiHostLineEdit;
        if (tenantField && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
            const QString clipboard = QApplication::clipboard()->text();
            if (profileFromToken(clipboard.toUtf8()).isValid()) {
                offerToken(clipboard);
                return true;
            }
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

// --- Presenter mode: what the panel keeps off a shared screen ---

void LoginPanel::setUpUsernameMask()
{
    // Presenter mode covers the username with its masked form while the field has no focus.
    QLineEdit* username = m_ui->usernameLineEdit;
    m_usernameMaskLabel = new QLabel(username);
    m_usernameMaskLabel->setObjectName(u"usernameMaskLabel"_s);
    m_usernameMaskLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_usernameMaskLabel->setAutoFillBackground(true);
    m_usernameMaskLabel->setBackgroundRole(QPalette::Base);
    m_usernameMaskLabel->setVisible(false);
    connect(username, &QLineEdit::textChanged, this, &LoginPanel::updateUsernameMask);
}

void LoginPanel::setPresenterMode(bool on)
{
    m_presenterMode = on;
    if (on) {
        m_ui->showPasswordButton->setChecked(false);
    }
    m_ui->showPasswordButton->setEnabled(!on);
    updateUsernameMask();
    updateDemoCredentialsHint();
}

void LoginPanel::updateDemoCredentialsHint()
{
    // The demo password (and, in its tool tip, the demo customers' addresses) stay off a shared screen.
    QLabel* hint = m_ui->demoCredentialsLabel;
    hint->setVisible(!m_presenterMode && !hint->text().isEmpty());
}

void LoginPanel::updateUsernameMask()
{
    QLineEdit* username = m_ui->usernameLineEdit;
    if (!m_usernameMaskLabel) {
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
