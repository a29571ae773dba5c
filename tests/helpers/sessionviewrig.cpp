#include "helpers/sessionviewrig.h"

#include "clock.h"
#include "demo/demotenant.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "loginpanel.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "vault/keychainvault.h"
#include "vault/tokenvault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
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
    AuthTicketClient::clearTenantCache(); // each test looks its own demo tenant up
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

QObject* SessionViewRig::namedChild(const char* name) const
{
    return view->findChild<QObject*>(QString::fromLatin1(name));
}

void SessionViewRig::typeCredentials(const QWidget* form, const QString& username)
{
    auto* usernameEdit = form->findChild<QLineEdit*>(u"usernameLineEdit"_s);
    auto* passwordEdit = form->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    QVERIFY(usernameEdit && passwordEdit);
    usernameEdit->setFocus();
    QTest::keyClick(usernameEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(usernameEdit, username);
    passwordEdit->setFocus();
    QTest::keyClick(passwordEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(passwordEdit, DemoTenant::defaultPassword());
}

void SessionViewRig::logIn(const QString& username)
{
    auto* loginButton = view->findChild<QPushButton*>(u"loginButton"_s);
    QVERIFY(loginButton);
    typeCredentials(view.get(), username);
    QSignalSpy shown(view.get(), &SessionView::answerShown);
    QSignalSpy stored(view->session(), &CustomerSession::tokensStored);
    QTest::mouseClick(loginButton, Qt::LeftButton);
    QVERIFY(shown.wait(Deadline));
    QVERIFY(view->session()->currentTicket());
    QVERIFY2(view->statusText().startsWith(u"Logged in as "_s + username), qPrintable(view->statusText()));
    accounts.append(view->session()->accountKey());
    QVERIFY(!stored.isEmpty() || stored.wait(Deadline));
}
