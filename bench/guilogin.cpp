// kti-bench-guilogin: the GUI's side of a login, measured in the real main window on a real X display.
//
// One process: the real MainWindow shown on an Xvfb of its own (or the display given with --display), the in-process
// demo tenant it starts itself (File ▸ Try the Demo Tenant) over loopback, and the keychain of the session bus
// (scripts/bench runs every harness inside scripts/with-keyring). Measured:
//   gui.login.ada.beyond   the network reply of ada.lovelace@'s auth-ticket call complete (QNetworkAccessManager::
//                          finished on the window's manager) → the JWT payload tree and then the customer account
//                          tree painted with rows (each brought in front as soon as the answer is shown, as a user
//                          clicking the tab at once would).
//   gui.login.big.usable   the same for big.account@ (4.4 MB): reply complete → the account tree painted with rows.
//   gui.login.big.stall    the longest the event loop did not answer, from the click on Log In to one second after
//   gui.refresh.big.stall  the account showed (login), after the refreshed answer showed (refresh), after the last
//   gui.filter.big.stall   key of words typed into the account tree's filter showed (filter, Esc clearing it included),
//   gui.raw.big.stall      after the big reply's Raw tab was opened and its whole text was in it (raw).
// Stalls are measured by a watchdog thread that posts a time-stamped event to the GUI thread every 2 ms: the longest
// time one of them waited for delivery is the longest a click or key press would have waited.
// --ada-only logs ada.lovelace@ in and out of nothing else, sample after sample (for a profile of that step alone).
// --intervals prints on standard error, for each ada sample, "interval REPLY PAINTED" in seconds of CLOCK_MONOTONIC, so
// that a perf record -k CLOCK_MONOTONIC of the run can be cut to those moments.
// --trace lists on standard error every event the GUI thread took TraceMs or more to deliver (receiver, event type,
// the step of the run), to find what a stall was; profile that step with perf record -g to see inside it.
// Samples go to standard output (bench/README.md); progress to standard error. No secret is printed.

#include "demo/demotenant.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "resultview.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "vault/tokenvault.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QWindow>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool s_printIntervals = false; // --intervals

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One monotonic clock for every stamp, shared by the GUI thread and the watchdog thread.
qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

double msSince(qint64 startNs, qint64 endNs)
{
    return double(endNs - startNs) / 1e6;
}

// An Xvfb of our own, on a display number it picks itself (-displayfd); stopped with the harness.
class Xvfb
{
public:
    ~Xvfb() { stop(); }

    bool start()
    {
        int fds[2];
        if (pipe(fds) != 0) {
            return false;
        }
        m_pid = fork();
        if (m_pid < 0) {
            return false;
        }
        if (m_pid == 0) {
            close(fds[0]);
            const QByteArray fd = QByteArray::number(fds[1]);
            execlp("Xvfb", "Xvfb", "-displayfd", fd.constData(), "-screen", "0", "1400x900x24", "-nolisten", "tcp",
                "-noreset", static_cast<char*>(nullptr));
            _exit(127);
        }
        close(fds[1]);
        QByteArray number;
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n') {
            number.append(c);
        }
        close(fds[0]);
        if (number.isEmpty()) {
            stop();
            return false;
        }
        m_display = ":" + number;
        return true;
    }

    void stop()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }

    QByteArray display() const { return m_display; }

private:
    pid_t m_pid = -1;
    QByteArray m_display;
};

// With --trace: times every event delivered on the GUI thread (the outermost delivery only, so an event sent while
// another is handled counts in that one) and lists the slow ones with the step of the run they happened in.
class TracingApplication final : public QApplication
{
public:
    static constexpr double TraceMs = 8;

    using QApplication::QApplication;

