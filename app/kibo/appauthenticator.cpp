#include "kibo/appauthenticator.h"

#include "clock.h"
#include "kibo/kibocall.h"
#include "logging.h"
#include "secrets/secretpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

AppAuthenticator::AppAuthenticator(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_clock(Clock::system())
    , m_transferTimeoutMs(KiboCall::DefaultTransferTimeoutMs)
    , m_overallDeadlineMs(KiboCall::DefaultOverallDeadlineMs)
{ }

AppAuthenticator::~AppAuthenticator() = default;

void AppAuthenticator::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void AppAuthenticator::setCredentials(const QUrl& authApiBase, const QString& clientId, const QString& clientSecret)
{
    if (authApiBase == m_authApiBase && clientId == m_clientId && clientSecret == m_clientSecret) {
        return;
    }
    m_authApiBase = authApiBase;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    invalidate();
}

void AppAuthenticator::setDeadlines(int transferTimeoutMs, int overallDeadlineMs)
{
    m_transferTimeoutMs = transferTimeoutMs;
    m_overallDeadlineMs = overallDeadlineMs;
}

void AppAuthenticator::setCaBundlePath(const QString& path)
{
    if (path != m_caBundlePath) {
        m_caBundlePath = path;
        invalidate();
    }
}

QString AppAuthenticator::tokenPath()
{
    return u"/platform/applications/authtickets/oauth"_s;
}

bool AppAuthenticator::hasValidToken() const
{
    return !m_accessToken.isEmpty() && m_renewAt.isValid() && m_clock->now() < m_renewAt;
}

QString AppAuthenticator::validToken() const
{
    return hasValidToken() ? m_accessToken : QString();
}

bool AppAuthenticator::isRequesting() const
{
    return m_call && m_call->isRunning() && m_callGeneration == m_generation;
}

void AppAuthenticator::invalidate()
{
    m_accessToken.clear();
    m_renewAt = {};
    ++m_generation;
}

void AppAuthenticator::requestToken()
{
    if (hasValidToken()) {
        const QString token = m_accessToken;
        QMetaObject::invokeMethod(
            this, [this, token] { Q_EMIT tokenReady(token); }, Qt::QueuedConnection);
        return;
    }
    if (isRequesting()) {
        return; // the reply in flight answers every waiting caller
    }

    if (!m_authApiBase.isValid() || m_clientId.isEmpty()) {
        KiboError error;
        error.kind = KiboError::Kind::HostNotFound;
        error.operation = KiboError::appAuthenticationOperation();
        error.message = m_authApiBase.isValid() ? tr("The profile has no client id.")
                                                : tr("The profile has no valid authentication host.");
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error, KiboResponse()); }, Qt::QueuedConnection);
        return;
    }

    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater();
    }
    m_call = new KiboCall(m_manager, this);
    m_callGeneration = m_generation;
    m_call->setOperation(KiboError::appAuthenticationOperation());
    m_call->setDeadlines(m_transferTimeoutMs, m_overallDeadlineMs);
    m_call->setMaxResponseBytes(64 * 1024);
    m_call->setCaBundlePath(m_caBundlePath);
    SentSecrets secrets; // a server that echoes what it was sent must not show the client secret back
    secrets.add(u"client_secret"_s, m_clientSecret);
    m_call->setSentSecrets(secrets);
    connect(m_call, &KiboCall::finished, this, &AppAuthenticator::onFinished);

    QUrl url = m_authApiBase;
    url.setPath(url.path() + tokenPath());
    const QJsonObject body { { u"client_id"_s, m_clientId }, { u"client_secret"_s, m_clientSecret },
        { u"grant_type"_s, u"client_credentials"_s } };
    m_call->start("POST", url, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void AppAuthenticator::onFinished(const KiboResponse& response)
{
    KiboCall* call = m_call;
    m_call = nullptr;
    if (call) {
        call->deleteLater();
    }
    if (m_callGeneration != m_generation) {
        // Credentials changed meanwhile: this token belongs to the old ones. Ask again.
        requestToken();
        return;
    }
    if (response.error.isError()) {
        qCInfo(lcKibo) << "application token refused:" << KiboError::kindName(response.error.kind)
                       << response.error.errorCode;
        Q_EMIT failed(response.error, response);
        return;
    }
    const QJsonObject reply = response.json.object();
    // sdk-authentication treats any errorCode in the reply as a refusal, whatever the status: keep Kibo's words.
    if (const std::optional<KiboError> refusal = KiboError::refusalInReply(response.status, reply,
            response.header("x-vol-correlation"), KiboError::appAuthenticationOperation(), m_authApiBase.host())) {
        qCInfo(lcKibo) << "application token refused in a" << response.status << "reply:" << refusal->errorCode;
        Q_EMIT failed(*refusal, response);
        return;
    }
    const QString token = reply.value(u"access_token"_s).toString();
    if (token.isEmpty()) {
        Q_EMIT failed(
            KiboError::notKibo(response.status, tr("The reply holds no access_token."),
                response.header("x-vol-correlation"), KiboError::appAuthenticationOperation(), m_authApiBase.host()),
            response);
        return;
    }
    const QJsonValue expiresValue = reply.value(u"expires_in"_s);
    const int expiresIn = expiresValue.isDouble() ? expiresValue.toInt() : 3600;
    m_accessToken = token;
    m_renewAt = m_clock->now().addSecs(std::max(0, expiresIn - RenewalMarginSeconds));
    qCInfo(lcKibo) << "application token cached for" << expiresIn << "s";
    Q_EMIT tokenReady(token);
}
