#include "kibo/httpreply.h"

#include "kibo/httptransport.h"

#include <QLocale>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>
#include <cstring>

#define ZLIB_CONST
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

// Larger status lines and header blocks are not a reply of Kibo's (Qt gives up on such replies too).
constexpr qsizetype MaxHeaderBytes = 256 * 1024;
// Decoded bytes handed to the reader at a time: its size cap counts them before more are made.
constexpr qsizetype InflateStep = 64 * 1024;

// The language Qt's HTTP client announces when a request names none (QHttpNetworkConnectionPrivate::prepareRequest).
const QByteArray& acceptLanguage()
{
    static const QByteArray value = []() -> QByteArray {
        const QString locale = QLocale::system().name().replace(u'_', u'-');
        if (locale == u"C"_s) {
            return QByteArray("en,*");
        }
        return locale.toLatin1() + (locale.startsWith(u"en-"_s) ? QByteArrayView(",*") : QByteArrayView(",en,*"));
    }();
    return value;
}

bool hasToken(const QByteArray& value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    return std::any_of(parts.cbegin(), parts.cend(),
        [token](const QByteArray& part) { return part.trimmed().compare(token, Qt::CaseInsensitive) == 0; });
}

// The error Qt gives a finished reply with this status (QNetworkReplyHttpImplPrivate's statusCodeFromHttp).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status > 500) {
            return QNetworkReply::UnknownServerError;
        }
        return status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    }
}

// The error Qt gives for a failed connection (QHttpNetworkConnectionChannel::_q_error).
QNetworkReply::NetworkError errorForSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

HttpReply::HttpReply(
    HttpTransport* transport, const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body)
    : QNetworkReply(transport)
    , m_transport(transport)
{
    const QUrl url = request.url();
    setRequest(request);
    setUrl(url);
    if (verb == "GET") {
        setOperation(QNetworkAccessManager::GetOperation);
    } else if (verb == "POST") {
        setOperation(QNetworkAccessManager::PostOperation);
    } else if (verb == "PUT") {
        setOperation(QNetworkAccessManager::PutOperation);
    } else if (verb == "HEAD") {
        setOperation(QNetworkAccessManager::HeadOperation);
    } else {
        setOperation(QNetworkAccessManager::CustomOperation);
    }
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    const bool secure = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    m_scheme = secure ? u"https"_s : u"http"_s;
    m_host = url.host();
    m_port = url.port(secure ? 443 : 80);
    if (secure) {
        m_tls = request.sslConfiguration();
        setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, true);
    }
    m_head = verb == "HEAD";

    // The request as Qt's client writes it: the caller's headers, then what Qt adds when they name none.
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || target.startsWith('?')) {
        target.prepend('/');
    }
    QByteArray host = m_host.toLatin1();
    if (m_host.contains(u':')) {
        host = '[' + host + ']'; // an IPv6 address
    }
    const bool defaultPort = url.port() < 0 || url.port() == (secure ? 443 : 80);
    m_requestBytes.reserve(512 + body.size());
    m_requestBytes += verb + ' ' + target + " HTTP/1.1\r\nHost: " + host;
    if (!defaultPort) {
        m_requestBytes += ':' + QByteArray::number(m_port);
    }
    m_requestBytes += "\r\n";
    const QList<QByteArray> names = request.rawHeaderList();
    bool connection = false;
    bool encoding = false;
    bool language = false;
    bool agent = false;
    for (const QByteArray& name : names) {
        if (name.compare("host", Qt::CaseInsensitive) == 0 || name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            continue; // the transport's to write
        }
        connection = connection || name.compare("connection", Qt::CaseInsensitive) == 0;
        encoding = encoding || name.compare("accept-encoding", Qt::CaseInsensitive) == 0;
        language = language || name.compare("accept-language", Qt::CaseInsensitive) == 0;
        agent = agent || name.compare("user-agent", Qt::CaseInsensitive) == 0;
        m_requestBytes += name + ": " + request.rawHeader(name) + "\r\n";
    }
    if (!body.isEmpty() || verb == "POST" || verb == "PUT") {
        m_requestBytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    if (!connection) {
        m_requestBytes += "Connection: Keep-Alive\r\n";
    }
    if (!encoding) {
        // Asked for by us, so decoded by us, as Qt does; a caller naming its own gets the bytes as sent.
        m_requestBytes += "Accept-Encoding: gzip, deflate\r\n";
        m_inflate = std::make_unique<z_stream_s>();
    }
    if (!language) {
        m_requestBytes += "Accept-Language: " + acceptLanguage() + "\r\n";
    }
    if (!agent) {
        m_requestBytes += "User-Agent: Mozilla/5.0\r\n";
    }
    m_requestBytes += "\r\n" + body;

    m_silence.setSingleShot(true);
    m_silence.setInterval(std::max(0, request.transferTimeout()));
    connect(&m_silence, &QTimer::timeout, this, &HttpReply::onSilence);
    touch();

    if (QAbstractSocket* idle = transport->takeIdle(m_scheme, m_host, m_port, m_tls)) {
        startOn(idle, true);
    } else {
        connectFresh();
    }
}

