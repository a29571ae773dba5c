// Crash safety: killchild saves one kind of file in a loop through the real product class; this test kills it with
// SIGKILL at a random moment, many times, and checks that the file left is one whole version the child wrote, never
// empty or half, that the product's loader reads it, and that the next start carries on from it. No sleeps: the
// child says "ready" once its first save has landed, and the random run time is a timer.
#include "kibo/networksettings.h"
#include "settingsfile.h"
#include "vault/historystore.h"
#include "vault/profilestore.h"
#include "version.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int KillsPerKind = 200;
constexpr int MaxRunMs = 30;
constexpr int ReadyDeadlineMs = 10000;

// Starts killchild for kind in folder and waits for its "ready" line; false when it did not come in time.
bool startChild(QProcess* child, const QString& kind, const QString& folder)
{
    child->setProgram(QStringLiteral(KTI_KILLCHILD_PATH));
    child->setArguments({ kind, folder });
    child->setProcessChannelMode(QProcess::SeparateChannels);
    child->start();
    if (!child->waitForStarted(ReadyDeadlineMs)) {
        return false;
    }
    QByteArray out;
    while (!out.contains("ready\n")) {
        if (!child->waitForReadyRead(ReadyDeadlineMs)) {
            qWarning().noquote() << "child said:" << child->readAllStandardError();
            return false;
        }
        out += child->readAllStandardOutput();
    }
    return true;
}

// Lets the event loop run for ms milliseconds (the child keeps saving meanwhile).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QStringList filesIn(const QString& folder)
{
    QStringList files;
    const QFileInfoList entries
        = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo& info : entries) {
        files.append(info.fileName());
    }
    return files;
}

} // namespace

class TestKillSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killWhileSaving_data();
    void killWhileSaving();
    void damagedFile_data();
    void damagedFile();

private:
    // The version the file holds now, read by the product's own loader; -1 with a failure recorded when it is not one
    // whole version the child wrote.
    qint64 checkedVersion(const QString& kind);
    QString savedFile(const QString& kind) const;

    std::unique_ptr<QTemporaryDir> m_home;
    QRandomGenerator m_random;
};

void TestKillSafety::initTestCase()
{
    QCoreApplication::setOrganizationName(u"" KTI_APP_ID ""_s);
    QCoreApplication::setOrganizationDomain(u"kibotokeninspector.github.io"_s);
    QCoreApplication::setApplicationName(u"" KTI_EXECUTABLE ""_s);
    quint32 seed = QRandomGenerator::global()->generate();
    if (const QByteArray given = qgetenv("KTI_KILL_SEED"); !given.isEmpty()) {
        seed = given.toUInt();
    }
    qInfo("kill moments: seed %u (set KTI_KILL_SEED to repeat)", seed);
    m_random.seed(seed);
}

void TestKillSafety::init()
{
    // A HOME of its own for every row: the child and this test find the same files through the same variables.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(u"data"_s)));
    QVERIFY(QDir().mkpath(m_home->filePath(u"config"_s)));
    QVERIFY(QDir().mkpath(m_home->filePath(u"data"_s)));
}

void TestKillSafety::cleanup()
{
    m_home.reset();
}

QString TestKillSafety::savedFile(const QString& kind) const
{
    if (kind == u"history"_s) {
        return HistoryStore::defaultFilePath();
    }
    if (kind == u"bundle"_s) {
        return m_home->filePath(u"bundle.json"_s);
    }
    // Profiles and network settings share the application's settings file. Not QSettings().fileName(): QSettings
    // keeps the first XDG_CONFIG_HOME it saw for the whole process, and every row has a HOME of its own.
    return m_home->filePath(u"config/" KTI_APP_ID "/" KTI_EXECUTABLE ".conf"_s);
}

