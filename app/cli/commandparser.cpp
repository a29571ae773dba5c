#include "commandparser.h"

#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "jwt/jwtdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

std::optional<int> CommandParser::parse(
    QCommandLineParser& parser, const QStringList& arguments, const QString& noPositional)
{
    if (!parser.parse(arguments)) {
        CliOutput::err(parser.errorText());
        return CliRunner::UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        CliOutput::out(parser.helpText());
        return CliRunner::Success;
    }
    // The first positional argument is the command itself.
    if (!noPositional.isEmpty() && parser.positionalArguments().size() > 1) {
        CliOutput::err(noPositional);
        return CliRunner::UsageError;
    }
    return std::nullopt;
}

std::optional<QByteArray> CommandParser::readToken(const QString& source)
{
    if (source != u"-"_s) {
        return source.toUtf8();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        CliOutput::err(QCoreApplication::translate("CommandParser", "Standard input could not be read."));
        return std::nullopt;
    }
    QByteArray input = in.read(JwtDecoder::MaxInputBytes + 3);
    if (input.endsWith("\r\n")) {
        input.chop(2);
    } else if (input.endsWith('\n')) {
        input.chop(1);
    }
    return input;
}
