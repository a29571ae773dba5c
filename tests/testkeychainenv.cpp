#include "vault/keychainvault.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The keychain where it is missing, locked or stuck (reliability.md's negative set-ups), each state with its own
// message. Each case runs this binary again as a child ("--child <scenario>") in a changed environment with a
// fresh HOME; the child prints one line per request ("store unavailable 12") and the parent checks codes,
// messages, times, and that nothing was written under the child's HOME. A private bus of our own
// configuration (dbus-run-session --config-file) has no Secret Service at all, or one the bus activates from
// this binary ("--fake-secret-service silent|refusing"): a real name owner that never answers, or that refuses
// every call as the real service refuses a locked collection while saying it is not locked.
class TestKeychainEnv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noBus();
    void noBusAtAddress();
    void noSecretService();
    void kwalletMissing();
    void lockedKeyring();
    void stalledKeyring();
    void silentSecretService();
    void accessDenied();
    void cliTellsLockedApart();
    void partialStoreLeavesNoMixedSet();
};

namespace {

constexpr int childTimeoutMs = 90000;

// One answered request as the child reports it.
struct ChildAnswer
{
    QString request;
    QString code;
    qint64 milliseconds = -1;
};

struct ChildRun
{
    bool finished = false;
    int exitCode = -1;
    QList<ChildAnswer> answers;
    QHash<QString, QString> messages; // request → the translated message the child got
    QStringList lines;
    QByteArray errors;

    ChildAnswer answer(const QString& request) const
    {
        for (const ChildAnswer& a : answers) {
            if (a.request == request) {
                return a;
            }
        }
        return {};
    }
};

// A throwaway HOME and XDG_RUNTIME_DIR (mode 700), exported before any bus starts.
struct Sandbox
{
    QTemporaryDir dir;
    QString home() const { return dir.filePath(u"home"_s); }
    QString runtime() const { return dir.filePath(u"runtime"_s); }

    bool prepare()
    {
        if (!dir.isValid() || !QDir(dir.path()).mkpath(u"home"_s) || !QDir(dir.path()).mkpath(u"runtime"_s)) {
            return false;
        }
        const auto owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        return QFile::setPermissions(dir.path(), owner) && QFile::setPermissions(home(), owner)
            && QFile::setPermissions(runtime(), owner);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : { u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s,
                 u"XDG_CURRENT_DESKTOP"_s, u"KDE_SESSION_VERSION"_s, u"KDE_FULL_SESSION"_s, u"DESKTOP_SESSION"_s,
                 u"GNOME_KEYRING_CONTROL"_s, u"SSH_AUTH_SOCK"_s, u"KTI_KEYRING_SANDBOX"_s }) {
            env.remove(name);
        }
        env.insert(u"HOME"_s, home());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime());
        env.insert(u"XDG_DATA_HOME"_s, home() + u"/.local/share"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home() + u"/.config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home() + u"/.cache"_s);
        return env;
    }
};

