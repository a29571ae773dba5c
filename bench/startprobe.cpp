// kti-bench-start: start → first complete frame, and resident memory 4 s after start, of the bare Qt window
// (kti-bench-barewindow, the baseline), the product without arguments and the product with --demo.
//
// Measured from outside, as a user sees it: the probe starts its own Xvfb once, watches the root window with
// the X DAMAGE extension and starts each program itself (fork + exec). Every run gets a fresh, empty HOME and
// XDG_{CONFIG,DATA,CACHE}_HOME and inherits the session bus scripts/bench gives (scripts/with-keyring), as on
// a desktop. The three programs alternate, run after run, so that a noisy machine hurts all of them alike.
//
//   start → first frame complete (start.frame.*) = the time from just before fork to the last damage
//   event of the first frame: the damage from the first event on until the first gap of --frame-gap-ms
//   (32 ms, two frame intervals at 60 Hz). Qt paints and flushes a frame in one go: its pieces arrive a few
//   ms apart at most, even on a loaded machine; what comes after two frame intervals of quiet is an update
//   of a window already shown (e.g. the demo tenant filling the form), not the completion of the first frame.
//   The steps of an animation (a small rectangle damaged again, e.g. a clear button fading in) are ignored.
//   start → screen quiet (start.quiet.*, information) = the last damage of the first burst, which ends after
//   --quiet-ms (250 ms) without damage: when it differs much from the first frame, the window was still
//   changing soon after its first frame; --trace shows each damage event to see whether that frame was
//   incomplete. docs/performance.md explains the choice.
//
//   resident memory = VmRSS of /proc/PID/status --rss-after-ms (4000) after start; PSS from
//   /proc/PID/smaps_rollup is printed too, for information.
//
// Options: --runs N (default 9; --smoke: 1), --frame-gap-ms MS, --quiet-ms MS, --rss-after-ms MS, --app PATH (another
// build of the product, e.g. a scratch build), --only bare|noargs|demo (repeatable), --trace (every damage event on
// standard error). Output: BENCH lines (bench/README.md) on standard output, everything else on standard error.
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

extern char** environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere else

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

struct Options
{
    int runs = 9;
    int frameGapMs = 32;
    int quietMs = 250;
    int rssAfterMs = 4000;
    int firstDamageTimeoutMs = 20000;
    bool trace = false;
    std::string app = KTI_EXECUTABLE_PATH;
    std::vector<std::string> only;
};

struct Variant
{
    std::string name; // bare, noargs, demo
    std::string program;
    std::vector<std::string> arguments;
    std::vector<double> frameMs;
    std::vector<double> settleMs;
    std::vector<double> rssMb;
    std::vector<double> pssMb;
};

// The Xvfb to stop when the probe gives up (std::exit skips destructors).
pid_t g_xvfb = 0;

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "kti-bench-start: %s\n", message.c_str());
    if (g_xvfb > 0) {
        kill(g_xvfb, SIGKILL);
        waitpid(g_xvfb, nullptr, 0);
    }
    std::exit(1);
}

pid_t spawn(const std::string& program, const std::vector<std::string>& arguments, const std::vector<std::string>& env,
    int stdoutFd, int stderrFd)
{
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str())); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    for (const std::string& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str())); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    envp.reserve(env.size() + 1);
    for (const std::string& entry : env) {
        envp.push_back(const_cast<char*>(entry.c_str())); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    }
    envp.push_back(nullptr);
    // fork + exec rather than posix_spawn, for PR_SET_PDEATHSIG: a probe that is killed (a timeout) takes
    // Xvfb and the program under test with it. The probe is small and single-threaded: fork is cheap.
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        fail("cannot start " + program + ": " + std::strerror(errno));
    }
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) {
            _exit(127);
        }
        const int devnull = open("/dev/null", O_RDONLY);
        dup2(devnull, STDIN_FILENO);
        dup2(stdoutFd, STDOUT_FILENO);
        dup2(stderrFd, STDERR_FILENO);
        execvpe(program.c_str(), argv.data(), envp.data());
        _exit(127);
    }
    return pid;
}

// Stops a child: SIGTERM, then SIGKILL after 5 s. Returns its wait status.
int stop(pid_t pid)
{
    kill(pid, SIGTERM);
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(5);
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (Clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        usleep(10 * 1000);
    }
    return status;
}

// The value in kB of a "Key:   1234 kB" line of a /proc file, in MiB.
std::optional<double> procMb(const std::string& path, const std::string& key)
{
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key + ":", 0) == 0) {
            std::istringstream fields(line.substr(key.size() + 1));
            double kb = 0;
            if (fields >> kb) {
                return kb / 1024.0;
            }
        }
    }
    return std::nullopt;
}

