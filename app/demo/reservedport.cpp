#include "reservedport.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

ReservedPort::ReservedPort(ReservedPort&& other) noexcept
    : m_socket(std::exchange(other.m_socket, -1))
    , m_port(std::exchange(other.m_port, 0))
    , m_errorString(std::move(other.m_errorString))
{ }

ReservedPort& ReservedPort::operator=(ReservedPort&& other) noexcept
{
    if (this != &other) {
        close();
        m_socket = std::exchange(other.m_socket, -1);
        m_port = std::exchange(other.m_port, 0);
        m_errorString = std::move(other.m_errorString);
    }
    return *this;
}

ReservedPort::~ReservedPort()
{
    close();
}

bool ReservedPort::reserve(quint16 port)
{
    close();
    m_errorString.clear();
    const int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const auto fail = [this, socket](int error) {
        m_errorString = QString::fromLocal8Bit(std::strerror(error));
        if (socket >= 0) {
            ::close(socket);
        }
        return false;
    };
    if (socket < 0) {
        return fail(errno);
    }
    // As QTcpServer::listen does on Unix: a port left in TIME_WAIT by an earlier run can be bound again.
    const int on = 1;
    if (::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0) {
        return fail(errno);
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(socket, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        || ::listen(socket, SOMAXCONN) != 0) {
        return fail(errno);
    }
    socklen_t length = sizeof address;
    if (::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        return fail(errno);
    }
    m_socket = socket;
    m_port = ntohs(address.sin_port);
    return true;
}

qintptr ReservedPort::take()
{
    m_port = 0;
    return std::exchange(m_socket, -1);
}

void ReservedPort::close()
{
    if (m_socket >= 0) {
        ::close(int(m_socket));
        m_socket = -1;
        m_port = 0;
    }
}