// Every entry below root with its size and modification time: equal snapshots mean nothing was written.
QStringList snapshot(const QString& root)
{
    QStringList entries;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries.append(info.filePath().mid(root.size()) + u' ' + QString::number(info.size()) + u' '
            + QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    entries.sort();
    return entries;
}

// Runs this binary as "--child scenario account" under `program args…` (e.g. dbus-run-session).
ChildRun runChild(const QProcessEnvironment& env, const QString& wrapper, const QString& scenario,
    const QString& account, const QString& busConfig = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    const QString self = QCoreApplication::applicationFilePath();
    if (wrapper.isEmpty()) {
        process.start(self, { u"--child"_s, scenario, account });
    } else {
        // The wrapper script gets the child's command line as "$@".
        QStringList arguments { u"--"_s, u"sh"_s, u"-c"_s, wrapper, u"kti-keychain-env"_s, self, u"--child"_s, scenario,
            account };
        if (!busConfig.isEmpty()) {
            arguments.prepend(u"--config-file="_s + busConfig);
        }
        process.start(u"dbus-run-session"_s, arguments);
    }
    ChildRun run;
    if (!process.waitForFinished(childTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.errors = process.readAllStandardError();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    run.lines = out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : std::as_const(run.lines)) {
        const QStringList fields = line.split(u' ');
        if (fields.size() > 2 && fields.at(0) == u"message") {
            run.messages.insert(fields.at(1), fields.mid(2).join(u' '));
        } else if (fields.size() == 3) {
            run.answers.append({ fields.at(0), fields.at(1), fields.at(2).toLongLong() });
        }
    }
    return run;
}

// Starts an unlocked Secret Service on the private bus (the way scripts/with-keyring does), then the child.
const QString unlockedSession = u"printf 'kti-env-keyring\\n' | gnome-keyring-daemon --replace --unlock "
                                "--components=secrets >/dev/null && exec \"$@\""_s;
// Starts the Secret Service WITHOUT unlocking: the login keyring made earlier stays locked.
const QString lockedSession = u"gnome-keyring-daemon --replace --components=secrets </dev/null >/dev/null "
                              "&& exec \"$@\""_s;
// No Secret Service started: whatever the bus activates, if anything.
const QString bareSession = u"exec \"$@\""_s;

// A session bus of our own: only the services in serviceDir can be activated (none: no Secret Service at all).
// With fakeMode, org.freedesktop.secrets is this binary as "--fake-secret-service fakeMode", started by the bus on
// the first call to that name, so it owns the name before any call reaches it: no race, no waiting.
QString writeBusConfig(const Sandbox& sandbox, const QString& fakeMode)
{
    const QString serviceDir = sandbox.dir.filePath(u"services"_s);
    if (!QDir().mkpath(serviceDir)) {
        return {};
    }
    if (!fakeMode.isEmpty()) {
        QFile service(serviceDir + u"/org.freedesktop.secrets.service"_s);
        if (!service.open(QIODevice::WriteOnly)) {
            return {};
        }
        service.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec="
            + QCoreApplication::applicationFilePath().toUtf8() + " --fake-secret-service " + fakeMode.toUtf8() + '\n');
    }
    const QString path = sandbox.dir.filePath(u"session.conf"_s);
    QFile config(path);
    if (!config.open(QIODevice::WriteOnly)) {
        return {};
    }
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig>\n  <type>session</type>\n  <keep_umask/>\n  <listen>unix:tmpdir=/tmp</listen>\n"
                 "  <auth>EXTERNAL</auth>\n  <servicedir>"
        + serviceDir.toHtmlEscaped().toUtf8()
        + "</servicedir>\n"
          "  <policy context=\"default\">\n    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
          "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n  </policy>\n</busconfig>\n");
    return path;
}

QString uniqueAccount(const QString& label)
{
    return label + u'-' + QUuid::createUuid().toString(QUuid::Id128) + u"@example.com@t100001.sandbox.example"_s;
}

// ---- child side ---------------------------------------------------------------------------------

StoredTokens childTokens()
{
    // Fresh canaries, made here so they never travel in argv or output.
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    return { u"kti-env-canary-access-"_s + id, u"kti-env-canary-jwt-"_s + id + u".p.s"_s,
        u"kti-env-canary-refresh-"_s + id };
}

void report(const QString& request, const VaultStatus& status, const QElapsedTimer& timer)
{
    std::printf(
        "%s %s %lld\n", qPrintable(request), qPrintable(status.codeName()), static_cast<long long>(timer.elapsed()));
    std::printf("message %s %s\n", qPrintable(request), status.message().toUtf8().constData());
    std::fflush(stdout);
}

// Files below HOME holding a canary in plain, base64, base64url or percent-encoded form.
int canaryFiles(const StoredTokens& tokens)
{
    int hits = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray content = file.readAll();
        bool found = false;
        for (const QString& value : { tokens.accessToken, tokens.jwtAccessToken, tokens.refreshToken }) {
            const QByteArray raw = value.toUtf8();
            for (const QByteArray& form :
                { raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                    QUrl::toPercentEncoding(value) }) {
                found = found || content.contains(form);
            }
        }
        hits += found ? 1 : 0;
    }
    return hits;
}

