#pragma once

#include <QString>
#include <QtGlobal>

// A listening TCP socket on 127.0.0.1, made with the system's own calls: no Qt Network, no services module, a few
// microseconds. The demo tenant reserves its ports with it before the main window's first frame, so that the
// window shows the demo's address at once; the servers take the sockets over afterwards (QTcpServer::
// setSocketDescriptor), and a connection made in between waits in the system's queue until they do.
class ReservedPort
{
    Q_DISABLE_COPY(ReservedPort)

public:
    ReservedPort() = default;
    ReservedPort(ReservedPort&& other) noexcept;
    ReservedPort& operator=(ReservedPort&& other) noexcept;
    ~ReservedPort(); // closes the socket unless it was taken

    // Binds 127.0.0.1:port (0 = any free port) and listens. False with errorString() when it cannot.
    bool reserve(quint16 port);
    bool isReserved() const { return m_socket >= 0; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }
    // Hands the listening socket over: the caller closes it from now on. -1 when nothing is reserved.
    qintptr take();

private:
    void close();

    qintptr m_socket = -1;
    quint16 m_port = 0;
    QString m_errorString;
};
