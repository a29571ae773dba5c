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
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, parser.errorText().trimmed());
    }
    if (parser.isSet(u"help"_s)) {
        CliOutput::out(parser.helpText());
        return CliRunner::Success;
    }
    // The first positional argument is the command itself.
    if (!noPositional.isEmpty() && parser.positionalArguments().size() > 1) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, noPositional);
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

int CommandParser::failUnreadableInput()
{
    return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s,
        QCoreApplication::translate("CommandParser", "Standard input could not be read."));
}