HttpReply::~HttpReply()
{
    releaseSocket(false);
    if (m_inflate && m_inflate->state) {
        inflateEnd(m_inflate.get());
    }
}

void HttpReply::connectFresh()
{
    QAbstractSocket* socket = nullptr;
    if (m_scheme == u"https"_s) {
        auto* ssl = new QSslSocket(m_transport);
        ssl->setSslConfiguration(m_tls);
        // Never ignored: KiboCall shows the certificates, and the handshake fails.
        connect(
            ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) { Q_EMIT sslErrors(errors); });
        connect(ssl, &QSslSocket::encrypted, this, &HttpReply::writeRequest);
        socket = ssl;
    } else {
        socket = new QTcpSocket(m_transport);
        connect(socket, &QAbstractSocket::connected, this, &HttpReply::writeRequest);
    }
    socket->setProxy(QNetworkProxy::NoProxy); // only direct calls come here; the proxy was asked already
    startOn(socket, false);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->connectToHostEncrypted(m_host, quint16(m_port));
    } else {
        socket->connectToHost(m_host, quint16(m_port));
    }
}

void HttpReply::startOn(QAbstractSocket* socket, bool reused)
{
    m_socket = socket;
    m_reused = reused;
    m_replyStarted = false;
    m_stage = Stage::Connecting;
    connect(socket, &QAbstractSocket::readyRead, this, &HttpReply::onReadyRead);
    connect(socket, &QAbstractSocket::bytesWritten, this, &HttpReply::touch);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpReply::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpReply::onSocketError);
    if (reused) {
        writeRequest();
    }
}

void HttpReply::writeRequest()
{
    if (!m_socket || m_finished) {
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_stage = Stage::StatusLine;
    m_socket->write(m_requestBytes);
    touch();
}

void HttpReply::touch()
{
    if (m_silence.interval() > 0 && !m_finished) {
        m_silence.start();
    }
}

void HttpReply::onReadyRead()
{
    if (!m_socket || m_finished) {
        return;
    }
    if (m_stage == Stage::Connecting) {
        return; // TLS handshake bytes are the socket's; nothing is ours before the request went out
    }
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty()) {
        return;
    }
    touch();
    m_replyStarted = true;
    if (m_inPos >= m_in.size()) {
        m_in = data;
        m_inPos = 0;
    } else {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
        m_in += data;
    }
    parse();
}

bool HttpReply::takeLine(QByteArray* line)
{
    const qsizetype end = m_in.indexOf('\n', m_inPos);
    if (end < 0) {
        return false;
    }
    qsizetype length = end - m_inPos;
    if (length > 0 && m_in.at(end - 1) == '\r') {
        --length;
    }
    *line = m_in.mid(m_inPos, length);
    m_headerBytes += end + 1 - m_inPos;
    m_inPos = end + 1;
    return true;
}

