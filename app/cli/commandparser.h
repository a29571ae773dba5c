#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

class QCommandLineParser;

// What every command's parsing shares: parse the arguments, answer --help on standard output, and turn
// an unknown or incomplete option into a usage failure (CliOutput::fail).
class CommandParser
{
public:
    // An exit code when the command is already done (help shown, or a usage error reported);
    // std::nullopt when the command should go on with the parsed options. With noPositional, a command
    // that takes no positional arguments refuses any with that message.
    static std::optional<int> parse(
        QCommandLineParser& parser, const QStringList& arguments, const QString& noPositional = {});

    // The token of decode and verify: the argument itself, or standard input for "-". Reads one byte past
    // the decoder's cap (so that it can say the input is too large) and drops the line end that echo and
    // files add. std::nullopt when standard input cannot be read: then return failUnreadableInput().
    static std::optional<QByteArray> readToken(const QString& source);
    // The usage failure "input-unreadable" (exit 2), through CliOutput::fail.
    static int failUnreadableInput();
};