qint64 TestKillSafety::checkedVersion(const QString& kind)
{
    const QString path = savedFile(kind);
    const QFileInfo file(path);
    [&] {
        QVERIFY2(file.isFile(), qPrintable(u"lost: "_s + path));
        QVERIFY2(file.size() > 0, qPrintable(u"empty: "_s + path));
    }();
    if (QTest::currentTestFailed()) {
        return -1;
    }
    qint64 version = -1;
    [&] {
        if (kind == u"history"_s) {
            const HistoryStore store(path);
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
            const QList<HistoryEntry> entries = store.entries();
            QVERIFY(!entries.isEmpty());
            for (qsizetype i = 1; i < entries.size(); ++i) {
                QCOMPARE(entries.at(i).elapsedMs, entries.at(i - 1).elapsedMs + 1);
            }
            version = entries.constLast().elapsedMs;
        } else if (kind == u"profiles"_s) {
            QSettings settings(path, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            const ProfileStore store(&settings);
            const QList<KiboProfile> profiles = store.savedProfiles();
            QVERIFY(!profiles.isEmpty());
            const int stamp = profiles.constFirst().siteId.value_or(-1);
            QCOMPARE(profiles.size(), stamp % 7 + 1);
            for (const KiboProfile& profile : profiles) {
                QCOMPARE(profile.siteId.value_or(-1), stamp);
            }
            version = stamp;
        } else if (kind == u"network"_s) {
            QSettings settings(path, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            QVERIFY(settings.contains(u"network/transferTimeoutSeconds"_s));
            const NetworkSettings loaded = NetworkSettings::load(settings);
            QCOMPARE(loaded.proxyMode, NetworkSettings::ProxyMode::None);
            QVERIFY(loaded.transferTimeoutSeconds >= 1 && loaded.transferTimeoutSeconds <= 500);
            QCOMPARE(loaded.overallDeadlineSeconds, loaded.transferTimeoutSeconds + 1000);
            version = 0; // the timeout wraps around: whole, but not ordered
        } else {
            QFile bundleFile(path);
            QVERIFY(bundleFile.open(QIODevice::ReadOnly));
            QJsonParseError error {};
            const QJsonObject bundle = QJsonDocument::fromJson(bundleFile.readAll(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonObject profile = bundle.value(u"profile"_s).toObject();
            const qint64 stamp = profile.value(u"tenantId"_s).toInteger();
            QVERIFY(stamp >= 1);
            QCOMPARE(profile.value(u"name"_s).toString(), u"Kill %1"_s.arg(stamp));
            version = stamp;
        }
    }();
    return QTest::currentTestFailed() ? -1 : version;
}

void TestKillSafety::killWhileSaving_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("history") << u"history"_s;
    QTest::newRow("profiles") << u"profiles"_s;
    QTest::newRow("network settings") << u"network"_s;
    QTest::newRow("support bundle") << u"bundle"_s;
}

void TestKillSafety::killWhileSaving()
{
    QFETCH(QString, kind);
    qint64 lastVersion = 0;
    int mostStrayFiles = 0;
    const QString folder = QFileInfo(savedFile(kind)).absolutePath();
    for (int kill = 0; kill < KillsPerKind; ++kill) {
        QProcess child;
        QVERIFY2(startChild(&child, kind, m_home->path()), qPrintable(u"kill %1: no ready"_s.arg(kill)));
        runFor(int(m_random.bounded(MaxRunMs + 1)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(ReadyDeadlineMs));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const qint64 version = checkedVersion(kind);
        if (QTest::currentTestFailed()) {
            qWarning("after kill %d of %s", kill, qPrintable(kind));
            return;
        }
        // Never older than what a previous run left: the next start read it and carried on.
        QVERIFY2(version >= lastVersion,
            qPrintable(u"kill %1: version %2 after %3"_s.arg(kill).arg(version).arg(lastVersion)));
        lastVersion = version;
        // Temporary files a kill left behind must not pile up or be read as the file: the loader above ignored
        // them, and the next start writes past them.
        mostStrayFiles = std::max(mostStrayFiles, int(filesIn(folder).size()));
    }
    qInfo("%s: %d kills, last version %lld, at most %d files in its folder", qPrintable(kind), KillsPerKind,
        lastVersion, mostStrayFiles);
    // A kill leaves at most the temporary it was writing (and, for settings, QSettings' lock file): a later write
    // removes those of dead writers, so they never pile up.
    QVERIFY2(mostStrayFiles <= 4, qPrintable(filesIn(folder).join(u", "_s)));
    // Once they are old enough not to be a writer's that is starting, the next write leaves the file alone.
    for (const QString& name : filesIn(folder)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    }
    SettingsFile::clearStaleLocks(savedFile(kind));
    QCOMPARE(filesIn(folder), QStringList { QFileInfo(savedFile(kind)).fileName() });
}

void TestKillSafety::damagedFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("zeros");
    for (const QString& kind : { u"history"_s, u"profiles"_s, u"network"_s, u"bundle"_s }) {
        QTest::addRow("%s cut in half", qPrintable(kind)) << kind << false;
    }
    // What a file system can show after a crash when a write's data never reached the disk: its size in zeros.
    QTest::newRow("profiles zeroed") << u"profiles"_s << true;
    QTest::newRow("network zeroed") << u"network"_s << true;
}

// A file cut in half, as a writer without AtomicFile would leave it, or zeroed: the next start must not crash, must not
// read half a version, and must save a whole one again. History sets a damaged file aside with a message; so does the
// settings file (profiles, network settings) when QSettings cannot read it, while whole lines of a cut one still
// read and its missing ones read as defaults; a support bundle is never read back by the app, so saving over it is
// all that matters.
void TestKillSafety::damagedFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, zeros);
    QProcess child;
    QVERIFY(startChild(&child, kind, m_home->path()));
    child.kill();
    QVERIFY(child.waitForFinished(ReadyDeadlineMs));
    const QString path = savedFile(kind);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (zeros) {
        const QByteArray blank(int(file.size()), '\0');
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(blank), blank.size());
    } else {
        QVERIFY(file.resize(file.size() / 2));
    }
    file.close();

    if (kind == u"history"_s) {
        const HistoryStore store(path);
        QVERIFY(store.entries().isEmpty());
        QVERIFY2(store.lastError().contains(u"set aside"_s), qPrintable(store.lastError()));
        QVERIFY(QFile::exists(path + u".corrupt"_s));
    } else if (zeros) {
        // QSettings reads it without complaint, as if empty, and its next save would write over it.
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.status(), QSettings::NoError);
    } else if (kind == u"profiles"_s) {
        QSettings settings(path, QSettings::IniFormat);
        const ProfileStore store(&settings);
        for (const KiboProfile& profile : store.savedProfiles()) {
            QVERIFY2(ProfileStore::validate(profile, QList<KiboProfile>()).isEmpty(), qPrintable(profile.name));
        }
    } else if (kind == u"network"_s) {
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(NetworkSettings::load(settings).isValid());
    }
    // The next start saves a whole version over or beside it; a zeroed settings file, beside it.
    QVERIFY(startChild(&child, kind, m_home->path()));
    child.kill();
    QVERIFY(child.waitForFinished(ReadyDeadlineMs));
    QVERIFY(checkedVersion(kind) >= 0);
    if (zeros) {
        QVERIFY2(child.readAllStandardError().contains("It was set aside as"), "no word of the damaged file");
        QFile aside(path + u".corrupt"_s);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QVERIFY(!aside.readAll().contains("="));
    }
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "testkillsafety.moc"
