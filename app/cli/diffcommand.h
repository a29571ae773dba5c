#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector diff A B [--json] [--ignore-volatile] [--ignore PATH]... [--show-secrets]
// A semantic, field-by-field diff of two JWTs, two auth tickets or two customer accounts, each read
// from a file or from standard input (`-`), never from the command line. Exit codes: 0 equal,
// 1 differences found, 2 usage error, 4 input not understood (architecture.md, "Compare").
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    enum ExitCode
    {
        Equal = 0,
        Different = 1,
    };

    static constexpr qsizetype MaxValueCharacters = 160; // longer values are shortened in text output

    static int run(const QStringList& arguments);
};
