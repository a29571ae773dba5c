#include "profiledialog.h"

#include "atomicfile.h"
#include "datacentrecombobox.h"
#include "kibo/authticketclient.h"
#include "kibo/datacentre.h"
#include "kibo/kibocall.h"
#include "kibo/kibohosts.h"
#include "logging.h"
#include "screenfit.h"
#include "textfile.h"
#include "ui_profiledialog.h"
#include "vault/clientsecretstore.h"
#include "vault/profilestore.h"

#include <QListWidgetItem>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// Empty text: no value. Text that is not a positive number becomes 0, which validation names.
std::optional<int> optionalNumber(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    return ok && value > 0 ? value : 0;
}

QString numberText(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore* store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->messageIconLabel->setAlignment(Qt::AlignTop);
    m_ui->messageLabel->setAccessibleName(tr("Message about the profiles"));
    m_ui->derivedHostsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->secretHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->readOnlyLabel->setForegroundRole(QPalette::PlaceholderText);
    showMessage({}, false);

    m_entries.append(Entry { m_store->demoProfile(), m_store->demoProfile().name, {}, false });
    for (const KiboProfile& profile : m_store->savedProfiles()) {
        m_entries.append(Entry { profile, profile.name, {}, false });
    }

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfileDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfileDialog::importProfiles);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ProfileDialog::exportProfiles);
    connect(m_ui->caBundleBrowseButton, &QPushButton::clicked, this, &ProfileDialog::browseCaBundle);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    for (QLineEdit* edit : { m_ui->nameLineEdit, m_ui->tenantIdLineEdit, m_ui->siteIdLineEdit, m_ui->apiHostLineEdit,
             m_ui->authHostLineEdit, m_ui->clientIdLineEdit, m_ui->clientSecretLineEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateHints);
    }
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (QListWidgetItem* item = m_ui->profileList->item(m_currentRow)) {
            item->setText(text.trimmed().isEmpty() ? tr("(no name)") : text.trimmed());
        }
    });
    connect(m_ui->dataCentreComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateDataCentreFields);
    // A problem OK found goes as soon as its field is mended.
    for (QLineEdit* edit : m_ui->formLayout->parentWidget()->findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::recheckProblem);
    }
    connect(m_ui->dataCentreComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::recheckProblem);

    m_fileChooser = [this](QFileDialog::AcceptMode mode, const QString& suggestedName) {
        const QString filter = tr("Profile exports (*.json);;All files (*)");
        return mode == QFileDialog::AcceptSave
            ? QFileDialog::getSaveFileName(this, tr("Export Profiles"), suggestedName, filter)
            : QFileDialog::getOpenFileName(this, tr("Import Profiles"), QString(), filter);
    };
    rebuildList(m_entries.size() > 1 ? 1 : 0);
    ScreenFit::resize(this, sizeHint().expandedTo(QSize(760, 0)));
    ScreenFit::growToContents(this); // the wrapped hints at this width
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void ProfileDialog::setClientSecretStore(ClientSecretStore* secrets)
{
    m_secrets = secrets;
}

ClientSecretStore* ProfileDialog::secretStore()
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<ClientSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    return m_secrets;
}

void ProfileDialog::selectProfile(const QString& name)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

QString ProfileDialog::currentProfileName() const
{
    return m_currentRow >= 0 ? m_ui->nameLineEdit->text().trimmed() : QString();
}

QStringList ProfileDialog::profileNames() const
{
    QStringList names;
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        names.append(m_ui->profileList->item(row)->text());
    }
    return names;
}

QString ProfileDialog::message() const
{
    return m_ui->messageLabel->text();
}

bool ProfileDialog::isDemoRow(int row) const
{
    return row == 0;
}

void ProfileDialog::rebuildList(int selectRow)
{
    m_filling = true;
    m_ui->profileList->clear();
    for (const Entry& entry : std::as_const(m_entries)) {
        m_ui->profileList->addItem(entry.profile.name);
    }
    // The built-in demo profile reads differently from the user's own.
    if (QListWidgetItem* demo = m_ui->profileList->item(0)) {
        QFont font = demo->font();
        font.setItalic(true);
        demo->setFont(font);
        demo->setToolTip(tr("Built in: the demo tenant on this computer"));
    }
    m_currentRow = -1;
    m_filling = false;
    m_ui->profileList->setCurrentRow(std::clamp(selectRow, 0, int(m_entries.size()) - 1));
}

