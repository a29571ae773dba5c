#pragma once

#include "vault/tokenvault.h"

#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

// Tokens in the OS keychain through QtKeychain (Secret Service, KWallet, Keychain, Credential Manager).
// Service KTI_APP_ID; access token, JWT and refresh token are three entries ("<account>/accessToken", …)
// because a Windows credential is small. Requests run one at a time, each keychain job under a
// watchdog: waiting(true) past the waiting threshold, TimedOut past the hard limit, after which this
// vault answers Unavailable at once until it is recreated (restart). A store first deletes the old
// entries, and a failed store deletes what it wrote, so a load never pairs new and old parts.
// Nothing touches the keychain before the first request, and never the insecure fallback.
class KeychainVault final : public TokenVault
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainVault)

public:
    explicit KeychainVault(QObject* parent = nullptr);
    ~KeychainVault() override;

    void store(const QString& account, const StoredTokens& tokens) override;
    void load(const QString& account) override;
    void remove(const QString& account) override;
    bool isPersistent() const override;

    // False once a job passed the hard limit: the keychain is then left alone until restart.
    bool isUsable() const;

    void setWaitingThreshold(std::chrono::milliseconds threshold); // default 2 s
    void setHardLimit(std::chrono::milliseconds limit); // default 15 s

    static QString entryKey(const QString& account, const QString& part);
    // A QKeychain::Error as a vault status code (shared with ClientSecretStore).
    static VaultStatus::Code statusCode(int keychainError);

    // Tests only: called just before each keychain job starts, with its entry key and "read", "write" or
    // "delete", so a test can bring about a real fault (say, lock the keyring) at an exact point.
    using JobStartHook = std::function<void(const QString& entryKey, const QString& operation)>;
    void setJobStartHook(JobStartHook hook);

private:
    enum class Kind
    {
        Store,
        Load,
        Remove
    };
    enum class JobKind
    {
        Write,
        Read,
        Delete
    };

    struct Request
    {
        Kind kind = Kind::Load;
        QString account;
        StoredTokens tokens;
        int step = 0; // a store deletes parts 0–2, then writes them as steps 3–5; others: index into parts()
        bool rollingBack = false; // a failed store deleting its parts
        VaultStatus failure; // the error a rollback reports at its end
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    int stepCount() const;
    void runStep();
    void startJob(JobKind kind, const QString& key, const QString& value);
    void onJobFinished(QKeychain::Job* job);
    void onHardLimit();
    void finishRequest(VaultStatus status); // by value: it may come from m_current
    void setWaiting(bool isWaiting);

    QQueue<Request> m_requests;
    Request m_current;
    bool m_busy = false;
    bool m_scheduled = false;
    bool m_unusable = false;
    bool m_waiting = false;
    QPointer<QKeychain::Job> m_job;
    QTimer m_waitingTimer;
    QTimer m_hardLimitTimer;
    JobStartHook m_jobStartHook;
};
