#pragma once

#include <QCoreApplication>
#include <QStringList>

// Chooses and runs a headless command. main.cpp asks isCliInvocation() before creating any
// application object, so the CLI never loads a GUI platform plugin.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    enum ExitCode
    {
        Success = 0,
        ServerRefused = 1,
        UsageError = 2,
        NetworkFailure = 3,
        NotUnderstood = 4,
        KeychainFailure = 5,
    };

    // arguments: argv as text, program name first, without the global --lang option. True when the first
    // argument is a command, help or version, and also when it is any other word that is not an option: the GUI
    // takes no positional arguments, so that is a mistyped command, which run() answers as a usage error without
    // a display.
    static bool isCliInvocation(const QStringList& arguments);
    // Needs a QCoreApplication.
    static int run(const QStringList& arguments);
};
