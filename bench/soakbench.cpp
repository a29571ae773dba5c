// kti-bench-soak: memory and file descriptors over many refreshes and logins (issue 12).
//
// The real MainWindow on the offscreen platform with its in-process demo tenant and the OS keychain, as the GUI
// uses them. Two soaks in one process:
//   refreshes: one session logged in as ada; Refresh Now 1,000 times, each waiting for its answer on screen;
//   logins: 200 times File → New Session, log ada in, close the session again (its tab, as the user does).
// Growth is measured after a warm-up of 20 refreshes and 10 logins: the first calls fill caches that live for the
// run (the app token and tenant lookup, Qt's connection and font caches, the allocator's arenas, the keychain's D-Bus
// connection), which are no leak. Each refresh and login waits until its tokens are in the keychain, as they are
// before a user's next click: back to back, 1,000 refreshes queue keychain writes faster than gnome-keyring takes them,
// a backlog that drains (5 MB more while it lasts), not a leak. With --smoke: 5 refreshes and 2 logins, a warm-up of 1.
//
//   BENCH soak.refresh.rss-growth MB <growth>
//   BENCH soak.logins.rss-growth MB <growth>
//   BENCH soak.fd-growth count <growth over both soaks>
#include "guisessiondriver.h"
#include "mainwindow.h"
#include "sessionview.h"

#include <QApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    GuiSessionDriver::useOffscreenPlatformByDefault();
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int refreshes = smoke ? 5 : 1000;
    const int logins = smoke ? 2 : 200;
    const int refreshWarmUp = smoke ? 1 : 20;
    const int loginWarmUp = smoke ? 1 : 10;
    const QString customer = u"ada.lovelace@example.com"_s;

    MainWindow window;
    if (!GuiSessionDriver::startDemo(&window) || !GuiSessionDriver::logIn(window.sessionView(0), customer)) {
        std::fprintf(stderr, "the demo login failed\n");
        return 1;
    }

    double refreshStart = 0;
    int fdStart = 0;
    for (int i = 0; i < refreshes; ++i) {
        if (i == refreshWarmUp) {
            GuiSessionDriver::settle();
            refreshStart = GuiSessionDriver::residentMb();
            fdStart = GuiSessionDriver::openFileDescriptors();
        }
        if (!GuiSessionDriver::refresh(window.sessionView(0))) {
            std::fprintf(stderr, "refresh %d failed\n", i + 1);
            return 1;
        }
    }
    GuiSessionDriver::settle();
    const double refreshEnd = GuiSessionDriver::residentMb();

    double loginStart = 0;
    for (int i = 0; i < logins; ++i) {
        if (i == loginWarmUp) {
            GuiSessionDriver::settle();
            loginStart = GuiSessionDriver::residentMb();
        }
        window.newSession();
        const int index = window.sessionCount() - 1;
        if (!GuiSessionDriver::logIn(window.sessionView(index), customer)) {
            std::fprintf(stderr, "login %d failed\n", i + 1);
            return 1;
        }
        if (!window.sessionTabs()->closeSession(index)) {
            std::fprintf(stderr, "session %d did not close\n", i + 1);
            return 1;
        }
        GuiSessionDriver::settle();
    }
    GuiSessionDriver::settle();
    const double loginEnd = GuiSessionDriver::residentMb();
    const int fdEnd = GuiSessionDriver::openFileDescriptors();
    std::fprintf(stderr, "refreshes: %.1f -> %.1f MB; logins: %.1f -> %.1f MB; fds %d -> %d\n", refreshStart,
        refreshEnd, loginStart, loginEnd, fdStart, fdEnd);
    std::printf("BENCH soak.refresh.rss-growth MB %.3f\n", refreshEnd - refreshStart);
    std::printf("BENCH soak.logins.rss-growth MB %.3f\n", loginEnd - loginStart);
    std::printf("BENCH soak.fd-growth count %d\n", fdEnd - fdStart);
    return 0;
}
