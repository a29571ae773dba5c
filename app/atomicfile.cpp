#include "atomicfile.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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
