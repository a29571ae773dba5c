#pragma once

#include "fileerror.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

// The one way this application writes a file (qBittorrent's Utils::IO::saveToFile): through QSaveFile,
// so a reader sees the old content or the new, never half of it, and with mode 0600 from the moment the
// temporary file is created, as everything we write may name a customer or a tenant. On failure nothing
// is left behind and error() says which file and why. Most callers want write(); the steps are public
// for writers that stream, and for the test that checks the mode of the file while it is being written.
class AtomicFile
{
    Q_DISABLE_COPY_MOVE(AtomicFile)

public:
    explicit AtomicFile(const QString& path);
    ~AtomicFile() = default; // QSaveFile discards a file that was not committed

    bool open();
    bool write(const QByteArray& bytes);
    bool commit(); // false: nothing was replaced
    void cancel();

    // The temporary file's descriptor while open (-1 otherwise), for fstat() in tests.
    int handle() const;
    FileError error() const { return m_error; }

    // Writes bytes to path in one go; the returned error is empty (isError() false) on success.
    static FileError write(const QString& path, const QByteArray& bytes);

    // Removes the temporaries ("<file>.Ab3xYz") a killed writer of path left behind, and returns how many. open()
    // does it for its own path; SettingsFile for the QSettings file.
    static int removeStaleTemporaries(const QString& path);

    // Moves a file the application cannot read out of the way, to "<file>.corrupt" (replacing an older one there),
    // for a person to look at or recover from, so that the next write starts afresh beside it. Returns the new path,
    // or an empty string when it could not be moved.
    static QString setAside(const QString& path);

private:
    static int removeStaleTemporaries(const QString& path, int own);
    void fail(FileError::Reason reason);
    FileError::Reason openFailure() const;

    QString m_path;
    QSaveFile m_file;
    FileError m_error;
};