template <typename Signal, typename Call>
VaultStatus run(KeychainVault& vault, Signal signal, Call call, int statusIndex, const QString& request,
    StoredTokens* tokens = nullptr)
{
    QSignalSpy spy(&vault, signal);
    QElapsedTimer timer;
    timer.start();
    call();
    if (spy.isEmpty() && !spy.wait(60000)) {
        std::printf("%s no-answer %lld\n", qPrintable(request), static_cast<long long>(timer.elapsed()));
        return VaultStatus { VaultStatus::Code::Failed };
    }
    const VaultStatus status = spy.at(0).at(statusIndex).template value<VaultStatus>();
    if (tokens != nullptr && statusIndex == 2) {
        *tokens = spy.at(0).at(1).template value<StoredTokens>();
    }
    report(request, status, timer);
    return status;
}

VaultStatus childStore(
    KeychainVault& vault, const QString& account, const StoredTokens& tokens, const QString& request = u"store"_s)
{
    return run(
        vault, &TokenVault::stored, [&] { vault.store(account, tokens); }, 1, request);
}

VaultStatus childLoad(
    KeychainVault& vault, const QString& account, StoredTokens* tokens, const QString& request = u"load"_s)
{
    return run(
        vault, &TokenVault::loaded, [&] { vault.load(account); }, 2, request, tokens);
}

VaultStatus childRemove(KeychainVault& vault, const QString& account, const QString& request = u"remove"_s)
{
    return run(
        vault, &TokenVault::removed, [&] { vault.remove(account); }, 1, request);
}

// store, load, remove against whatever keychain this environment offers.
int childProbe(const QString& account)
{
    KeychainVault vault;
    StoredTokens loaded;
    const StoredTokens tokens = childTokens();
    childLoad(vault, account, &loaded, u"load-before"_s);
    childStore(vault, account, tokens);
    childLoad(vault, account, &loaded);
    childRemove(vault, account);
    std::printf("canary-files %d 0\n", canaryFiles(tokens));
    return 0;
}

// Saves tokens in an unlocked keyring, for the locked case to find (or not) later.
int childSeed(const QString& account)
{
    KeychainVault vault;
    childStore(vault, account, childTokens());
    StoredTokens loaded;
    childLoad(vault, account, &loaded);
    std::printf("seeded-nonempty %d 0\n", loaded.isEmpty() ? 0 : 1);
    return 0;
}

// Checks that tokens seeded earlier survived a locked session untouched.
int childCheckSeed(const QString& account)
{
    KeychainVault vault;
    StoredTokens loaded;
    childLoad(vault, account, &loaded);
    std::printf("seeded-nonempty %d 0\n", loaded.isEmpty() ? 0 : 1);
    childRemove(vault, account);
    return 0;
}

// The pid of the process owning org.freedesktop.secrets on this (private) bus.
qint64 secretServicePid()
{
    QProcess dbusSend;
    dbusSend.start(u"dbus-send"_s,
        { u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
            u"org.freedesktop.DBus.GetConnectionUnixProcessID"_s, u"string:org.freedesktop.secrets"_s });
    if (!dbusSend.waitForFinished(30000)) {
        return -1;
    }
    // "   uint32 12345"
    const QList<QByteArray> words = dbusSend.readAllStandardOutput().simplified().split(' ');
    return words.size() >= 2 && words.at(words.size() - 2) == "uint32" ? words.last().toLongLong() : -1;
}

