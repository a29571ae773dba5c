#include "decodecommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/commandparser.h"
#include "cli/ticketreport.h"
#include "clock.h"
#include "jwt/jwtdecoder.h"
#include "jwt/tokennotice.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int DecodeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Decode a JWT, or any JWS or JWE, offline: header, claims (or a JWS's payload "
                                        "as text), times and notices. Nothing is sent anywhere, and the signature is "
                                        "not verified."));
    CliCommands::prepare(parser, u"decode"_s);
    parser.addPositionalArgument(
        u"token"_s, tr("The token, or - (the default) to read it from standard input."), u"[TOKEN | -]"_s);
    if (const auto done = CommandParser::parse(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, tr("decode takes one token at most."));
    }

    const std::optional<QByteArray> input = CommandParser::readToken(positional.value(1, u"-"_s));
    if (!input) {
        return CommandParser::failUnreadableInput();
    }
    const DecodedToken token = JwtDecoder::decode(*input);
    // An opaque token is recognised but holds nothing to decode: for a script that is "not understood".
    const bool decoded = token.kind == DecodedToken::Kind::Jws || token.kind == DecodedToken::Kind::Jwe;
    if (decoded) {
        if (CliOutput::jsonRequested()) {
            CliOutput::json(QJsonObject { { u"jwt"_s, TicketReport::jwtJson(token) } });
        } else {
            CliOutput::out(TicketReport::jwtText(token, Clock::system()->now()));
        }
        return CliRunner::Success;
    }
    const bool opaque = token.kind == DecodedToken::Kind::Opaque;
    QString message = opaque ? tr("This is an opaque token, not a JWT: there is nothing in it to decode.")
                             : tr("This is not a token that can be decoded.");
    QStringList lines { message };
    // The first error says why (else the first notice): its code is the decoder's own (empty, bad-base64url,
    // bad-json, invalid-utf8, …), its text the reason in words.
    const TokenNotice* why = nullptr;
    for (const TokenNotice& notice : token.notices) {
        lines << notice.text;
        if (!why
            || (why->severity != TokenNotice::Severity::Error && notice.severity == TokenNotice::Severity::Error)) {
            why = &notice;
        }
    }
    QJsonObject details;
    if (why && !opaque) {
        details.insert(u"reason"_s, why->code);
        message += u' ' + why->text;
    }
    // With --json the partial token comes along: what could be read of the header, the notices.
    return CliOutput::fail(CliRunner::NotUnderstood, opaque ? u"opaque-token"_s : u"not-a-token"_s, message, details,
        QJsonObject { { u"jwt"_s, TicketReport::jwtJson(token) } }, lines.join(u'\n'));
}
