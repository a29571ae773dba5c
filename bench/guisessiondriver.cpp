#include "guisessiondriver.h"

#include "demo/demotenant.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "session/customersession.h"
#include "sessionview.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until signal fires (or 30 s pass); true when it fired.
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, const std::function<void()>& start)
{
    QEventLoop loop;
    bool fired = false;
    const QMetaObject::Connection done = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    start();
    if (!fired) {
        loop.exec();
    }
    QObject::disconnect(done);
    // Back in the application's own event loop, objects given to deleteLater() during the call would go now; a
    // nested loop does not delete them (Qt waits for the loop level they were posted at), so do what returning does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return fired;
}

} // namespace

namespace GuiSessionDriver {

void useOffscreenPlatformByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

bool startDemo(MainWindow* window)
{
    window->show();
    return waitFor(window, &MainWindow::demoTenantStarted, [window] { window->startDemoTenant(); })
        || window->demoTenant();
}

bool logIn(SessionView* view, const QString& username)
{
    view->loginPanel()->setUsername(username);
    auto* password = view->findChild<QLineEdit*>(u"passwordLineEdit"_s);
    if (!password) {
        return false;
    }
    password->setText(DemoTenant::defaultPassword());
    CustomerSession* session = view->session();
    bool stored = false;
    const QMetaObject::Connection storing
        = QObject::connect(session, &CustomerSession::tokensStored, session, [&stored] { stored = true; });
    const bool answered = waitFor(view, &SessionView::answerShown, [view] { view->login(); });
    // As after a refresh: the tokens are in the keychain before the next step.
    const bool kept = stored || waitFor(session, &CustomerSession::tokensStored, [] {});
    QObject::disconnect(storing);
    return answered && kept && session->currentTicket();
}

bool refresh(SessionView* view)
{
    CustomerSession* session = view->session();
    const auto before = session->currentTicket();
    bool stored = false;
    const QMetaObject::Connection storing
        = QObject::connect(session, &CustomerSession::tokensStored, session, [&stored] { stored = true; });
    const bool answered = waitFor(view, &SessionView::answerShown, [view] { view->refreshNow(); });
    // The new tokens go to the keychain after the answer shows; wait for that as a user's next click would.
    const bool kept = stored || waitFor(session, &CustomerSession::tokensStored, [] {});
    QObject::disconnect(storing);
    const auto after = session->currentTicket();
    return answered && kept && after && (!before || after->accessToken != before->accessToken);
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

int openFileDescriptors()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
}

} // namespace GuiSessionDriver
