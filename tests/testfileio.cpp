#include "atomicfile.h"
#include "fileerror.h"
#include "settingsfile.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The one file writer and the one reader of kti_base: mode 0600 from the moment the file exists, the old
// content or the new and never half, and errors that name the file and say why in plain words.
class TestFileIo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ownerOnlyWhileWriting_data();
    void ownerOnlyWhileWriting();
    void umaskRestored();
    void contentReplacedAtomically();
    void unwritable_data();
    void unwritable();
    void readerLimit_data();
    void readerLimit();
    void readerErrors_data();
    void readerErrors();
    void strayTemporariesOfDeadWritersGo();
    void unreadableSettingsSetAside_data();
    void unreadableSettingsSetAside();
    void settingsFileOwnerOnly();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    mode_t m_umask = 022;
};

namespace {

int modeOf(int fd)
{
    struct stat info
    {
    };
    return ::fstat(fd, &info) == 0 ? int(info.st_mode & 07777) : -1;
}

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void put(const QString& path, const QByteArray& bytes, int mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

} // namespace

void TestFileIo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The loosest umask there is: whatever the writer creates, it creates on its own terms.
    m_umask = ::umask(0);
}

void TestFileIo::cleanup()
{
    ::umask(m_umask);
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dir.reset();
}

void TestFileIo::ownerOnlyWhileWriting_data()
{
    QTest::addColumn<int>("oldMode"); // -1: no file yet

    QTest::newRow("new file") << -1;
    QTest::newRow("replacing a 0644 file") << 0644;
    QTest::newRow("replacing a 0666 file") << 0666;
    QTest::newRow("replacing a 0600 file") << 0600;
}

void TestFileIo::ownerOnlyWhileWriting()
{
    QFETCH(int, oldMode);
    const QString file = path(u"support-bundle.md"_s);
    if (oldMode >= 0) {
        put(file, "old content", oldMode);
    }
    AtomicFile writer(file);
    QVERIFY2(writer.open(), qPrintable(writer.error().message()));
    // The temporary file, before a byte is in it.
    QCOMPARE(QString::number(modeOf(writer.handle()), 8), u"600"_s);
    QVERIFY(writer.write("customer: Bilbo Baggins\n"));
    QCOMPARE(QString::number(modeOf(writer.handle()), 8), u"600"_s);
    QVERIFY2(writer.commit(), qPrintable(writer.error().message()));
    QVERIFY(!writer.error().isError());
    QCOMPARE(QString::number(modeOf(file), 8), u"600"_s);
    QCOMPARE(contentOf(file), QByteArray("customer: Bilbo Baggins\n"));
    QCOMPARE(entries(), QStringList { u"support-bundle.md"_s });
}

void TestFileIo::umaskRestored()
{
    ::umask(027);
    QVERIFY(!AtomicFile::write(path(u"a.json"_s), "{}").isError());
    QCOMPARE(::umask(0), mode_t(027));
}

void TestFileIo::contentReplacedAtomically()
{
    const QString file = path(u"profiles.json"_s);
    put(file, "old", 0600);
    {
        AtomicFile writer(file);
        QVERIFY(writer.open());
        QVERIFY(writer.write("new, but not committed"));
        QCOMPARE(contentOf(file), QByteArray("old")); // a reader meanwhile sees the old file
        writer.cancel();
        QVERIFY(!writer.commit());
    }
    QCOMPARE(contentOf(file), QByteArray("old"));
    {
        AtomicFile writer(file); // dropped without commit: the same
        QVERIFY(writer.open());
        QVERIFY(writer.write("new, abandoned"));
    }
    QCOMPARE(contentOf(file), QByteArray("old"));
    QCOMPARE(entries(), QStringList { u"profiles.json"_s }); // no temporary file left behind

    const FileError error = AtomicFile::write(file, "new");
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(contentOf(file), QByteArray("new"));
    QCOMPARE(entries(), QStringList { u"profiles.json"_s });
}

void TestFileIo::unwritable_data()
{
    QTest::addColumn<QString>("target"); // relative to the test folder
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("words");

    QTest::newRow("folder is a file") << u"blocker/history.json"_s << int(FileError::Reason::NoFolder)
                                      << u"does not exist"_s;
    QTest::newRow("missing folder") << u"nowhere/history.json"_s << int(FileError::Reason::NoFolder)
                                    << u"does not exist"_s;
    QTest::newRow("target is a folder") << u"folder"_s << int(FileError::Reason::IsFolder) << u"is a folder"_s;
    QTest::newRow("read-only folder") << u"locked/history.json"_s << int(FileError::Reason::PermissionDenied)
                                      << u"permission denied"_s;
}

