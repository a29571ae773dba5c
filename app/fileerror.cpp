#include "fileerror.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

FileError::FileError(Operation operation, const QString& path, Reason reason, qint64 limit)
    : m_operation(operation)
    , m_path(path)
    , m_reason(reason)
    , m_limit(limit)
{ }

QString FileError::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString FileError::reasonText() const
{
    switch (m_reason) {
    case Reason::None:
        return {};
    case Reason::NotFound:
        return tr("there is no such file");
    case Reason::IsFolder:
        return tr("it is a folder, not a file");
    case Reason::NoFolder:
        return tr("the folder “%1” does not exist").arg(QDir::toNativeSeparators(QFileInfo(m_path).path()));
    case Reason::PermissionDenied:
        return tr("permission denied");
    case Reason::TooLarge:
        return tr("it is larger than %1").arg(sizeText(m_limit));
    case Reason::NotText:
        return tr("it is not a text file");
    case Reason::DiskFull:
        return tr("the disk is full");
    case Reason::ReadFailed:
        return tr("the system could not read it");
    case Reason::WriteFailed:
        return tr("the system could not write it");
    }
    return {};
}

QString FileError::message() const
{
    if (!isError()) {
        return {};
    }
    const QString path = QDir::toNativeSeparators(m_path);
    return m_operation == Operation::Write ? tr("“%1” could not be written: %2.").arg(path, reasonText())
                                           : tr("“%1” could not be read: %2.").arg(path, reasonText());
}

QString FileError::sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * KiB;
    if (bytes >= MiB && bytes % MiB == 0) {
        return tr("%1 MiB").arg(bytes / MiB);
    }
    if (bytes >= KiB && bytes % KiB == 0) {
        return tr("%1 KiB").arg(bytes / KiB);
    }
    return tr("%n byte(s)", nullptr, int(std::min<qint64>(bytes, std::numeric_limits<int>::max())));
}
