#include "kibo/networkkibocall.h"

#include "background.h"
#include "kibo/httptransport.h"
#include "logging.h"
#include "textfile.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

// One line per fact, so the details read as a list in the Problem tab, the CLI and a support bundle.
QString certificateDetails(const QSslCertificate& certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    const auto when = [](const QDateTime& time) -> QString {
        return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    };
    const QString subject = certificate.subjectDisplayName().isEmpty()
        ? certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s)
        : certificate.subjectDisplayName();
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        names.append(it.value());
    }
    QStringList lines;
    lines.append(KiboCall::tr("Subject: %1").arg(subject));
    if (!names.isEmpty()) {
        lines.append(KiboCall::tr("Issued for: %1").arg(names.join(u", "_s)));
    }
    lines.append(KiboCall::tr("Issuer: %1").arg(certificate.issuerDisplayName()));
    lines.append(
        KiboCall::tr("Valid from %1 to %2").arg(when(certificate.effectiveDate()), when(certificate.expiryDate())));
    lines.append(KiboCall::tr("SHA-256 fingerprint: %1")
                     .arg(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper())));
    return lines.join(u'\n');
}

// Whether a reply's parsed JSON may hold a secret that may not stay in it: the bytes hold one as sent (then the JSON
// does too), or a string has a backslash-u escape, behind which one may hide.
bool mayHoldSecret(const QByteArray& body, const SentSecrets& secrets, SentSecrets::Reply reply)
{
    return !secrets.isEmpty() && (body.contains("\\u") || secrets.removeFrom(body, reply) != body);
}

QString sslErrorText(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return KiboCall::tr("the certificate is signed by an authority this system does not trust");
    case QSslError::SelfSignedCertificate:
        return KiboCall::tr("the certificate is self-signed");
    case QSslError::SelfSignedCertificateInChain:
        return KiboCall::tr("the certificate chain ends in a self-signed certificate that is not trusted");
    case QSslError::HostNameMismatch:
        return KiboCall::tr("the certificate was issued for a different host name");
    case QSslError::CertificateExpired:
        return KiboCall::tr("the certificate has expired");
    case QSslError::CertificateNotYetValid:
        return KiboCall::tr("the certificate is not valid yet");
    case QSslError::CertificateRevoked:
        return KiboCall::tr("the certificate has been revoked");
    case QSslError::NoPeerCertificate:
        return KiboCall::tr("the server sent no certificate");
    case QSslError::CertificateSignatureFailed:
        return KiboCall::tr("the certificate's signature is not valid");
    default:
        return KiboCall::tr("the certificate failed check %1").arg(int(error));
    }
}

KiboError withDetail(KiboError error, const QString& detail)
{
    error.detail = detail;
    return error;
}

// A machine name for KiboError::detail ("remote-host-closed", "protocol-failure"), never shown as a message: the
// message is the server's words, and the diagnosis says what happened in ours.
QString networkErrorDetail(QNetworkReply::NetworkError code)
{
    const QMetaEnum meta = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    const char* key = meta.valueToKey(code);
    if (!key) {
        return u"network-error-%1"_s.arg(int(code));
    }
    QString name = QString::fromLatin1(key);
    if (name.endsWith(u"Error"_s)) {
        name.chop(5);
    }
    QString kebab;
    for (const QChar c : std::as_const(name)) {
        if (c.isUpper() && !kebab.isEmpty()) {
            kebab += u'-';
        }
        kebab += c.toLower();
    }
    return kebab;
}

} // namespace

NetworkKiboCall::NetworkKiboCall(KiboCall* front, QNetworkAccessManager* manager)
    : m_front(front)
    , m_manager(manager)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: the overall deadline the user set is never cut short.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &NetworkKiboCall::onDeadline);
}

NetworkKiboCall::~NetworkKiboCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkKiboCall::setOperation(const QString& operation)
{
    m_operation = operation;
}

void NetworkKiboCall::setDeadlines(int transferTimeoutMs, int overallDeadlineMs)
{
    m_transferTimeoutMs = std::max(1, transferTimeoutMs);
    m_overallDeadlineMs = std::max(1, overallDeadlineMs);
}

