#pragma once

#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>

class HttpTransport;
class QAbstractSocket;
struct z_stream_s;

// One HTTP/1.1 exchange of HttpTransport on one connection: writes the request, reads the status line, the headers
// and the body (Content-Length, chunked, or up to the close), decodes gzip and deflate as it reads (never more than
// 64 KiB at a time, so the reader's size cap stops a bomb), and reports like Qt's own replies: the status and reason
// attributes, the raw headers, RedirectionTargetAttribute for a 3xx (never followed), the error Qt would give
// (status, refused, host not found, TLS handshake, cut-off body, silence timeout) and sslErrors() with the
// certificates, never ignored. A request written on a reused connection that closes before any byte of the reply
// is written once more on a new one; nothing else is ever re-sent.
class HttpReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    HttpReply(HttpTransport* transport, const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body);
    ~HttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // Whether the request went out on a connection kept from an earlier call (the last attempt's).
    bool reusedConnection() const { return m_reused; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    enum class Stage
    {
        Connecting,
        StatusLine,
        Headers,
        Body, // m_remaining bytes, or up to the close when m_untilClose
        ChunkSize,
        ChunkData,
        ChunkEnd, // the CRLF after a chunk's data
        Trailers,
        Done
    };

    void startOn(QAbstractSocket* socket, bool reused);
    void connectFresh();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onSilence();
    bool parse(); // false once the reply finished (or was aborted) while parsing
    bool takeLine(QByteArray* line);
    bool headersDone();
    bool deliver(const char* data, qsizetype size); // body bytes, decoded when compressed; false once finished
    bool inflateInto(const char* data, qsizetype size);
    void complete();
    void fail(NetworkError code, const QString& text);
    void finishReply();
    void releaseSocket(bool keep);
    void touch();

    QPointer<HttpTransport> m_transport;
    QPointer<QAbstractSocket> m_socket;
    QByteArray m_requestBytes;
    QString m_scheme;
    QString m_host;
    int m_port = 0;
    QSslConfiguration m_tls;
    QTimer m_silence;
    QByteArray m_in; // read from the socket, not parsed yet
    qsizetype m_inPos = 0;
    QByteArray m_body; // decoded body not read yet
    qsizetype m_bodyPos = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    qsizetype m_headerBytes = 0;
    std::unique_ptr<z_stream_s> m_inflate;
    qint64 m_remaining = 0;
    Stage m_stage = Stage::Connecting;
    int m_status = 0;
    bool m_head = false;
    bool m_untilClose = false;
    bool m_keepAlive = false;
    bool m_reused = false;
    bool m_retried = false;
    bool m_replyStarted = false; // a byte of the reply arrived on this attempt
    bool m_inflateEnded = false;
    bool m_finished = false;
};
