#include "vault/clientsecretstore.h"

#include "kibo/kibohosts.h"
#include "logging.h"
#include "vault/keychainvault.h"
#include "version.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const char* kindName(int kind)
{
    static const char* const names[] = { "store", "load", "remove" };
    return names[kind];
}

} // namespace

ClientSecretStore::ClientSecretStore(QObject* parent)
    : QObject(parent)
{
    // No keychain call here: the first job runs on the first request.
    m_waitingTimer.setSingleShot(true);
    m_waitingTimer.setInterval(2s);
    m_hardLimitTimer.setSingleShot(true);
    m_hardLimitTimer.setInterval(15s);
    connect(&m_waitingTimer, &QTimer::timeout, this, [this] { setWaiting(true); });
    connect(&m_hardLimitTimer, &QTimer::timeout, this, &ClientSecretStore::onHardLimit);
}

ClientSecretStore::~ClientSecretStore()
{
    // As in KeychainVault: a running job cannot be cancelled; it deletes itself when it finishes.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
    }
}

QString ClientSecretStore::entryKey(const KiboProfile& profile)
{
    const QString clientId = profile.clientId.trimmed();
    const QUrl auth = KiboHosts::authApiBase(profile);
    if (clientId.isEmpty() || !auth.isValid()) {
        return {};
    }
    // QUrl keeps the host in lower case; scheme, port and path are part of the binding too.
    return u"clientSecret/"_s + clientId + u'@' + auth.toString(QUrl::FullyEncoded);
}

QString ClientSecretStore::boundHost(const KiboProfile& profile)
{
    const QUrl auth = KiboHosts::authApiBase(profile);
    if (!auth.isValid()) {
        return {};
    }
    return auth.port() > 0 ? u"%1:%2"_s.arg(auth.host()).arg(auth.port()) : auth.host();
}

void ClientSecretStore::store(const KiboProfile& profile, const QString& secret)
{
    enqueue(Request { Kind::Store, entryKey(profile), secret });
}

void ClientSecretStore::load(const KiboProfile& profile)
{
    enqueue(Request { Kind::Load, entryKey(profile), {} });
}

void ClientSecretStore::remove(const KiboProfile& profile)
{
    enqueue(Request { Kind::Remove, entryKey(profile), {} });
}

bool ClientSecretStore::isUsable() const
{
    return !m_unusable;
}

void ClientSecretStore::setWaitingThreshold(std::chrono::milliseconds threshold)
{
    m_waitingTimer.setInterval(threshold);
}

void ClientSecretStore::setHardLimit(std::chrono::milliseconds limit)
{
    m_hardLimitTimer.setInterval(limit);
}

void ClientSecretStore::enqueue(Request request)
{
    m_requests.append(std::move(request));
    if (m_busy || m_scheduled) {
        return;
    }
    // Always answer from the event loop, never from inside the caller's call.
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ClientSecretStore::startNext, Qt::QueuedConnection);
}

void ClientSecretStore::startNext()
{
    m_scheduled = false;
    if (m_busy || m_requests.isEmpty()) {
        return;
    }
    m_busy = true;
    m_current = m_requests.dequeue();
    qCDebug(lcVault) << kindName(static_cast<int>(m_current.kind)) << "client secret" << m_current.key;
    if (m_unusable) {
        finish(VaultStatus { VaultStatus::Code::Unavailable });
        return;
    }
    if (m_current.key.isEmpty()) {
        // No valid auth host or client id: there is nothing a secret could be bound to.
        finish(VaultStatus { m_current.kind == Kind::Load ? VaultStatus::Code::NotFound : VaultStatus::Code::Failed });
        return;
    }
    const QString service = QStringLiteral(KTI_APP_ID);
    QKeychain::Job* job = nullptr;
    switch (m_current.kind) {
    case Kind::Store: {
        if (m_current.secret.isEmpty()) {
            job = new QKeychain::DeletePasswordJob(service); // storing "no secret" removes the entry
            break;
        }
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(m_current.secret);
        job = write;
        break;
    }
    case Kind::Load:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: it writes the secret in clear text (reliability.md)
    job->setKey(m_current.key);
    connect(job, &QKeychain::Job::finished, this, &ClientSecretStore::onJobFinished);
    m_job = job;
    m_waitingTimer.start();
    m_hardLimitTimer.start();
    job->start();
}

void ClientSecretStore::onJobFinished(QKeychain::Job* job)
{
    if (job != m_job) {
        return;
    }
    m_hardLimitTimer.stop();
    m_job.clear();
    VaultStatus status { KeychainVault::statusCode(int(job->error())) };
    const bool deleting = m_current.kind == Kind::Remove || m_current.secret.isEmpty();
    if (deleting && m_current.kind != Kind::Load && status.code == VaultStatus::Code::NotFound) {
        status.code = VaultStatus::Code::Ok; // nothing to delete is what remove wants
    }
    if (status.ok() && m_current.kind == Kind::Load) {
        m_current.secret = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
    }
    if (!status.ok()) {
        // The error text names the entry at most, never a value.
        qCInfo(lcVault) << kindName(static_cast<int>(m_current.kind)) << "client secret" << m_current.key
                        << "failed: keychain error" << int(job->error()) << job->errorString();
    }
    finish(status);
}

void ClientSecretStore::onHardLimit()
{
    if (!m_job) {
        return;
    }
    qCWarning(lcVault) << "client secret" << kindName(static_cast<int>(m_current.kind)) << "timed out after"
                       << m_hardLimitTimer.interval() << "ms; the keychain is not used again in this run";
    disconnect(m_job, nullptr, this, nullptr);
    m_job.clear();
    m_unusable = true;
    finish(VaultStatus { VaultStatus::Code::TimedOut });
}

void ClientSecretStore::finish(VaultStatus status)
{
    m_waitingTimer.stop();
    m_hardLimitTimer.stop();
    Request done = std::exchange(m_current, Request {});
    m_busy = false;
    qCInfo(lcVault) << kindName(static_cast<int>(done.kind)) << "client secret" << done.key << "->"
                    << status.codeName();
    if (m_requests.isEmpty()) {
        setWaiting(false);
    } else if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &ClientSecretStore::startNext, Qt::QueuedConnection);
    }
    switch (done.kind) {
    case Kind::Store:
        Q_EMIT stored(done.key, status);
        break;
    case Kind::Load:
        Q_EMIT loaded(done.key, status.ok() ? done.secret : QString(), status);
        break;
    case Kind::Remove:
        Q_EMIT removed(done.key, status);
        break;
    }
}

void ClientSecretStore::setWaiting(bool isWaiting)
{
    if (m_waiting == isWaiting) {
        return;
    }
    m_waiting = isWaiting;
    Q_EMIT waiting(isWaiting);
}
