#include "textfile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

TextFile::Result TextFile::read(const QString& path, qint64 maxBytes, const QString& tooBig)
{
    Result result;
    result.name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = tr("%1 could not be read.").arg(result.name);
        return result;
    }
    if (file.size() > maxBytes) {
        result.problem = tooBig.arg(result.name);
        return result;
    }
    const QByteArray bytes = file.read(maxBytes);
    QStringDecoder utf8(QStringDecoder::Utf8);
    result.text = utf8(bytes);
    if (utf8.hasError() || bytes.contains('\0')) {
        result.text.clear();
        result.problem = tr("%1 is not a text file.").arg(result.name);
    }
    return result;
}
