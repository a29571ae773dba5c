#include "displayprobe.h"

#include <QByteArray>
#include <QFileInfo>
#include <QLibraryInfo>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <arpa/inet.h>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#define KTI_PROBE_DISPLAYS 1
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef KTI_PROBE_DISPLAYS

// How long a TCP display (ssh's X forwarding on localhost:10, a numeric address) may take to accept: a server that
// does not answer by then counts as there, so that a slow network never refuses a display that works.
constexpr int TcpDeadlineMs = 1000;

// What a failed connect() says about the display: there is nobody (no such socket, refused, not allowed) or we
// cannot tell (a full backlog, a signal), which counts as there.
bool nobodyThere(int error)
{
    return error == ENOENT || error == ECONNREFUSED || error == ENOTDIR || error == EACCES || error == ENETUNREACH
        || error == EHOSTUNREACH || error == EADDRNOTAVAIL || error == EAFNOSUPPORT;
}

// Connects to a local stream socket; abstract: Linux's abstract namespace (a leading NUL), where X servers listen too.
bool connectsLocal(const QByteArray& path, bool abstract = false)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const qsizetype offset = abstract ? 1 : 0;
    if (path.isEmpty() || path.size() + offset >= qsizetype(sizeof(address.sun_path))) {
        return false; // no client library could reach it either
    }
    std::memcpy(address.sun_path + offset, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return true; // out of descriptors: not ours to judge
    }
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(offset + path.size()));
    const int result = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), length);
    const int error = errno;
    ::close(fd);
    return result == 0 || !nobodyThere(error);
}

// Connects to a numeric address (IPv4 or IPv6) without blocking past TcpDeadlineMs.
bool connectsTcp(const QByteArray& host, int port)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (::inet_pton(AF_INET, host.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(quint16(port));
        length = sizeof(sockaddr_in);
    } else if (::inet_pton(AF_INET6, host.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(quint16(port));
        length = sizeof(sockaddr_in6);
    } else {
        return true; // a host name: looking it up could block, so Qt decides
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        return true;
    }
    bool there = true;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0) {
        if (errno == EINPROGRESS) {
            pollfd waiting { fd, POLLOUT, 0 };
            if (::poll(&waiting, 1, TcpDeadlineMs) == 1) {
                int error = 0;
                socklen_t size = sizeof(error);
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
                there = error == 0 || !nobodyThere(error);
            }
        } else {
            there = !nobodyThere(errno);
        }
    }
    ::close(fd);
    return there;
}

// An X display name as libxcb reads it: [protocol/][host]:display[.screen], or a socket path.
bool xcbConnects(const QByteArray& display)
{
    if (display.isEmpty()) {
        return false;
    }
    if (display.startsWith('/')) {
        // A socket path (XQuartz's launchd form), with or without the ":display" after it.
        const qsizetype colon = display.lastIndexOf(':');
        return connectsLocal(display) || (colon > 0 && connectsLocal(display.left(colon)));
    }
    QByteArray name = display;
    QByteArray protocol;
    if (const qsizetype slash = name.indexOf('/'); slash >= 0) {
        protocol = name.left(slash);
        name = name.mid(slash + 1);
    }
    const qsizetype colon = name.lastIndexOf(':');
    if (colon < 0) {
        return false; // libxcb refuses a name without a display number
    }
    if (colon > 0 && name.at(colon - 1) == ':') {
        return true; // DECnet (host::n): not ours to judge
    }
    QByteArray host = name.left(colon);
    QByteArray number = name.mid(colon + 1);
    if (const qsizetype dot = number.indexOf('.'); dot >= 0) {
        number.truncate(dot);
    }
    bool isNumber = false;
    const int displayNumber = number.toInt(&isNumber);
    if (!isNumber || displayNumber < 0) {
        return false;
    }
    if (host.startsWith('[') && host.endsWith(']')) {
        host = host.mid(1, host.size() - 2);
    }
    if (protocol != "tcp" && protocol != "inet" && protocol != "inet6" && (host.isEmpty() || host == "unix")) {
        const QByteArray socket = "/tmp/.X11-unix/X" + QByteArray::number(displayNumber);
        return connectsLocal(socket) || connectsLocal(socket, true);
    }
    const int port = 6000 + displayNumber;
    if (host == "localhost") {
        return connectsTcp("127.0.0.1", port) || connectsTcp("::1", port);
    }
    return connectsTcp(host, port);
}

