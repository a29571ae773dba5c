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

    // arguments: argv as text, program name first, without the global --lang option.
    static bool isCliInvocation(const QStringList& arguments);
    // Needs a QCoreApplication.
    static int run(const QStringList& arguments);
};
