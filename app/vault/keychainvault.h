#pragma once

#include "vault/keychainjobrunner.h"
#include "vault/tokenvault.h"

#include <QHash>
#include <chrono>
#include <functional>
#include <memory>

// Tokens in the OS keychain through QtKeychain (Secret Service, KWallet, Keychain, Credential Manager).
// Service KTI_APP_ID; the token members (SecretPolicy::tokenFields()) are three entries
// ("<account>/accessToken", …) because a Windows credential is small. Requests run one at a time on a
// KeychainJobRunner, each keychain job under its watchdog: waiting(true) past the waiting threshold,
// TimedOut past the hard limit, after which this vault answers Unavailable at once until it is recreated
// (restart). A store first deletes the old entries, and a failed store deletes what it wrote, so a load
// never pairs new and old parts. Only the newest tokens of an account matter: a store made while an earlier
// store of the same account, the account's last request, has not written anything yet hands that one its
// tokens instead of queueing behind it (refreshes faster than the keyring never pile up), and each of them is
// answered when it ends. Nothing touches the keychain before the first request, and never the insecure fallback.
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

    // Tests only: see KeychainJobRunner::setJobStartHook.
    using JobStartHook = KeychainJobRunner::JobStartHook;
    void setJobStartHook(JobStartHook hook);

private:
    using Kind = KeychainJobRunner::Request;

    struct Request
    {
        Kind kind = Kind::Load;
        QString account;
        StoredTokens tokens;
        int step = 0; // a store deletes parts 0–2, then writes them as steps 3–5; others: index into parts()
        bool rollingBack = false; // a failed store deleting its parts
        VaultStatus failure; // the error a rollback reports at its end
        int handedOver = 0; // later stores of the account that gave this one their tokens; each is answered too
    };
    using RequestPointer = std::shared_ptr<Request>;

    void begin(Request request);
    int stepCount(const Request& request) const;
    void runStep(const RequestPointer& request, bool first);
    void onStepFinished(const RequestPointer& request, VaultStatus status, const QString& text);
    void finishRequest(const Request& request, VaultStatus status);

    KeychainJobRunner m_runner;
    QHash<QString, std::weak_ptr<Request>> m_lastRequest; // per account, while it runs or waits
};
