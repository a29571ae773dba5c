#include "atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

#ifdef Q_OS_UNIX
// umask is per process: one writer at a time changes it, so two cannot restore each other's value.
QMutex g_umaskMutex;

// While it lives, files are created without any group or other bits (0666 & ~077 = 0600).
class OwnerOnlyUmask
{
    Q_DISABLE_COPY_MOVE(OwnerOnlyUmask)

public:
    OwnerOnlyUmask()
        : m_locker(&g_umaskMutex)
        , m_previous(::umask(077))
    { }
    ~OwnerOnlyUmask() { ::umask(m_previous); }

private:
    QMutexLocker<QMutex> m_locker;
    mode_t m_previous;
};
#endif

} // namespace

AtomicFile::AtomicFile(const QString& path)
    : m_path(path)
    , m_file(path)
{ }

bool AtomicFile::open()
{
    m_error = {};
    const QFileInfo existing(m_path);
    if (existing.isFile()) {
        // QSaveFile gives the temporary file the old file's mode right after creating it; tighten the old
        // file first so that the copy is 0600 too. Not our file to change: the fchmod below still applies.
        QFile::setPermissions(m_path, OwnerOnly);
    }
    bool opened = false;
    {
#ifdef Q_OS_UNIX
        const OwnerOnlyUmask umask;
#endif
        opened = m_file.open(QIODevice::WriteOnly);
    }
    if (!opened) {
        fail(openFailure());
        return false;
    }
#ifdef Q_OS_UNIX
    const bool restricted = ::fchmod(m_file.handle(), S_IRUSR | S_IWUSR) == 0;
#else
    const bool restricted = m_file.setPermissions(OwnerOnly);
#endif
    if (!restricted) {
        fail(FileError::Reason::PermissionDenied);
        return false;
    }
#ifdef Q_OS_UNIX
    // Held until the temporary is renamed or removed: tells other writers this one is alive.
    ::flock(m_file.handle(), LOCK_EX | LOCK_NB);
    removeStaleTemporaries(m_path, m_file.handle());
#endif
    return true;
}

bool AtomicFile::write(const QByteArray& bytes)
{
    if (m_error.isError() || !m_file.isOpen()) {
        return false;
    }
    if (m_file.write(bytes) != bytes.size()) {
        fail(m_file.error() == QFileDevice::ResourceError ? FileError::Reason::DiskFull
                                                          : FileError::Reason::WriteFailed);
        return false;
    }
    return true;
}

bool AtomicFile::commit()
{
    if (m_error.isError() || !m_file.isOpen()) {
        return false;
    }
    if (!m_file.commit()) {
        // The data is flushed here, so a full disk often shows only now.
        const FileError::Reason reason = m_file.error() == QFileDevice::ResourceError ? FileError::Reason::DiskFull
                                                                                      : FileError::Reason::WriteFailed;
        m_error = FileError(FileError::Operation::Write, m_path, reason);
        return false;
    }
    return true;
}

void AtomicFile::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled, commit only removes the temporary file
    }
}

QString AtomicFile::setAside(const QString& path)
{
    const QString aside = path + u".corrupt";
    QFile::remove(aside);
    return QFile::rename(path, aside) ? aside : QString();
}

int AtomicFile::removeStaleTemporaries(const QString& path)
{
    return removeStaleTemporaries(path, -1);
}

// Every writer holds an flock on its own temporary while it writes (open()), so one that can be locked has no living
// writer: it is removed, unless it is younger than StaleAfterMs (a writer that has just created it and not yet locked
// it, or a QSettings write, which does not lock). own is this writer's temporary, or -1.
int AtomicFile::removeStaleTemporaries(const QString& path, int own)
{
    int removed = 0;
#ifdef Q_OS_UNIX
    constexpr qint64 StaleAfterMs = 100;
    const QFileInfo target(path);
    struct stat ownStat
    {
    };
    if (own >= 0 && ::fstat(own, &ownStat) != 0) {
        return 0;
    }
    const QRegularExpression temporary(
        u"^"_s + QRegularExpression::escape(target.fileName()) + u"\\.[A-Za-z0-9]{6}$"_s);
    const QDateTime now = QDateTime::currentDateTime();
    const QFileInfoList siblings = target.dir().entryInfoList({ target.fileName() + u".??????"_s }, QDir::Files);
    for (const QFileInfo& sibling : siblings) {
        if (!temporary.match(sibling.fileName()).hasMatch() || sibling.lastModified().msecsTo(now) < StaleAfterMs) {
            continue;
        }
        const QByteArray name = QFile::encodeName(sibling.filePath());
        const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) {
            continue;
        }
        struct stat siblingStat
        {
        };
        if (::fstat(fd, &siblingStat) == 0 && (own < 0 || siblingStat.st_ino != ownStat.st_ino)
            && ::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(name.constData()) == 0) {
            ++removed;
        }
        ::close(fd);
    }
#else
    Q_UNUSED(path)
    Q_UNUSED(own)
#endif
    return removed;
}

int AtomicFile::handle() const
{
    return m_file.isOpen() ? m_file.handle() : -1;
}

FileError AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    AtomicFile file(path);
    if (file.open() && file.write(bytes)) {
        file.commit();
    }
    return file.error();
}

void AtomicFile::fail(FileError::Reason reason)
{
    m_error = FileError(FileError::Operation::Write, m_path, reason);
    cancel();
}

FileError::Reason AtomicFile::openFailure() const
{
    const QFileInfo target(m_path);
    if (target.isDir()) {
        return FileError::Reason::IsFolder;
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return FileError::Reason::NoFolder;
    }
    if (!folder.isWritable() || (target.exists() && !target.isWritable())) {
        return FileError::Reason::PermissionDenied;
    }
    if (m_file.error() == QFileDevice::ResourceError) {
        return FileError::Reason::DiskFull;
    }
    return FileError::Reason::WriteFailed;
}
