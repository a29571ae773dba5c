#include "textfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

TextFile::Bytes TextFile::readBytes(const QString& path, qint64 maxBytes)
{
    Bytes result;
    const auto fail = [&result, &path, maxBytes](FileError::Reason reason) {
        result.bytes.clear();
        result.error = FileError(FileError::Operation::Read, path, reason, maxBytes);
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(FileError::Reason::NotFound);
    }
    if (info.isDir()) {
        return fail(FileError::Reason::IsFolder);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.error() == QFileDevice::PermissionsError ? FileError::Reason::PermissionDenied
                                                                  : FileError::Reason::ReadFailed);
    }
    if (info.isFile() && info.size() > maxBytes) {
        return fail(FileError::Reason::TooLarge);
    }
    // One byte past the limit, so that a pipe that goes on is refused without reading more.
    result.bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return fail(FileError::Reason::ReadFailed);
    }
    if (result.bytes.size() > maxBytes) {
        return fail(FileError::Reason::TooLarge);
    }
    return result;
}

TextFile::Result TextFile::read(const QString& path, qint64 maxBytes, const QString& tooBig)
{
    Result result;
    result.name = QFileInfo(path).fileName();
    const Bytes file = readBytes(path, maxBytes);
    if (!file.ok()) {
        result.problem = file.error.reason() == FileError::Reason::TooLarge
            ? tooBig.arg(result.name)
            : tr("%1 could not be read.").arg(result.name);
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    result.text = utf8(file.bytes);
    if (utf8.hasError() || file.bytes.contains('\0')) {
        result.text.clear();
        result.problem = tr("%1 is not a text file.").arg(result.name);
    }
    return result;
}
