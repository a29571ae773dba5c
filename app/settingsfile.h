#pragma once

#include <QString>

class QSettings;

// The application's QSettings file, written so that a killed run cannot stall the next. QSettings already replaces
// its file atomically (QSaveFile), but guards each write with a QLockFile ("<file>.lock") that a SIGKILL can leave
// behind empty, or half removed as "<file>.lock.rmlock…": QLockFile cannot name the owner of an empty lock, so it
// waits its stale time (30 s) before every later write. Profiles and network settings write through sync() here.
class SettingsFile
{
public:
    // Removes the lock files of settingsPath that no living process holds: a holder keeps an flock() on its lock
    // file from the moment it fills it, so a lock file we can flock() was left by a process that died. Returns how
    // many were removed. Called once at start for the application's file, and before each of our writes.
    static int clearStaleLocks(const QString& settingsPath);
    // clearStaleLocks(), then settings.sync(); true when QSettings reports no error.
    static bool sync(QSettings& settings);
};