void NetworkKiboCall::setMaxResponseBytes(qint64 bytes)
{
    m_maxBytes = std::max<qint64>(1, bytes);
}

void NetworkKiboCall::setCaBundlePath(const QString& path)
{
    m_caBundlePath = path;
}

void NetworkKiboCall::setBodyExpectation(BodyExpectation expectation)
{
    m_expectation = expectation;
}

bool NetworkKiboCall::isRunning() const
{
    return m_running;
}

KiboError NetworkKiboCall::baseError(KiboError::Kind kind) const
{
    KiboError error;
    error.kind = kind;
    error.operation = m_operation;
    error.host = m_host;
    error.httpStatus = m_response.status;
    error.correlationId = QString::fromLatin1(m_response.header("x-vol-correlation").left(200));
    return error;
}

QString NetworkKiboCall::proxyAddress() const
{
    QNetworkProxy proxy = m_manager->proxy();
    if (QNetworkProxyFactory* factory = m_manager->proxyFactory()) {
        proxy = factory->queryProxy(QNetworkProxyQuery(m_url)).value(0);
    }
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        proxy = QNetworkProxy::applicationProxy();
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy
        || proxy.hostName().isEmpty()) {
        return {};
    }
    return (proxy.hostName().contains(u':') ? u'[' + proxy.hostName() + u']' : proxy.hostName()) + u':'
        + QString::number(proxy.port());
}

KiboError NetworkKiboCall::proxyError(KiboError::ProxyProblem problem) const
{
    KiboError error = baseError(KiboError::Kind::Proxy);
    error.proxyProblem = problem;
    error.proxy = proxyAddress();
    return error;
}

std::optional<QSslConfiguration> NetworkKiboCall::sslConfiguration(const QString& caBundlePath, QString* error)
{
    // The system's trusted CAs stay; a profile's private CA is added to them, never instead of them. Peer
    // verification stays on (the default for a client), and no error is ever ignored.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caBundlePath.isEmpty()) {
        const std::optional<QList<QSslCertificate>> extra = readCaBundle(caBundlePath, error);
        if (!extra) {
            return std::nullopt;
        }
        configuration.addCaCertificates(*extra);
    }
    return configuration;
}

std::optional<QList<QSslCertificate>> NetworkKiboCall::readCaBundle(const QString& path, QString* error)
{
    constexpr qint64 MaxBundleBytes = 4 * 1024 * 1024; // the whole Mozilla bundle is ~220 KB
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const TextFile::Bytes file = TextFile::readBytes(path, MaxBundleBytes);
    switch (file.error.reason()) {
    case FileError::Reason::None:
        break;
    case FileError::Reason::NotFound:
        return fail(KiboCall::tr("The CA certificate file “%1” of the profile does not exist.").arg(path));
    case FileError::Reason::IsFolder:
        return fail(KiboCall::tr("The CA certificate file “%1” of the profile is a folder, not a file.").arg(path));
    case FileError::Reason::TooLarge:
        return fail(KiboCall::tr("The CA certificate file “%1” of the profile is larger than 4 MB; it cannot be a CA "
                                 "bundle.")
                        .arg(path));
    default:
        return fail(
            KiboCall::tr("The CA certificate file “%1” of the profile cannot be read (%2).")
                .arg(path,
                    file.error.reason() == FileError::Reason::PermissionDenied ? KiboCall::tr("permission denied")
                                                                               : KiboCall::tr("read error")));
    }
    const QByteArray& data = file.bytes;
    if (!data.contains("-----BEGIN CERTIFICATE-----")) {
        return fail(
            KiboCall::tr("The CA certificate file “%1” of the profile holds no PEM certificate (a block starting "
                         "with “-----BEGIN CERTIFICATE-----”); DER files must be converted to PEM first.")
                .arg(path));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty()
        || std::any_of(certificates.cbegin(), certificates.cend(), [](const auto& c) { return c.isNull(); })) {
        return fail(KiboCall::tr(
            "The CA certificate file “%1” of the profile holds a PEM block that is not a valid certificate.")
                        .arg(path));
    }
    return certificates;
}

