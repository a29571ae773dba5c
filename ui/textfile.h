#pragma once

#include <QCoreApplication>
#include <QString>

// Reads a small UTF-8 text file that the user opened or dropped (a token, a ticket, an account), for the
// inspector and the compare window. When it cannot, problem is a whole sentence naming the file.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)

public:
    struct Result
    {
        QString name; // the file name, without its folder
        QString text;
        QString problem; // empty when text holds the file
        bool ok() const { return problem.isEmpty(); }
    };

    // tooBig: the sentence for a file over maxBytes, with %1 for its name.
    static Result read(const QString& path, qint64 maxBytes, const QString& tooBig);
};