// A stuck keyring (its daemon stopped with SIGSTOP, a real fault): the watchdog, then "unavailable until
// restart", then destroying the vault while its job still waits, then the daemon answering late.
int childStall(const QString& account)
{
    auto vault = std::make_unique<KeychainVault>();
    vault->setWaitingThreshold(std::chrono::milliseconds(100));
    vault->setHardLimit(std::chrono::milliseconds(1500));
    if (!childStore(*vault, account, childTokens(), u"store-before"_s).ok()) {
        return 1;
    }
    const qint64 pid = secretServicePid();
    std::printf("daemon-pid-found %d 0\n", pid > 0 ? 1 : 0);
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), SIGSTOP) != 0) {
        return 1;
    }
    QSignalSpy waitingSpy(vault.get(), &TokenVault::waiting);
    StoredTokens loaded;
    const VaultStatus stalled = childLoad(*vault, account, &loaded, u"load-stalled"_s);
    std::printf("waiting-true %d 0\n", !waitingSpy.isEmpty() && waitingSpy.first().at(0).toBool() ? 1 : 0);
    std::printf("waiting-false %d 0\n", !waitingSpy.isEmpty() && !waitingSpy.last().at(0).toBool() ? 1 : 0);
    std::printf("usable-after %d 0\n", vault->isUsable() ? 1 : 0);
    // Later calls answer at once, without queueing behind the stuck job.
    childStore(*vault, account, childTokens(), u"store-after"_s);
    childLoad(*vault, account, &loaded, u"load-after"_s);
    vault.reset();
    // A usable vault goes away while its job waits behind the stuck one; neither job may call into
    // freed memory when the keyring answers (qtkeychain#261).
    auto inFlight = std::make_unique<KeychainVault>();
    QSignalSpy inFlightSpy(inFlight.get(), &TokenVault::loaded);
    inFlight->load(account);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    std::printf("in-flight-unanswered %d 0\n", inFlightSpy.isEmpty() ? 1 : 0);
    inFlight.reset();
    ::kill(static_cast<pid_t>(pid), SIGCONT);
    // QtKeychain runs jobs one at a time: a fresh vault is answered only after the stray jobs finished.
    KeychainVault restarted;
    childLoad(restarted, account, &loaded, u"load-restarted"_s);
    std::printf("restarted-nonempty %d 0\n", loaded.isEmpty() ? 0 : 1);
    childRemove(restarted, account, u"remove-restarted"_s);
    return stalled.code == VaultStatus::Code::TimedOut ? 0 : 1;
}

// The keychain as the only request of a vault with a short deadline: the watchdog's answer, not D-Bus's 25 s.
int childShortDeadline(const QString& account)
{
    KeychainVault vault;
    vault.setWaitingThreshold(std::chrono::milliseconds(100));
    vault.setHardLimit(std::chrono::milliseconds(500));
    StoredTokens loaded;
    childLoad(vault, account, &loaded);
    std::printf("usable-after %d 0\n", vault.isUsable() ? 1 : 0);
    return 0;
}

// Only store, the way a login ends: what a refusing keyring answers.
int childStoreOnly(const QString& account)
{
    KeychainVault vault;
    const StoredTokens tokens = childTokens();
    childStore(vault, account, tokens);
    std::printf("canary-files %d 0\n", canaryFiles(tokens));
    return 0;
}

int runShell(const QString& script)
{
    QProcess shell;
    shell.start(u"sh"_s, { u"-c"_s, script });
    if (!shell.waitForFinished(30000)) {
        shell.kill();
        shell.waitForFinished();
        return -1;
    }
    return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
}

// A store that fails half-way: the keyring gets locked (a real Lock call on the Secret Service) just
// before the second part is written. The parent then unlocks it in a new session and loads.
int childPartial(const QString& account)
{
    KeychainVault vault;
    if (!childStore(vault, account, childTokens(), u"store-old"_s).ok()) {
        return 1;
    }
    bool locked = false;
    vault.setJobStartHook([&locked, account](const QString& key, const QString& operation) {
        if (!locked && operation == u"write" && key == KeychainVault::entryKey(account, u"jwtAccessToken"_s)) {
            locked = true;
            const int rc = runShell(u"dbus-send --session --print-reply --dest=org.freedesktop.secrets "
                                    "/org/freedesktop/secrets org.freedesktop.Secret.Service.Lock "
                                    "array:objpath:/org/freedesktop/secrets/aliases/default >/dev/null"_s);
            std::printf("locked-mid-store %d 0\n", rc == 0 ? 1 : 0);
        }
    });
    childStore(vault, account, childTokens(), u"store-new"_s);
    return 0;
}

