#include "loginpanel.h"

#include "kibo/kibohosts.h"
#include "ui_loginpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QIntValidator>
#include <QKeyEvent>
#include <QStyle>
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

    m_ui->environmentComboBox->addItem(tr("Demo tenant (this computer)"), QVariant::fromValue(Environment::Demo));
    m_ui->environmentComboBox->addItem(
        tr("Sandbox, US (sandbox.mozu.com)"), QVariant::fromValue(Environment::SandboxUs));
    m_ui->environmentComboBox->addItem(
        tr("Sandbox, EU (sb.euw1.kibocommerce.com)"), QVariant::fromValue(Environment::SandboxEu));
    m_ui->environmentComboBox->addItem(
        tr("Production or other (enter the hosts)"), QVariant::fromValue(Environment::Custom));
    setEnvironment(Environment::SandboxUs);

    const auto maxInt = std::numeric_limits<int>::max();
    m_ui->tenantIdLineEdit->setValidator(new QIntValidator(1, maxInt, m_ui->tenantIdLineEdit));
    m_ui->siteIdLineEdit->setValidator(new QIntValidator(1, maxInt, m_ui->siteIdLineEdit));
    m_ui->accountIdLineEdit->setValidator(new QIntValidator(1, maxInt, m_ui->accountIdLineEdit));

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
    auto* upgradeCheck = m_upgradeAnonymousCheckBox = new QCheckBox(tr("Upgrade the anonymous session"), m_ui->customerGroupBox);
    upgradeCheck->setObjectName(u"upgradeAnonymousCheckBox"_s);
    upgradeCheck->setAccessibleName(tr("Upgrade the anonymous session"));
    upgradeCheck->setChecked(true);
    upgradeCheck->setToolTip(tr("This session holds an anonymous shopper ticket. When checked, the login sends its "
                                "access token as x-vol-user-claims, so the shopper's cart follows the customer and "
                                "the new JWT names the anonymous session in b.PreviousAnonymousId."));
    int passwordRow = -1;
    m_ui->customerFormLayout->getLayoutPosition(m_ui->passwordLayout, &passwordRow, nullptr);
    m_ui->customerFormLayout->insertRow(passwordRow + 2, QString(), upgradeCheck); // after the demo hint
    setTabOrder(m_ui->clientSecretLineEdit, signInCombo);
    setTabOrder(signInCombo, m_ui->usernameLineEdit);
    setTabOrder(m_ui->showPasswordButton, upgradeCheck);
    setTabOrder(upgradeCheck, m_ui->accountIdLineEdit);

    m_ui->validationIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize)));
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

    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, &LoginPanel::updateEnvironmentFields);
    connect(m_ui->tenantIdLineEdit, &QLineEdit::textChanged, this, &LoginPanel::updateDerivedHosts);
    connect(m_ui->siteIdLineEdit, &QLineEdit::textChanged, this, &LoginPanel::updateDerivedHosts);
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
        m_ui->showPasswordButton->setText(shown ? tr("Hide") : tr("Sho&w"));
        m_ui->showPasswordButton->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    // Any edit makes an old complaint stale.
    const QList<QLineEdit*> edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, &LoginPanel::clearValidationMessage);
    }

    updateEnvironmentFields();
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
    // otp/auth takes no account id and no lifetimes; an anonymous ticket takes none of the customer's fields.
    form->setRowVisible(m_ui->accountIdLineEdit, password);
    form->setRowVisible(m_ui->regionLineEdit, customer);
    form->setRowVisible(m_ui->fingerprintLineEdit, customer);
    m_ui->tokenOptionsFormLayout->setRowVisible(m_ui->ticketTtlSpinBox, password);
    m_ui->tokenOptionsFormLayout->setRowVisible(m_ui->refreshTtlSpinBox, password);
    form->setRowVisible(m_upgradeAnonymousCheckBox, customer && m_anonymousSessionHeld);
    m_ui->usernameLabel->setText(mode == SignInMode::OneTimeCode ? tr("&Email:") : tr("&Username:"));
    m_ui->usernameLineEdit->setPlaceholderText(
        mode == SignInMode::OneTimeCode ? tr("The customer's email address") : tr("Login name or email address"));
    switch (mode) {
    case SignInMode::Password:
        m_ui->loginButton->setText(tr("&Log in"));
        m_ui->loginButton->setAccessibleName(tr("Log in"));
        break;
    case SignInMode::OneTimeCode:
        //: Asks Kibo to email a one-time code to the customer.
        m_ui->loginButton->setText(tr("Send Code"));
        m_ui->loginButton->setAccessibleName(tr("Send a one-time code"));
        break;
    case SignInMode::Anonymous:
        m_ui->loginButton->setText(tr("Get Anonymous Ticket"));
        m_ui->loginButton->setAccessibleName(tr("Get an anonymous shopper ticket"));
        break;
    }
}

