#include "jwksfetcher.h"

#include "services/services.h"

JwksFetcher::JwksFetcher(QObject* parent)
    : QObject(parent)
    , m_backend(Services::instance().newJwksFetcher(this))
{ }

JwksFetcher::~JwksFetcher() = default;

QString JwksFetcher::displaySource(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void JwksFetcher::fetch(const QUrl& url)
{
    m_backend->fetch(url, m_deadline);
}

void JwksFetcher::cancel()
{
    m_backend->cancel();
}

bool JwksFetcher::isRunning() const
{
    return m_backend->isRunning();
}

QNetworkAccessManager* JwksFetcher::networkAccessManager() const
{
    return m_backend->networkAccessManager();
}