int runChildScenario(const QString& scenario, const QString& account)
{
    if (scenario == u"partial") {
        return childPartial(account);
    }
    if (scenario == u"probe") {
        return childProbe(account);
    }
    if (scenario == u"seed") {
        return childSeed(account);
    }
    if (scenario == u"check-seed") {
        return childCheckSeed(account);
    }
    if (scenario == u"stall") {
        return childStall(account);
    }
    if (scenario == u"short-deadline") {
        return childShortDeadline(account);
    }
    if (scenario == u"store-only") {
        return childStoreOnly(account);
    }
    return 2;
}

// ---- the fake Secret Service (activated by the child's private bus) ------------------------------------

// Accepts every call on every path. Silent: never replies (a real owner of the name that hangs). Refusing:
// answers each call with the Secret Service's own IsLocked error, which libsecret turns into "access denied",
// while saying its default collection is not locked — the one thing the real service cannot be made to do.
class FakeSecretService final : public QDBusVirtualObject
{
public:
    explicit FakeSecretService(bool silent)
        : m_silent(silent)
    { }

    QString introspect(const QString&) const override { return {}; }

    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        if (m_silent || message.type() != QDBusMessage::MethodCallMessage) {
            return true; // taken, and never answered
        }
        if (message.interface() == u"org.freedesktop.DBus.Properties" && message.member() == u"Get"
            && message.arguments().value(1).toString() == u"Locked") {
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(false))));
            return true;
        }
        connection.send(message.createErrorReply(
            u"org.freedesktop.Secret.Error.IsLocked"_s, u"refused by the test's fake Secret Service"_s));
        return true;
    }

private:
    bool m_silent;
};

int runFakeSecretService(const QString& mode)
{
    // Activated by the bus with its standard streams; hold none of the test's pipes open.
    const int devNull = ::open("/dev/null", O_RDWR);
    if (devNull >= 0) {
        ::dup2(devNull, 0);
        ::dup2(devNull, 1);
        ::dup2(devNull, 2);
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    FakeSecretService service(mode == u"silent");
    if (!bus.isConnected() || !bus.registerVirtualObject(u"/"_s, &service, QDBusConnection::SubPath)
        || !bus.registerService(u"org.freedesktop.secrets"_s)) {
        return 1;
    }
    // Gone with the bus: dbus-run-session stops the bus when the child ends. A minute at most in any case.
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &watch, [&bus] {
        if (!bus.isConnected()) {
            QCoreApplication::quit();
        }
    });
    watch.start();
    QTimer::singleShot(60000, &watch, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

// Each request answered with the expected code, its message, and well under the watchdog's limits.
void verifyAnswers(const ChildRun& run, const QList<std::pair<QString, VaultStatus::Code>>& expected)
{
    for (const auto& [request, code] : expected) {
        const ChildAnswer answer = run.answer(request);
        const VaultStatus status { code };
        QVERIFY2(answer.code == status.codeName(),
            qPrintable(request + u": "_s + answer.code + u" instead of "_s + status.codeName()));
        QCOMPARE(run.messages.value(request), status.message());
        // reliability.md: each set-up ends in under a second; 3 s leaves room on a loaded machine.
        QVERIFY2(answer.milliseconds >= 0 && answer.milliseconds < 3000,
            qPrintable(request + u" took "_s + QString::number(answer.milliseconds) + u" ms"_s));
    }
}

} // namespace

void TestKeychainEnv::initTestCase()
{
    for (const QString& tool : { u"dbus-run-session"_s, u"gnome-keyring-daemon"_s, u"dbus-send"_s }) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool));
    }
}

