#include "memoryvault.h"

#include "logging.h"

MemoryVault::MemoryVault(QObject* parent)
    : TokenVault(parent)
{ }

MemoryVault::~MemoryVault() = default;

void MemoryVault::store(const QString& account, const StoredTokens& tokens)
{
    QMetaObject::invokeMethod(
        this,
        [this, account, tokens] {
            m_tokens.insert(account, tokens);
            qCDebug(lcVault) << "memory vault: stored" << account;
            Q_EMIT stored(account, VaultStatus { VaultStatus::Code::Ok });
        },
        Qt::QueuedConnection);
}

void MemoryVault::load(const QString& account)
{
    QMetaObject::invokeMethod(
        this,
        [this, account] {
            const auto it = m_tokens.constFind(account);
            if (it == m_tokens.constEnd()) {
                qCDebug(lcVault) << "memory vault: nothing for" << account;
                Q_EMIT loaded(account, StoredTokens {}, VaultStatus { VaultStatus::Code::NotFound });
                return;
            }
            qCDebug(lcVault) << "memory vault: loaded" << account;
            Q_EMIT loaded(account, *it, VaultStatus { VaultStatus::Code::Ok });
        },
        Qt::QueuedConnection);
}

void MemoryVault::remove(const QString& account)
{
    QMetaObject::invokeMethod(
        this,
        [this, account] {
            m_tokens.remove(account);
            qCDebug(lcVault) << "memory vault: removed" << account;
            Q_EMIT removed(account, VaultStatus { VaultStatus::Code::Ok });
        },
        Qt::QueuedConnection);
}

bool MemoryVault::isPersistent() const
{
    return false;
}
