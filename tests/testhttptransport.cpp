#include "helpers/faultserver.h"
#include "helpers/testca.h"
#include "kibo/httptransport.h"
#include "kibo/kibocall.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Ticket = R"({"accessToken":"abc","refreshToken":"def","userId":"0123"})";

QByteArray okReply(const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "\r\n" + body;
}

// A loopback server that writes raw bytes: the handler gets every complete request (head and Content-Length body)
// with the index of its connection (0, 1, …) and the socket, and answers (or not) as the test needs. It records
// which connection carried which request, and whether a request arrived while an earlier one on the same
// connection was still unanswered (pipelining).
class RawServer final : public QTcpServer
{
public:
    using Handler = std::function<void(QTcpSocket* socket, int connection, const QByteArray& request)>;

    explicit RawServer(Handler handler)
        : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString& path = u"/api/commerce/customer/authtickets"_s) const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(serverPort());
        url.setPath(path);
        return url;
    }

    int connections() const { return m_connections; }
    const QList<int>& requestConnections() const { return m_requestConnections; }
    // Marks the request on socket as answered, so a later one on it is not counted as pipelined.
    void answered(QTcpSocket* socket) { socket->setProperty("pending", false); }
    bool sawPipelining() const { return m_pipelined; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        const int index = m_connections++;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] {
            QByteArray& buffer = m_buffers[index];
            buffer += socket->readAll();
            for (;;) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                qint64 length = 0;
                for (const QByteArray& line : buffer.left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:")) {
                        length = line.mid(15).trimmed().toLongLong();
                    }
                }
                if (buffer.size() < end + 4 + length) {
                    return;
                }
                const QByteArray request = buffer.left(end + 4 + length);
                buffer.remove(0, end + 4 + length);
                if (socket->property("pending").toBool()) {
                    m_pipelined = true;
                }
                socket->setProperty("pending", true);
                m_requestConnections.append(index);
                m_handler(socket, index, request);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    Handler m_handler;
    QHash<int, QByteArray> m_buffers;
    QList<int> m_requestConnections;
    int m_connections = 0;
    bool m_pipelined = false;
};

// A handler that answers every request with a ticket but the second, which gets fault (on the kept connection).
RawServer::Handler faultOnSecondRequest(RawServer* const* server, std::function<void(QTcpSocket*)> fault)
{
    return [server, fault = std::move(fault)](QTcpSocket* socket, int connection, const QByteArray&) {
        if (connection == 0 && (*server)->requestConnections().size() == 2) {
            fault(socket);
            return;
        }
        socket->write(okReply(Ticket));
        (*server)->answered(socket);
    };
}

} // namespace

// HttpTransport, KiboCall's HTTP/1.1 client for direct calls, against real loopback servers: the framing a reply
// may use, keep-alive and its limits (one request at a time, no reuse across trust), and the one case a request
// is written twice.
class TestHttpTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replyFraming_data();
    void replyFraming();
    void keptAliveConnectionIsReused();
    void connectionCloseIsNotReused();
    void serverClosingAnIdleConnection();
    void reusedConnectionClosedBeforeAnyReplyByteIsRetriedOnce();
    void freshConnectionClosedIsNotRetried();
    void replyCutOffOnAReusedConnectionIsNotRetried();
    void oneRequestAtATimePerConnection();
    void keptTlsConnectionNeverServesOtherTrust();
    void proxiedCallsStayWithTheManager();

private:
    static KiboResponse call(QNetworkAccessManager& manager, const QUrl& url, const QString& caPath = {});

    TestCa m_ca;
};

void TestHttpTransport::initTestCase()
{
    qRegisterMetaType<KiboResponse>();
    QString error;
    QVERIFY2(m_ca.create(&error), qPrintable(error));
}