void ProfileDialog::onCurrentRowChanged(int row)
{
    if (m_filling) {
        return;
    }
    if (m_currentRow >= 0 && m_currentRow < m_entries.size()) {
        readForm(m_currentRow);
    }
    m_currentRow = row;
    fillForm(row);
}

void ProfileDialog::fillForm(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        return;
    }
    m_filling = true;
    const Entry& entry = m_entries.at(row);
    const KiboProfile& profile = entry.profile;
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->tenantIdLineEdit->setText(profile.tenantId > 0 ? QString::number(profile.tenantId) : QString());
    m_ui->siteIdLineEdit->setText(numberText(profile.siteId));
    // A profile filled from a token that did not say where the tenant lives leaves the choice to the user.
    m_ui->dataCentreComboBox->setKey(
        profile.dataCentre.isEmpty() && profile.authHost.isEmpty() ? QString() : profile.effectiveDataCentre());
    m_typedAuthHost = profile.authHost;
    m_ui->apiHostLineEdit->setText(profile.apiHost);
    m_ui->clientIdLineEdit->setText(profile.clientId);
    m_ui->clientSecretLineEdit->setText(entry.secret);
    m_ui->localeLineEdit->setText(profile.locale);
    m_ui->currencyLineEdit->setText(profile.currency);
    m_ui->catalogIdLineEdit->setText(numberText(profile.catalogId));
    m_ui->masterCatalogIdLineEdit->setText(numberText(profile.masterCatalogId));
    m_ui->caBundleLineEdit->setText(profile.caBundlePath);

    const bool demo = isDemoRow(row);
    m_ui->readOnlyLabel->setVisible(demo);
    for (QLineEdit* edit : m_ui->formLayout->parentWidget()->findChildren<QLineEdit*>()) {
        edit->setReadOnly(demo);
    }
    m_ui->clientSecretLineEdit->setEnabled(!demo);
    m_ui->dataCentreComboBox->setEnabled(!demo);
    m_ui->caBundleBrowseButton->setEnabled(!demo);
    m_filling = false;
    updateDataCentreFields();
    updateButtons();
}

void ProfileDialog::readForm(int row)
{
    if (row < 0 || row >= m_entries.size() || isDemoRow(row)) {
        return;
    }
    Entry& entry = m_entries[row];
    KiboProfile& profile = entry.profile;
    const KiboProfile before = profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.tenantId = optionalNumber(m_ui->tenantIdLineEdit->text()).value_or(0);
    profile.siteId = optionalNumber(m_ui->siteIdLineEdit->text());
    const QString key = m_ui->dataCentreComboBox->key();
    profile.dataCentre = key;
    profile.authHost = DataCentreComboBox::isCustomHome(key) ? m_ui->authHostLineEdit->text().trimmed() : QString();
    profile.apiHost = m_ui->apiHostLineEdit->text().trimmed();
    profile.clientId = m_ui->clientIdLineEdit->text().trimmed();
    entry.secret = m_ui->clientSecretLineEdit->text();
    profile.locale = m_ui->localeLineEdit->text().trimmed();
    profile.currency = m_ui->currencyLineEdit->text().trimmed();
    profile.catalogId = optionalNumber(m_ui->catalogIdLineEdit->text());
    profile.masterCatalogId = optionalNumber(m_ui->masterCatalogIdLineEdit->text());
    profile.caBundlePath = m_ui->caBundleLineEdit->text().trimmed();
    if (KiboHosts::authApiBase(before) != KiboHosts::authApiBase(profile) || before.tenantId != profile.tenantId) {
        profile.tenantDomain.clear(); // the host found for another tenant
    }
}