LoginPanel::Environment LoginPanel::environment() const
{
    return m_ui->environmentComboBox->currentData().value<Environment>();
}

void LoginPanel::setEnvironment(Environment environment)
{
    m_ui->environmentComboBox->setCurrentIndex(m_ui->environmentComboBox->findData(QVariant::fromValue(environment)));
}

void LoginPanel::updateEnvironmentFields()
{
    // Hosts follow from the environment and tenant unless the user chooses them (or runs the demo).
    const bool explicitHosts = environment() == Environment::Custom || environment() == Environment::Demo;
    if (m_explicitHostsShown && !explicitHosts) {
        // Keep what the user typed for when they come back to explicit hosts.
        m_typedApiHost = m_ui->apiHostLineEdit->text();
        m_typedAuthHost = m_ui->authHostLineEdit->text();
    } else if (!m_explicitHostsShown && explicitHosts) {
        m_ui->apiHostLineEdit->setText(m_typedApiHost);
        m_ui->authHostLineEdit->setText(m_typedAuthHost);
    }
    m_explicitHostsShown = explicitHosts;
    m_ui->apiHostLineEdit->setEnabled(explicitHosts);
    m_ui->authHostLineEdit->setEnabled(explicitHosts);
    m_ui->apiHostLineEdit->setPlaceholderText(
        explicitHosts ? tr("e.g. https://t12345.tp1.mozu.com") : tr("Derived from the environment and the tenant ID"));
    m_ui->authHostLineEdit->setPlaceholderText(
        explicitHosts ? tr("Default: https://home.mozu.com") : tr("Derived from the environment"));
    updateDerivedHosts();
    clearValidationMessage();
    if (environment() == Environment::Demo && m_ui->apiHostLineEdit->text().trimmed().isEmpty()) {
        Q_EMIT demoTenantRequested();
    }
}

void LoginPanel::updateDerivedHosts()
{
    if (m_explicitHostsShown) {
        return;
    }
    // Show, read-only, the hosts the request will go to, the way Kibo's SDKs build them.
    const KiboProfile current = profile();
    const QUrl api = current.tenantId > 0 ? KiboHosts::tenantApiBase(current) : QUrl();
    const QUrl auth = KiboHosts::authApiBase(current);
    m_ui->apiHostLineEdit->setText(api.isValid() ? api.adjusted(QUrl::RemovePath).toString() : QString());
    m_ui->authHostLineEdit->setText(auth.isValid() ? auth.adjusted(QUrl::RemovePath).toString() : QString());
}

