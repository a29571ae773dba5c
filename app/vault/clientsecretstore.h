#pragma once

#include "kibo/kiboprofile.h"
#include "vault/keychainjobrunner.h"
#include "vault/vaultstatus.h"

#include <QObject>
#include <chrono>

// A profile's client (application) secret in the OS keychain, under the service KTI_APP_ID like the
// tokens, in an entry of its own: "clientSecret/<client id>@<normalised auth API base>". The secret is
// bound to the auth host it was saved for: a profile whose auth host (or client id) differs looks up
// another entry and gets nothing, so a secret never goes to a host other than the one it was saved for.
// Requests run one at a time on a KeychainJobRunner, under the same watchdog as KeychainVault
// (waiting(true) past the waiting threshold, TimedOut past the hard limit, then Unavailable at once
// until restart). Nothing touches the
// keychain before the first request, and never the insecure fallback.
class ClientSecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSecretStore)

public:
    explicit ClientSecretStore(QObject* parent = nullptr);
    ~ClientSecretStore() override;

    // The entry a profile's secret lives under; empty when the profile has no valid auth host or client id.
    static QString entryKey(const KiboProfile& profile);
    // The normalised auth host the secret is bound to, for messages ("home.mozu.com", "127.0.0.1:8080").
    static QString boundHost(const KiboProfile& profile);

    // An empty secret removes the entry. Each call answers later through its signal, with entryKey(profile).
    void store(const KiboProfile& profile, const QString& secret);
    void load(const KiboProfile& profile);
    void remove(const KiboProfile& profile);

    bool isUsable() const;
    void setWaitingThreshold(std::chrono::milliseconds threshold); // default 2 s
    void setHardLimit(std::chrono::milliseconds limit); // default 15 s

Q_SIGNALS:
    void stored(const QString& key, const VaultStatus& status);
    // secret is empty unless status is ok.
    void loaded(const QString& key, const QString& secret, const VaultStatus& status);
    void removed(const QString& key, const VaultStatus& status);
    void waiting(bool isWaiting);

private:
    using Kind = KeychainJobRunner::Request;
    struct Request
    {
        Kind kind = Kind::Load;
        QString key;
        QString secret;
    };

    void enqueue(const Request& request);
    void finish(const Request& request, VaultStatus status, const QString& text);

    KeychainJobRunner m_runner;
};