void ProfileDialog::updateDataCentreFields()
{
    // A Kibo data centre brings its home host (shown read-only); custom hosts and the demo take a typed one.
    const QString key = m_ui->dataCentreComboBox->key();
    const bool customHome = DataCentreComboBox::isCustomHome(key);
    const bool wasFilling = std::exchange(m_filling, true);
    if (m_customHomeShown && !customHome && !wasFilling) {
        m_typedAuthHost = m_ui->authHostLineEdit->text();
    }
    if (const DataCentre* centre = DataCentre::find(key)) {
        m_ui->authHostLineEdit->setText(u"https://"_s + centre->homeHost);
    } else if (customHome) {
        m_ui->authHostLineEdit->setText(m_typedAuthHost);
    } else {
        m_ui->authHostLineEdit->clear();
    }
    m_customHomeShown = customHome;
    const bool demoRow = isDemoRow(m_currentRow);
    m_ui->authHostLineEdit->setReadOnly(!customHome || demoRow);
    m_ui->authHostLineEdit->setClearButtonEnabled(customHome && !demoRow);
    m_ui->authHostLineEdit->setPlaceholderText(
        customHome ? tr("e.g. https://home.mozu.com") : tr("Follows from the data centre"));
    m_filling = wasFilling;
    updateHints();
}

void ProfileDialog::updateHints()
{
    if (m_filling || m_currentRow < 0) {
        return;
    }
    if (isDemoRow(m_currentRow)) {
        m_ui->derivedHostsLabel->setText(tr("The demo tenant runs on this computer when you choose it."));
        m_ui->secretHintLabel->setText(tr("The demo tenant's secret is built in."));
        ScreenFit::growToContents(this);
        return;
    }
    readForm(m_currentRow);
    const KiboProfile& profile = m_entries.at(m_currentRow).profile;
    const QUrl auth = KiboHosts::authApiBase(profile);
    const QUrl override = KiboHosts::apiHostOverride(profile);
    QString tenant;
    if (!override.isEmpty()) {
        tenant = tr("Tenant calls: %1 (the override; no lookup)").arg(override.toString());
    } else if (const std::optional<KiboTenant> found = AuthTicketClient::cachedTenant(profile)) {
        tenant = tr("Tenant host: %1 (found by this run's lookup)").arg(found->domain);
    } else if (!profile.tenantDomain.isEmpty()) {
        tenant = tr("Tenant host: looked up at each login (last found: %1)").arg(profile.tenantDomain);
    } else {
        tenant = tr("Tenant host: looked up at each login");
    }
    m_ui->derivedHostsLabel->setText(
        auth.isValid() ? tr("App token and tenant lookup: %1\n%2").arg(auth.toString(), tenant) : QString());
    const QString host = ClientSecretStore::boundHost(profile);
    if (host.isEmpty() || ClientSecretStore::entryKey(profile).isEmpty()) {
        m_ui->secretHintLabel->setText(
            tr("Enter the client ID and a valid home host: the secret is stored for that host only."));
    } else if (m_ui->clientSecretLineEdit->text().isEmpty()) {
        m_ui->secretHintLabel->setText(
            tr("Left empty, the secret stored in the keychain for %1 (if any) stays as it is.").arg(host));
    } else {
        m_ui->secretHintLabel->setText(
            tr("Stored in the keychain for %1 when you press OK, and sent to no other host.").arg(host));
    }
    ScreenFit::growToContents(this); // a longer hint gets its lines
}

void ProfileDialog::updateButtons()
{
    const bool demo = isDemoRow(m_currentRow);
    m_ui->removeButton->setEnabled(!demo && !m_saving);
    m_ui->duplicateButton->setEnabled(m_currentRow >= 0 && !m_saving);
    m_ui->addButton->setEnabled(!m_saving);
    m_ui->importButton->setEnabled(!m_saving);
    m_ui->exportButton->setEnabled(!m_saving);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_saving);
}

QList<KiboProfile> ProfileDialog::workingProfiles() const
{
    QList<KiboProfile> profiles;
    for (qsizetype row = 1; row < m_entries.size(); ++row) {
        profiles.append(m_entries.at(row).profile);
    }
    return profiles;
}

