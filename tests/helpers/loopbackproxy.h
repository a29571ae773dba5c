#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <memory>

// A real HTTP proxy on 127.0.0.1:0 for tests: forwards absolute-form requests (http) and CONNECT
// tunnels (https) to loopback targets only, records every request it saw, and can instead refuse
// each one with 407 Proxy Authentication Required. Forwarded requests go upstream with
// "Connection: close", so every request is a connection of its own and is seen here.
class LoopbackProxy final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackProxy)

public:
    enum class Mode
    {
        Forward,
        RequireAuthentication, // answers 407 with Proxy-Authenticate: Basic
    };

    struct Seen
    {
        QByteArray method;
        QByteArray target; // absolute URL (forwarded) or host:port (CONNECT)
        bool hadProxyAuthorization = false;
    };

    explicit LoopbackProxy(QObject* parent = nullptr);
    ~LoopbackProxy() override;

    bool listenLocal();
    void setMode(Mode mode) { m_mode = mode; }
    // CONNECT hostAndPort ("home.mozu.com:443") tunnels to 127.0.0.1:loopbackPort: the way tests give a real
    // host name to a loopback server without touching DNS. Only routed names leave the loopback rule.
    void route(const QByteArray& hostAndPort, quint16 loopbackPort);
    const QList<Seen>& requests() const { return m_requests; }
    // Requests whose target contains needle (a path like "/authtickets", or "127.0.0.1:port" for CONNECT).
    int count(const QByteArray& needle) const;
    int count(const QByteArray& method, const QByteArray& needle) const;

Q_SIGNALS:
    void requestSeen(const QByteArray& method, const QByteArray& target);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection;
    void onClientData(const std::shared_ptr<Connection>& connection);
    void onUpstreamData(Connection* connection);
    void startUpstream(const std::shared_ptr<Connection>& connection, const QByteArray& host, quint16 port);
    static void refuse(Connection* connection, const QByteArray& statusLine, const QByteArray& extraHeaders = {});

    Mode m_mode = Mode::Forward;
    QHash<QByteArray, quint16> m_routes;
    QList<Seen> m_requests;
};