class VirtualScreen
{
public:
    VirtualScreen() = default;
    VirtualScreen(const VirtualScreen&) = delete;
    VirtualScreen& operator=(const VirtualScreen&) = delete;
    ~VirtualScreen()
    {
        if (m_display != nullptr) {
            XCloseDisplay(m_display);
        }
        if (m_xvfb > 0) {
            stop(m_xvfb);
        }
    }

    void start()
    {
        // -displayfd: Xvfb picks a free display number itself and writes it to the pipe, so that parallel
        // runs (and other Xvfbs on the machine) never collide. -terminate: it ends when its last client, the
        // probe, disconnects, so that a probe killed by a timeout leaves no Xvfb behind.
        int fds[2];
        if (pipe(fds) != 0) {
            fail("pipe failed");
        }
        fcntl(fds[0], F_SETFD, FD_CLOEXEC);
        const int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
        m_xvfb = spawn("Xvfb",
            { "-displayfd", std::to_string(fds[1]), "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-terminate" },
            environmentWith({}), devnull, devnull); // fds[1] is inherited: opened without O_CLOEXEC
        g_xvfb = m_xvfb;
        close(fds[1]);
        close(devnull);
        std::string number;
        pollfd reader { fds[0], POLLIN, 0 };
        const Clock::time_point deadline = Clock::now() + std::chrono::seconds(20);
        while (number.empty() || number.back() != '\n') {
            if (Clock::now() > deadline || poll(&reader, 1, 1000) < 0) {
                fail("Xvfb did not start");
            }
            char buffer[16];
            const ssize_t got = read(fds[0], buffer, sizeof buffer);
            if (got <= 0) {
                fail("Xvfb did not start");
            }
            number.append(buffer, static_cast<size_t>(got));
        }
        close(fds[0]);
        m_displayName = ":" + number.substr(0, number.size() - 1);
        m_display = XOpenDisplay(m_displayName.c_str());
        if (m_display == nullptr) {
            fail("cannot open display " + m_displayName);
        }
        int errorBase = 0;
        if (XDamageQueryExtension(m_display, &m_damageEventBase, &errorBase) == 0) {
            fail("the X server has no DAMAGE extension");
        }
        // Raw rectangles: one event per paint, so that the probe sees when each paint happened.
        XDamageCreate(m_display, DefaultRootWindow(m_display), XDamageReportRawRectangles);
        XSync(m_display, False);
        std::fprintf(stderr, "kti-bench-start: Xvfb on %s\n", m_displayName.c_str());
    }

    // An environment for a program under test: ours (the session bus, XDG_RUNTIME_DIR, PATH…) with the
    // display and the given overrides.
    std::vector<std::string> environmentWith(const std::vector<std::pair<std::string, std::string>>& overrides) const
    {
        static const char* const dropped[] = { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HOME",
            "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_SESSION_TYPE", "QT_SCALE_FACTOR" };
        std::vector<std::string> env;
        for (char** entry = environ; *entry != nullptr; ++entry) {
            const std::string text = *entry;
            const std::string name = text.substr(0, text.find('='));
            if (std::find(std::begin(dropped), std::end(dropped), name) == std::end(dropped)) {
                env.push_back(text);
            }
        }
        if (!m_displayName.empty()) {
            env.push_back("DISPLAY=" + m_displayName);
            env.emplace_back("QT_QPA_PLATFORM=xcb");
        }
        for (const auto& [name, value] : overrides) {
            std::string entry = name;
            entry += '=';
            entry += value;
            env.push_back(std::move(entry));
        }
        return env;
    }

    // Waits for damage; returns the time of the event and writes its rectangle, or nothing after the timeout.
    std::optional<Clock::time_point> nextDamage(int timeoutMs, XRectangle* area)
    {
        const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
        while (true) {
            while (XPending(m_display) > 0) {
                XEvent event;
                XNextEvent(m_display, &event);
                if (event.type == m_damageEventBase + XDamageNotify) {
                    const Clock::time_point at = Clock::now();
                    *area = reinterpret_cast<XDamageNotifyEvent*>(&event)->area; // NOLINT: Xlib's event union
                    return at;
                }
            }
            const double left = msSince(Clock::now(), deadline);
            if (left <= 0) {
                return std::nullopt;
            }
            pollfd connection { ConnectionNumber(m_display), POLLIN, 0 };
            poll(&connection, 1, static_cast<int>(left) + 1);
        }
    }

