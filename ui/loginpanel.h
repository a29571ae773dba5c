#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "kibo/kibotenant.h"
#include "profilefromtoken.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;
class QTimer;

namespace Ui {
class LoginPanel;
}

// The left side of a session tab: tenant (data centre, tenant ID, site, app credentials, an optional API host
// override), how the customer signs in (password, a one-time code by email, or as an anonymous shopper),
// customer and token options, and the button that starts it. The tenant's own host is never asked for: a lookup
// at the data centre's home host finds it (Look Up, or any login), and the panel shows what it found — name,
// development tenant or not, host — and offers the tenant's sites. A customer JWT or auth ticket pasted into a
// tenant field or dropped on the panel offers a new profile filled from it. It only collects and checks input;
// the session view sends the requests. Nothing typed here is ever stored by the panel.
class LoginPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPanel)

public:
    // How the customer signs in; order of the "Sign in with" choices.
    enum class SignInMode
    {
        Password, // username and password (POST …/authtickets), perhaps followed by a 2FA code
        OneTimeCode, // password-less: a code emailed by otp/request, entered for otp/auth
        Anonymous, // an anonymous shopper ticket (GET …/anonymousshopper)
    };
    Q_ENUM(SignInMode)

    explicit LoginPanel(QWidget* parent = nullptr);
    ~LoginPanel() override;

    // The tenant part as typed; tenantDomain is the host the last lookup for this tenant found, if any.
    KiboProfile profile() const;
    QString clientSecret() const;
    CustomerLoginRequest loginRequest() const;

    // Fills the tenant group from a profile; the client secret only when one is given.
    void setProfile(const KiboProfile& profile, const QString& clientSecret = QString());
    void setUsername(const QString& username);
    // Shows where the demo credentials come from, next to the (still empty) password field.
    void setDemoCredentialsHint(const QString& password);
    void focusPassword();
    // The first customer field of the sign-in mode (Username, or Email), else Log in: where a new session starts.
    void focusCustomer();

    SignInMode signInMode() const;
    void setSignInMode(SignInMode mode);
    // The session tells the panel whether it holds an anonymous ticket: then "Upgrade the anonymous
    // session" shows (for the password and one-time code modes), checked unless the user unchecked it.
    void setAnonymousSessionHeld(bool held);
    bool upgradeAnonymous() const;
    void setUpgradeAnonymous(bool upgrade);

    // While busy, Cancel replaces Log in and nothing starts another call; the fields go grey once the call has
    // taken GreyAfterMs (a quick answer leaves them as they are, instead of flashing the whole form).
    static constexpr int GreyAfterMs = 200;
    void setBusy(bool busy);
    bool isBusy() const;
    bool areFieldsEnabled() const; // false while a call that takes a while is running

    // Checks the form. On a problem it shows one clear message under the form, focuses the field
    // and returns false.
    bool validate();
    // Checks only what a tenant lookup needs: home host, tenant ID, site, client ID and secret.
    bool validateTenant();
    QString validationMessage() const;

    // What a tenant lookup for profile found (Look Up or a login): shown, and its sites offered, while the
    // panel's data centre, home host and tenant ID still name that tenant.
    void setDiscoveredTenant(const KiboProfile& profile, const KiboTenant& tenant);
    // The lookup for profile found no usable tenant; title is the diagnosis' (shown until the tenant changes).
    void setTenantLookupFailed(const KiboProfile& profile, const QString& title);
    // The tenant the panel shows as found, for its current fields; nullopt when none was looked up.
    std::optional<KiboTenant> discoveredTenant() const;
    // The line under the site chooser: what the lookup found, or how to find it.
    QString tenantInfoText() const;

    // Reads a pasted or dropped customer JWT or auth ticket: on success emits profileFromTokenOffered, else
    // shows why under the form. False when the text is no customer token.
    bool offerToken(const QString& text);

    // The saved-profile chooser at the top of the tenant group (filled by ProfileChooser).
    void setProfileNames(const QStringList& names);
    QString chosenProfileName() const;
    // Shows name as chosen without emitting profileChosen.
    void showChosenProfile(const QString& name);
    // Replaces the client secret field, also with nothing (a profile for another host must not keep it).
    void setClientSecret(const QString& clientSecret);

    // Presenter mode: the username shows masked while its field has no focus, the password cannot be shown and
    // the demo password hint stays hidden.
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenterMode; }

Q_SIGNALS:
    // The user picked a saved profile in the chooser, or asked to manage them.
    void profileChosen(const QString& name);
    void manageProfilesRequested();
    void loginRequested();
    void cancelRequested();
    // The user chose the demo tenant while none is running.
    void demoTenantRequested();
    // Look Up: the tenant part passed validateTenant().
    void tenantLookupRequested();
    // A customer token was pasted or dropped: a new profile filled from it, for the user to confirm.
    void profileFromTokenOffered(const TokenProfile& tokenProfile);
    void signInModeChanged(LoginPanel::SignInMode mode);
    void upgradeAnonymousChanged(bool upgrade);
    // A field of the tenant group changed (typed, chosen or set): profile() may name another tenant or host.
    void tenantFieldsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestLogin();
    void requestLookup();
    void updateDataCentreFields();
    void updateMinimumWidth();
    void updateSignInMode();
    void updateTenantInfo();
    void fillSites();
    void setClearButtonsEnabled(bool enabled);
    void setFieldsEnabled(bool enabled);
    std::optional<int> siteId(bool* valid = nullptr) const;
    void setSiteId(std::optional<int> siteId);
    void showValidationMessage(const QString& message, QWidget* field);
    void clearValidationMessage();
    QString dataCentre() const;
    // Names the tenant the fields point at (home host and tenant ID), to tell whether a lookup still applies.
    static QString lookupKey(const KiboProfile& profile);
    static bool holdsToken(const QMimeData* mime);

    void setUpProfileChooser();
    void setUpUsernameMask();
    void updateUsernameMask();
    void updateDemoCredentialsHint();

    const std::unique_ptr<Ui::LoginPanel> m_ui;
    QComboBox* m_profileComboBox = nullptr;
    QPushButton* m_manageProfilesButton = nullptr;
    // The last profile set, for what the form does not show (locale, currency, catalogs).
    KiboProfile m_baseProfile;
    QString m_typedAuthHost; // the home host typed for custom hosts or the demo, kept while a Kibo data centre shows
    bool m_customHomeShown = true;
    std::optional<KiboTenant> m_tenant; // the last lookup's answer
    QString m_tenantKey; // lookupKey() of the profile it was for
    QString m_failedLookupKey; // lookupKey() of the profile whose last lookup failed
    QString m_failedLookupTitle;
    QPushButton* m_fromTokenButton = nullptr;
    bool m_busy = false;
    bool m_clearButtonsEnabled = false;
    QTimer* m_greyTimer = nullptr; // greys the fields of a call that takes GreyAfterMs
    QPointer<QWidget> m_focusBeforeBusy; // where the keyboard was when a call began; it goes back there
    bool m_anonymousSessionHeld = false;
    QComboBox* m_signInModeComboBox = nullptr; // "Sign in with", made in code (see the constructor)
    QCheckBox* m_upgradeAnonymousCheckBox = nullptr;
    QLabel* m_usernameMaskLabel = nullptr; // covers the username in presenter mode
    bool m_presenterMode = false;
};
