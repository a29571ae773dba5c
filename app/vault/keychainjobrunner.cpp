#include "vault/keychainjobrunner.h"

#include "logging.h"
#include "services/services.h"
#include "version.h"

#include <qt6keychain/keychain.h>

using namespace std::chrono_literals;

namespace {

const char* operationName(KeychainJobRunner::Operation operation)
{
    static const char* const names[] = { "write", "read", "delete" };
    return names[static_cast<int>(operation)];
}

} // namespace

const char* KeychainJobRunner::requestName(Request request)
{
    static const char* const names[] = { "store", "load", "remove" };
    return names[static_cast<int>(request)];
}

KeychainJobRunner::KeychainJobRunner(QObject* parent)
    : QObject(parent)
{
    // No keychain call here: the first job runs on the first request, after the first frame.
    m_waitingTimer.setSingleShot(true);
    m_waitingTimer.setInterval(2s);
    m_hardLimitTimer.setSingleShot(true);
    m_hardLimitTimer.setInterval(15s);
    connect(&m_waitingTimer, &QTimer::timeout, this, [this] { setWaiting(true); });
    connect(&m_hardLimitTimer, &QTimer::timeout, this, &KeychainJobRunner::onHardLimit);
}

KeychainJobRunner::~KeychainJobRunner()
{
    // A running QtKeychain job cannot be cancelled, and deleting it while libsecret still holds it
    // crashes when the answer arrives (qtkeychain#261). It was never parented to us; cut it loose so
    // it deletes itself when it finishes. Its connections to us end with us, so no answer reaches a
    // dead owner, and queued jobs never start.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        qCDebug(lcVault) << "keychain runner destroyed while a job runs; the job will delete itself";
    }
}

void KeychainJobRunner::run(const Job& job, Done done)
{
    enqueue(Entry { job, {}, std::move(done), false });
}

void KeychainJobRunner::runNext(const Job& job, Done done)
{
    enqueue(Entry { job, {}, std::move(done), m_inCallback });
}

void KeychainJobRunner::answer(VaultStatus status, Done done)
{
    enqueue(Entry { std::nullopt, status, std::move(done), false });
}

bool KeychainJobRunner::isUsable() const
{
    return !m_unusable;
}

void KeychainJobRunner::setWaitingThreshold(std::chrono::milliseconds threshold)
{
    m_waitingTimer.setInterval(threshold);
}

void KeychainJobRunner::setHardLimit(std::chrono::milliseconds limit)
{
    m_hardLimitTimer.setInterval(limit);
}

std::chrono::milliseconds KeychainJobRunner::hardLimit() const
{
    return m_hardLimitTimer.intervalAsDuration();
}

void KeychainJobRunner::setJobStartHook(JobStartHook hook)
{
    m_jobStartHook = std::move(hook);
}

// reliability.md: AccessDenied, NoBackendAvailable and OtherError all mean "keychain unavailable";
// each keeps its own message. A locked keyring reads as EntryNotFound and refuses writes as AccessDenied.
VaultStatus::Code KeychainJobRunner::statusCode(int keychainError)
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

VaultStatus::Code KeychainJobRunner::classify(int keychainError, const Facts& facts)
{
    const VaultStatus::Code code = statusCode(keychainError);
    if (code == VaultStatus::Code::Ok || !facts.probed) {
        return code;
    }
    switch (code) {
    case VaultStatus::Code::NotFound:
    case VaultStatus::Code::AccessDenied:
        // A locked collection hides its items from reads and refuses writes once its unlock prompt failed or
        // was dismissed (reliability.md): the answer is "unlock it", not "nothing saved" or "refused".
        return facts.collectionLocked ? VaultStatus::Code::Locked : code;
    default:
        break;
    }
    if (!facts.busAddressSet || !facts.busReachable) {
        return VaultStatus::Code::NoSessionBus;
    }
    if (!facts.secretServiceOwned && !facts.secretServiceActivatable) {
        return VaultStatus::Code::NoSecretService;
    }
    return facts.collectionLocked ? VaultStatus::Code::Locked : code;
}

void KeychainJobRunner::enqueue(Entry entry)
{
    if (entry.continuation) {
        // The running request's next step goes ahead of every other request; complete() starts it.
        m_entries.insert(m_continuations++, std::move(entry));
        return;
    }
    m_entries.append(std::move(entry));
    scheduleNext();
}

void KeychainJobRunner::scheduleNext()
{
    // Always answer from the event loop, never from inside the caller's call.
    if (m_busy || m_scheduled || m_inCallback || m_entries.isEmpty()) {
        return;
    }
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &KeychainJobRunner::startNext, Qt::QueuedConnection);
}