bool waylandConnects()
{
    if (!qEnvironmentVariableIsEmpty("WAYLAND_SOCKET")) {
        return true; // a connected descriptor handed down by the compositor
    }
    QByteArray display = qgetenv("WAYLAND_DISPLAY");
    if (display.isEmpty()) {
        display = "wayland-0"; // libwayland-client's default
    }
    if (display.startsWith('/')) {
        return connectsLocal(display);
    }
    const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && connectsLocal(runtimeDir + '/' + display);
}

QByteArray displayArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"-display"_s || arguments.at(i) == u"--display"_s) {
            return arguments.at(i + 1).toLocal8Bit();
        }
    }
    return qgetenv("DISPLAY");
}

// A platform that is none of Qt's own is only there when its plugin is, in one of the folders Qt searches; Qt
// aborts on a name it cannot load (e.g. "-platform foo"). Qt's own are taken as there: no file is looked at on
// the usual start.
bool pluginExists(const QString& name, const QStringList& arguments)
{
    static const QStringList QtPlatforms { u"offscreen"_s, u"minimal"_s, u"minimalegl"_s, u"eglfs"_s, u"linuxfb"_s,
        u"vnc"_s, u"vkkhrdisplay"_s, u"directfb"_s, u"bsdfb"_s, u"webgl"_s };
    if (QtPlatforms.contains(name)) {
        return true;
    }
    if (name.isEmpty()) {
        return false;
    }
    QStringList folders = qEnvironmentVariable("QT_QPA_PLATFORM_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts);
    for (const QString& path : qEnvironmentVariable("QT_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts)) {
        folders.append(path + u"/platforms"_s);
    }
    folders.append(QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/platforms"_s);
    folders.append(QFileInfo(arguments.value(0)).absolutePath() + u"/platforms"_s);
    for (const QString& folder : std::as_const(folders)) {
        if (QFileInfo::exists(folder + u"/libq"_s + name + u".so"_s)) {
            return true;
        }
    }
    return false;
}

#endif

} // namespace

QStringList DisplayProbe::platforms(const QStringList& arguments)
{
    QString spec;
    // As QGuiApplication reads it: "-platform NAME" or "--platform NAME", the last one winning.
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"-platform"_s || arguments.at(i) == u"--platform"_s) {
            spec = arguments.at(++i);
        }
    }
    if (spec.isEmpty()) {
        spec = qEnvironmentVariable("QT_QPA_PLATFORM");
    }
    if (spec.isEmpty()) {
#ifdef KTI_PROBE_DISPLAYS
        // Qt 6.4 tries Wayland first in a Wayland session, then xcb; later releases prefer Wayland wherever it is.
        // Either one working is enough here.
        return { u"wayland"_s, u"xcb"_s };
#else
        return {};
#endif
    }
    QStringList names;
    for (const QString& entry : spec.split(u';', Qt::SkipEmptyParts)) {
        names.append(entry.section(u':', 0, 0).trimmed().toLower());
    }
    return names;
}

bool DisplayProbe::canOpenDisplay(const QStringList& arguments)
{
#ifdef KTI_PROBE_DISPLAYS
    const QStringList candidates = platforms(arguments);
    if (candidates.isEmpty()) {
        return true;
    }
    for (const QString& platform : candidates) {
        if (platform == u"xcb"_s) {
            if (xcbConnects(displayArgument(arguments))) {
                return true;
            }
        } else if (platform.startsWith(u"wayland"_s)) {
            if (waylandConnects()) {
                return true;
            }
        } else if (pluginExists(platform, arguments)) {
            return true; // offscreen and minimal need no display; eglfs, linuxfb, vnc and the rest are Qt's to judge
        }
    }
    return false;
#else
    Q_UNUSED(arguments)
    return true; // Windows and macOS always have their window system
#endif
}