    void setTracing(bool on) { m_tracing = on; }
    void setStep(const QString& step) { m_step = step; }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_tracing || m_depth > 0 || QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);
        }
        // Named before delivery: the receiver may be gone after it (DeferredDelete).
        const char* className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const QEvent::Type type = event->type();
        const qint64 startNs = nowNs();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = msSince(startNs, nowNs());
        if (ms >= TraceMs) {
            err() << "trace: " << m_step << ": " << QString::number(ms, 'f', 1) << " ms in " << className
                  << (name.isEmpty() ? QString() : u" \""_s + name + u'"') << ", event type " << int(type) << Qt::endl;
        }
        return handled;
    }

private:
    bool m_tracing = false;
    int m_depth = 0;
    QString m_step;
};

TracingApplication* tracer()
{
    return static_cast<TracingApplication*>(QCoreApplication::instance());
}

// Posts a time-stamped event to the GUI thread every PeriodMs; the GUI thread notes how long each waited.
class StallWatch final : public QObject
{
public:
    static constexpr int PeriodMs = 2;

    StallWatch()
    {
        m_thread = QThread::create([this] {
            while (!m_stop.load()) {
                QCoreApplication::postEvent(this, new Probe(nowNs()));
                QThread::usleep(PeriodMs * 1000);
            }
        });
        m_thread->start();
    }

    ~StallWatch() override
    {
        m_stop.store(true);
        m_thread->wait();
        delete m_thread;
        QCoreApplication::removePostedEvents(this);
    }

    // The longest wait since the last reset, in ms.
    void reset() { m_longestNs = 0; }
    double longestMs() const { return double(m_longestNs) / 1e6; }

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == Probe::Type) {
            m_longestNs = std::max(m_longestNs, nowNs() - static_cast<Probe*>(event)->postedNs);
            return true;
        }
        return QObject::event(event);
    }

private:
    struct Probe final : QEvent
    {
        static constexpr QEvent::Type Type = QEvent::Type(QEvent::User + 512);
        explicit Probe(qint64 at)
            : QEvent(Type)
            , postedNs(at)
        { }
        qint64 postedNs;
    };

    QThread* m_thread = nullptr;
    std::atomic<bool> m_stop { false };
    qint64 m_longestNs = 0;
};

// Calls back on the first paint of a tree's viewport while its model has rows.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QTreeView* view)
        : m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    void arm(std::function<void()> onPainted) { m_onPainted = std::move(onPainted); }
    void disarm() { m_onPainted = nullptr; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_onPainted && m_view->model() && m_view->model()->rowCount() > 0
            && m_view->isVisible()) {
            std::exchange(m_onPainted, nullptr)();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView* m_view;
    std::function<void()> m_onPainted;
};

// Runs the event loop until done() is true or timeoutMs passed; false on timeout. done() is looked at every 5 ms
// (the stamps that are measured are taken where things happen, not here) and whenever wire()'s signals quit the loop.
bool runUntil(const std::function<bool()>& done, int timeoutMs, const std::function<void(QEventLoop&)>& wire = {})
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    if (wire) {
        wire(loop);
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(5);
    QElapsedTimer deadline;
    deadline.start();
    while (!done()) {
        if (deadline.elapsed() > timeoutMs) {
            return false;
        }
        loop.exec();
    }
    return true;
}