    // Swallows damage until the screen has been quiet for quietMs (at most maxMs).
    void settle(int quietMs, int maxMs)
    {
        const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(maxMs);
        XRectangle area {};
        while (Clock::now() < deadline && nextDamage(quietMs, &area)) { }
    }

private:
    pid_t m_xvfb = 0;
    std::string m_displayName;
    Display* m_display = nullptr;
    int m_damageEventBase = 0;
};

std::string tempDir()
{
    std::string pattern = (fs::temp_directory_path() / "kti-bench-start.XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        fail("mkdtemp failed");
    }
    return pattern;
}

std::string fileText(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Damage to at most this many pixels (a 64x64 square) is small: an animation step when it repeats.
constexpr int SmallArea = 64 * 64;

// One start of one program: returns false when it could not be measured (the reason is on standard error).
bool measureOnce(VirtualScreen& screen, const Options& options, Variant& variant, int run)
{
    screen.settle(100, 5000);
    const std::string home = tempDir();
    const std::string log = home + "/output.log";
    for (const char* sub : { "/config", "/data", "/cache" }) {
        fs::create_directories(home + sub);
    }
    const std::vector<std::string> env
        = screen.environmentWith({ { "HOME", home }, { "XDG_CONFIG_HOME", home + "/config" },
            { "XDG_DATA_HOME", home + "/data" }, { "XDG_CACHE_HOME", home + "/cache" } });
    const int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    const int logFd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

    const Clock::time_point started = Clock::now();
    const pid_t pid = spawn(variant.program, variant.arguments, env, devnull, logFd);
    close(devnull);
    close(logFd);

    bool ok = true;
    std::string why;
    std::optional<Clock::time_point> lastOfBurst;
    std::optional<Clock::time_point> lastOfFrame;
    int events = 0;
    int frameEvents = 0;
    bool frameOpen = true;
    XRectangle area {};
    // The first burst: the first damage (within the timeout), then every damage until the screen is quiet.
    // A step of an animation — a small rectangle damaged again, e.g. a line edit's clear button fading in
    // over 160 ms after the demo fills the form — neither extends the burst nor counts as its end.
    std::vector<XRectangle> painted;
    auto isAnimationStep = [&painted](const XRectangle& rect) {
        const bool small = rect.width * rect.height <= SmallArea;
        const bool again = std::any_of(painted.begin(), painted.end(), [&rect](const XRectangle& seen) {
            return seen.x == rect.x && seen.y == rect.y && seen.width == rect.width && seen.height == rect.height;
        });
        return small && again;
    };
    std::optional<Clock::time_point> at = screen.nextDamage(options.firstDamageTimeoutMs, &area);
    Clock::time_point quietSince = at.value_or(Clock::now());
    while (at) {
        const bool animation = isAnimationStep(area);
        if (!animation) {
            ++events;
            // The first frame ends at the first gap of frameGapMs; the burst goes on until quietMs of quiet.
            frameOpen = frameOpen && (!lastOfFrame || msSince(*lastOfFrame, *at) < options.frameGapMs);
            if (frameOpen) {
                lastOfFrame = at;
                ++frameEvents;
            }
            lastOfBurst = at;
            quietSince = *at;
            painted.push_back(area);
        }
        if (options.trace) {
            std::fprintf(stderr, "  %s run %d: %s %8.1f ms  %4dx%-4d at %d,%d\n", variant.name.c_str(), run,
                animation ? "animation" : (frameOpen ? "frame    " : "damage   "), msSince(started, *at), area.width,
                area.height, area.x, area.y);
        }
        const int left = options.quietMs - static_cast<int>(msSince(quietSince, Clock::now()));
        at = left > 0 ? screen.nextDamage(left, &area) : std::nullopt;
    }
    if (!lastOfBurst) {
        ok = false;
        why = "no frame within " + std::to_string(options.firstDamageTimeoutMs) + " ms";
    }

    // Resident memory rssAfterMs after the start; damage meanwhile (later bursts) is only traced.
    const Clock::time_point memoryAt = started + std::chrono::milliseconds(options.rssAfterMs);
    while (ok && Clock::now() < memoryAt) {
        const int left = static_cast<int>(msSince(Clock::now(), memoryAt)) + 1;
        if (auto later = screen.nextDamage(left, &area); later && options.trace) {
            std::fprintf(stderr, "  %s run %d: later     %8.1f ms  %4dx%-4d at %d,%d\n", variant.name.c_str(), run,
                msSince(started, *later), area.width, area.height, area.x, area.y);
        }
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
        ok = false;
        why = "it exited early";
    } else {
        const std::string proc = "/proc/" + std::to_string(pid);
        const std::optional<double> rss = procMb(proc + "/status", "VmRSS");
        const std::optional<double> pss = procMb(proc + "/smaps_rollup", "Pss");
        if (ok && rss && pss) {
            variant.frameMs.push_back(msSince(started, *lastOfFrame));
            variant.settleMs.push_back(msSince(started, *lastOfBurst));
            variant.rssMb.push_back(*rss);
            variant.pssMb.push_back(*pss);
            std::fprintf(stderr,
                "kti-bench-start: %-6s run %d: first frame %.1f ms (%d damage events), quiet after %.1f ms (%d), "
                "RSS %.1f MB, PSS %.1f MB\n",
                variant.name.c_str(), run, variant.frameMs.back(), frameEvents, variant.settleMs.back(), events, *rss,
                *pss);
        } else if (ok) {
            ok = false;
            why = "no memory figures in " + proc;
        }
        status = stop(pid);
    }
    if (!ok) {
        std::fprintf(stderr, "kti-bench-start: %s (%s) could not be measured: %s; wait status %d; its output:\n%s\n",
            variant.name.c_str(), variant.program.c_str(), why.c_str(), status, fileText(log).c_str());
    }
    fs::remove_all(home);
    return ok;
}

void printSamples(const std::string& id, const char* unit, const std::vector<double>& samples)
{
    std::printf("BENCH %s %s", id.c_str(), unit);
    for (double value : samples) {
        std::printf(" %.1f", value);
    }
    std::printf("\n");
    std::fflush(stdout);
}

int toInt(const char* text, const char* option)
{
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < 0 || value > 1000000) {
        fail(std::string("bad value for ") + option + ": " + text);
    }
    return static_cast<int>(value);
}

} // namespace