bool HttpReply::parse()
{
    QByteArray line;
    for (;;) {
        if (m_finished) {
            return false;
        }
        const qsizetype available = m_in.size() - m_inPos;
        switch (m_stage) {
        case Stage::Connecting:
        case Stage::Done:
            return true;
        case Stage::StatusLine: {
            if (!takeLine(&line)) {
                if (available > MaxHeaderBytes) {
                    fail(ProtocolFailure, u"The reply's status line is too long."_s);
                    return false;
                }
                return true;
            }
            if (line.isEmpty()) {
                continue; // a stray line break before the status line
            }
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            const int status = parts.value(1).toInt(&ok);
            if (!parts.value(0).startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
                fail(ProtocolFailure, u"The reply is not HTTP/1.1."_s);
                return false;
            }
            m_status = status;
            m_keepAlive = parts.value(0) != "HTTP/1.0";
            m_headers.clear();
            m_headerBytes = line.size();
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                line.mid(parts.value(0).size() + parts.value(1).size() + 2));
            m_stage = Stage::Headers;
            continue;
        }
        case Stage::Headers:
            if (!takeLine(&line)) {
                if (m_headerBytes + available > MaxHeaderBytes) {
                    fail(ProtocolFailure, u"The reply's headers are too large."_s);
                    return false;
                }
                return true;
            }
            if (m_headerBytes > MaxHeaderBytes) {
                fail(ProtocolFailure, u"The reply's headers are too large."_s);
                return false;
            }
            if (line.isEmpty()) {
                if (!headersDone()) {
                    return false;
                }
                continue;
            }
            if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.isEmpty()) {
                m_headers.last().second += ' ' + line.trimmed(); // an obsolete folded line continues the last header
                continue;
            }
            if (const qsizetype colon = line.indexOf(':'); colon > 0) {
                m_headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
                continue;
            }
            fail(ProtocolFailure, u"The reply has a malformed header line."_s);
            return false;
        case Stage::Body: {
            const qsizetype take = m_untilClose ? available : qsizetype(std::min<qint64>(available, m_remaining));
            if (take > 0) {
                m_inPos += take;
                m_remaining -= take;
                if (!deliver(m_in.constData() + m_inPos - take, take)) {
                    return false;
                }
            }
            if (!m_untilClose && m_remaining == 0) {
                complete();
                return false;
            }
            return true;
        }
        case Stage::ChunkSize: {
            if (!takeLine(&line)) {
                if (available > 1024) {
                    fail(ProtocolFailure, u"The reply has a malformed chunk."_s);
                    return false;
                }
                return true;
            }
            const qsizetype extension = line.indexOf(';');
            bool ok = false;
            const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(ProtocolFailure, u"The reply has a malformed chunk."_s);
                return false;
            }
            m_remaining = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            continue;
        }
        case Stage::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(available, m_remaining));
            if (take > 0) {
                m_inPos += take;
                m_remaining -= take;
                if (!deliver(m_in.constData() + m_inPos - take, take)) {
                    return false;
                }
            }
            if (m_remaining > 0) {
                return true;
            }
            m_stage = Stage::ChunkEnd;
            continue;
        }
        case Stage::ChunkEnd:
            if (!takeLine(&line)) {
                return true;
            }
            if (!line.isEmpty()) {
                fail(ProtocolFailure, u"The reply has a malformed chunk."_s);
                return false;
            }
            m_stage = Stage::ChunkSize;
            continue;
        case Stage::Trailers:
            if (!takeLine(&line)) {
                return true;
            }
            if (line.isEmpty()) {
                complete();
                return false;
            }
            continue;
        }
    }
}

