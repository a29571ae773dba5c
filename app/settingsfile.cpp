#include "settingsfile.h"

#include "atomicfile.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStringDecoder>

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

namespace {

// A settings file of profiles and network settings is a few kilobytes; past this, only the start is checked.
constexpr qint64 MaxCheckedBytes = 4 * 1024 * 1024;

// Profiles name tenants, sites and customers' e-mail addresses: the file is the owner's alone, as everything
// AtomicFile writes. QSettings creates it with the umask's mode and keeps the mode of the file it replaces.
void keepPrivate(const QString& path)
{
    constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    if (permissions & Others) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

// QSettings' own verdict, and bytes it reads without complaint that no writer of the file ever leaves: a NUL (a file
// system that lost the data of a write after a crash shows zeros) or text that is not UTF-8.
bool isReadable(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return true; // not ours to judge: QSettings reports an AccessError of its own, and nothing is lost
    }
    const QByteArray bytes = file.read(MaxCheckedBytes);
    if (bytes.contains('\0')) {
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    Q_UNUSED(text)
    if (utf8.hasError()) {
        return false;
    }
    const QSettings probe(path, QSettings::IniFormat);
    return probe.status() != QSettings::FormatError;
}

} // namespace

QString SettingsFile::recover(const QString& settingsPath)
{
    clearStaleLocks(settingsPath);
    if (!QFile::exists(settingsPath)) {
        return {};
    }
    keepPrivate(settingsPath);
    if (isReadable(settingsPath)) {
        return {};
    }
    qCWarning(lcVault) << "settings file unreadable, set aside";
    const QString aside = AtomicFile::setAside(settingsPath);
    if (aside.isEmpty()) {
        return tr("The settings file “%1” could not be read, and could not be set aside either: the next saved profile "
                  "or network setting replaces it.")
            .arg(QDir::toNativeSeparators(settingsPath));
    }
    return tr("The settings file “%1” could not be read. It was set aside as “%2”, and profiles and network settings "
              "start again from their defaults.")
        .arg(QDir::toNativeSeparators(settingsPath), QDir::toNativeSeparators(aside));
}

bool SettingsFile::sync(QSettings& settings)
{
    clearStaleLocks(settings.fileName());
    settings.sync();
    keepPrivate(settings.fileName());
    return settings.status() == QSettings::NoError;
}
