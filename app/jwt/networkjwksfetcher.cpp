#include "jwt/networkjwksfetcher.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

NetworkJwksFetcher::NetworkJwksFetcher(JwksFetcher* front)
    : m_front(front)
    , m_network(new QNetworkAccessManager(this))
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &NetworkJwksFetcher::onDeadline);
}

NetworkJwksFetcher::~NetworkJwksFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJwksFetcher::fetch(const QUrl& url, std::chrono::milliseconds deadline)
{
    if (m_reply) {
        qCWarning(lcJwt) << "JWKS fetch already running";
        return;
    }
    m_url = url;
    m_deadline = deadline;
    m_body.clear();
    m_timedOut = false;
    m_oversize = false;
    m_cancelled = false;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        Result result;
        result.error = Error::InvalidUrl;
        result.message = JwksFetcher::tr("The JWKS address must be an http:// or https:// URL with a host.");
        // Queued so that callers always get the signal after fetch() returned.
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT m_front->finished(result); }, Qt::QueuedConnection);
        return;
    }
    if (!url.userInfo().isEmpty()) {
        // Credentials in the URL would be sent; they are dropped instead.
        m_url.setUserInfo(QString());
    }

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(m_deadline.count()));
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    qCInfo(lcJwt).noquote() << "fetching JWKS from" << JwksFetcher::displaySource(m_url);

    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &NetworkJwksFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJwksFetcher::onFinished);
    m_deadlineTimer.start(m_deadline);
}

void NetworkJwksFetcher::cancel()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort();
    }
}

void NetworkJwksFetcher::onReadyRead()
{
    if (!m_reply) {
        return;
    }
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > MaxBytes) {
        m_oversize = true;
        m_reply->abort();
        return;
    }
    // Only what has arrived: read(n) allocates n bytes, and the body would keep that room (see KiboCall).
    m_body += m_reply->read(qMin(m_reply->bytesAvailable(), MaxBytes + 1 - m_body.size()));
    if (m_body.size() > MaxBytes) {
        m_oversize = true;
        m_reply->abort();
    }
}

void NetworkJwksFetcher::onDeadline()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void NetworkJwksFetcher::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_deadlineTimer.stop();
    if (!m_oversize && reply->isOpen()) {
        onReadyRead();
    }

    Result result;
    result.source = JwksFetcher::displaySource(m_url);
    const QString host = m_url.host();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    m_reply = nullptr;
    reply->deleteLater();

    if (m_oversize) {
        result.error = Error::Oversize;
        result.message = JwksFetcher::tr("The key set from %1 is larger than 1 MiB; it was not read.").arg(host);
    } else if (m_timedOut || error == QNetworkReply::TimeoutError
        || (error == QNetworkReply::OperationCanceledError && !m_cancelled)) {
        // The transfer timeout also ends as OperationCanceledError; only cancel() is "cancelled".
        result.error = Error::Timeout;
        result.message = JwksFetcher::tr("The key set from %1 did not arrive within %n second(s).", nullptr,
            int(std::chrono::duration_cast<std::chrono::seconds>(m_deadline).count()))
                             .arg(host);
    } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QString targetHost = m_url.resolved(target).host();
        result.error = Error::Redirect;
        result.message
            = JwksFetcher::tr("%1 answered with a redirect (HTTP %2) to %3; redirects are not followed for key sets. "
                              "Give the final address.")
                  .arg(host)
                  .arg(result.httpStatus)
                  .arg(targetHost.isEmpty() ? JwksFetcher::tr("an unnamed place") : targetHost);
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.error = Error::Tls;
        result.message
            = JwksFetcher::tr("The TLS connection to %1 failed: its certificate is not trusted or the handshake "
                              "failed.")
                  .arg(host);
    } else if (result.httpStatus != 0 && result.httpStatus != 200) {
        result.error = Error::HttpStatus;
        result.message = result.httpStatus == 404
            ? JwksFetcher::tr("%1 has no key set at that address (HTTP 404 Not Found).").arg(host)
            : JwksFetcher::tr("%1 answered HTTP %2 instead of the key set.").arg(host).arg(result.httpStatus);
    } else if (error != QNetworkReply::NoError) {
        result.error = Error::Network;
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            result.message = JwksFetcher::tr("%1 refused the connection.").arg(host);
            break;
        case QNetworkReply::HostNotFoundError:
            result.message = JwksFetcher::tr("The host %1 was not found.").arg(host);
            break;
        case QNetworkReply::OperationCanceledError:
            result.message = JwksFetcher::tr("Fetching the key set from %1 was cancelled.").arg(host);
            break;
        default:
            result.message = JwksFetcher::tr("The key set could not be fetched from %1 (network error %2).")
                                 .arg(host)
                                 .arg(int(error));
            break;
        }
    } else {
        const QByteArray trimmed = m_body.trimmed();
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
        if (trimmed.isEmpty()) {
            result.error = Error::NotJson;
            result.message = JwksFetcher::tr("%1 answered with an empty body instead of the key set.").arg(host);
        } else if (contentType.contains("html") || trimmed.startsWith('<')) {
            result.error = Error::NotJson;
            result.message
                = JwksFetcher::tr("%1 answered with a web page (HTML), not a key set: check the JWKS address.")
                      .arg(host);
        } else if (!trimmed.startsWith('{')) {
            result.error = Error::NotJson;
            result.message = JwksFetcher::tr("%1 answered with something that is not JSON, not a key set.").arg(host);
        } else {
            result.body = m_body;
        }
    }
    if (result.error != Error::None) {
        qCInfo(lcJwt).noquote() << "JWKS fetch from" << host << "failed:" << result.error << result.httpStatus;
    }
    m_body.clear();
    finish(result);
}

void NetworkJwksFetcher::finish(const Result& result)
{
    Q_EMIT m_front->finished(result);
}

bool NetworkJwksFetcher::isRunning() const
{
    return !m_reply.isNull();
}

QNetworkAccessManager* NetworkJwksFetcher::networkAccessManager() const
{
    return m_network;
}