// Lets the event loop run for ms (the stall watch keeps counting).
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class Rig
{
public:
    bool setUp()
    {
        m_window.resize(1300, 860);
        m_window.show();
        if (!runUntil([this] { return m_window.windowHandle() && m_window.windowHandle()->isExposed(); }, 10000)) {
            err() << "the main window was not exposed\n";
            return false;
        }
        m_window.startDemoTenant();
        if (!m_window.demoTenant()) {
            err() << "the demo tenant did not start\n";
            return false;
        }
        m_view = m_window.currentSessionView();
        // A session builds its result view with its first answer; the harness builds it here so that it can watch
        // the trees' paints from the first sample on (the build itself is in the first frame's profile instead).
        m_view->resultView();
        m_network = m_window.networkManager(); // made by the first call otherwise
        m_account = m_view->findChild<QTreeView*>(u"accountTreeView"_s);
        m_payload = m_view->findChild<QTreeView*>(u"jwtPayloadTreeView"_s);
        m_accountFilter = m_view->findChild<QLineEdit*>(u"accountFilterLineEdit"_s);
        m_password = m_view->findChild<QLineEdit*>(u"passwordLineEdit"_s);
        m_raw = m_view->findChild<QPlainTextEdit*>(u"rawPlainTextEdit"_s);
        if (!m_network || !m_account || !m_payload || !m_accountFilter || !m_password || !m_raw) {
            err() << "a widget of the session view was not found\n";
            return false;
        }
        m_accountPaint = std::make_unique<PaintWatch>(m_account);
        m_payloadPaint = std::make_unique<PaintWatch>(m_payload);
        QObject::connect(m_network, &QNetworkAccessManager::finished, &m_context, [this](QNetworkReply* reply) {
            // The customer's auth-ticket call (login or refresh), not the app token's or the tenant lookup's.
            if (reply->url().path().contains(u"/commerce/customer/authtickets"_s)) {
                m_replyNs = nowNs();
            }
        });
        QObject::connect(m_view, &SessionView::answerShown, &m_context, [this] {
            ++m_answers;
            if (m_onAnswer) {
                std::exchange(m_onAnswer, nullptr)();
            }
        });
        return true;
    }

    // Logs username in and returns the ms from the reply to the trees painted (JWT first when jwtToo), or nullopt.
    std::optional<double> login(const QString& username, bool jwtToo, double* stallMs)
    {
        tracer()->setStep(u"login of "_s + username);
        ResultView* result = m_view->resultView();
        // A sample starts from the empty-handed state a user sees before the click: nothing pending.
        result->setCurrentTab(ResultView::Tab::Summary);
        settle(50);
        m_view->loginPanel()->setUsername(username);
        m_password->setText(DemoTenant::defaultPassword());
        m_replyNs = 0;
        qint64 shownNs = 0;
        const auto accountShown = [this, &shownNs, result] {
            m_accountPaint->arm([&shownNs] { shownNs = nowNs(); });
            result->setCurrentTab(ResultView::Tab::Account);
        };
        m_onAnswer = [&] {
            if (jwtToo) {
                m_payloadPaint->arm(accountShown);
                result->setCurrentTab(ResultView::Tab::Jwt);
            } else {
                accountShown();
            }
        };
        m_watch.reset();
        m_view->login();
        // The paint watch stamps the time; the loop only looks again.
        const bool painted = runUntil([&shownNs] { return shownNs != 0; }, 30000);
        m_onAnswer = nullptr;
        m_accountPaint->disarm();
        m_payloadPaint->disarm();
        if (!painted || m_replyNs == 0) {
            err() << "the login of " << username << " was not shown in time\n";
            return std::nullopt;
        }
        settle(1000); // deferred work (history, evidence, raw text) counts towards the stall
        if (stallMs) {
            *stallMs = m_watch.longestMs();
        }
        if (m_account->verticalScrollBar()->maximum() <= 0 && m_account->model()->rowCount() > 40) {
            err() << "the account tree of " << username << " cannot scroll\n";
        }
        if (s_printIntervals && username.startsWith(u"ada")) {
            // On CLOCK_MONOTONIC, perf's clock with perf record -k CLOCK_MONOTONIC.
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            const qint64 at = nowNs();
            const double monotonic = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
            err() << "interval " << Qt::fixed << qSetRealNumberPrecision(6) << monotonic - double(at - m_replyNs) / 1e9
                  << ' ' << monotonic - double(at - shownNs) / 1e9 << Qt::endl;
        }
        return msSince(m_replyNs, shownNs);
    }

    // Refreshes the session's ticket; the longest stall from the click to a second after the answer showed.
    std::optional<double> refresh()
    {
        tracer()->setStep(u"refresh"_s);
        const int before = m_answers;
        m_watch.reset();
        m_view->refreshNow();
        if (!runUntil([&] { return m_answers > before && !m_view->session()->isBusy(); }, 30000,
                [this](QEventLoop& loop) {
                    QObject::connect(m_view, &SessionView::answerShown, &loop, &QEventLoop::quit);
                })) {
            err() << "the refresh was not shown in time\n";
            return std::nullopt;
        }
        settle(1000);
        return m_watch.longestMs();
    }

    // Opens the Raw tab of the big account's reply (4.4 MB pretty-printed: some 200,000 lines) and waits until the
    // whole text is in it; the longest stall from the click on the tab to a second after that.
    std::optional<double> raw()
    {
        tracer()->setStep(u"raw"_s);
        ResultView* result = m_view->resultView();
        result->setCurrentTab(ResultView::Tab::Summary);
        settle(100);
        m_watch.reset();
        result->setCurrentTab(ResultView::Tab::Raw);
        // Filled: no "Preparing…" placeholder left, and the JSON's last line in the field.
        const auto filled = [this] {
            return m_raw->placeholderText().isEmpty() && m_raw->document()->characterCount() > 1000000;
        };
        if (!runUntil(filled, 60000)) {
            err() << "the raw reply was not shown in time\n";
            return std::nullopt;
        }
        settle(1000);
        result->setCurrentTab(ResultView::Tab::Summary);
        return m_watch.longestMs();
    }

    // Types each word into the account filter as a person does (a key every 80 ms), waits for it to show, then
    // clears it with Esc. The longest stall over all of it.
    std::optional<double> filter(const QStringList& words)
    {
        tracer()->setStep(u"filter"_s);
        m_view->resultView()->setCurrentTab(ResultView::Tab::Account);
        settle(100);
        m_watch.reset();
        for (const QString& word : words) {
            m_accountFilter->setFocus(Qt::ShortcutFocusReason);
            m_accountFilter->selectAll();
            for (const QChar c : word) {
                typeKey(Qt::Key_unknown, QString(c));
                settle(80);
            }
            settle(900); // the debounced filter, its expansion and the paint
            if (m_account->model()->rowCount() == 0) {
                err() << "the filter found nothing\n";
                return std::nullopt;
            }
            typeKey(Qt::Key_Escape, QString());
            settle(600);
            if (!m_accountFilter->text().isEmpty()) {
                err() << "Esc did not clear the filter\n";
                return std::nullopt;
            }
        }
        return m_watch.longestMs();
    }

    bool tearDown()
    {
        // The keychain entries the logins made, removed again (the session bus's keyring is a throwaway one anyway).
        TokenVault* vault = m_window.vault();
        if (!vault) {
            return true;
        }
        const QString host = m_view->session()->tenantHost();
        for (const QString& user : { u"ada.lovelace@example.com"_s, u"big.account@example.com"_s }) {
            bool removed = false;
            QObject context;
            QObject::connect(vault, &TokenVault::removed, &context, [&removed] { removed = true; });
            vault->remove(TokenVault::accountKey(user, host));
            runUntil([&removed] { return removed; }, 10000,
                [vault](QEventLoop& loop) { QObject::connect(vault, &TokenVault::removed, &loop, &QEventLoop::quit); });
        }
        return true;
    }

private:
    void typeKey(Qt::Key key, const QString& text)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_accountFilter;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(target, &release);
    }

    MainWindow m_window;
    QObject m_context;
    StallWatch m_watch;
    SessionView* m_view = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QTreeView* m_account = nullptr;
    QTreeView* m_payload = nullptr;
    QLineEdit* m_accountFilter = nullptr;
    QLineEdit* m_password = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    std::unique_ptr<PaintWatch> m_accountPaint;
    std::unique_ptr<PaintWatch> m_payloadPaint;
    std::function<void()> m_onAnswer;
    qint64 m_replyNs = 0;
    int m_answers = 0;
};

