#include "vault/secretserviceprobe.h"

#include "logging.h"

#include <QtGlobal>
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#define KTI_PROBE_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef KTI_PROBE_DBUS
const QString secretsName = u"org.freedesktop.secrets"_s;
const QString busName = u"org.freedesktop.DBus"_s;
const QString busPath = u"/org/freedesktop/DBus"_s;
#endif

} // namespace

void SecretServiceProbe::start(QObject* context, std::chrono::milliseconds deadline, Services::KeychainProbeDone done)
{
    auto* probe = new SecretServiceProbe(context, deadline, std::move(done));
    // Answer from the event loop, never from inside the caller's call.
    QMetaObject::invokeMethod(probe, &SecretServiceProbe::run, Qt::QueuedConnection);
}

SecretServiceProbe::SecretServiceProbe(
    QObject* context, std::chrono::milliseconds deadline, Services::KeychainProbeDone done)
    : m_context(context)
    , m_done(std::move(done))
    , m_deadline(deadline)
{
    static int counter = 0;
    m_connectionName = u"kti-secret-service-probe-"_s + QString::number(++counter);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setInterval(deadline);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcVault) << "the look at the session bus passed its deadline";
        finish(false);
    });
}

SecretServiceProbe::~SecretServiceProbe()
{
#ifdef KTI_PROBE_DBUS
    QDBusConnection::disconnectFromBus(m_connectionName);
#endif
}

void SecretServiceProbe::run()
{
#ifdef KTI_PROBE_DBUS
    m_facts.probed = true;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_facts.busAddressSet = false;
        finish(true);
        return;
    }
    m_deadlineTimer.start();
    const QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected()) {
        qCInfo(lcVault) << "the session bus cannot be reached:" << bus.lastError().name();
        m_facts.busReachable = false;
        finish(true);
        return;
    }
    QDBusMessage ask = QDBusMessage::createMethodCall(busName, busPath, busName, u"NameHasOwner"_s)
        << QVariant(secretsName);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask, int(m_deadline.count())), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<bool> reply = *call;
        if (reply.isError()) {
            finish(false);
            return;
        }
        m_facts.secretServiceOwned = reply.value();
        if (m_facts.secretServiceOwned) {
            askLocked();
        } else {
            askActivatable();
        }
    });
#else
    finish(false);
#endif
}

void SecretServiceProbe::askActivatable()
{
#ifdef KTI_PROBE_DBUS
    const QDBusConnection bus(m_connectionName);
    const QDBusMessage ask = QDBusMessage::createMethodCall(busName, busPath, busName, u"ListActivatableNames"_s);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask, int(m_deadline.count())), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            finish(false);
            return;
        }
        m_facts.secretServiceActivatable = reply.value().contains(secretsName);
        finish(true);
    });
#endif
}

void SecretServiceProbe::askLocked()
{
#ifdef KTI_PROBE_DBUS
    // Where libsecret writes: the collection behind the "default" alias (the login keyring).
    const QDBusConnection bus(m_connectionName);
    QDBusMessage ask = QDBusMessage::createMethodCall(secretsName, u"/org/freedesktop/secrets/aliases/default"_s,
                           u"org.freedesktop.DBus.Properties"_s, u"Get"_s)
        << QVariant(u"org.freedesktop.Secret.Collection"_s) << QVariant(u"Locked"_s);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask, int(m_deadline.count())), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        // No default collection, or no answer: nothing is known to be locked.
        m_facts.collectionLocked = !reply.isError() && reply.value().variant().toBool();
        finish(true);
    });
#endif
}

void SecretServiceProbe::finish(bool probed)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadlineTimer.stop();
    m_facts.probed = probed;
    if (!probed) {
        m_facts = KeychainJobRunner::Facts {};
    }
    if (m_context) {
        // Through the context's thread and lifetime: a runner destroyed meanwhile gets no answer.
        QMetaObject::invokeMethod(
            m_context, [done = std::move(m_done), facts = m_facts] { done(facts); }, Qt::QueuedConnection);
    }
    deleteLater();
}