void TestKeychainEnv::noBus()
{
    // No session bus and no X display: libsecret cannot even autolaunch one.
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QStringList before = snapshot(sandbox.home());
    const ChildRun run = runChild(sandbox.environment(), {}, u"probe"_s, uniqueAccount(u"nobus"_s));
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    // "No session bus", found without touching D-Bus (libdbus would autolaunch a bus).
    verifyAnswers(run,
        { { u"load-before"_s, VaultStatus::Code::NoSessionBus }, { u"store"_s, VaultStatus::Code::NoSessionBus },
            { u"load"_s, VaultStatus::Code::NoSessionBus }, { u"remove"_s, VaultStatus::Code::NoSessionBus } });
    QCOMPARE(run.answer(u"canary-files"_s).code, u"0"_s);
    QCOMPARE(snapshot(sandbox.home()), before); // no plaintext fallback, no file at all
}

void TestKeychainEnv::noBusAtAddress()
{
    // The address is set, but nothing listens there (a session that ended): still "no session bus".
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    QProcessEnvironment env = sandbox.environment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + sandbox.dir.filePath(u"no-bus-here"_s));
    const QStringList before = snapshot(sandbox.home());
    const ChildRun run = runChild(env, {}, u"probe"_s, uniqueAccount(u"deadbus"_s));
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    verifyAnswers(run,
        { { u"load-before"_s, VaultStatus::Code::NoSessionBus }, { u"store"_s, VaultStatus::Code::NoSessionBus },
            { u"load"_s, VaultStatus::Code::NoSessionBus }, { u"remove"_s, VaultStatus::Code::NoSessionBus } });
    QCOMPARE(run.answer(u"canary-files"_s).code, u"0"_s);
    QCOMPARE(snapshot(sandbox.home()), before);
}

void TestKeychainEnv::noSecretService()
{
    // A working private bus that cannot provide org.freedesktop.secrets: no owner, nothing to activate.
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QString config = writeBusConfig(sandbox, {});
    QVERIFY(!config.isEmpty());
    const QStringList before = snapshot(sandbox.home());
    const ChildRun run
        = runChild(sandbox.environment(), bareSession, u"probe"_s, uniqueAccount(u"nosecrets"_s), config);
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    verifyAnswers(run,
        { { u"load-before"_s, VaultStatus::Code::NoSecretService }, { u"store"_s, VaultStatus::Code::NoSecretService },
            { u"load"_s, VaultStatus::Code::NoSecretService }, { u"remove"_s, VaultStatus::Code::NoSecretService } });
    QCOMPARE(run.answer(u"canary-files"_s).code, u"0"_s);
    QCOMPARE(snapshot(sandbox.home()), before);
}

void TestKeychainEnv::kwalletMissing()
{
    // A KDE 4 session without kwalletd, on a bus where a Secret Service could be activated: QtKeychain
    // 0.13.2 picks KWallet from the environment and does not fall back to the Secret Service (reads say
    // NoBackendAvailable, writes OtherError "could not open wallet"); both are "unavailable" to us.
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    QProcessEnvironment env = sandbox.environment();
    env.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
    env.insert(u"KDE_SESSION_VERSION"_s, u"4"_s);
    const QStringList before = snapshot(sandbox.home());
    const ChildRun run = runChild(env, bareSession, u"probe"_s, uniqueAccount(u"kwallet"_s));
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    verifyAnswers(run,
        { { u"load-before"_s, VaultStatus::Code::Unavailable }, { u"store"_s, VaultStatus::Code::Unavailable },
            { u"load"_s, VaultStatus::Code::Unavailable }, { u"remove"_s, VaultStatus::Code::Unavailable } });
    QCOMPARE(run.answer(u"canary-files"_s).code, u"0"_s);
    QCOMPARE(snapshot(sandbox.home()), before); // above all: no INI file with the secret in clear text
}

