#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;

// The application's QSettings file, written so that a killed run cannot stall the next. QSettings already replaces
// its file atomically (QSaveFile), but guards each write with a QLockFile ("<file>.lock") that a SIGKILL can leave
// behind empty, or half removed as "<file>.lock.rmlock…": QLockFile cannot name the owner of an empty lock, so it
// waits its stale time (30 s) before every later write. Profiles and network settings write through sync() here.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    // Once at start, before anything reads the file (the window, or a command): clearStaleLocks(); a file QSettings
    // cannot parse is set aside (AtomicFile::setAside), since QSettings would read it as empty and write over it at
    // the next save, the profiles in it lost without a word; and the file is made readable by its owner only.
    // Returns what to tell the user, or an empty string when the file was fine or is not there yet.
    static QString recover(const QString& settingsPath);

    // Removes the lock files of settingsPath that no living process holds: a holder keeps an flock() on its lock
    // file from the moment it fills it, so a lock file we can flock() was left by a process that died. Returns how
    // many were removed. Called once at start for the application's file, and before each of our writes.
    static int clearStaleLocks(const QString& settingsPath);
    // clearStaleLocks(), then settings.sync() and a file of mode 0600; true when QSettings reports no error.
    static bool sync(QSettings& settings);
};
