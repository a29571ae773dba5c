#pragma once

#include <QStringList>

// Whether the GUI platform Qt is about to load can open a display, asked before QApplication exists: Qt aborts the
// process (SIGABRT, a core dump) when no platform plugin can start, and main() would rather say so and exit.
// Cheap enough for the start path: a few environment variables and at most a connect() or two to a local socket,
// no X11 or Wayland library. It errs on the side of "yes": a platform it cannot judge (eglfs, linuxfb, a remote X
// server by host name, …) is left to Qt.
class DisplayProbe final
{
public:
    DisplayProbe() = delete;

    // The platforms Qt will try, in order: "-platform NAME" from the arguments, else QT_QPA_PLATFORM (a ';' list),
    // else Qt's defaults on this system (Wayland and X11 on Linux). Names only, without their ":options".
    static QStringList platforms(const QStringList& arguments);

    // True when one of platforms() needs no display (offscreen, minimal, …) or can connect to its display:
    // X11 through DISPLAY (or "-display NAME"), Wayland through WAYLAND_SOCKET or WAYLAND_DISPLAY's socket. A name
    // that is none of Qt's platforms counts only when its plugin file is found where Qt looks for it.
    // arguments: argv as text, program name first.
    static bool canOpenDisplay(const QStringList& arguments);
};