KiboProfile LoginPanel::profile() const
{
    KiboProfile profile = m_baseProfile;
    profile.apiHost.clear();
    profile.authHost.clear();
    profile.region.clear();
    profile.environment.clear();
    switch (environment()) {
    case Environment::Demo: {
        const KiboProfile demo = KiboProfile::demo(QUrl(m_ui->apiHostLineEdit->text().trimmed()));
        if (profile.name != demo.name) {
            profile = demo;
        }
        profile.apiHost = m_ui->apiHostLineEdit->text().trimmed();
        profile.authHost = m_ui->authHostLineEdit->text().trimmed();
        if (profile.authHost.isEmpty()) {
            profile.authHost = profile.apiHost; // the demo tenant plays both hosts
        }
        break;
    }
    case Environment::SandboxUs:
        profile.environment = u"sandbox"_s;
        break;
    case Environment::SandboxEu:
        profile.region = u"euw1"_s;
        profile.environment = u"sb"_s;
        break;
    case Environment::Custom:
        profile.apiHost = m_ui->apiHostLineEdit->text().trimmed();
        profile.authHost = m_ui->authHostLineEdit->text().trimmed();
        break;
    }
    profile.tenantId = positiveNumber(m_ui->tenantIdLineEdit->text()).value_or(0);
    profile.siteId = positiveNumber(m_ui->siteIdLineEdit->text());
    profile.clientId = m_ui->clientIdLineEdit->text().trimmed();
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
    m_baseProfile = profile;
    // Hosts first, so that switching the environment below finds them (and asks for no demo tenant).
    m_typedApiHost = profile.apiHost;
    m_typedAuthHost = profile.authHost;
    if (m_explicitHostsShown) {
        m_ui->apiHostLineEdit->setText(profile.apiHost);
        m_ui->authHostLineEdit->setText(profile.authHost);
    }
    const bool explicitHosts = !profile.apiHost.isEmpty() || !profile.authHost.isEmpty();
    if (explicitHosts && profile.name == KiboProfile::demo(QUrl()).name) {
        setEnvironment(Environment::Demo);
    } else if (explicitHosts) {
        setEnvironment(Environment::Custom);
    } else if (profile.region.startsWith(u"eu"_s)) {
        setEnvironment(Environment::SandboxEu);
    } else {
        setEnvironment(Environment::SandboxUs);
    }
    m_ui->tenantIdLineEdit->setText(profile.tenantId > 0 ? QString::number(profile.tenantId) : QString());
    m_ui->siteIdLineEdit->setText(profile.siteId ? QString::number(*profile.siteId) : QString());
    m_ui->clientIdLineEdit->setText(profile.clientId);
    if (!clientSecret.isEmpty()) {
        m_ui->clientSecretLineEdit->setText(clientSecret);
    }
    clearValidationMessage();
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

void LoginPanel::updateMinimumWidth()
{
    // The form never scrolls sideways: the panel is at least as wide as its widest row.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    m_ui->formScrollArea->setMinimumWidth(m_ui->formContents->minimumSizeHint().width() + scrollBar);
}

void LoginPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->tenantGroupBox->setEnabled(!busy);
    m_ui->customerGroupBox->setEnabled(!busy);
    m_ui->tokenOptionsGroupBox->setEnabled(!busy);
    m_ui->loginButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    if (busy) {
        m_ui->cancelButton->setFocus();
    } else if (m_ui->cancelButton->hasFocus()) {
        m_ui->loginButton->setFocus();
    }
}

bool LoginPanel::isBusy() const
{
    return m_busy;
}

bool LoginPanel::validate()
{
    const Environment env = environment();
    if (env == Environment::Custom || env == Environment::Demo) {
        if (m_ui->apiHostLineEdit->text().trimmed().isEmpty()) {
            showValidationMessage(tr("Enter the API host, e.g. https://t12345.tp1.mozu.com."), m_ui->apiHostLineEdit);
            return false;
        }
        QString error;
        if (!KiboHosts::tenantApiBase(profile(), &error).isValid()) {
            showValidationMessage(error, m_ui->apiHostLineEdit);
            return false;
        }
        if (!KiboHosts::authApiBase(profile(), &error).isValid()) {
            showValidationMessage(error, m_ui->authHostLineEdit);
            return false;
        }
    }
    if (!positiveNumber(m_ui->tenantIdLineEdit->text())) {
        showValidationMessage(tr("Enter the tenant ID, a whole number such as 12345."), m_ui->tenantIdLineEdit);
        return false;
    }
    if (!m_ui->siteIdLineEdit->text().trimmed().isEmpty() && !positiveNumber(m_ui->siteIdLineEdit->text())) {
        showValidationMessage(tr("The site ID must be a whole number, or empty."), m_ui->siteIdLineEdit);
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
        showValidationMessage(tr("Enter the customer's password, or sign in with a one-time code instead."),
            m_ui->passwordLineEdit);
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

void LoginPanel::showValidationMessage(const QString& message, QWidget* field)
{
    m_ui->validationLabel->setText(message);
    m_ui->validationLabel->setVisible(true);
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
    m_manageProfilesButton = new QPushButton(tr("&Manage…"), this);
    m_manageProfilesButton->setObjectName(u"manageProfilesButton"_s);
    m_manageProfilesButton->setToolTip(tr("Add, edit, import and export profiles"));
    m_manageProfilesButton->setAccessibleName(tr("Manage profiles"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_profileComboBox, 1);
    row->addWidget(m_manageProfilesButton);
    auto* label = new QLabel(tr("Prof&ile:"), this);
    label->setObjectName(u"profileLabel"_s);
    label->setBuddy(m_profileComboBox);
    m_ui->tenantFormLayout->insertRow(0, label, row);
    connect(m_profileComboBox, &QComboBox::activated, this,
        [this](int index) { Q_EMIT profileChosen(m_profileComboBox->itemText(index)); });
    connect(m_manageProfilesButton, &QPushButton::clicked, this, &LoginPanel::manageProfilesRequested);
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
