#include "kibo/kibocall.h"

#include "services/services.h"

KiboCall::KiboCall(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_backend(Services::instance().newKiboCall(this, manager))
{ }

KiboCall::~KiboCall() = default;

void KiboCall::setOperation(const QString& operation)
{
    m_backend->setOperation(operation);
}

void KiboCall::setDeadlines(int transferTimeoutMs, int overallDeadlineMs)
{
    m_backend->setDeadlines(transferTimeoutMs, overallDeadlineMs);
}

void KiboCall::setMaxResponseBytes(qint64 bytes)
{
    m_backend->setMaxResponseBytes(bytes);
}

void KiboCall::setCaBundlePath(const QString& path)
{
    m_backend->setCaBundlePath(path);
}

void KiboCall::setBodyExpectation(BodyExpectation expectation)
{
    m_backend->setBodyExpectation(expectation);
}

void KiboCall::setSentSecrets(const SentSecrets& secrets)
{
    m_backend->setSentSecrets(secrets);
}

bool KiboCall::checkCaBundle(const QString& path, QString* error)
{
    return Services::instance().checkCaBundle(path, error);
}

void KiboCall::start(const QByteArray& verb, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers,
    const QByteArray& body)
{
    m_backend->start(verb, url, headers, body);
}

void KiboCall::cancel()
{
    m_backend->cancel();
}

bool KiboCall::isRunning() const
{
    return m_backend->isRunning();
}

const KiboResponse& KiboCall::response() const
{
    return m_backend->response();
}
