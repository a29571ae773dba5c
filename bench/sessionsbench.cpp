// kti-bench-sessions: resident memory of ten logged-in sessions against one (issue 12).
//
// The real MainWindow with its SessionTabs on the offscreen platform (the memory measured is the widgets', the
// sessions' and their trees'; the offscreen backing store is one image for the window, as on X), its in-process
// demo tenant and the OS keychain as the GUI uses them. One session logs in as ada.lovelace@example.com; nine more
// sessions are opened with File → New Session and log in, alternating b2b.buyer@example.com and ada (the demo's
// customers who get a ticket without a code; big.account is left out: its 4.4 MB account is a measure of its own,
// and ten of it would measure that account, not a session). Each sample is one fresh process (this program runs
// itself with --one), since memory once allocated is not given back the same way twice:
//
//   BENCH sessions.rss.per-extra MB <(RSS after ten - RSS after one) / 9> ...
#include "guisessiondriver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QProcess>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// One sample: MB per extra session; nullopt when the tenant or a login failed.
std::optional<double> measureOnce()
{
    MainWindow window;
    if (!GuiSessionDriver::startDemo(&window)) {
        std::fprintf(stderr, "the demo tenant did not start\n");
        return std::nullopt;
    }
    if (!GuiSessionDriver::logIn(window.sessionView(0), u"ada.lovelace@example.com"_s)) {
        std::fprintf(stderr, "the first login failed\n");
        return std::nullopt;
    }
    GuiSessionDriver::settle();
    const double one = GuiSessionDriver::residentMb();
    const QStringList customers { u"b2b.buyer@example.com"_s, u"ada.lovelace@example.com"_s };
    for (int i = 1; i < 10; ++i) {
        window.newSession();
        if (!GuiSessionDriver::logIn(window.sessionView(i), customers.at(i % 2 == 1 ? 0 : 1))) {
            std::fprintf(stderr, "login %d failed\n", i + 1);
            return std::nullopt;
        }
    }
    GuiSessionDriver::settle();
    const double ten = GuiSessionDriver::residentMb();
    std::fprintf(stderr, "RSS with one session %.1f MB, with ten %.1f MB\n", one, ten);
    return (ten - one) / 9.0;
}

} // namespace

int main(int argc, char** argv)
{
    GuiSessionDriver::useOffscreenPlatformByDefault();
    const bool one = argc > 1 && qstrcmp(argv[1], "--one") == 0;
    if (one) {
        QApplication app(argc, argv);
        const std::optional<double> value = measureOnce();
        if (!value) {
            return 1;
        }
        std::printf("%.3f\n", *value);
        return 0;
    }

    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int runs = smoke ? 1 : 5;
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { u"--one"_s });
        if (!child.waitForFinished(120'000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "a measuring run failed\n");
            return 1;
        }
        samples.append(child.readAllStandardOutput().trimmed().toDouble());
    }
    std::printf("BENCH sessions.rss.per-extra MB");
    for (const double sample : samples) {
        std::printf(" %.3f", sample);
    }
    std::printf("\n");
    return 0;
}