void NetworkKiboCall::start(const QByteArray& verb, const QUrl& url,
    const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_response = {};
    m_jsonClean = false;
    m_tlsDetails.clear();
    m_tlsReason.clear();
    m_abortReason = AbortReason::None;
    m_verb = verb;
    m_host = hostOf(url);
    m_logUrl = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    m_url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    m_running = true;
    m_elapsed.start();

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }

    const bool secure = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    if (secure) {
        if (!QSslSocket::supportsSsl()) {
            KiboError error = baseError(KiboError::Kind::Tls);
            error.tlsDetails
                = KiboCall::tr("No TLS backend is available on this system, so no secure connection can be made.");
            error.detail = u"no-backend"_s;
            QMetaObject::invokeMethod(
                this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
            return;
        }
        QString problem;
        const std::optional<QSslConfiguration> configuration = sslConfiguration(m_caBundlePath, &problem);
        if (!configuration) {
            KiboError error = baseError(KiboError::Kind::Tls);
            error.tlsDetails = problem;
            error.detail = u"ca-file"_s;
            qCWarning(lcKibo).noquote() << "CA bundle of the profile not usable; nothing sent to" << m_host;
            QMetaObject::invokeMethod(
                this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
            return;
        }
        request.setSslConfiguration(*configuration);
    }

    qCInfo(lcKibo).noquote() << verb << m_logUrl;
    // Direct calls go over HTTP/1.1 on this thread (QNetworkAccessManager's HTTP thread costs a hop each way);
    // proxied ones through the manager. Both replies are judged alike below.
    m_reply = HttpTransport::connectsDirectly(m_manager, m_url)
        ? HttpTransport::of(m_manager)->send(request, verb, body)
        : m_manager->sendCustomRequest(request, verb, body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &NetworkKiboCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &NetworkKiboCall::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, &NetworkKiboCall::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkKiboCall::onFinished);
    m_deadline.start(m_overallDeadlineMs);
}

void NetworkKiboCall::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_reply) {
        abortWith(AbortReason::Cancelled);
    } else {
        finishWith(baseError(KiboError::Kind::Cancelled));
    }
}

void NetworkKiboCall::onDeadline()
{
    if (m_running && m_reply) {
        abortWith(AbortReason::Timeout);
    }
}

void NetworkKiboCall::abortWith(AbortReason reason)
{
    if (m_abortReason == AbortReason::None) {
        m_abortReason = reason;
    }
    if (m_reply) {
        m_reply->abort(); // emits finished(), handled by onFinished()
    }
}

void NetworkKiboCall::onMetaDataChanged()
{
    if (!m_reply) {
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    // A compressed reply's Content-Length counts compressed bytes; readyRead counts the rest.
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        abortWith(AbortReason::TooLarge);
    }
}

void NetworkKiboCall::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None) {
        return;
    }
    // Only what has arrived: QIODevice::read(n) allocates n bytes and its result keeps that capacity, so reading
    // "up to the cap" made every reply body hold the room of the largest reply allowed (64 MB for a 6 KB ticket).
    const qint64 room = m_maxBytes - m_response.body.size();
    const QByteArray chunk = m_reply->read(qMin(m_reply->bytesAvailable(), room + 1));
    if (chunk.size() > room) {
        abortWith(AbortReason::TooLarge);
        return;
    }
    m_response.body += chunk;
}

