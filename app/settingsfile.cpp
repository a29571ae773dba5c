#include "settingsfile.h"

#include "atomicfile.h"
#include "logging.h"

#include <QFile>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

int SettingsFile::clearStaleLocks(const QString& settingsPath)
{
    int removed = 0;
#ifdef Q_OS_UNIX
    // QLockFile names the lock "<file>.lock" and, while it removes a stale one, "<lock>.rmlock": a kill at any step
    // can leave a chain of them.
    QString lock = settingsPath + u".lock";
    for (int depth = 0; depth < 8; ++depth, lock += u".rmlock") {
        const QByteArray name = QFile::encodeName(lock);
        const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            continue; // none at this depth; a deeper one may still be there
        }
        // Held by a living process: leave it, QLockFile waits for it as it should. Otherwise nobody holds it (the
        // owner died), or its owner is between creating it and taking the flock, microseconds in which the worst
        // outcome is two whole writes one after the other.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(name.constData()) == 0) {
            ++removed;
        }
        ::close(fd);
    }
    // QSettings writes through QSaveFile: a kill leaves its temporary ("<file>.Ab3xYz") too.
    removed += AtomicFile::removeStaleTemporaries(settingsPath);
    if (removed > 0) {
        qCInfo(lcVault) << "stale settings lock and temporary files removed:" << removed;
    }
#else
    Q_UNUSED(settingsPath)
#endif
    return removed;
}

bool SettingsFile::sync(QSettings& settings)
{
    clearStaleLocks(settings.fileName());
    settings.sync();
    return settings.status() == QSettings::NoError;
}