void print(const char* id, const QList<double>& samples)
{
    QTextStream out(stdout);
    out << "BENCH " << id << " ms";
    for (const double sample : samples) {
        out << ' ' << QString::number(sample, 'f', 2);
    }
    out << '\n';
}

} // namespace

int main(int argc, char* argv[])
{
    bool smoke = false;
    bool trace = false;
    bool adaOnly = false;
    int samples = 7;
    QByteArray display;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--smoke") {
            smoke = true;
        } else if (arg == "--samples" && i + 1 < argc) {
            samples = std::max(1, QByteArray(argv[++i]).toInt());
        } else if (arg == "--display" && i + 1 < argc) {
            display = argv[++i];
        } else if (arg == "--trace") {
            trace = true;
        } else if (arg == "--intervals") {
            s_printIntervals = true;
        } else if (arg == "--ada-only") {
            adaOnly = true;
        } else {
            err() << "usage: kti-bench-guilogin [--smoke] [--samples N] [--display :N] [--trace] [--ada-only]\n";
            return 2;
        }
    }
    if (smoke) {
        samples = 1;
    }

    Xvfb xvfb;
    if (display.isEmpty()) {
        if (!xvfb.start()) {
            err() << "could not start Xvfb\n";
            return 1;
        }
        display = xvfb.display();
    }
    qputenv("DISPLAY", display);
    qputenv("QT_QPA_PLATFORM", "xcb");
    // A fresh profile: no saved settings, an empty history, nothing of the user's own.
    QTemporaryDir home;
    for (const char* name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
        qputenv(name, (home.path() + u'/' + QString::fromLatin1(name)).toLocal8Bit());
    }

    int qtArgc = 1; // the harness's own options are not Qt's (Qt reads --display as -display)
    TracingApplication app(qtArgc, argv);
    app.setTracing(trace);
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.bench"_s);
    QCoreApplication::setApplicationName(u"kti-bench-guilogin"_s);

    Rig rig;
    if (!rig.setUp()) {
        return 1;
    }
    QList<double> adaBeyond;
    QList<double> bigUsable;
    QList<double> bigStall;
    QList<double> refreshStall;
    QList<double> filterStall;
    QList<double> rawStall;
    const QString ada = u"ada.lovelace@example.com"_s;
    const QString big = u"big.account@example.com"_s;
    // One unmeasured login of each warms the demo tenant's caches and the connection, as a second login would find.
    if (!smoke && (!rig.login(ada, true, nullptr) || !rig.login(big, false, nullptr))) {
        return 1;
    }
    for (int i = 0; adaOnly && i < samples; ++i) {
        const std::optional<double> adaMs = rig.login(ada, true, nullptr);
        if (!adaMs) {
            return 1;
        }
        adaBeyond.append(*adaMs);
    }
    for (int i = 0; !adaOnly && i < samples; ++i) {
        err() << "sample " << i + 1 << " of " << samples << Qt::endl;
        const std::optional<double> adaMs = rig.login(ada, true, nullptr);
        double stall = 0;
        const std::optional<double> bigMs = rig.login(big, false, &stall);
        if (!adaMs || !bigMs) {
            return 1;
        }
        adaBeyond.append(*adaMs);
        bigUsable.append(*bigMs);
        bigStall.append(stall);
        const std::optional<double> refreshMs = rig.refresh();
        if (!refreshMs) {
            return 1;
        }
        refreshStall.append(*refreshMs);
        const std::optional<double> rawMs = rig.raw();
        if (!rawMs) {
            return 1;
        }
        rawStall.append(*rawMs);
        if (i < (smoke ? 1 : 3)) {
            // A word found everywhere, one deep inside the 5,000 contacts, and one in the 2,000 attributes.
            const std::optional<double> filterMs = rig.filter({ u"Bigtown"_s, u"big.4321@"_s, u"attribute-1999"_s });
            if (!filterMs) {
                return 1;
            }
            filterStall.append(*filterMs);
        }
    }
    rig.tearDown();
    print("gui.login.ada.beyond", adaBeyond);
    print("gui.login.big.usable", bigUsable);
    print("gui.login.big.stall", bigStall);
    print("gui.refresh.big.stall", refreshStall);
    print("gui.filter.big.stall", filterStall);
    print("gui.raw.big.stall", rawStall);
    return 0;
}