void TestFileIo::unwritable()
{
    QFETCH(QString, target);
    QFETCH(int, reason);
    QFETCH(QString, words);

    put(path(u"blocker"_s), "a file where a folder should be", 0600);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
    QVERIFY(QFile::setPermissions(path(u"locked"_s), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (reason == int(FileError::Reason::PermissionDenied) && ::geteuid() == 0) {
        QSKIP("root writes into a read-only folder");
    }
    const QStringList before = entries();

    const FileError error = AtomicFile::write(path(target), "secret-free content");
    QVERIFY(error.isError());
    QCOMPARE(int(error.reason()), reason);
    QCOMPARE(error.operation(), FileError::Operation::Write);
    QCOMPARE(error.path(), path(target));
    const QString message = error.message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path(target))), qPrintable(message)); // which file
    QVERIFY2(message.contains(words), qPrintable(message)); // why, in words
    QVERIFY2(!message.contains(u"Unknown error"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!error.reasonText().isEmpty());

    QCOMPARE(entries(), before); // nothing created
    QCOMPARE(QDir(path(u"locked"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(QDir(path(u"folder"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestFileIo::readerLimit_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("ok");

    QTest::newRow("under the limit") << qint64(2048) << true;
    QTest::newRow("exactly the limit") << qint64(1024) << true;
    QTest::newRow("one byte over") << qint64(1023) << false;
    QTest::newRow("far over") << qint64(16) << false;
}

void TestFileIo::readerLimit()
{
    QFETCH(qint64, limit);
    QFETCH(bool, ok);

    const QString file = path(u"token.txt"_s);
    put(file, QByteArray(1024, 'x'), 0600);
    const TextFile::Bytes read = TextFile::readBytes(file, limit);
    QCOMPARE(read.ok(), ok);
    if (ok) {
        QCOMPARE(read.bytes, QByteArray(1024, 'x'));
        return;
    }
    QVERIFY(read.bytes.isEmpty());
    QCOMPARE(read.error.reason(), FileError::Reason::TooLarge);
    QCOMPARE(read.error.limit(), limit);
    QVERIFY2(read.error.message().contains(u"token.txt"_s), qPrintable(read.error.message()));
    QVERIFY2(read.error.message().contains(u"larger than"_s), qPrintable(read.error.message()));
}

void TestFileIo::readerErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("words");

    QTest::newRow("missing file") << u"no-such-file.pem"_s << int(FileError::Reason::NotFound)
                                  << u"there is no such file"_s;
    QTest::newRow("folder") << u"folder"_s << int(FileError::Reason::IsFolder) << u"is a folder"_s;
    QTest::newRow("unreadable") << u"private.pem"_s << int(FileError::Reason::PermissionDenied)
                                << u"permission denied"_s;
}

void TestFileIo::readerErrors()
{
    QFETCH(QString, name);
    QFETCH(int, reason);
    QFETCH(QString, words);

    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    put(path(u"private.pem"_s), "-----BEGIN", 0);
    if (reason == int(FileError::Reason::PermissionDenied) && ::geteuid() == 0) {
        QSKIP("root reads any file");
    }
    const TextFile::Bytes read = TextFile::readBytes(path(name), 1024);
    QVERIFY(!read.ok());
    QCOMPARE(int(read.error.reason()), reason);
    QCOMPARE(read.error.operation(), FileError::Operation::Read);
    const QString message = read.error.message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path(name))), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(!message.contains(u"Unknown error"_s, Qt::CaseInsensitive), qPrintable(message));
}

// A killed writer's QSaveFile temporary goes at the next write; a living writer's (it holds an flock), a young one
// and any other file stay.
void TestFileIo::strayTemporariesOfDeadWritersGo()
{
    const QDateTime old = QDateTime::currentDateTime().addSecs(-60);
    const auto stray = [&](const QString& name, bool aged) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half");
        file.flush(); // before the time is set: a later flush would set it again
        if (aged) {
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
    };
    stray(u"history.json.Ab3xYz"_s, true); // a dead writer's
    stray(u"history.json.Q9w8E7"_s, true); // a living writer's, locked below
    stray(u"history.json.n3wOne"_s, false); // just created
    stray(u"history.json.backup1"_s, true); // not a temporary: seven characters after the dot
    stray(u"other.json.Ab3xYz"_s, true); // another file's
    const QByteArray living = QFile::encodeName(path(u"history.json.Q9w8E7"_s));
    const int fd = ::open(living.constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);

    QVERIFY(!AtomicFile::write(path(u"history.json"_s), "whole").isError());
    ::close(fd);
    QStringList left = entries();
    left.sort();
    QCOMPARE(left,
        QStringList({ u"history.json"_s, u"history.json.Q9w8E7"_s, u"history.json.backup1"_s, u"history.json.n3wOne"_s,
            u"other.json.Ab3xYz"_s }));
    // Once its writer is gone, the next write takes it too.
    QFile aged(path(u"history.json.Q9w8E7"_s));
    QVERIFY(aged.open(QIODevice::Append));
    QVERIFY(aged.setFileTime(old, QFileDevice::FileModificationTime));
    aged.close();
    QCOMPARE(AtomicFile::removeStaleTemporaries(path(u"history.json"_s)), 1);
    QVERIFY(!QFile::exists(path(u"history.json.Q9w8E7"_s)));
}

void TestFileIo::unreadableSettingsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readable");
    QTest::newRow("whole") << QByteArray("[profiles]\n1\\name=Staging\n") << true;
    // Cut in the middle of a value: QSettings reads the whole lines; a killed AtomicFile writer never leaves this.
    QTest::newRow("cut in a value") << QByteArray("[profiles]\n1\\name=Stag") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("cut in a section") << QByteArray("[profiles]\n1\\name=Staging\n[netw") << false;
    QTest::newRow("an unclosed section") << QByteArray("[profiles\n1\\name=Staging\n") << false;
    // What a file system that lost a write's data after a crash shows: zeros, which QSettings reads without a word.
    QTest::newRow("zeros") << QByteArray(4096, '\0') << false;
    QTest::newRow("zeros after whole lines") << QByteArray("[profiles]\n1\\name=Staging\n").append(512, '\0') << false;
    QTest::newRow("not UTF-8") << QByteArray("[profiles]\n1\\name=Stag\xff\xfe\n") << false;
    QTest::newRow("UTF-8") << QByteArray("[profiles]\n1\\name=Bühne\n") << true;
}

// QSettings reads a file it cannot parse as empty and writes over it at its next save, the profiles in it lost
// without a word: recover() sets it aside with a message instead, and leaves a readable one alone.
void TestFileIo::unreadableSettingsSetAside()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, readable);
    const QString file = path(u"kti.conf"_s);
    put(file, content, 0600);

    const QString message = SettingsFile::recover(file);
    if (readable) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(contentOf(file), content);
        QVERIFY(!QFile::exists(file + u".corrupt"_s));
        return;
    }
    QVERIFY2(message.contains(u"could not be read"_s) && message.contains(file + u".corrupt"_s), qPrintable(message));
    QCOMPARE(contentOf(file + u".corrupt"_s), content);
    QVERIFY(!QFile::exists(file));
    // The next save starts a whole file beside it, and the one after reads it.
    {
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY(settings.allKeys().isEmpty());
        settings.setValue(u"profiles/1/name"_s, u"Fresh"_s);
        QVERIFY(SettingsFile::sync(settings));
    }
    QVERIFY(SettingsFile::recover(file).isEmpty());
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"profiles/1/name"_s).toString(), u"Fresh"_s);
    QCOMPARE(contentOf(file + u".corrupt"_s), content);
}

// Profiles name tenants and customers: the settings file is the owner's alone, whether QSettings created it with the
// umask's mode or an older version left it readable by others.
void TestFileIo::settingsFileOwnerOnly()
{
    const QString file = path(u"kti.conf"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"network/transferTimeoutSeconds"_s, 30);
        QVERIFY(SettingsFile::sync(settings));
    }
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);
    QVERIFY(SettingsFile::recover(file).isEmpty());
    QCOMPARE(modeOf(file), 0600);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"network/transferTimeoutSeconds"_s, 31);
        QVERIFY(SettingsFile::sync(settings));
    }
    QCOMPARE(modeOf(file), 0600);
}

QTEST_GUILESS_MAIN(TestFileIo)
#include "testfileio.moc"