void TestKeychainEnv::lockedKeyring()
{
    // Tokens saved in a login keyring, which a later session starts WITHOUT unlocking (no prompt can show).
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QString account = uniqueAccount(u"locked"_s);
    const ChildRun seed = runChild(sandbox.environment(), unlockedSession, u"seed"_s, account);
    QVERIFY2(seed.finished && seed.exitCode == 0, seed.errors.constData());
    QCOMPARE(seed.answer(u"store"_s).code, u"ok"_s);
    QCOMPARE(seed.answer(u"seeded-nonempty"_s).code, u"1"_s);
    QVERIFY(QFileInfo::exists(sandbox.home() + u"/.local/share/keyrings/login.keyring"_s));

    const QStringList before = snapshot(sandbox.home());
    const ChildRun run = runChild(sandbox.environment(), lockedSession, u"probe"_s, account);
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    // QtKeychain reads the saved tokens as "not found" and has writes refused; the Secret Service says its
    // collection is locked, so both are "locked", with the next step: unlock it. Removing answers "done" but
    // removes nothing (checked below).
    verifyAnswers(run,
        { { u"load-before"_s, VaultStatus::Code::Locked }, { u"store"_s, VaultStatus::Code::Locked },
            { u"load"_s, VaultStatus::Code::Locked }, { u"remove"_s, VaultStatus::Code::Ok } });
    QVERIFY(run.messages.value(u"store"_s).contains(u"Unlock it"_s));
    QCOMPARE(run.answer(u"canary-files"_s).code, u"0"_s);
    QCOMPARE(snapshot(sandbox.home()), before);

    // Unlocked again, the seeded tokens are still there: "not found" was the lock speaking.
    const ChildRun check = runChild(sandbox.environment(), unlockedSession, u"check-seed"_s, account);
    QVERIFY2(check.finished && check.exitCode == 0, check.errors.constData());
    QCOMPARE(check.answer(u"load"_s).code, u"ok"_s);
    QCOMPARE(check.answer(u"seeded-nonempty"_s).code, u"1"_s);
}

void TestKeychainEnv::stalledKeyring()
{
    // A Secret Service that stops answering (its daemon stopped with SIGSTOP inside the child's session).
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const ChildRun run = runChild(sandbox.environment(), unlockedSession, u"stall"_s, uniqueAccount(u"stall"_s));
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished, run.errors.constData());
    QCOMPARE(run.answer(u"store-before"_s).code, u"ok"_s);
    QCOMPARE(run.answer(u"daemon-pid-found"_s).code, u"1"_s);
    QCOMPARE(run.answer(u"load-stalled"_s).code, u"timed-out"_s);
    QCOMPARE(run.messages.value(u"load-stalled"_s), VaultStatus { VaultStatus::Code::TimedOut }.message());
    QCOMPARE(run.answer(u"waiting-true"_s).code, u"1"_s);
    QCOMPARE(run.answer(u"waiting-false"_s).code, u"1"_s);
    QCOMPARE(run.answer(u"usable-after"_s).code, u"0"_s);
    // Unavailable at once afterwards: well below the 1.5 s hard limit the child set.
    QCOMPARE(run.answer(u"store-after"_s).code, u"unavailable"_s);
    QVERIFY(run.answer(u"store-after"_s).milliseconds < 1000);
    QCOMPARE(run.answer(u"load-after"_s).code, u"unavailable"_s);
    QVERIFY(run.answer(u"load-after"_s).milliseconds < 1000);
    // A vault died with a job in flight; the late answers reached no freed memory, and the keychain works
    // for a new vault (a restart).
    QCOMPARE(run.answer(u"in-flight-unanswered"_s).code, u"1"_s);
    QCOMPARE(run.answer(u"load-restarted"_s).code, u"ok"_s);
    QCOMPARE(run.answer(u"restarted-nonempty"_s).code, u"1"_s);
    QCOMPARE(run.answer(u"remove-restarted"_s).code, u"ok"_s);
    QCOMPARE(run.exitCode, 0);
}

void TestKeychainEnv::silentSecretService()
{
    // org.freedesktop.secrets is owned, on a real bus, by a service that takes every call and never replies.
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QString config = writeBusConfig(sandbox, u"silent"_s);
    QVERIFY(!config.isEmpty());
    const ChildRun run
        = runChild(sandbox.environment(), bareSession, u"short-deadline"_s, uniqueAccount(u"silent"_s), config);
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    // The child's deadline is 0.5 s: "not answering in time", not D-Bus's own 25 s error as "unavailable".
    verifyAnswers(run, { { u"load"_s, VaultStatus::Code::TimedOut } });
    QVERIFY(run.answer(u"load"_s).milliseconds >= 450); // a coarse timer may fire up to 5 % early
    QCOMPARE(run.answer(u"usable-after"_s).code, u"0"_s);
}