int main(int argc, char* argv[])
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        const bool hasValue = i + 1 < argc;
        if (option == "--smoke") {
            options.runs = 1;
            options.rssAfterMs = 1000; // not judged: each path once, fast
        } else if (option == "--trace") {
            options.trace = true;
        } else if (option == "--runs" && hasValue) {
            options.runs = std::max(1, toInt(argv[++i], "--runs"));
        } else if (option == "--frame-gap-ms" && hasValue) {
            options.frameGapMs = toInt(argv[++i], "--frame-gap-ms");
        } else if (option == "--quiet-ms" && hasValue) {
            options.quietMs = toInt(argv[++i], "--quiet-ms");
        } else if (option == "--rss-after-ms" && hasValue) {
            options.rssAfterMs = toInt(argv[++i], "--rss-after-ms");
        } else if (option == "--app" && hasValue) {
            options.app = argv[++i];
        } else if (option == "--only" && hasValue) {
            options.only.emplace_back(argv[++i]);
        } else {
            fail("unknown option " + option
                + " (--smoke, --runs N, --frame-gap-ms MS, --quiet-ms MS, --rss-after-ms MS, --app PATH, --only "
                  "bare|noargs|demo, "
                  "--trace)");
        }
    }
    const std::string bare = (fs::read_symlink("/proc/self/exe").parent_path() / "kti-bench-barewindow").string();
    std::vector<Variant> variants = { { "bare", bare, {}, {}, {}, {}, {} },
        { "noargs", options.app, {}, {}, {}, {}, {} }, { "demo", options.app, { "--demo" }, {}, {}, {}, {} } };
    if (!options.only.empty()) {
        std::erase_if(variants, [&options](const Variant& variant) {
            return std::find(options.only.begin(), options.only.end(), variant.name) == options.only.end();
        });
    }
    for (const Variant& variant : variants) {
        if (access(variant.program.c_str(), X_OK) != 0) {
            fail("cannot run " + variant.program);
        }
    }

    VirtualScreen screen;
    screen.start();
    bool ok = true;
    for (int run = 1; run <= options.runs && ok; ++run) {
        for (Variant& variant : variants) {
            ok = ok && measureOnce(screen, options, variant, run);
        }
    }
    if (!ok) {
        return 1;
    }
    for (const Variant& variant : variants) {
        printSamples("start.frame." + variant.name, "ms", variant.frameMs);
    }
    for (const Variant& variant : variants) {
        printSamples("start.quiet." + variant.name, "ms", variant.settleMs);
    }
    for (const Variant& variant : variants) {
        printSamples("start.rss." + variant.name, "MB", variant.rssMb);
    }
    for (const Variant& variant : variants) {
        printSamples("start.pss." + variant.name, "MB", variant.pssMb);
    }
    return 0;
}