KiboResponse TestHttpTransport::call(QNetworkAccessManager& manager, const QUrl& url, const QString& caPath)
{
    KiboCall call(&manager);
    call.setOperation(KiboError::customerLoginOperation());
    call.setDeadlines(5000, 10'000);
    call.setMaxResponseBytes(64 * 1024);
    call.setCaBundlePath(caPath);
    QSignalSpy spy(&call, &KiboCall::finished);
    call.start("POST", url, { { "x-vol-tenant", "100001" } }, R"({"username":"ada"})");
    if (!spy.wait(15'000) || spy.size() != 1) {
        qWarning("the call did not finish once");
        return {};
    }
    return spy.first().first().value<KiboResponse>();
}

void TestHttpTransport::replyFraming_data()
{
    QTest::addColumn<QList<QByteArray>>("writes"); // written one by one, each after the previous was sent
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("kind");

    const auto ok = int(KiboError::Kind::None);
    const QByteArray chunkedHead
        = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray firstHalf = Ticket.left(20);
    const QByteArray secondHalf = Ticket.mid(20);
    QTest::newRow("Content-Length in one write") << QList<QByteArray> { okReply(Ticket) } << false << ok;
    QTest::newRow("Content-Length, head and body apart")
        << QList<QByteArray> { okReply(Ticket).chopped(Ticket.size()), firstHalf, secondHalf } << false << ok;
    QTest::newRow("chunked in one write") << QList<QByteArray> { chunkedHead + QByteArray::number(firstHalf.size(), 16)
        + "\r\n" + firstHalf + "\r\n" + QByteArray::number(secondHalf.size(), 16) + "\r\n" + secondHalf
        + "\r\n0\r\n\r\n" } << false << ok;
    QTest::newRow("chunked, extension and trailer, split everywhere") << QList<QByteArray> { chunkedHead,
        QByteArray::number(firstHalf.size(), 16) + ";name=value\r", "\n" + firstHalf,
        "\r\n" + QByteArray::number(secondHalf.size(), 16) + "\r\n" + secondHalf + "\r\n0", "\r\nX-Trailer: 1\r\n",
        "\r\n" } << false << ok;
    QTest::newRow("chunked, cut off before the last chunk")
        << QList<QByteArray> { chunkedHead + QByteArray::number(firstHalf.size(), 16) + "\r\n" + firstHalf + "\r\n" }
        << true << int(KiboError::Kind::Network);
    QTest::newRow("chunked, malformed size")
        << QList<QByteArray> { chunkedHead + "zz\r\n" + firstHalf + "\r\n0\r\n\r\n" } << false
        << int(KiboError::Kind::NotKibo);
    QTest::newRow("no length: the body ends with the close")
        << QList<QByteArray> { "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + Ticket } << true << ok;
    QTest::newRow("interim 100 Continue first")
        << QList<QByteArray> { "HTTP/1.1 100 Continue\r\n\r\n", okReply(Ticket) } << false << ok;
    QTest::newRow("not HTTP") << QList<QByteArray> { "SSH-2.0-OpenSSH_9.2\r\n" } << false
                              << int(KiboError::Kind::Network);
}

void TestHttpTransport::replyFraming()
{
    QFETCH(QList<QByteArray>, writes);
    QFETCH(bool, closeAfter);
    QFETCH(int, kind);

    // One write every 10 ms (not a wait: the shape of the reply), so the client reads the pieces apart.
    QTimer pace;
    pace.setInterval(10);
    RawServer server([&](QTcpSocket* socket, int, const QByteArray&) {
        auto next = std::make_shared<qsizetype>(0);
        connect(&pace, &QTimer::timeout, socket, [&, socket, next] {
            if (*next < writes.size()) {
                socket->write(writes.at((*next)++));
                return;
            }
            pace.stop();
            if (closeAfter) {
                socket->disconnectFromHost();
            }
        });
        pace.start();
    });
    QNetworkAccessManager manager;
    const KiboResponse response = call(manager, server.url());
    QVERIFY2(int(response.error.kind) == kind, qPrintable(KiboError::kindName(response.error.kind)));
    if (kind == int(KiboError::Kind::None)) {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, Ticket);
        QCOMPARE(response.json.object().value(u"refreshToken"_s).toString(), u"def"_s);
    }
}

void TestHttpTransport::keptAliveConnectionIsReused()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.setFallback(FaultServer::json(200, Ticket));
    QNetworkAccessManager manager;
    QUrl url = server.baseUrl();
    url.setPath(u"/api/commerce/customer/authtickets"_s);
    for (int i = 0; i < 3; ++i) {
        const KiboResponse response = call(manager, url);
        QVERIFY2(!response.error.isError(), qPrintable(KiboError::kindName(response.error.kind)));
        QCOMPARE(response.body, Ticket);
        QCOMPARE(HttpTransport::of(&manager)->idleConnectionCount(), 1);
    }
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.connectionCount(), 1);
    // What the transport wrote, as Qt's client would: the caller's headers, the body with its length.
    const FaultServer::Request& request = server.requests().constLast();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("x-vol-tenant"), QByteArray("100001"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("host"), "127.0.0.1:" + QByteArray::number(server.serverPort()));
    QCOMPARE(request.body, QByteArray(R"({"username":"ada"})"));
}

