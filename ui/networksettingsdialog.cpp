#include "networksettingsdialog.h"

#include "logging.h"
#include "screenfit.h"
#include "ui_networksettingsdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

NetworkSettingsDialog::NetworkSettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NetworkSettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaultsButton"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NetworkSettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        // Keep what was typed for the explicit proxy, so choosing it again does not lose it.
        const QString portText = m_ui->proxyPortLineEdit->text();
        NetworkSettings defaults;
        defaults.proxyHost = m_ui->proxyHostLineEdit->text();
        defaults.proxyUser = m_ui->proxyUserLineEdit->text();
        setSettings(defaults);
        m_ui->proxyPortLineEdit->setText(portText);
    });
    for (QRadioButton* radio :
        { m_ui->systemProxyRadioButton, m_ui->noProxyRadioButton, m_ui->explicitProxyRadioButton }) {
        connect(radio, &QRadioButton::toggled, this, &NetworkSettingsDialog::updateEnabled);
        connect(radio, &QRadioButton::toggled, this, &NetworkSettingsDialog::recheckProblems);
    }
    for (QLineEdit* edit : { m_ui->proxyHostLineEdit, m_ui->proxyPortLineEdit, m_ui->proxyUserLineEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &NetworkSettingsDialog::recheckProblems);
    }
    for (QSpinBox* spin : { m_ui->transferTimeoutSpinBox, m_ui->overallDeadlineSpinBox }) {
        connect(spin, &QSpinBox::valueChanged, this, &NetworkSettingsDialog::recheckProblems);
    }
    setSettings(NetworkSettings::load());
}

NetworkSettingsDialog::~NetworkSettingsDialog() = default;

void NetworkSettingsDialog::setSettings(const NetworkSettings& settings)
{
    switch (settings.proxyMode) {
    case NetworkSettings::ProxyMode::System:
        m_ui->systemProxyRadioButton->setChecked(true);
        break;
    case NetworkSettings::ProxyMode::None:
        m_ui->noProxyRadioButton->setChecked(true);
        break;
    case NetworkSettings::ProxyMode::Explicit:
        m_ui->explicitProxyRadioButton->setChecked(true);
        break;
    }
    m_ui->proxyHostLineEdit->setText(settings.proxyHost);
    m_ui->proxyPortLineEdit->setText(settings.proxyPort > 0 ? QString::number(settings.proxyPort) : QString());
    m_ui->proxyUserLineEdit->setText(settings.proxyUser);
    m_ui->proxyLoopbackCheckBox->setChecked(settings.proxyLoopback);
    m_ui->transferTimeoutSpinBox->setValue(settings.transferTimeoutSeconds);
    m_ui->overallDeadlineSpinBox->setValue(settings.overallDeadlineSeconds);
    showProblems({});
    updateEnabled();
}

NetworkSettings NetworkSettingsDialog::settings() const
{
    NetworkSettings settings;
    if (m_ui->noProxyRadioButton->isChecked()) {
        settings.proxyMode = NetworkSettings::ProxyMode::None;
    } else if (m_ui->explicitProxyRadioButton->isChecked()) {
        settings.proxyMode = NetworkSettings::ProxyMode::Explicit;
    }
    settings.proxyHost = m_ui->proxyHostLineEdit->text().trimmed();
    const QString portText = m_ui->proxyPortLineEdit->text().trimmed();
    bool ok = false;
    const int port = portText.toInt(&ok);
    settings.proxyPort = portText.isEmpty() ? 0 : (ok ? port : -1);
    settings.proxyUser = m_ui->proxyUserLineEdit->text().trimmed();
    settings.proxyLoopback = m_ui->proxyLoopbackCheckBox->isChecked();
    settings.transferTimeoutSeconds = m_ui->transferTimeoutSpinBox->value();
    settings.overallDeadlineSeconds = m_ui->overallDeadlineSpinBox->value();
    return settings;
}

void NetworkSettingsDialog::accept()
{
    const NetworkSettings entered = settings();
    QStringList problems;
    if (!entered.save(&problems)) {
        showProblems(problems);
        if (entered.proxyMode == NetworkSettings::ProxyMode::Explicit && entered.proxyHost.isEmpty()) {
            m_ui->proxyHostLineEdit->setFocus();
        } else if (entered.proxyMode == NetworkSettings::ProxyMode::Explicit
            && (entered.proxyPort < 1 || entered.proxyPort > 65535)) {
            m_ui->proxyPortLineEdit->setFocus();
        }
        return;
    }
    showProblems({});
    qCInfo(lcUi).noquote() << "network settings saved:" << NetworkSettings::modeName(entered.proxyMode)
                           << entered.transferTimeoutSeconds << entered.overallDeadlineSeconds;
    Q_EMIT settingsSaved(entered);
    QDialog::accept();
}

void NetworkSettingsDialog::updateEnabled()
{
    const bool explicitProxy = m_ui->explicitProxyRadioButton->isChecked();
    for (QWidget* widget :
        std::initializer_list<QWidget*> { m_ui->proxyHostLabel, m_ui->proxyHostLineEdit, m_ui->proxyPortLabel,
            m_ui->proxyPortLineEdit, m_ui->proxyUserLabel, m_ui->proxyUserLineEdit, m_ui->proxyLoopbackCheckBox }) {
        widget->setEnabled(explicitProxy);
    }
}

void NetworkSettingsDialog::recheckProblems()
{
    if (m_problems.isEmpty()) {
        return;
    }
    // A problem goes as soon as its value is mended; OK looks for new ones.
    const QStringList remaining = settings().validate();
    QStringList kept;
    for (const QString& problem : std::as_const(m_problems)) {
        if (remaining.contains(problem)) {
            kept.append(problem);
        }
    }
    if (kept != m_problems) {
        showProblems(kept);
    }
}

void NetworkSettingsDialog::showProblems(const QStringList& problems)
{
    m_problems = problems;
    if (problems.isEmpty()) {
        m_ui->problemsLabel->clear();
        m_ui->problemsLabel->hide();
        return;
    }
    QStringList lines;
    for (const QString& problem : problems) {
        lines.append(u"• "_s + problem);
    }
    m_ui->problemsLabel->setText(tr("Not saved:") + u'\n' + lines.join(u'\n'));
    m_ui->problemsLabel->show();
    ScreenFit::growToContents(this); // the whole list shows, and nothing above it is squeezed
}
