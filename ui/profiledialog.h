#pragma once

#include "kibo/kiboprofile.h"
#include "vault/profilestore.h"

#include <QDialog>
#include <QFileDialog>
#include <QPointer>
#include <functional>
#include <memory>

class ClientSecretStore;
class QLineEdit;
struct VaultStatus;

namespace Ui {
class ProfileDialog;
}

// Tools → Profiles…: the saved profiles on the left, the selected one's fields on the right, Add,
// Duplicate, Remove, Import… and Export…. It edits a working copy: OK checks every profile, shows the
// first problem under the form (until its field is mended) and saves nothing while there is one; otherwise
// it writes the profiles (ProfileStore) and then any client secret typed here to the keychain
// (ClientSecretStore, bound to the auth host the form shows at that moment). Nothing touches the keychain
// before OK. The demo profile is shown read-only. The dialog grows with its hints and messages.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // Asked for a file name by Import… (AcceptOpen) and Export… (AcceptSave); an empty answer cancels.
    // Tests put their own here instead of the platform's file dialog.
    using FileChooser = std::function<QString(QFileDialog::AcceptMode mode, const QString& suggestedName)>;

    explicit ProfileDialog(ProfileStore* store, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    void setFileChooser(FileChooser chooser);
    // The keychain store used on OK; by default one of the dialog's own, created on first use.
    void setClientSecretStore(ClientSecretStore* secrets);

    void selectProfile(const QString& name);
    QString currentProfileName() const;
    QStringList profileNames() const;
    QString message() const;

    void accept() override;

    void importProfiles();
    void exportProfiles();
    // Adds a new profile filled from a customer token (profileFromToken) and selects it for the user to check:
    // nothing is saved before OK. found lists what the token said; without a data centre the user must choose one.
    void addProfileFromToken(const KiboProfile& profile, const QStringList& found);

Q_SIGNALS:
    // After OK wrote the profiles (and the secrets): the login panel's profile list follows.
    void profilesSaved();
    // After OK saved a profile added by addProfileFromToken, under the name it was saved with.
    void tokenProfileSaved(const QString& name);

private:
    struct Entry
    {
        KiboProfile profile;
        QString originalName; // as saved; empty for a profile added here
        QString secret; // typed here, saved on OK; empty: unchanged
        bool fromToken = false; // added by addProfileFromToken and not saved yet
    };

    void fillForm(int row);
    void readForm(int row);
    void onCurrentRowChanged(int row);
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void browseCaBundle();
    void updateDataCentreFields();
    void updateHints();
    void updateButtons();
    void rebuildList(int selectRow);
    // A problem (not a note) is kept with its field: mending that field takes the message away.
    void showMessage(const QString& text, bool problem, QWidget* field = nullptr);
    void recheckProblem();
    struct Problem
    {
        QString text; // empty: none
        QWidget* field = nullptr;
    };
    // The first problem of the profile in that row (the rows above it count for a name taken); readFiles also
    // reads its CA bundle.
    Problem problemOf(int row, bool readFiles) const;
    QWidget* widgetFor(ProfileStore::Field field) const;
    QList<KiboProfile> workingProfiles() const;
    QString freeName(const QString& wanted) const;
    bool checkAll();
    void storeNextSecret();
    void onSecretStored(const QString& key, const VaultStatus& status);
    ClientSecretStore* secretStore();
    bool isDemoRow(int row) const;

    const std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore* m_store;
    QList<Entry> m_entries; // m_entries[0] is the demo profile
    QList<KiboProfile> m_removed; // saved profiles removed here, for their secrets
    FileChooser m_fileChooser;
    ClientSecretStore* m_secrets = nullptr;
    std::unique_ptr<ClientSecretStore> m_ownSecrets;
    QList<std::pair<KiboProfile, QString>> m_pendingSecrets; // profile, secret ("" deletes) while saving
    int m_currentRow = -1;
    QPointer<QWidget> m_problemField; // of the problem shown
    int m_problemRow = -1;
    QString m_typedAuthHost; // the home host typed for custom hosts, kept while a Kibo data centre shows
    bool m_customHomeShown = false;
    bool m_filling = false;
    bool m_saving = false;
};