void TestKeychainEnv::accessDenied()
{
    // A Secret Service that refuses (IsLocked) while its collection says it is not locked: "access denied",
    // neither "locked" nor "unavailable". The real gnome-keyring refuses only when locked, so this one is a fake.
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QString config = writeBusConfig(sandbox, u"refusing"_s);
    QVERIFY(!config.isEmpty());
    const QStringList before = snapshot(sandbox.home());
    const ChildRun run
        = runChild(sandbox.environment(), bareSession, u"store-only"_s, uniqueAccount(u"denied"_s), config);
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    verifyAnswers(run, { { u"store"_s, VaultStatus::Code::AccessDenied } });
    QCOMPARE(run.answer(u"canary-files"_s).code, u"0"_s);
    QCOMPARE(snapshot(sandbox.home()), before);
}

void TestKeychainEnv::cliTellsLockedApart()
{
    // The real executable's `refresh` reads the stored refresh token from a locked keyring: exit 5 with "unlock
    // it", and with --json the error object keychain-locked — not "no refresh token stored, log in first".
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QString username = u"locked-cli-"_s + QUuid::createUuid().toString(QUuid::Id128) + u"@example.com"_s;
    const ChildRun seed = runChild(sandbox.environment(), unlockedSession, u"seed"_s, uniqueAccount(u"cli"_s));
    QVERIFY2(seed.finished && seed.exitCode == 0, seed.errors.constData());
    QVERIFY(QFileInfo::exists(sandbox.home() + u"/.local/share/keyrings/login.keyring"_s));

    QProcess cli;
    QProcessEnvironment env = sandbox.environment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    cli.setProcessEnvironment(env);
    cli.start(u"dbus-run-session"_s,
        { u"--"_s, u"sh"_s, u"-c"_s, lockedSession, u"kti-keychain-env"_s, QStringLiteral(KTI_EXECUTABLE_PATH),
            u"refresh"_s, u"--demo"_s, u"--username"_s, username, u"--json"_s });
    QVERIFY(cli.waitForFinished(childTimeoutMs));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 5, QByteArray(out + err).constData());
    const QJsonObject error = QJsonDocument::fromJson(out).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"keychain-locked"_s);
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.contains(VaultStatus { VaultStatus::Code::Locked }.message()), qPrintable(message));
    QVERIFY2(!message.contains(u"log in first"_s), qPrintable(message));
}

void TestKeychainEnv::partialStoreLeavesNoMixedSet()
{
    Sandbox sandbox;
    QVERIFY(sandbox.prepare());
    const QString account = uniqueAccount(u"partial"_s);
    const ChildRun run = runChild(sandbox.environment(), unlockedSession, u"partial"_s, account);
    qInfo() << "child:" << run.lines;
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    QCOMPARE(run.answer(u"store-old"_s).code, u"ok"_s);
    QCOMPARE(run.answer(u"locked-mid-store"_s).code, u"1"_s);
    QCOMPARE(run.answer(u"store-new"_s).code, u"locked"_s);

    // Unlocked again: the old set was deleted before the first new part was written, so the first part
    // alone remains, an incomplete set reported as not found, never new and old tokens mixed.
    const ChildRun check = runChild(sandbox.environment(), unlockedSession, u"check-seed"_s, account);
    qInfo() << "check:" << check.lines;
    QVERIFY2(check.finished && check.exitCode == 0, check.errors.constData());
    QCOMPARE(check.answer(u"load"_s).code, u"not-found"_s);
    QCOMPARE(check.answer(u"remove"_s).code, u"ok"_s);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == u"--child") {
        return runChildScenario(arguments.at(2), arguments.at(3));
    }
    if (arguments.size() == 3 && arguments.at(1) == u"--fake-secret-service") {
        return runFakeSecretService(arguments.at(2));
    }
    TestKeychainEnv test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testkeychainenv.moc"
