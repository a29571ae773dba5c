#pragma once

#include "vault/vaultstatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

// The one queue of QtKeychain jobs, shared by the token vault and the client-secret store. Jobs run one
// at a time, each under a watchdog: waiting(true) once a request has taken longer than the waiting
// threshold, TimedOut past the hard limit for one job, after which every job is answered Unavailable at
// once until the runner is recreated (restart). A request may take several jobs: run() queues its first
// job behind the others, runNext() (from a job's callback) its next one ahead of them, so requests never
// interleave. Answers always come from the event loop, never from inside run(). A running job outlives
// its runner safely (qtkeychain#261); nothing touches the keychain before the first job, and never the
// insecure fallback (reliability.md). A job that fails is followed by a short look at the session bus
// (Services::probeKeychain, under its own deadline) so classify() can tell the keychain's states apart; a value
// over maxValueBytes is refused as TooLarge before any job starts.
class KeychainJobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainJobRunner)

public:
    enum class Operation
    {
        Write,
        Read,
        Delete
    };
    // What a store built on the runner was asked to do (one request may take several jobs).
    enum class Request
    {
        Store,
        Load,
        Remove
    };
    struct Job
    {
        Operation operation = Operation::Read;
        QString key;
        QString value; // what a write stores
    };
    // What the session bus says after a failed job (Linux: D-Bus and the Secret Service). probed is false where
    // nothing could be asked (another platform, or the probe itself ran past its deadline).
    struct Facts
    {
        bool probed = false;
        bool busAddressSet = true; // DBUS_SESSION_BUS_ADDRESS is set
        bool busReachable = true; // a connection to it was made
        bool secretServiceOwned = false; // org.freedesktop.secrets has an owner
        bool secretServiceActivatable = false; // the bus can start one
        bool collectionLocked = false; // the default collection says Locked
    };
    // The largest value a write sends, in UTF-8 bytes: four times the largest round-trip (16 KiB), far above any
    // token Kibo issues. Larger values are refused before anything is sent.
    static constexpr qsizetype maxValueBytes = 64 * 1024;
    // How long the look at the session bus after a failed job may take.
    static constexpr std::chrono::milliseconds probeDeadline { 1000 };

    // text: what a read job read; empty unless status is ok.
    using Done = std::function<void(const VaultStatus& status, const QString& text)>;

    explicit KeychainJobRunner(QObject* parent = nullptr);
    ~KeychainJobRunner() override;

    void run(const Job& job, Done done);
    void runNext(const Job& job, Done done);
    // Answers status in turn without a keychain job, for a request with nothing to look up.
    void answer(VaultStatus status, Done done);

    // False once a job passed the hard limit: the keychain is then left alone until restart.
    bool isUsable() const;
    void setWaitingThreshold(std::chrono::milliseconds threshold); // default 2 s
    void setHardLimit(std::chrono::milliseconds limit); // default 15 s
    std::chrono::milliseconds hardLimit() const;

    // "store", "load" or "remove", for the log.
    static const char* requestName(Request request);
    // A QKeychain::Error as a vault status code, before the bus was asked.
    static VaultStatus::Code statusCode(int keychainError);
    // The one classification of a failed job: QtKeychain's error refined by what the bus says (a locked
    // collection, no bus, no Secret Service). Without facts it is statusCode().
    static VaultStatus::Code classify(int keychainError, const Facts& facts);

    // Tests only: called just before each keychain job starts, with its entry key and "read", "write" or
    // "delete", so a test can bring about a real fault (say, lock the keyring) at an exact point.
    using JobStartHook = std::function<void(const QString& entryKey, const QString& operation)>;
    void setJobStartHook(JobStartHook hook);

Q_SIGNALS:
    void waiting(bool isWaiting);

private:
    struct Entry
    {
        std::optional<Job> job; // none: answer with status
        VaultStatus status;
        Done done;
        bool continuation = false; // the next step of the request before it
    };

    void enqueue(Entry entry);
    void scheduleNext();
    void startNext();
    void onJobFinished(QObject* job, int error, const QString& errorString, const QString& text);
    void onProbed(int error, const Facts& facts);
    void onHardLimit();
    void complete(VaultStatus status, const QString& text);
    void setWaiting(bool isWaiting);

    QList<Entry> m_entries;
    Entry m_current;
    bool m_busy = false;
    bool m_scheduled = false;
    bool m_unusable = false;
    bool m_waiting = false;
    bool m_inCallback = false;
    bool m_probing = false; // a failed job's look at the bus runs
    qsizetype m_continuations = 0; // next steps queued by the running callback
    QPointer<QObject> m_job; // a QKeychain::Job, made by the services module
    QTimer m_waitingTimer;
    QTimer m_hardLimitTimer;
    JobStartHook m_jobStartHook;
};