void NetworkKiboCall::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignored: collect what the person needs to judge the certificate, then let the handshake fail.
    QStringList parts;
    // The most telling reason first: a host mismatch or a date problem says more than "untrusted".
    static const QList<std::pair<QSslError::SslError, QString>> reasons {
        { QSslError::HostNameMismatch, u"host-mismatch"_s },
        { QSslError::CertificateExpired, u"expired"_s },
        { QSslError::CertificateNotYetValid, u"not-yet-valid"_s },
        { QSslError::SelfSignedCertificate, u"self-signed"_s },
    };
    m_tlsReason = u"untrusted"_s;
    for (const auto& candidate : reasons) {
        const QSslError::SslError code = candidate.first; // a lambda cannot capture a structured binding in clang 14
        if (std::any_of(errors.cbegin(), errors.cend(), [code](const QSslError& e) { return e.error() == code; })) {
            m_tlsReason = candidate.second;
            break;
        }
    }
    // Grouped by certificate: its reasons on one line (they continue the diagnosis' sentence), then its details.
    QList<QSslCertificate> certificates;
    QList<QStringList> reasonsOf;
    for (const QSslError& error : errors) {
        qsizetype index = certificates.indexOf(error.certificate());
        if (index < 0) {
            certificates.append(error.certificate());
            reasonsOf.append(QStringList());
            index = certificates.size() - 1;
        }
        const QString reason = sslErrorText(error.error());
        if (!reasonsOf[index].contains(reason)) {
            reasonsOf[index].append(reason);
        }
    }
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        QString part = reasonsOf.at(i).join(u"; "_s) + u'.';
        const QString details = certificateDetails(certificates.at(i));
        if (!details.isEmpty()) {
            part += u'\n' + details;
        }
        parts.append(part);
    }
    m_tlsDetails = parts.join(u'\n');
}

