#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class DemoTenant;
class KeychainVault;
class ManualClock;
class QNetworkAccessManager;
class QWidget;
class SessionView;

// One SessionView shown on the offscreen platform, logged in to an in-process demo tenant over loopback, with
// a manual clock shared by both and the real keychain (under scripts/with-keyring). The session GUI tests set
// one up per test function; tearDown() removes the keychain accounts the test listed in `accounts`.
struct SessionViewRig
{
    // Test mode for QStandardPaths and QSettings under the given application name.
    static void configureApplication(const QString& applicationName);

    // False with a message in *error when the demo tenant cannot listen or the view does not show.
    bool setUp(QString* error);
    // False when the keychain did not confirm a removal in time.
    bool tearDown();

    // The view's child of that object name and type; fails the whole test run where there is none.
    template <typename T>
    T* child(const char* name) const
    {
        auto* widget = qobject_cast<T*>(namedChild(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    QObject* namedChild(const char* name) const;

    // Types username and the demo password into the login form inside form (a session view or a main window), the
    // way a user does: select all, type.
    static void typeCredentials(const QWidget* form, const QString& username);
    // Types username and the demo password into the view's form and clicks Log In, as a user does; returns once the
    // answer is shown and its tokens are stored, with the account listed for tearDown(). Fails the test function
    // (QVERIFY) when the login does not succeed.
    void logIn(const QString& username);

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<DemoTenant> tenant;
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<KeychainVault> vault;
    std::unique_ptr<SessionView> view;
    QStringList accounts;
};
