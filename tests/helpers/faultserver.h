#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <utility>

class QTcpSocket;

// A raw HTTP/1.1 server on 127.0.0.1:0 that answers with scripted replies, including the faults a
// real server cannot be asked for: stalls, trickles, cut-off and oversized bodies (Qt's
// tst_qnetworkreply MiniHttpServer idea). Optionally speaks TLS with a given certificate.
// Every request it receives is recorded, so tests can prove what reached it.
class FaultServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultServer)

public:
    enum class Fault
    {
        None,
        StallBeforeHeaders, // read the request, never answer
        StallMidBody, // headers and half the body, then silence
        Trickle, // the body one byte per trickleIntervalMs
        Truncated, // headers and half the body, then close
        Stream, // chunked, streamBytes of 'x' without Content-Length
        CloseWithoutReply,
    };

    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Fault fault = Fault::None;
        int trickleIntervalMs = 50;
        qint64 streamBytes = 0;
        qint64 declaredLength = -1; // Content-Length to announce; -1 = the body's size
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
        QByteArray path() const;
    };

    explicit FaultServer(QObject* parent = nullptr);
    ~FaultServer() override;

    bool listenLocal();
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>

    void setTls(const QSslCertificate& certificate, const QSslKey& key);
    // Replies for requests whose path starts with pathPrefix, in order; the last one repeats.
    void script(const QByteArray& pathPrefix, const QList<Reply>& replies);
    void setFallback(const Reply& reply);

    const QList<Request>& requests() const { return m_requests; }
    int count(const QByteArray& pathPrefix) const;
    int connectionCount() const { return m_connections; }

    static Reply json(int status, const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& extra = {});
    static Reply fault(Fault fault, const QByteArray& body = {});

Q_SIGNALS:
    void requestReceived(const QByteArray& path);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection;
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);
    Reply replyFor(const Request& request);

    QList<std::pair<QByteArray, QList<Reply>>> m_scripts;
    QHash<QByteArray, int> m_scriptPosition;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    Reply m_fallback;
    QList<Request> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
};
