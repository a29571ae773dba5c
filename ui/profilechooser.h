#pragma once

#include "kibo/kiboprofile.h"
#include "profilefromtoken.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class ClientSecretStore;
class LoginPanel;
class ProfileDialog;
class ProfileStore;
class QWidget;
struct VaultStatus;

// Connects the login panels' "Profile" choosers to the saved profiles: fills their lists, fills a panel
// from the chosen profile and then its client secret from the keychain (the entry bound to that
// profile's auth host; a secret typed for another profile is cleared first), and opens the profile dialog
// (Manage…, Tools → Profiles…). A secret filled from the keychain is cleared again as soon as the panel's
// fields point at another auth host or client id, so it is never sent elsewhere. The keychain is touched only when a
// saved profile is chosen or the dialog saves a secret. A customer token pasted or dropped on a panel (or opened from
// the inspector) becomes a new profile in the dialog, for the user to confirm; once saved, the panel shows it.
class ProfileChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileChooser)

public:
    // dialogParent: the window the profile dialog belongs to.
    explicit ProfileChooser(QWidget* dialogParent);
    ~ProfileChooser() override;

    ProfileStore* store() const;
    // The profile History files an attempt that called `called` under (HistoryRecorder::profileName): an edited
    // profile is not filed as the saved one.
    QString historyName(const KiboProfile& called) const;
    // The store's demo profile follows the running demo tenant.
    void setDemoBaseUrl(const QUrl& baseUrl);

    void attach(LoginPanel* panel);
    // Fills panel from the named profile; false when there is none. The demo profile asks for the demo
    // tenant (demoProfileChosen) unless it runs already.
    bool choose(LoginPanel* panel, const QString& name);
    // Opens the dialog with a new profile filled from a token (nothing is saved before OK); once saved, panel
    // (when given) is filled from it.
    void newProfileFromToken(LoginPanel* panel, const TokenProfile& tokenProfile);

    void showDialog(const QString& selected = QString());
    ProfileDialog* dialog() const;
    ClientSecretStore* secrets();

Q_SIGNALS:
    void demoProfileChosen(LoginPanel* panel);
    // After a chosen profile's secret was looked up: found or not, or the keychain failed.
    void clientSecretLoaded(LoginPanel* panel, bool found, const VaultStatus& status);

private:
    void refreshNames();
    // Clears a keychain secret from the panel once its tenant fields point at another auth host or client id.
    void checkBinding(LoginPanel* panel);
    void onSecretLoaded(const QString& key, const QString& secret, const VaultStatus& status);

    QWidget* m_dialogParent;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ClientSecretStore> m_secrets;
    QList<QPointer<LoginPanel>> m_panels;
    struct Pending
    {
        QPointer<LoginPanel> panel;
        QString name;
        QString key;
        KiboProfile profile;
    };
    QList<Pending> m_pending;
    QList<std::pair<QPointer<LoginPanel>, QString>> m_bound; // panel, entry key of the secret it shows
    QPointer<ProfileDialog> m_dialog;
    QPointer<LoginPanel> m_tokenPanel; // the panel a token profile came from
};
