#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace Ui {
class LoginPanel;
}

// The left side of a session tab: tenant, how the customer signs in (password, a one-time code by email, or
// as an anonymous shopper), customer and token options, and the button that starts it. It only collects and
// checks input; the session view sends the request. Nothing typed here is ever stored by the panel.
class LoginPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPanel)

public:
    // Order of the environment choices in the combo box.
    enum class Environment
    {
        Demo, // the in-process demo tenant: explicit loopback hosts
        SandboxUs, // t{tenant}.sandbox.mozu.com, home.mozu.com
        SandboxEu, // t{tenant}.sb.euw1.kibocommerce.com, home.euw1.kibocommerce.com
        Custom, // production pods and everything else: the API host as Kibo gives it
    };
    Q_ENUM(Environment)

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

    KiboProfile profile() const;
    QString clientSecret() const;
    CustomerLoginRequest loginRequest() const;

    // Fills the tenant group from a profile; the client secret only when one is given.
    void setProfile(const KiboProfile& profile, const QString& clientSecret = QString());
    void setUsername(const QString& username);
    // Shows where the demo credentials come from, next to the (still empty) password field.
    void setDemoCredentialsHint(const QString& password);
    void focusPassword();

    SignInMode signInMode() const;
    void setSignInMode(SignInMode mode);
    // The session tells the panel whether it holds an anonymous ticket: then "Upgrade the anonymous
    // session" shows (for the password and one-time code modes), checked unless the user unchecked it.
    void setAnonymousSessionHeld(bool held);
    bool upgradeAnonymous() const;
    void setUpgradeAnonymous(bool upgrade);

    // While busy, the form is read-only and Cancel replaces Log in.
    void setBusy(bool busy);
    bool isBusy() const;

    // Checks the form. On a problem it shows one clear message under the form, focuses the field
    // and returns false.
    bool validate();
    QString validationMessage() const;

    // The saved-profile chooser at the top of the tenant group (filled by ProfileChooser).
    void setProfileNames(const QStringList& names);
    QString chosenProfileName() const;
    // Shows name as chosen without emitting profileChosen.
    void showChosenProfile(const QString& name);
    // Replaces the client secret field, also with nothing (a profile for another host must not keep it).
    void setClientSecret(const QString& clientSecret);

Q_SIGNALS:
    // The user picked a saved profile in the chooser, or asked to manage them.
    void profileChosen(const QString& name);
    void manageProfilesRequested();
    void loginRequested();
    void cancelRequested();
    // The user chose the demo tenant while none is running.
    void demoTenantRequested();
    void signInModeChanged(LoginPanel::SignInMode mode);
    void upgradeAnonymousChanged(bool upgrade);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void requestLogin();
    void updateEnvironmentFields();
    void updateMinimumWidth();
    void updateSignInMode();
    void updateDerivedHosts();
    void showValidationMessage(const QString& message, QWidget* field);
    void clearValidationMessage();
    Environment environment() const;
    void setEnvironment(Environment environment);

    void setUpProfileChooser();

    const std::unique_ptr<Ui::LoginPanel> m_ui;
    QComboBox* m_profileComboBox = nullptr;
    QPushButton* m_manageProfilesButton = nullptr;
    // The last profile set, for what the form does not show (locale, currency, catalogs).
    KiboProfile m_baseProfile;
    QString m_typedApiHost;
    QString m_typedAuthHost;
    bool m_explicitHostsShown = true;
    bool m_busy = false;
    bool m_anonymousSessionHeld = false;
    QComboBox* m_signInModeComboBox = nullptr; // "Sign in with", made in code (see the constructor)
    QCheckBox* m_upgradeAnonymousCheckBox = nullptr;
};