void TestHttpTransport::connectionCloseIsNotReused()
{
    RawServer server([&server](QTcpSocket* socket, int, const QByteArray&) {
        socket->write(okReply(Ticket, "Connection: close\r\n"));
        server.answered(socket);
    });
    QNetworkAccessManager manager;
    for (int i = 0; i < 2; ++i) {
        const KiboResponse response = call(manager, server.url());
        QVERIFY(!response.error.isError());
        QCOMPARE(HttpTransport::of(&manager)->idleConnectionCount(), 0);
    }
    QCOMPARE(server.connections(), 2);
}

void TestHttpTransport::serverClosingAnIdleConnection()
{
    RawServer server([&server](QTcpSocket* socket, int connection, const QByteArray&) {
        socket->write(okReply(Ticket));
        server.answered(socket);
        if (connection == 0) {
            socket->waitForBytesWritten(1000);
            socket->disconnectFromHost(); // the server's idle timeout, right after the reply
        }
    });
    QNetworkAccessManager manager;
    QVERIFY(!call(manager, server.url()).error.isError());
    // The kept connection goes as soon as its close arrives; the next call opens a new one.
    QTRY_COMPARE(HttpTransport::of(&manager)->idleConnectionCount(), 0);
    const KiboResponse second = call(manager, server.url());
    QVERIFY2(!second.error.isError(), qPrintable(KiboError::kindName(second.error.kind)));
    QCOMPARE(server.connections(), 2);
    QCOMPARE(server.requestConnections(), (QList<int> { 0, 1 }));
}

void TestHttpTransport::reusedConnectionClosedBeforeAnyReplyByteIsRetriedOnce()
{
    // The race keep-alive cannot avoid: the server closes the kept connection just as the next request goes out.
    // Nothing of a reply came, so nothing was answered: the request is written once more, on a new connection.
    RawServer* server = nullptr;
    RawServer raw(faultOnSecondRequest(&server, [](QTcpSocket* socket) { socket->abort(); }));
    server = &raw;
    QNetworkAccessManager manager;
    QVERIFY(!call(manager, raw.url()).error.isError());
    const KiboResponse second = call(manager, raw.url());
    QVERIFY2(!second.error.isError(), qPrintable(KiboError::kindName(second.error.kind)));
    QCOMPARE(second.body, Ticket);
    QCOMPARE(raw.requestConnections(), (QList<int> { 0, 0, 1 }));
}

void TestHttpTransport::freshConnectionClosedIsNotRetried()
{
    RawServer server([](QTcpSocket* socket, int, const QByteArray&) { socket->abort(); });
    QNetworkAccessManager manager;
    const KiboResponse response = call(manager, server.url());
    QCOMPARE(response.error.kind, KiboError::Kind::Network);
    QCOMPARE(response.status, 0);
    QCOMPARE(server.requestConnections(), QList<int> { 0 });
}

void TestHttpTransport::replyCutOffOnAReusedConnectionIsNotRetried()
{
    // A byte of the reply came: the server may have acted on the request, so it is never sent again.
    RawServer* server = nullptr;
    RawServer raw(faultOnSecondRequest(&server, [](QTcpSocket* socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"acc");
        socket->waitForBytesWritten(1000);
        socket->disconnectFromHost();
    }));
    server = &raw;
    QNetworkAccessManager manager;
    QVERIFY(!call(manager, raw.url()).error.isError());
    const KiboResponse second = call(manager, raw.url());
    QCOMPARE(second.error.kind, KiboError::Kind::Network);
    QCOMPARE(second.status, 200);
    QVERIFY(second.body.isEmpty() || second.json.isNull());
    QCOMPARE(raw.requestConnections(), (QList<int> { 0, 0 }));
}

