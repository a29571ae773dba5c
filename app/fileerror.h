#pragma once

#include <QCoreApplication>
#include <QString>

// What went wrong with one file, as a value: which file, whether it was being read or written, and why,
// in words a user understands. AtomicFile and TextFile report it; callers put reasonText() into their
// own sentence or show message() as it is. Never Qt's "Unknown error", never file contents.
class FileError
{
    Q_DECLARE_TR_FUNCTIONS(FileError)

public:
    enum class Operation
    {
        Read,
        Write
    };
    enum class Reason
    {
        None,
        NotFound, // reading: there is no such file
        IsFolder, // the path names a folder
        NoFolder, // writing: the folder it should go into does not exist (or is a file)
        PermissionDenied,
        TooLarge, // reading: larger than the reader's limit
        NotText, // reading text: not UTF-8, or holds a NUL byte
        DiskFull,
        ReadFailed, // the system refused to read it for another reason
        WriteFailed // the system refused to write or replace it for another reason
    };

    FileError() = default;
    FileError(Operation operation, const QString& path, Reason reason, qint64 limit = 0);

    bool isError() const { return m_reason != Reason::None; }
    Operation operation() const { return m_operation; }
    Reason reason() const { return m_reason; }
    QString path() const { return m_path; }
    QString fileName() const; // without its folder
    qint64 limit() const { return m_limit; } // the size limit a TooLarge file passed

    // Why, without the file: "permission denied", "it is larger than 1 MiB", … (no final full stop).
    QString reasonText() const;
    // A whole sentence naming the file: "“/tmp/x.json” could not be written: the disk is full."
    QString message() const;

    // A size in the words the messages use: "1 MiB", "64 KiB", "300 bytes".
    static QString sizeText(qint64 bytes);

private:
    Operation m_operation = Operation::Read;
    QString m_path;
    Reason m_reason = Reason::None;
    qint64 m_limit = 0;
};
