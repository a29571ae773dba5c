#pragma once

#include "vault/tokenvault.h"

#include <QHash>

// The honest null vault: keeps tokens in memory until quit and says so (isPersistent() is false).
// Answers asynchronously, in call order, like the keychain vault.
class MemoryVault final : public TokenVault
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryVault)

public:
    explicit MemoryVault(QObject* parent = nullptr);
    ~MemoryVault() override;

    void store(const QString& account, const StoredTokens& tokens) override;
    void load(const QString& account) override;
    void remove(const QString& account) override;
    bool isPersistent() const override;

private:
    QHash<QString, StoredTokens> m_tokens;
};
