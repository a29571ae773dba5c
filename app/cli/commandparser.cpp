#include "commandparser.h"

#include "cli/clioutput.h"
#include "cli/clirunner.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

std::optional<int> CommandParser::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        CliOutput::err(parser.errorText());
        return CliRunner::UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        CliOutput::out(parser.helpText());
        return CliRunner::Success;
    }
    return std::nullopt;
}