void NetworkKiboCall::onFinished()
{
    if (!m_reply || !m_running) {
        return;
    }
    QNetworkReply* reply = m_reply;
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    m_deadline.stop();

    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs()) {
        m_response.headers.append(pair);
    }
    if (m_abortReason == AbortReason::None && reply->bytesAvailable() > 0) {
        const qint64 room = m_maxBytes - m_response.body.size();
        const QByteArray rest = reply->read(qMin(reply->bytesAvailable(), room + 1));
        if (rest.size() > room) {
            m_abortReason = AbortReason::TooLarge;
        } else {
            m_response.body += rest;
        }
    }

    switch (m_abortReason) {
    case AbortReason::Cancelled:
        finishWith(baseError(KiboError::Kind::Cancelled));
        return;
    case AbortReason::Timeout: {
        KiboError error = baseError(KiboError::Kind::Timeout);
        error.detail = u"deadline"_s; // the overall deadline passed, whether or not data still arrived
        finishWith(error);
        return;
    }
    case AbortReason::TooLarge:
        m_response.body.clear();
        finishWith(baseError(KiboError::Kind::TooLarge));
        return;
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError code = reply->error();
    const int status = m_response.status;
    if (status >= 300 && status < 400) {
        KiboError error = baseError(KiboError::Kind::Redirect);
        const QUrl target
            = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        error.redirectTarget = target.scheme().isEmpty() ? hostOf(target) : target.scheme() + u"://"_s + hostOf(target);
        m_response.body.clear();
        finishWith(error);
        return;
    }
    switch (code) {
    case QNetworkReply::NoError:
        validateSuccess();
        return;
    case QNetworkReply::ConnectionRefusedError:
        // Through a proxy, the connection that was refused is the one to the proxy.
        finishWith(proxyAddress().isEmpty() ? baseError(KiboError::Kind::ConnectionRefused)
                                            : proxyError(KiboError::ProxyProblem::Refused));
        return;
    case QNetworkReply::HostNotFoundError:
        finishWith(proxyAddress().isEmpty() ? baseError(KiboError::Kind::HostNotFound)
                                            : proxyError(KiboError::ProxyProblem::NotFound));
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: { // the transfer timeout; our own aborts are handled above
        KiboError error = baseError(KiboError::Kind::Timeout);
        error.detail = u"silence"_s;
        finishWith(error);
        return;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
        finishWith(proxyError(KiboError::ProxyProblem::Refused));
        return;
    case QNetworkReply::ProxyNotFoundError:
        finishWith(proxyError(KiboError::ProxyProblem::NotFound));
        return;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        finishWith(proxyError(KiboError::ProxyProblem::AuthenticationRequired));
        return;
    case QNetworkReply::ProxyTimeoutError:
        finishWith(proxyError(KiboError::ProxyProblem::Timeout));
        return;
    case QNetworkReply::ProxyConnectionClosedError:
        finishWith(proxyError(KiboError::ProxyProblem::Closed));
        return;
    case QNetworkReply::UnknownProxyError:
        finishWith(proxyError(KiboError::ProxyProblem::Other));
        return;
    case QNetworkReply::SslHandshakeFailedError: {
        KiboError error = baseError(KiboError::Kind::Tls);
        error.tlsDetails = m_tlsDetails;
        error.detail = m_tlsReason;
        finishWith(error);
        return;
    }
    default:
        break;
    }
    if (!m_tlsDetails.isEmpty()) {
        KiboError error = baseError(KiboError::Kind::Tls);
        error.tlsDetails = m_tlsDetails;
        error.detail = m_tlsReason;
        finishWith(error);
        return;
    }
    // HTTP-level errors (content, protocol, server ranges) carry a status: judge the reply itself.
    if (status >= 200 && status < 300 && code >= QNetworkReply::ContentAccessDenied) {
        // A 2xx that Qt refused to decode: its decompression check stops gzip/deflate bombs here.
        m_response.body.clear();
        KiboError error = baseError(
            m_response.header("content-encoding").isEmpty() ? KiboError::Kind::NotKibo : KiboError::Kind::TooLarge);
        error.detail = networkErrorDetail(code);
        finishWith(error);
        return;
    }
    if (status > 0 && code >= QNetworkReply::ContentAccessDenied && code != QNetworkReply::ProtocolFailure) {
        KiboError error = KiboError::fromHttpReply(status, m_response.header("content-type"), m_response.body,
            m_response.header("x-vol-correlation"), m_operation, m_host);
        if (error.kind == KiboError::Kind::Throttled) {
            error.retryAfterSeconds = KiboError::parseRetryAfter(m_response.header("retry-after"));
        }
        if (error.kind == KiboError::Kind::HttpKibo) {
            QJsonParseError parseError {};
            m_response.json = QJsonDocument::fromJson(m_response.body, &parseError);
        }
        finishWith(error);
        return;
    }
    // Through a proxy, an unknown network error is the proxy's answer to CONNECT (e.g. 502: it cannot reach the host).
    if (code == QNetworkReply::UnknownNetworkError && status == 0 && !proxyAddress().isEmpty()) {
        finishWith(proxyError(KiboError::ProxyProblem::Other));
        return;
    }
    // Anything else (a cut-off body, a reset connection, a broken reply): no usable reply.
    KiboError error = baseError(KiboError::Kind::Network);
    error.detail = networkErrorDetail(code);
    finishWith(error);
}

void NetworkKiboCall::validateSuccess()
{
    const int status = m_response.status;
    const QByteArray contentType = m_response.header("content-type").toLower();
    const QByteArray correlation = m_response.header("x-vol-correlation");
    if (status < 200 || status >= 300) {
        KiboError error
            = KiboError::fromHttpReply(status, contentType, m_response.body, correlation, m_operation, m_host);
        if (error.kind == KiboError::Kind::Throttled) {
            error.retryAfterSeconds = KiboError::parseRetryAfter(m_response.header("retry-after"));
        }
        if (error.kind == KiboError::Kind::None) {
            error = KiboError::notKibo(
                status, KiboCall::tr("The reply has no HTTP status."), correlation, m_operation, m_host);
        }
        finishWith(error);
        return;
    }
    if (m_response.body.trimmed().isEmpty()) {
        if (m_expectation == BodyExpectation::EmptyOrJson) {
            finishWith({});
            return;
        }
        finishWith(withDetail(
            KiboError::notKibo(status, KiboCall::tr("The reply was empty."), correlation, m_operation, m_host),
            u"empty"_s));
        return;
    }
    if (contentType.contains("html") || m_response.body.trimmed().startsWith('<')) {
        finishWith(withDetail(KiboError::notKibo(status, KiboCall::tr("The reply is a web page (HTML), not JSON."),
                                  correlation, m_operation, m_host),
            u"html"_s));
        return;
    }
    if (m_response.body.size() >= BackgroundParseBytes) {
        // A customer account of megabytes takes a while to parse: on a worker thread, so the window keeps answering.
        // isRunning() stays true meanwhile; a cancel() finishes the call at once and this answer is then dropped.
        // An echoed secret is taken out of the JSON there too: a walk over megabytes is no work for the window.
        runInBackground(
            this,
            [body = m_response.body, secrets = m_secrets] {
                ParsedBody parsed;
                parsed.document = QJsonDocument::fromJson(body, &parsed.error);
                if (parsed.document.isObject() && mayHoldSecret(body, secrets, SentSecrets::Reply::Success)) {
                    parsed.document = QJsonDocument(
                        secrets.removeFrom(QJsonValue(parsed.document.object()), SentSecrets::Reply::Success)
                            .toObject());
                }
                return parsed;
            },
            [this](const ParsedBody& parsed) {
                m_jsonClean = true;
                finishParsed(parsed.document, parsed.error);
            });
        return;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(m_response.body, &parseError);
    finishParsed(document, parseError);
}

void NetworkKiboCall::finishParsed(const QJsonDocument& document, const QJsonParseError& parseError)
{
    if (!m_running) {
        return; // cancelled while the body was parsed
    }
    const int status = m_response.status;
    const QByteArray correlation = m_response.header("x-vol-correlation");
    if (parseError.error != QJsonParseError::NoError) {
        finishWith(
            withDetail(KiboError::notKibo(status,
                           KiboCall::tr("The reply is not valid JSON (it breaks at byte %1).").arg(parseError.offset),
                           correlation, m_operation, m_host),
                u"broken-json"_s));
        return;
    }
    if (!document.isObject()) {
        finishWith(withDetail(KiboError::notKibo(status, KiboCall::tr("The reply is JSON, but not an object."),
                                  correlation, m_operation, m_host),
            u"not-object"_s));
        return;
    }
    m_response.json = document;
    finishWith({});
}

void NetworkKiboCall::finishWith(const KiboError& error)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_deadline.stop();
    m_response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_response.error = error;
    removeSentSecrets(m_jsonClean);
    if (error.isError() && m_response.error.proxy.isEmpty()) {
        m_response.error.proxy = proxyAddress(); // shown with every failure that went through a proxy
    }
    if (error.isError() && error.kind != KiboError::Kind::NotKibo && error.kind != KiboError::Kind::HttpKibo
        && error.kind != KiboError::Kind::HttpOther && error.kind != KiboError::Kind::Throttled) {
        m_response.error.httpStatus = m_response.status;
    }
    qCInfo(lcKibo).noquote() << m_verb << m_logUrl << "->" << m_response.status << KiboError::kindName(error.kind)
                             << error.errorCode << m_response.elapsedMs << "ms";
    Q_EMIT m_front->finished(m_response);
}

void NetworkKiboCall::removeSentSecrets(bool jsonClean)
{
    if (m_secrets.isEmpty()) {
        return;
    }
    const SentSecrets::Reply reply
        = m_response.error.isError() ? SentSecrets::Reply::Failure : SentSecrets::Reply::Success;
    const bool jsonMayHoldOne
        = !jsonClean && !m_response.json.isNull() && mayHoldSecret(m_response.body, m_secrets, reply);
    m_response.body = m_secrets.removeFrom(m_response.body, reply);
    if (jsonMayHoldOne) {
        const QJsonValue root
            = m_response.json.isArray() ? QJsonValue(m_response.json.array()) : QJsonValue(m_response.json.object());
        const QJsonValue cleaned = m_secrets.removeFrom(root, reply);
        m_response.json = cleaned.isArray() ? QJsonDocument(cleaned.toArray()) : QJsonDocument(cleaned.toObject());
    }
    // A header never carries back what the request sent, whatever the reply.
    m_response.headers = m_secrets.removeFrom(m_response.headers, SentSecrets::Reply::Failure);
    KiboError& error = m_response.error;
    for (QString* text : { &error.errorCode, &error.message, &error.applicationName, &error.exceptionType,
             &error.detail, &error.correlationId, &error.explanation }) {
        *text = m_secrets.removeFrom(*text, reply);
    }
    for (auto& [name, value] : error.additionalErrorData) {
        name = m_secrets.removeFrom(name, reply);
        value = m_secrets.removeFrom(value, reply);
    }
}