void KeychainJobRunner::startNext()
{
    m_scheduled = false;
    if (m_busy || m_entries.isEmpty()) {
        return;
    }
    m_busy = true;
    m_current = m_entries.takeFirst();
    if (!m_current.continuation) {
        m_waitingTimer.start(); // a request's first job: the wait is the whole request's
    }
    if (m_unusable) {
        qCInfo(lcVault) << "keychain job skipped: the keychain timed out earlier in this run";
        complete(VaultStatus { VaultStatus::Code::Unavailable }, {});
        return;
    }
    if (!m_current.job) {
        complete(m_current.status, {});
        return;
    }

    const Job& request = *m_current.job;
    if (request.operation == Operation::Write && request.value.toUtf8().size() > maxValueBytes) {
        qCInfo(lcVault) << "write" << request.key << "refused:" << request.value.toUtf8().size()
                        << "bytes is over the limit of" << maxValueBytes;
        complete(VaultStatus { VaultStatus::Code::TooLarge }, {});
        return;
    }
    // Not parented to the runner: see the destructor. It deletes itself when it finishes, and never falls back to
    // storing the secret in clear text (reliability.md).
    QObject* job = Services::instance().newKeychainJob(request.operation, QStringLiteral(KTI_APP_ID), request.key,
        request.value, this, [this](QObject* finished, int error, const QString& errorString, const QString& text) {
            onJobFinished(finished, error, errorString, text);
        });
    m_job = job;
    if (m_jobStartHook) {
        m_jobStartHook(request.key, QString::fromLatin1(operationName(request.operation)));
    }
    m_hardLimitTimer.start();
    Services::instance().startKeychainJob(job);
}

void KeychainJobRunner::onJobFinished(QObject* job, int error, const QString& errorString, const QString& text)
{
    if (job != m_job) {
        return;
    }
    m_hardLimitTimer.stop();
    m_job.clear();
    const VaultStatus::Code code = statusCode(error);
    if (code == VaultStatus::Code::Ok) {
        complete(VaultStatus {}, m_current.job->operation == Operation::Read ? text : QString());
        return;
    }
    if (code == VaultStatus::Code::NotFound && m_current.job->operation == Operation::Delete) {
        complete(VaultStatus { code }, {}); // nothing to delete: what a delete wants, nothing to ask the bus
        return;
    }
    // The error text may come from D-Bus or a backend; it holds key names at most, never values.
    qCInfo(lcVault) << operationName(m_current.job->operation) << m_current.job->key << "failed: keychain error"
                    << error << errorString;
    // Why it failed: a look at the bus, under its own deadline, answered on the event loop.
    m_probing = true;
    Services::instance().probeKeychain(
        this, probeDeadline, [this, error](const Facts& facts) { onProbed(error, facts); });
}

void KeychainJobRunner::onProbed(int error, const Facts& facts)
{
    if (!m_probing) {
        return;
    }
    m_probing = false;
    const VaultStatus status { classify(error, facts) };
    qCInfo(lcVault) << operationName(m_current.job->operation) << m_current.job->key << "classified as"
                    << status.codeName() << (facts.probed ? "after asking the bus" : "without asking the bus");
    complete(status, {});
}

void KeychainJobRunner::onHardLimit()
{
    if (!m_job) {
        return;
    }
    qCWarning(lcVault) << operationName(m_current.job->operation) << m_current.job->key << "timed out after"
                       << m_hardLimitTimer.interval() << "ms; the keychain is not used again in this run";
    // The job stays queued in QtKeychain until its backend answers; it deletes itself then.
    disconnect(m_job, nullptr, this, nullptr);
    m_job.clear();
    m_unusable = true;
    complete(VaultStatus { VaultStatus::Code::TimedOut }, {});
}

void KeychainJobRunner::complete(VaultStatus status, const QString& text)
{
    m_hardLimitTimer.stop();
    const Entry done = std::exchange(m_current, Entry {});
    m_busy = false;
    m_inCallback = true;
    m_continuations = 0;
    const QPointer<KeychainJobRunner> self(this);
    done.done(status, text);
    if (!self) {
        return; // the callback's receiver deleted our owner
    }
    m_inCallback = false;
    if (std::exchange(m_continuations, 0) > 0) {
        startNext(); // the same request goes on at once
        return;
    }
    // The request is over.
    m_waitingTimer.stop();
    if (m_entries.isEmpty()) {
        setWaiting(false);
    }
    scheduleNext();
}

void KeychainJobRunner::setWaiting(bool isWaiting)
{
    if (m_waiting == isWaiting) {
        return;
    }
    m_waiting = isWaiting;
    qCInfo(lcVault) << (isWaiting ? "waiting for the keyring" : "keyring answered");
    Q_EMIT waiting(isWaiting);
}
