#include "helpers/sessionviewrig.h"

#include "clock.h"
#include "demo/demotenant.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "vault/keychainvault.h"
#include "vault/tokenvault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Deadline = 20000;
}

void SessionViewRig::configureApplication(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(applicationName);
}

bool SessionViewRig::setUp(QString* error)
{
    QSettings().clear();
    clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    tenant = std::make_unique<DemoTenant>();
    tenant->setClock(clock.get());
    if (!tenant->listen()) {
        *error = tenant->errorString();
        return false;
    }
    manager = std::make_unique<QNetworkAccessManager>();
    vault = std::make_unique<KeychainVault>();
    view = std::make_unique<SessionView>(manager.get());
    view->setClock(clock.get());
    view->session()->setVaultProvider([this] { return vault.get(); });
    view->loginPanel()->setProfile(KiboProfile::demo(tenant->baseUrl()), DemoTenant::sharedSecret());
    view->setDemoTenant(tenant.get());
    view->resize(1200, 760);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        *error = u"the session view was not exposed"_s;
        return false;
    }
    accounts.clear();
    return true;
}

bool SessionViewRig::tearDown()
{
    bool ok = true;
    for (const QString& account : std::as_const(accounts)) {
        QSignalSpy removed(vault.get(), &TokenVault::removed);
        vault->remove(account);
        ok = removed.wait(Deadline) && ok;
    }
    view.reset();
    vault.reset();
    manager.reset();
    tenant.reset();
    clock.reset();
    return ok;
}