bool HttpReply::headersDone()
{
    if (m_status < 200 && m_status != 101) {
        m_stage = Stage::StatusLine; // an interim reply (100 Continue, 103 Early Hints): the real one follows
        return true;
    }
    // Repeated headers are joined as Qt joins them: with a comma, cookies with a line break.
    QList<std::pair<QByteArray, QByteArray>> merged;
    for (const auto& header : std::as_const(m_headers)) {
        const QByteArray& name = header.first; // a lambda cannot capture a structured binding in clang 14
        const QByteArray& value = header.second;
        const auto same = std::find_if(merged.begin(), merged.end(),
            [&name](const auto& pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (same == merged.end()) {
            merged.append({ name, value });
        } else {
            same->second += (name.compare("set-cookie", Qt::CaseInsensitive) == 0 ? "\n" : ", ") + value;
        }
    }
    QByteArray transferEncoding;
    QByteArray contentLength;
    QByteArray contentEncoding;
    for (const auto& [name, value] : std::as_const(merged)) {
        setRawHeader(name, value);
        if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            if (hasToken(value, "close")) {
                m_keepAlive = false;
            } else if (hasToken(value, "keep-alive")) {
                m_keepAlive = true;
            }
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = value;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            contentLength = value;
        } else if (name.compare("content-encoding", Qt::CaseInsensitive) == 0) {
            contentEncoding = value.trimmed().toLower();
        } else if (name.compare("location", Qt::CaseInsensitive) == 0 && m_status >= 300 && m_status < 400) {
            setAttribute(QNetworkRequest::RedirectionTargetAttribute, QUrl::fromEncoded(value)); // never followed
        }
    }
    if (m_inflate) {
        if (contentEncoding == "gzip" || contentEncoding == "x-gzip" || contentEncoding == "deflate") {
            // 15 + 32: a zlib or a gzip stream, told by its header.
            if (inflateInit2(m_inflate.get(), 15 + 32) != Z_OK) {
                fail(UnknownContentError, u"The compressed reply cannot be decoded."_s);
                return false;
            }
        } else {
            m_inflate.reset();
        }
    }

    if (m_head || m_status == 101 || m_status == 204 || m_status == 304) {
        m_remaining = 0;
        m_stage = Stage::Body;
    } else if (!transferEncoding.isEmpty() && hasToken(transferEncoding.toLower(), "chunked")) {
        m_stage = Stage::ChunkSize;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        m_remaining = contentLength.toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(ProtocolFailure, u"The reply has an invalid Content-Length."_s);
            return false;
        }
        m_stage = Stage::Body;
    } else {
        m_untilClose = true; // the body ends when the server closes the connection
        m_keepAlive = false;
        m_stage = Stage::Body;
    }
    Q_EMIT metaDataChanged();
    return !m_finished;
}

bool HttpReply::deliver(const char* data, qsizetype size)
{
    if (m_inflate) {
        return inflateInto(data, size);
    }
    if (m_bodyPos >= m_body.size()) {
        m_body.clear();
        m_bodyPos = 0;
    }
    m_body.append(data, size);
    Q_EMIT readyRead();
    return !m_finished;
}

bool HttpReply::inflateInto(const char* data, qsizetype size)
{
    z_stream_s* stream = m_inflate.get();
    stream->next_in = reinterpret_cast<const Bytef*>(data);
    stream->avail_in = uInt(size);
    while (stream->avail_in > 0 && !m_inflateEnded) {
        if (m_bodyPos >= m_body.size()) {
            m_body.clear();
            m_bodyPos = 0;
        }
        const qsizetype before = m_body.size();
        m_body.resize(before + InflateStep);
        stream->next_out = reinterpret_cast<Bytef*>(m_body.data() + before);
        stream->avail_out = uInt(InflateStep);
        const int result = inflate(stream, Z_NO_FLUSH);
        m_body.resize(before + InflateStep - qsizetype(stream->avail_out));
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            fail(UnknownContentError, u"The compressed reply cannot be decoded."_s);
            return false;
        }
        if (m_body.size() > before) {
            // One step at a time: the reader counts it against its cap and aborts a bomb before the next.
            Q_EMIT readyRead();
            if (m_finished) {
                return false;
            }
        }
        if (result == Z_STREAM_END) {
            m_inflateEnded = true;
            break; // anything after the stream's end is ignored, as Qt does
        }
        if (result == Z_BUF_ERROR && stream->avail_out > 0) {
            break;
        }
    }
    return true;
}

