#include "keychainvault.h"

#include "logging.h"
#include "version.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QStringList& parts()
{
    static const QStringList names { u"accessToken"_s, u"jwtAccessToken"_s, u"refreshToken"_s };
    return names;
}

QString part(const StoredTokens& tokens, int index)
{
    switch (index) {
    case 0:
        return tokens.accessToken;
    case 1:
        return tokens.jwtAccessToken;
    default:
        return tokens.refreshToken;
    }
}

void setPart(StoredTokens& tokens, int index, const QString& value)
{
    switch (index) {
    case 0:
        tokens.accessToken = value;
        break;
    case 1:
        tokens.jwtAccessToken = value;
        break;
    default:
        tokens.refreshToken = value;
        break;
    }
}

// reliability.md: AccessDenied, NoBackendAvailable and OtherError all mean "keychain unavailable";
// each keeps its own message. A locked keyring reads as EntryNotFound and refuses writes as AccessDenied.
VaultStatus::Code codeFor(QKeychain::Error error)
{
    return KeychainVault::statusCode(int(error));
}

const char* kindName(int kind)
{
    static const char* const names[] = { "store", "load", "remove" };
    return names[kind];
}

} // namespace

KeychainVault::KeychainVault(QObject* parent)
    : TokenVault(parent)
{
    // No keychain call here: the first job runs on the first request, after the first frame.
    m_waitingTimer.setSingleShot(true);
    m_waitingTimer.setInterval(2s);
    m_hardLimitTimer.setSingleShot(true);
    m_hardLimitTimer.setInterval(15s);
    connect(&m_waitingTimer, &QTimer::timeout, this, [this] { setWaiting(true); });
    connect(&m_hardLimitTimer, &QTimer::timeout, this, &KeychainVault::onHardLimit);
}

KeychainVault::~KeychainVault()
{
    // A running QtKeychain job cannot be cancelled, and deleting it while libsecret still holds it
    // crashes when the answer arrives (qtkeychain#261). It was never parented to us; cut it loose so
    // it deletes itself when it finishes. Its connections to us end with us, so no answer reaches a
    // dead vault, and queued requests never start a job.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        qCDebug(lcVault) << "vault destroyed while a keychain job runs; the job will delete itself";
    }
}

void KeychainVault::store(const QString& account, const StoredTokens& tokens)
{
    enqueue(Request { Kind::Store, account, tokens, 0, false, {} });
}

void KeychainVault::load(const QString& account)
{
    enqueue(Request { Kind::Load, account, {}, 0, false, {} });
}

void KeychainVault::remove(const QString& account)
{
    enqueue(Request { Kind::Remove, account, {}, 0, false, {} });
}

bool KeychainVault::isPersistent() const
{
    return true;
}

bool KeychainVault::isUsable() const
{
    return !m_unusable;
}

void KeychainVault::setWaitingThreshold(std::chrono::milliseconds threshold)
{
    m_waitingTimer.setInterval(threshold);
}

void KeychainVault::setHardLimit(std::chrono::milliseconds limit)
{
    m_hardLimitTimer.setInterval(limit);
}

VaultStatus::Code KeychainVault::statusCode(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return VaultStatus::Code::Ok;
    case QKeychain::EntryNotFound:
        return VaultStatus::Code::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return VaultStatus::Code::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return VaultStatus::Code::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        return VaultStatus::Code::Failed;
    }
    return VaultStatus::Code::Failed;
}

QString KeychainVault::entryKey(const QString& account, const QString& part)
{
    return account + QLatin1Char('/') + part;
}

void KeychainVault::enqueue(Request request)
{
    qCDebug(lcVault) << kindName(static_cast<int>(request.kind)) << "requested for" << request.account;
    m_requests.append(std::move(request)); // QQueue::enqueue() only copies
    scheduleNext();
}

void KeychainVault::scheduleNext()
{
    // Always answer from the event loop, never from inside the caller's call.
    if (m_busy || m_scheduled || m_requests.isEmpty()) {
        return;
    }
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &KeychainVault::startNext, Qt::QueuedConnection);
}

void KeychainVault::startNext()
{
    m_scheduled = false;
    if (m_busy || m_requests.isEmpty()) {
        return;
    }
    m_busy = true;
    m_current = m_requests.dequeue();
    if (m_unusable) {
        qCInfo(lcVault) << kindName(static_cast<int>(m_current.kind)) << "for" << m_current.account
                        << "skipped: the keychain timed out earlier in this run";
        finishRequest(VaultStatus { VaultStatus::Code::Unavailable });
        return;
    }
    if (m_current.account.isEmpty()) {
        qCWarning(lcVault) << "request without an account refused";
        finishRequest(VaultStatus { VaultStatus::Code::Failed });
        return;
    }
    m_waitingTimer.start();
    runStep();
}

void KeychainVault::setJobStartHook(JobStartHook hook)
{
    m_jobStartHook = std::move(hook);
}

int KeychainVault::stepCount() const
{
    // A store deletes the old entries before it writes: if a write then fails and the keyring refuses
    // the rollback (a locked keyring answers deletes with "done" and keeps the entry), what remains is
    // an incomplete set that loads as NotFound, never new parts mixed with old ones.
    return m_current.kind == Kind::Store && !m_current.rollingBack ? 2 * int(parts().size()) : int(parts().size());
}