void TestHttpTransport::oneRequestAtATimePerConnection()
{
    // The first request is held unanswered until the second has arrived: were the second written on the first's
    // connection (pipelining), the server would see it there while the first is pending.
    QList<QTcpSocket*> held;
    RawServer server([&](QTcpSocket* socket, int, const QByteArray&) {
        held.append(socket);
        if (held.size() == 2) {
            for (QTcpSocket* waiting : std::as_const(held)) {
                server.answered(waiting);
                waiting->write(okReply(Ticket));
            }
        } else if (held.size() > 2) {
            server.answered(socket);
            socket->write(okReply(Ticket));
        }
    });
    QNetworkAccessManager manager;
    KiboCall first(&manager);
    KiboCall second(&manager);
    QSignalSpy firstDone(&first, &KiboCall::finished);
    QSignalSpy secondDone(&second, &KiboCall::finished);
    first.start("POST", server.url(), {}, R"({"username":"ada"})");
    second.start("POST", server.url(), {}, R"({"username":"bob"})");
    QTRY_COMPARE_WITH_TIMEOUT(firstDone.size() + secondDone.size(), 2, 10'000);
    QVERIFY(!first.response().error.isError());
    QVERIFY(!second.response().error.isError());
    QVERIFY(!server.sawPipelining());
    QCOMPARE(server.connections(), 2);
    QCOMPARE(HttpTransport::of(&manager)->idleConnectionCount(), 2);
    // Both kept: a third call takes one of them.
    QVERIFY(!call(manager, server.url()).error.isError());
    QCOMPARE(server.connections(), 2);
    QVERIFY(!server.sawPipelining());
}

void TestHttpTransport::keptTlsConnectionNeverServesOtherTrust()
{
    // Without the profile's CA the server is not trusted: a connection accepted with it must not carry that call.
    QString error;
    const TestCa::ServerCertificate certificate = m_ca.server(TestCa::ServerKind::Good, &error);
    QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
    FaultServer server;
    server.setTls(certificate.certificate, certificate.key);
    QVERIFY(server.listenLocal());
    server.setFallback(FaultServer::json(200, Ticket));
    QUrl url = server.baseUrl();
    url.setPath(u"/api/commerce/customer/authtickets"_s);
    QNetworkAccessManager manager;

    const KiboResponse trusted = call(manager, url, m_ca.caPemPath());
    QVERIFY2(!trusted.error.isError(), qPrintable(trusted.error.tlsDetails));
    QCOMPARE(HttpTransport::of(&manager)->idleConnectionCount(), 1);
    const KiboResponse again = call(manager, url, m_ca.caPemPath());
    QVERIFY(!again.error.isError());
    QCOMPARE(server.connectionCount(), 1); // same trust: the kept connection

    const KiboResponse untrusted = call(manager, url);
    QCOMPARE(untrusted.error.kind, KiboError::Kind::Tls);
    QCOMPARE(untrusted.error.detail, u"untrusted"_s);
    QVERIFY(untrusted.error.tlsDetails.contains(u"KTI Test CA"_s));
    QCOMPARE(server.requests().size(), 2);
}

void TestHttpTransport::proxiedCallsStayWithTheManager()
{
    // A proxy that refuses: the call must go to it (through the manager), never straight to the server.
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        closedPort = closed.serverPort();
    }
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.setFallback(FaultServer::json(200, Ticket));
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, closedPort));
    QUrl url = server.baseUrl();
    url.setPath(u"/api/commerce/customer/authtickets"_s);
    QVERIFY(!HttpTransport::connectsDirectly(&manager, url));
    const KiboResponse response = call(manager, url);
    QCOMPARE(response.error.kind, KiboError::Kind::Proxy);
    QCOMPARE(server.connectionCount(), 0);

    manager.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(HttpTransport::connectsDirectly(&manager, url));
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "testhttptransport.moc"
