#include "keychainvault.h"

#include "logging.h"
#include "secrets/secretpolicy.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

// One keychain entry per token member, named after it: "<account>/accessToken", "<account>/refreshToken", …
const QStringList& parts()
{
    return SecretPolicy::tokenFields();
}

} // namespace

KeychainVault::KeychainVault(QObject* parent)
    : TokenVault(parent)
{
    // No keychain call here: the first job runs on the first request, after the first frame.
    connect(&m_runner, &KeychainJobRunner::waiting, this, &KeychainVault::waiting);
}

// The runner, destroyed with us, cuts a running job loose (qtkeychain#261).
KeychainVault::~KeychainVault() = default;

void KeychainVault::store(const QString& account, const StoredTokens& tokens)
{
    begin(Request { Kind::Store, account, tokens, 0, false, {} });
}

void KeychainVault::load(const QString& account)
{
    begin(Request { Kind::Load, account, {}, 0, false, {} });
}

void KeychainVault::remove(const QString& account)
{
    begin(Request { Kind::Remove, account, {}, 0, false, {} });
}

bool KeychainVault::isPersistent() const
{
    return true;
}

bool KeychainVault::isUsable() const
{
    return m_runner.isUsable();
}

void KeychainVault::setWaitingThreshold(std::chrono::milliseconds threshold)
{
    m_runner.setWaitingThreshold(threshold);
}

void KeychainVault::setHardLimit(std::chrono::milliseconds limit)
{
    m_runner.setHardLimit(limit);
}

void KeychainVault::setJobStartHook(JobStartHook hook)
{
    m_runner.setJobStartHook(std::move(hook));
}

QString KeychainVault::entryKey(const QString& account, const QString& part)
{
    return account + QLatin1Char('/') + part;
}

void KeychainVault::begin(Request request)
{
    qCDebug(lcVault) << KeychainJobRunner::requestName(request.kind) << "requested for" << request.account;
    const auto pointer = std::make_shared<Request>(std::move(request));
    if (pointer->account.isEmpty()) {
        qCWarning(lcVault) << "request without an account refused";
        m_runner.answer(VaultStatus { VaultStatus::Code::Failed },
            [this, pointer](const VaultStatus& status, const QString&) { finishRequest(*pointer, status); });
        return;
    }
    if (pointer->kind == Kind::Store) {
        const RequestPointer last = m_lastRequest.value(pointer->account).lock();
        if (last && last->kind == Kind::Store && !last->rollingBack && last->step < int(parts().size())) {
            // It still deletes the old entries (or waits): it writes these newer tokens, and answers this store too.
            qCDebug(lcVault) << "store for" << pointer->account << "handed to the store not yet writing";
            last->tokens = pointer->tokens;
            ++last->handedOver;
            return;
        }
    }
    m_lastRequest.insert(pointer->account, pointer);
    runStep(pointer, true);
}

int KeychainVault::stepCount(const Request& request) const
{
    // A store deletes the old entries before it writes: if a write then fails and the keyring refuses
    // the rollback (a locked keyring answers deletes with "done" and keeps the entry), what remains is
    // an incomplete set that loads as NotFound, never new parts mixed with old ones.
    return request.kind == Kind::Store && !request.rollingBack ? 2 * int(parts().size()) : int(parts().size());
}

void KeychainVault::runStep(const RequestPointer& request, bool first)
{
    const int index = request->step % int(parts().size());
    KeychainJobRunner::Job job { KeychainJobRunner::Operation::Delete, entryKey(request->account, parts().at(index)),
        {} };
    if (!request->rollingBack) {
        switch (request->kind) {
        case Kind::Store:
            if (request->step >= int(parts().size())) {
                job.operation = KeychainJobRunner::Operation::Write;
                job.value = request->tokens.token(parts().at(index));
            }
            break;
        case Kind::Load:
            job.operation = KeychainJobRunner::Operation::Read;
            break;
        case Kind::Remove:
            break;
        }
    }
    auto done = [this, request](const VaultStatus& status, const QString& text) {
        onStepFinished(request, status, text);
    };
    if (first) {
        m_runner.run(job, std::move(done));
    } else {
        m_runner.runNext(job, std::move(done));
    }
}

void KeychainVault::onStepFinished(const RequestPointer& request, VaultStatus status, const QString& text)
{
    Request& current = *request;
    if (!m_runner.isUsable()) {
        // Timed out now or earlier in this run: no rollback, the keychain is left alone.
        if (status.code == VaultStatus::Code::Unavailable) {
            qCInfo(lcVault) << KeychainJobRunner::requestName(current.kind) << "for" << current.account
                            << "skipped: the keychain timed out earlier in this run";
        }
        finishRequest(current, status);
        return;
    }
    const int index = current.step % int(parts().size());
    const QString part = parts().at(index);

    if (current.rollingBack) {
        // When the keyring failed the store, it usually fails the clean-up the same way: not news.
        if (!status.ok() && status.code != current.failure.code) {
            qCWarning(lcVault) << "rollback could not delete" << entryKey(current.account, part) << "status"
                               << status.codeName();
        }
        if (++current.step < stepCount(current)) {
            runStep(request, false);
            return;
        }
        finishRequest(current, current.failure);
        return;
    }

    switch (current.kind) {
    case Kind::Load:
        if (status.ok()) {
            current.tokens.setToken(part, text);
        }
        break;
    case Kind::Store:
        if (current.step >= int(parts().size())) {
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
        qCInfo(lcVault) << KeychainJobRunner::requestName(current.kind) << entryKey(current.account, part)
                        << "failed:" << status.codeName();
        if (current.kind == Kind::Store) {
            // No half-saved state: delete every part, including older parts a mixed set would pair with.
            current.rollingBack = true;
            current.failure = status;
            current.step = 0;
            runStep(request, false);
            return;
        }
        finishRequest(current, status);
        return;
    }
    if (++current.step < stepCount(current)) {
        runStep(request, false);
        return;
    }
    finishRequest(current, status);
}

void KeychainVault::finishRequest(const Request& request, VaultStatus status)
{
    qCInfo(lcVault) << KeychainJobRunner::requestName(request.kind) << request.account << "->" << status.codeName();
    // The runner starts the next request after this returns, unless a receiver deleted the vault.
    if (m_lastRequest.value(request.account).lock().get() == &request) {
        m_lastRequest.remove(request.account);
    }
    switch (request.kind) {
    case Kind::Store: {
        const QString account = request.account;
        const int answers = 1 + request.handedOver;
        const QPointer<KeychainVault> self(this);
        for (int i = 0; i < answers && self; ++i) {
            Q_EMIT stored(account, status);
        }
        break;
    }
    case Kind::Load:
        Q_EMIT loaded(request.account, status.ok() ? request.tokens : StoredTokens {}, status);
        break;
    case Kind::Remove:
        Q_EMIT removed(request.account, status);
        break;
    }
}
