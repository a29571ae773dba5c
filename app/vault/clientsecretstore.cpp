#include "vault/clientsecretstore.h"

#include "kibo/kibohosts.h"
#include "logging.h"

using namespace Qt::StringLiterals;

ClientSecretStore::ClientSecretStore(QObject* parent)
    : QObject(parent)
{
    // No keychain call here: the first job runs on the first request.
    connect(&m_runner, &KeychainJobRunner::waiting, this, &ClientSecretStore::waiting);
}

// The runner, destroyed with us, cuts a running job loose (qtkeychain#261).
ClientSecretStore::~ClientSecretStore() = default;

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
    return m_runner.isUsable();
}

void ClientSecretStore::setWaitingThreshold(std::chrono::milliseconds threshold)
{
    m_runner.setWaitingThreshold(threshold);
}

void ClientSecretStore::setHardLimit(std::chrono::milliseconds limit)
{
    m_runner.setHardLimit(limit);
}

void ClientSecretStore::enqueue(const Request& request)
{
    qCDebug(lcVault) << KeychainJobRunner::requestName(request.kind) << "client secret" << request.key;
    auto done = [this, request](const VaultStatus& status, const QString& text) {
        finish(request, status, text);
    };
    if (request.key.isEmpty()) {
        // No valid auth host or client id: there is nothing a secret could be bound to.
        m_runner.answer(
            VaultStatus { request.kind == Kind::Load ? VaultStatus::Code::NotFound : VaultStatus::Code::Failed },
            std::move(done));
        return;
    }
    KeychainJobRunner::Job job { KeychainJobRunner::Operation::Delete, request.key, {} };
    if (request.kind == Kind::Load) {
        job.operation = KeychainJobRunner::Operation::Read;
    } else if (request.kind == Kind::Store && !request.secret.isEmpty()) {
        job.operation = KeychainJobRunner::Operation::Write; // storing "no secret" removes the entry
        job.value = request.secret;
    }
    m_runner.run(job, std::move(done));
}

void ClientSecretStore::finish(const Request& request, VaultStatus status, const QString& text)
{
    const bool deleting = request.kind == Kind::Remove || (request.kind == Kind::Store && request.secret.isEmpty());
    if (deleting && status.code == VaultStatus::Code::NotFound) {
        status.code = VaultStatus::Code::Ok; // nothing to delete is what remove wants
    }
    qCInfo(lcVault) << KeychainJobRunner::requestName(request.kind) << "client secret" << request.key << "->"
                    << status.codeName();
    switch (request.kind) {
    case Kind::Store:
        Q_EMIT stored(request.key, status);
        break;
    case Kind::Load:
        Q_EMIT loaded(request.key, status.ok() ? text : QString(), status);
        break;
    case Kind::Remove:
        Q_EMIT removed(request.key, status);
        break;
    }
}