void KeychainVault::runStep()
{
    const int index = m_current.step % int(parts().size());
    const QString key = entryKey(m_current.account, parts().at(index));
    if (m_current.rollingBack) {
        startJob(JobKind::Delete, key, {});
        return;
    }
    switch (m_current.kind) {
    case Kind::Store:
        if (m_current.step < int(parts().size())) {
            startJob(JobKind::Delete, key, {});
        } else {
            startJob(JobKind::Write, key, part(m_current.tokens, index));
        }
        break;
    case Kind::Load:
        startJob(JobKind::Read, key, {});
        break;
    case Kind::Remove:
        startJob(JobKind::Delete, key, {});
        break;
    }
}

void KeychainVault::startJob(JobKind kind, const QString& key, const QString& value)
{
    const QString service = QStringLiteral(KTI_APP_ID);
    // Not parented to the vault: see the destructor. autoDelete (the default) frees it when it finishes.
    QKeychain::Job* job = nullptr;
    switch (kind) {
    case JobKind::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
        break;
    }
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case JobKind::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: it writes the secret in clear text (reliability.md)
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, &KeychainVault::onJobFinished);
    m_job = job;
    if (m_jobStartHook) {
        static const char* const operations[] = { "write", "read", "delete" };
        m_jobStartHook(key, QString::fromLatin1(operations[static_cast<int>(kind)]));
    }
    m_hardLimitTimer.start();
    job->start();
}

void KeychainVault::onJobFinished(QKeychain::Job* job)
{
    if (job != m_job) {
        return;
    }
    m_hardLimitTimer.stop();
    m_job.clear();
    const QKeychain::Error error = job->error();
    const int index = m_current.step % int(parts().size());
    const QString part = parts().at(index);
    VaultStatus status { codeFor(error) };

    if (m_current.rollingBack) {
        // When the keyring failed the store, it usually fails the clean-up the same way: not news.
        if (!status.ok() && status.code != m_current.failure.code) {
            qCWarning(lcVault) << "rollback could not delete" << entryKey(m_current.account, part) << "error"
                               << int(error);
        }
        if (++m_current.step < stepCount()) {
            runStep();
            return;
        }
        finishRequest(m_current.failure);
        return;
    }

    switch (m_current.kind) {
    case Kind::Load:
        if (status.ok()) {
            setPart(m_current.tokens, index, static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
        }
        break;
    case Kind::Store:
        if (m_current.step >= int(parts().size())) {
            break;
        }
        [[fallthrough]]; // the deletes that open a store
    case Kind::Remove:
        if (status.code == VaultStatus::Code::NotFound) {
            status.code = VaultStatus::Code::Ok; // nothing to delete is what remove wants
        }
        break;
    }

    if (!status.ok()) {
        // The error text may come from D-Bus or a backend; it holds key names at most, never values.
        qCInfo(lcVault) << kindName(static_cast<int>(m_current.kind)) << entryKey(m_current.account, part)
                        << "failed: keychain error" << int(error) << job->errorString();
        if (m_current.kind == Kind::Store) {
            // No half-saved state: delete every part, including older parts a mixed set would pair with.
            m_current.rollingBack = true;
            m_current.failure = status;
            m_current.step = 0;
            runStep();
            return;
        }
        m_current.tokens = {};
        finishRequest(status);
        return;
    }
    if (++m_current.step < stepCount()) {
        runStep();
        return;
    }
    finishRequest(status);
}

void KeychainVault::onHardLimit()
{
    if (!m_job) {
        return;
    }
    qCWarning(lcVault) << kindName(static_cast<int>(m_current.kind)) << "for" << m_current.account << "timed out after"
                       << m_hardLimitTimer.interval() << "ms; the keychain is not used again in this run";
    // The job stays queued in QtKeychain until its backend answers; it deletes itself then.
    disconnect(m_job, nullptr, this, nullptr);
    m_job.clear();
    m_unusable = true;
    m_current.tokens = {};
    finishRequest(VaultStatus { VaultStatus::Code::TimedOut });
}

void KeychainVault::finishRequest(VaultStatus status)
{
    m_waitingTimer.stop();
    m_hardLimitTimer.stop();
    const Request done = std::exchange(m_current, Request {});
    m_busy = false;
    qCInfo(lcVault) << kindName(static_cast<int>(done.kind)) << done.account << "->" << status.codeName();
    if (m_requests.isEmpty()) {
        setWaiting(false);
    }
    // Start the next request before emitting: a receiver may delete the vault.
    scheduleNext();
    switch (done.kind) {
    case Kind::Store:
        Q_EMIT stored(done.account, status);
        break;
    case Kind::Load:
        Q_EMIT loaded(done.account, status.ok() ? done.tokens : StoredTokens {}, status);
        break;
    case Kind::Remove:
        Q_EMIT removed(done.account, status);
        break;
    }
}

void KeychainVault::setWaiting(bool isWaiting)
{
    if (m_waiting == isWaiting) {
        return;
    }
    m_waiting = isWaiting;
    qCInfo(lcVault) << (isWaiting ? "waiting for the keyring" : "keyring answered");
    Q_EMIT waiting(isWaiting);
}
