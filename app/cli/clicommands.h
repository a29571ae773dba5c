#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

class QCommandLineParser;

// The table of the headless commands (compare KeePassXC's src/cli/Command.h): each command's name, its
// synopsis for the usage text, the options it shares with other commands and the function that runs it.
// The dispatcher, the usage text and the shared options all come from this one table.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // Options that several commands take, declared once (prepare() adds them).
    enum class Shared
    {
        None = 0x0,
        Target = 0x1, // --demo, --demo-server, --profile or a tenant spelled out (CliTarget)
        Json = 0x2, // --json
        ShowSecrets = 0x4, // --show-secrets
        NoStore = 0x8, // --no-store
        ResponseFields = 0x10, // --response-fields F
    };
    Q_DECLARE_FLAGS(SharedOptions, Shared)

    struct Command
    {
        QString name;
        // The usage lines after "kibo-token-inspector NAME " (translatable, CliCommands context); a line
        // break starts another usage line of the same command. The shared options follow the first line.
        const char* synopsis;
        // Said after the usage line, when the synopsis alone does not tell what the command is for.
        const char* summary;
        SharedOptions shared;
        int (*run)(const QStringList& arguments);
    };

    static const QList<Command>& all();
    static const Command* find(const QString& name);
    // The command a mistyped word most likely meant (ignoring case: one edit, a swap of two neighbours
    // included, per three letters of the word, or a word that starts only that command's name), or an empty
    // string when no command is that close.
    static QString nearest(const QString& word);

    // Starts a command's parser: help, the command as first positional argument, and its shared options.
    // The command adds its own description, options and further positional arguments after this.
    static void prepare(QCommandLineParser& parser, const QString& name);

    // The usage text of `kibo-token-inspector --help`, generated from the table.
    static QString usage();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CliCommands::SharedOptions)