QString ProfileDialog::freeName(const QString& wanted) const
{
    const QList<KiboProfile> taken = workingProfiles();
    const bool used = ProfileStore::isDemoName(wanted)
        || std::any_of(taken.begin(), taken.end(),
            [&wanted](const KiboProfile& p) { return p.name.compare(wanted, Qt::CaseInsensitive) == 0; });
    return used ? ProfileStore::uniqueName(wanted, taken) : wanted;
}

void ProfileDialog::addProfile()
{
    readForm(m_currentRow);
    KiboProfile profile;
    profile.name = freeName(tr("New profile"));
    profile.dataCentre = u"us"_s;
    m_entries.append(Entry { profile, {}, {}, false });
    rebuildList(int(m_entries.size()) - 1);
    showMessage({}, false);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void ProfileDialog::addProfileFromToken(const KiboProfile& profile, const QStringList& found)
{
    if (m_saving) {
        return;
    }
    readForm(m_currentRow);
    KiboProfile filled = profile;
    filled.name = freeName(profile.name.trimmed().isEmpty() ? tr("New profile") : profile.name.trimmed());
    Entry entry { filled, {}, {}, true };
    m_entries.append(entry);
    rebuildList(int(m_entries.size()) - 1);
    const bool chooseDataCentre = filled.dataCentre.isEmpty() && filled.authHost.isEmpty();
    //: %1 lists what the token named, e.g. "tenant 100001 (b.TenantId); site 100002 (b.SiteId)"
    showMessage(tr("A new profile from the token: %1. Check it, add the client secret, and press OK to save it.")
                    .arg(found.join(tr("; "))),
        false, chooseDataCentre ? static_cast<QWidget*>(m_ui->dataCentreComboBox) : m_ui->nameLineEdit);
}

void ProfileDialog::duplicateProfile()
{
    if (m_currentRow < 0) {
        return;
    }
    readForm(m_currentRow);
    KiboProfile copy = m_entries.at(m_currentRow).profile;
    if (isDemoRow(m_currentRow)) {
        // The demo tenant's home host is run-time only: the copy names it, or stays without.
        copy.authHost = m_store->demoBaseUrl().isValid() ? copy.authHost : QString();
    }
    copy.name = freeName(tr("%1 (copy)").arg(copy.name));
    m_entries.append(Entry { copy, {}, {}, false });
    rebuildList(int(m_entries.size()) - 1);
    showMessage({}, false);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void ProfileDialog::removeProfile()
{
    if (m_currentRow <= 0 || isDemoRow(m_currentRow)) {
        return;
    }
    const Entry removed = m_entries.takeAt(m_currentRow);
    if (!removed.originalName.isEmpty()) {
        for (const KiboProfile& saved : m_store->savedProfiles()) {
            if (saved.name == removed.originalName) {
                m_removed.append(saved);
            }
        }
    }
    const int row = m_currentRow;
    m_currentRow = -1; // the removed row's form is not read back
    rebuildList(std::min(row, int(m_entries.size()) - 1));
    showMessage(tr("“%1” will be removed when you press OK.").arg(removed.profile.name), false);
}

void ProfileDialog::browseCaBundle()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CA Bundle"), m_ui->caBundleLineEdit->text(),
        tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty()) {
        m_ui->caBundleLineEdit->setText(file);
    }
}

void ProfileDialog::showMessage(const QString& text, bool problem, QWidget* field)
{
    m_problemField = problem ? field : nullptr;
    m_problemRow = problem ? m_currentRow : -1;
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    m_ui->messageIconLabel->setVisible(!text.isEmpty());
    const QStyle::StandardPixmap icon = problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_ui->messageIconLabel->setPixmap(
        style()->standardIcon(icon).pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize)));
    if (field) {
        field->setFocus();
    }
    ScreenFit::growToContents(this); // every line of the message shows
}

void ProfileDialog::recheckProblem()
{
    if (m_filling || !m_problemField || m_problemRow != m_currentRow || isDemoRow(m_currentRow)) {
        return;
    }
    readForm(m_currentRow);
    const Problem now = problemOf(m_currentRow, true);
    if (now.field == m_problemField && !now.text.isEmpty()) {
        if (now.text != m_ui->messageLabel->text()) {
            showMessage(now.text, true); // the same field, another problem
            m_problemField = now.field;
        }
        return;
    }
    showMessage({}, false); // mended (OK looks again at everything else)
}

