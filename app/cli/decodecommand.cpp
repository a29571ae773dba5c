#include "decodecommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/commandparser.h"
#include "cli/ticketreport.h"
#include "clock.h"
#include "jwt/jwtdecoder.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int DecodeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Decode a JWT offline: header, claims, times and notices. Nothing is sent "
                                        "anywhere, and the signature is not verified."));
    CliCommands::prepare(parser, u"decode"_s);
    parser.addPositionalArgument(
        u"token"_s, tr("The token, or - (the default) to read it from standard input."), u"[TOKEN | -]"_s);
    if (const auto done = CommandParser::parse(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        CliOutput::err(tr("decode takes one token at most."));
        return CliRunner::UsageError;
    }

    const std::optional<QByteArray> input = CommandParser::readToken(positional.value(1, u"-"_s));
    if (!input) {
        return CliRunner::UsageError;
    }
    const DecodedToken token = JwtDecoder::decode(*input);
    // An opaque token is recognised but holds nothing to decode: for a script that is "not understood".
    const bool decoded = token.kind == DecodedToken::Kind::Jws || token.kind == DecodedToken::Kind::Jwe;
    if (parser.isSet(u"json"_s)) {
        CliOutput::json(QJsonObject { { u"jwt"_s, TicketReport::jwtJson(token) } });
    } else if (decoded) {
        CliOutput::out(TicketReport::jwtText(token, Clock::system()->now()));
    } else {
        QStringList lines { token.kind == DecodedToken::Kind::Opaque
                ? tr("This is an opaque token, not a JWT: there is nothing in it to decode.")
                : tr("This is not a token that can be decoded.") };
        for (const TokenNotice& notice : token.notices) {
            lines << notice.text;
        }
        CliOutput::err(lines.join(u'\n'));
    }
    return decoded ? CliRunner::Success : CliRunner::NotUnderstood;
}
