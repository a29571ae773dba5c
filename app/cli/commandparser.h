#pragma once

#include <QStringList>
#include <optional>

class QCommandLineParser;

// What every command's parsing shares: parse the arguments, answer --help on standard output, and turn
// an unknown or incomplete option into a usage error on standard error.
class CommandParser
{
public:
    // An exit code when the command is already done (help shown, or a usage error reported);
    // std::nullopt when the command should go on with the parsed options.
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);
};