QWidget* ProfileDialog::widgetFor(ProfileStore::Field field) const
{
    switch (field) {
    case ProfileStore::Field::Name:
        return m_ui->nameLineEdit;
    case ProfileStore::Field::TenantId:
        return m_ui->tenantIdLineEdit;
    case ProfileStore::Field::SiteId:
        return m_ui->siteIdLineEdit;
    case ProfileStore::Field::Catalogs:
        return m_ui->catalogIdLineEdit;
    case ProfileStore::Field::ClientId:
        return m_ui->clientIdLineEdit;
    case ProfileStore::Field::DataCentre:
        return m_ui->dataCentreComboBox;
    case ProfileStore::Field::ApiHost:
        return m_ui->apiHostLineEdit;
    case ProfileStore::Field::AuthHost:
        return m_ui->authHostLineEdit;
    case ProfileStore::Field::None:
        break;
    }
    return nullptr;
}

ProfileDialog::Problem ProfileDialog::problemOf(int row, bool readFiles) const
{
    const QList<KiboProfile> profiles = workingProfiles();
    const qsizetype i = row - 1;
    if (i < 0 || i >= profiles.size()) {
        return {};
    }
    const KiboProfile& profile = profiles.at(i);
    if (profile.dataCentre.isEmpty() && profile.authHost.isEmpty()) {
        // Filled from a token that did not name it: the user chooses, no default is guessed.
        return { tr("Choose the data centre of “%1”: the token it was filled from does not name it.").arg(profile.name),
            m_ui->dataCentreComboBox };
    }
    // Against the earlier ones only: of two with one name, the later one is at fault.
    ProfileStore::Field field = ProfileStore::Field::None;
    if (const QString problem = ProfileStore::validate(profile, profiles.mid(0, i), &field); !problem.isEmpty()) {
        return { problem, widgetFor(field) };
    }
    // A CA bundle is read the way the login will read it, so a wrong file is refused now.
    QString bundleError;
    if (readFiles && !profile.caBundlePath.isEmpty() && !KiboCall::checkCaBundle(profile.caBundlePath, &bundleError)) {
        return { bundleError, m_ui->caBundleLineEdit };
    }
    return {};
}

bool ProfileDialog::checkAll()
{
    readForm(m_currentRow);
    // Every profile's fields first, then the CA bundles' files.
    for (const bool readFiles : { false, true }) {
        for (int row = 1; row < m_entries.size(); ++row) {
            const Problem problem = problemOf(row, readFiles);
            if (!problem.text.isEmpty()) {
                m_ui->profileList->setCurrentRow(row);
                showMessage(problem.text, true, problem.field);
                return false;
            }
        }
    }
    return true;
}

