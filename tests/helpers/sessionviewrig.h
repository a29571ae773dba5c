#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class DemoTenant;
class KeychainVault;
class ManualClock;
class QNetworkAccessManager;
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

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<DemoTenant> tenant;
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<KeychainVault> vault;
    std::unique_ptr<SessionView> view;
    QStringList accounts;
};
