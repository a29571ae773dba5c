#include "profilechooser.h"

#include "demo/demotenant.h"
#include "kibo/datacentre.h"
#include "loginpanel.h"
#include "profiledialog.h"
#include "session/historyrecorder.h"
#include "vault/clientsecretstore.h"
#include "vault/profilestore.h"

using namespace Qt::StringLiterals;

ProfileChooser::ProfileChooser(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_store(std::make_unique<ProfileStore>())
{ }

ProfileChooser::~ProfileChooser() = default;

ProfileStore* ProfileChooser::store() const
{
    return m_store.get();
}

QString ProfileChooser::historyName(const KiboProfile& called) const
{
    return HistoryRecorder::profileName(called, m_store->profile(called.name));
}

void ProfileChooser::setDemoBaseUrl(const QUrl& baseUrl)
{
    m_store->setDemoBaseUrl(baseUrl);
}

ClientSecretStore* ProfileChooser::secrets()
{
    if (!m_secrets) {
        m_secrets = std::make_unique<ClientSecretStore>();
        connect(m_secrets.get(), &ClientSecretStore::loaded, this, &ProfileChooser::onSecretLoaded);
    }
    return m_secrets.get();
}

void ProfileChooser::attach(LoginPanel* panel)
{
    m_panels.removeAll(nullptr);
    m_panels.append(panel);
    panel->setProfileNames(m_store->names());
    connect(panel, &LoginPanel::profileChosen, this, [this, panel](const QString& name) { choose(panel, name); });
    connect(
        panel, &LoginPanel::manageProfilesRequested, this, [this, panel] { showDialog(panel->chosenProfileName()); });
    connect(panel, &LoginPanel::profileFromTokenOffered, this,
        [this, panel](const TokenProfile& tokenProfile) { newProfileFromToken(panel, tokenProfile); });
    // A secret from the keychain stays only while the panel still points at the host it is bound to.
    connect(panel, &LoginPanel::tenantFieldsChanged, this, [this, panel] { checkBinding(panel); });
}

void ProfileChooser::checkBinding(LoginPanel* panel)
{
    for (qsizetype i = 0; i < m_bound.size(); ++i) {
        if (m_bound.at(i).first != panel) {
            continue;
        }
        const QString key = m_bound.at(i).second;
        if (ClientSecretStore::entryKey(panel->profile()) != key) {
            m_bound.removeAt(i);
            panel->setClientSecret(QString());
        }
        return;
    }
}

void ProfileChooser::newProfileFromToken(LoginPanel* panel, const TokenProfile& tokenProfile)
{
    if (!tokenProfile.isValid()) {
        return;
    }
    KiboProfile profile = tokenProfile.profile;
    if (profile.dataCentre == DataCentre::demoKey() && m_store->demoBaseUrl().isValid()) {
        profile.authHost = KiboProfile::demo(m_store->demoBaseUrl()).authHost; // the demo running now
    }
    m_tokenPanel = panel;
    showDialog();
    m_dialog->addProfileFromToken(profile, tokenProfile.found);
}

bool ProfileChooser::choose(LoginPanel* panel, const QString& name)
{
    const std::optional<KiboProfile> profile = m_store->profile(name);
    if (!profile || !panel) {
        return false;
    }
    panel->showChosenProfile(profile->name);
    m_pending.removeIf([panel](const Pending& pending) { return pending.panel == panel; });
    m_bound.removeIf([panel](const std::pair<QPointer<LoginPanel>, QString>& bound) {
        return bound.first == panel || !bound.first;
    });
    if (ProfileStore::isDemoName(profile->name)) {
        if (m_store->demoBaseUrl().isValid() && !m_store->demoBaseUrl().isEmpty()) {
            panel->setProfile(KiboProfile::demo(m_store->demoBaseUrl()), DemoTenant::sharedSecret());
        } else {
            Q_EMIT demoProfileChosen(panel);
        }
        return true;
    }
    // Never keep a secret typed for another profile: it may belong to another host.
    panel->setClientSecret(QString());
    panel->setProfile(*profile);
    const QString key = ClientSecretStore::entryKey(*profile);
    if (!key.isEmpty()) {
        m_pending.append(Pending { panel, profile->name, key, *profile });
        secrets()->load(*profile);
    }
    return true;
}

void ProfileChooser::onSecretLoaded(const QString& key, const QString& secret, const VaultStatus& status)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const Pending pending = m_pending.at(i);
        if (pending.key != key) {
            continue;
        }
        m_pending.removeAt(i--);
        // Only if the panel still shows that profile, with that auth host and client id.
        if (!pending.panel || pending.panel->chosenProfileName() != pending.name
            || ClientSecretStore::entryKey(pending.panel->profile()) != key) {
            continue;
        }
        if (status.ok() && !secret.isEmpty()) {
            pending.panel->setClientSecret(secret);
            m_bound.append({ pending.panel, key });
        }
        Q_EMIT clientSecretLoaded(pending.panel, status.ok() && !secret.isEmpty(), status);
    }
}

void ProfileChooser::refreshNames()
{
    m_panels.removeAll(nullptr);
    const QStringList names = m_store->names();
    for (const QPointer<LoginPanel>& panel : std::as_const(m_panels)) {
        panel->setProfileNames(names);
    }
}

void ProfileChooser::showDialog(const QString& selected)
{
    if (!m_dialog) {
        m_dialog = new ProfileDialog(m_store.get(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setClientSecretStore(secrets());
        connect(m_dialog, &ProfileDialog::profilesSaved, this, &ProfileChooser::refreshNames);
        connect(m_dialog, &ProfileDialog::tokenProfileSaved, this, [this](const QString& name) {
            if (m_tokenPanel) {
                choose(m_tokenPanel, name);
            }
        });
    }
    if (!selected.isEmpty()) {
        m_dialog->selectProfile(selected);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

ProfileDialog* ProfileChooser::dialog() const
{
    return m_dialog;
}