void HttpReply::complete()
{
    if (m_inflate && m_inflate->total_in > 0 && !m_inflateEnded) {
        fail(UnknownContentError, u"The compressed reply ended before its end."_s);
        return;
    }
    m_stage = Stage::Done;
    // No pipelining: a byte after the reply belongs to no request, and the connection goes with it.
    releaseSocket(m_keepAlive && !m_untilClose && m_inPos >= m_in.size());
    const NetworkError code = errorForStatus(m_status);
    if (code != NoError) {
        setError(code, u"The server answered with HTTP status %1."_s.arg(m_status));
        Q_EMIT errorOccurred(code);
    }
    finishReply();
}

void HttpReply::onDisconnected()
{
    onSocketError();
}

void HttpReply::onSocketError()
{
    if (m_finished || !m_socket) {
        return;
    }
    // What arrived before the close is still the reply's.
    if (m_stage != Stage::Connecting && m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (m_finished || !m_socket) {
            return;
        }
    }
    if (m_stage == Stage::Body && m_untilClose) {
        m_untilClose = false;
        m_keepAlive = false;
        complete();
        return;
    }
    const QAbstractSocket::SocketError socketError = m_socket->error();
    // A kept-alive connection the server closed while the request went out: nothing of a reply came, so nothing
    // was answered; written once more on a new connection. Never on a new connection, never after a reply byte.
    if (m_reused && !m_retried && !m_replyStarted && socketError != QAbstractSocket::SslHandshakeFailedError) {
        m_retried = true;
        releaseSocket(false);
        connectFresh();
        return;
    }
    if (m_stage == Stage::Connecting) {
        fail(errorForSocket(socketError), u"The connection could not be made."_s);
        return;
    }
    fail(socketError == QAbstractSocket::RemoteHostClosedError || socketError == QAbstractSocket::UnknownSocketError
            ? RemoteHostClosedError
            : errorForSocket(socketError),
        m_status > 0 ? u"The connection closed before the whole reply arrived."_s
                     : u"The connection closed before a reply arrived."_s);
}

void HttpReply::onSilence()
{
    fail(OperationCanceledError, u"Nothing arrived within the transfer timeout."_s);
}

void HttpReply::abort()
{
    fail(OperationCanceledError, u"The call was stopped."_s);
}

// The text is errorString(), which nothing shows (KiboCall builds its messages from the code): plain English, never a
// URL or anything of the request.
void HttpReply::fail(NetworkError code, const QString& text)
{
    if (m_finished) {
        return;
    }
    setError(code, text);
    releaseSocket(false);
    Q_EMIT errorOccurred(code);
    finishReply();
}

void HttpReply::finishReply()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_silence.stop();
    m_stage = Stage::Done;
    setFinished(true);
    Q_EMIT finished();
}

void HttpReply::releaseSocket(bool keep)
{
    QAbstractSocket* socket = m_socket;
    m_socket = nullptr;
    if (!socket) {
        return;
    }
    socket->disconnect(this);
    if (keep && m_transport) {
        m_transport->putIdle(m_scheme, m_host, m_port, m_tls, socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

qint64 HttpReply::bytesAvailable() const
{
    return m_body.size() - m_bodyPos + QNetworkReply::bytesAvailable();
}

qint64 HttpReply::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_bodyPos);
    if (count <= 0) {
        return m_finished ? -1 : 0;
    }
    std::memcpy(data, m_body.constData() + m_bodyPos, size_t(count));
    m_bodyPos += count;
    return count;
}
