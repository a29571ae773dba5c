#pragma once

#include "fileerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The one way this application reads a file the user names (a token, a ticket, a key, a CA bundle, a
// profile export) or one of its own (the history): at most a given size, so a wrong choice such as a
// disk image cannot fill the memory, and with a FileError saying which file and why when it cannot.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)

public:
    struct Bytes
    {
        QByteArray bytes;
        FileError error; // isError() false when bytes holds the whole file
        bool ok() const { return !error.isError(); }
    };

    // The file's bytes; a missing file, a folder or one larger than maxBytes is an error. Pipes such as
    // /dev/fd/63 work too: the limit counts what was read, not what the file system says.
    static Bytes readBytes(const QString& path, qint64 maxBytes);

    struct Result
    {
        QString name; // the file name, without its folder
        QString text;
        QString problem; // empty when text holds the file
        bool ok() const { return problem.isEmpty(); }
    };

    // A small UTF-8 text file that the user opened or dropped, for the inspector and the compare window.
    // When it cannot, problem is a whole sentence naming the file. tooBig: the sentence for a file over
    // maxBytes, with %1 for its name.
    static Result read(const QString& path, qint64 maxBytes, const QString& tooBig);
};