void ProfileDialog::accept()
{
    if (m_saving || !checkAll()) {
        return;
    }
    // The host this run's lookups found for each tenant is kept with its profile (a cache; no secret).
    for (qsizetype row = 1; row < m_entries.size(); ++row) {
        KiboProfile& profile = m_entries[row].profile;
        if (const std::optional<KiboTenant> found = AuthTicketClient::cachedTenant(profile)) {
            profile.tenantDomain = found->domain;
        }
    }
    if (const QString problem = m_store->replaceAll(workingProfiles()); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    // Saved: from now on these are the originals.
    QStringList fromToken;
    for (Entry& entry : m_entries) {
        entry.originalName = entry.profile.name;
        if (std::exchange(entry.fromToken, false)) {
            fromToken.append(entry.profile.name);
        }
    }
    Q_EMIT profilesSaved();
    for (const QString& name : std::as_const(fromToken)) {
        Q_EMIT tokenProfileSaved(name);
    }

    // Then the keychain: typed secrets, and the secrets of removed profiles no other profile shares.
    m_pendingSecrets.clear();
    for (qsizetype row = 1; row < m_entries.size(); ++row) {
        if (!m_entries.at(row).secret.isEmpty()) {
            m_pendingSecrets.append({ m_entries.at(row).profile, m_entries.at(row).secret });
        }
    }
    for (const KiboProfile& removed : std::as_const(m_removed)) {
        const QString key = ClientSecretStore::entryKey(removed);
        const QList<KiboProfile> remaining = workingProfiles();
        const bool shared = key.isEmpty()
            || std::any_of(remaining.begin(), remaining.end(),
                [&key](const KiboProfile& p) { return ClientSecretStore::entryKey(p) == key; });
        if (!shared) {
            m_pendingSecrets.append({ removed, QString() });
        }
    }
    m_removed.clear();
    if (m_pendingSecrets.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    updateButtons();
    showMessage(tr("Saving the client secret in the keychain…"), false);
    storeNextSecret();
}

void ProfileDialog::storeNextSecret()
{
    ClientSecretStore* secrets = secretStore();
    connect(secrets, &ClientSecretStore::stored, this, &ProfileDialog::onSecretStored, Qt::UniqueConnection);
    const auto& [profile, secret] = m_pendingSecrets.constFirst();
    secrets->store(profile, secret);
}

void ProfileDialog::onSecretStored(const QString& key, const VaultStatus& status)
{
    if (!m_saving || m_pendingSecrets.isEmpty()
        || ClientSecretStore::entryKey(m_pendingSecrets.constFirst().first) != key) {
        return;
    }
    const auto [profile, secret] = m_pendingSecrets.takeFirst();
    if (!status.ok()) {
        m_saving = false;
        m_pendingSecrets.clear();
        updateButtons();
        showMessage(secret.isEmpty()
                ? tr("The profiles were saved, but the client secret of the removed profile “%1” could not be "
                     "deleted from the keychain: %2")
                      .arg(profile.name, status.message())
                : tr("The profiles were saved, but the client secret of “%1” could not be stored in the keychain: %2")
                      .arg(profile.name, status.message()),
            true);
        return;
    }
    // Stored: the field no longer holds anything to save.
    for (Entry& entry : m_entries) {
        if (entry.profile.name == profile.name) {
            entry.secret.clear();
        }
    }
    if (!m_pendingSecrets.isEmpty()) {
        storeNextSecret();
        return;
    }
    m_saving = false;
    updateButtons();
    QDialog::accept();
}

void ProfileDialog::importProfiles()
{
    const QString fileName = m_fileChooser(QFileDialog::AcceptOpen, QString());
    if (fileName.isEmpty()) {
        return;
    }
    const TextFile::Bytes file = TextFile::readBytes(fileName, ProfileStore::MaxImportSize);
    if (!file.ok()) {
        showMessage(tr("“%1” could not be read: %2").arg(fileName, file.error.reasonText()), true);
        return;
    }
    readForm(m_currentRow);
    QList<KiboProfile> profiles = workingProfiles();
    const qsizetype before = profiles.size();
    const ProfileStore::ImportReport report = ProfileStore::importInto(&profiles, file.bytes);
    if (!report.ok()) {
        showMessage(report.error, true);
        return;
    }
    for (qsizetype i = before; i < profiles.size(); ++i) {
        m_entries.append(Entry { profiles.at(i), {}, {}, false });
    }
    m_currentRow = -1;
    rebuildList(report.addedCount() > 0 ? int(before) + 1 : 0);
    QStringList lines = report.messages();
    lines.append(
        report.addedCount() > 0 ? tr("Press OK to keep the imported profiles.") : tr("Nothing new was imported."));
    showMessage(lines.join(u'\n'), false);
}

void ProfileDialog::exportProfiles()
{
    if (!checkAll()) {
        return;
    }
    const QString fileName = m_fileChooser(QFileDialog::AcceptSave, tr("kibo-profiles.json"));
    if (fileName.isEmpty()) {
        return;
    }
    const QByteArray document = ProfileStore::toDocument(workingProfiles());
    const FileError error = AtomicFile::write(fileName, document);
    if (error.isError()) {
        showMessage(tr("The profiles could not be written to “%1”: %2").arg(fileName, error.reasonText()), true);
        return;
    }
    showMessage(
        tr("Profiles exported to “%1”: %2, without secrets.").arg(fileName).arg(workingProfiles().size()), false);
}
