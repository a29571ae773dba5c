#include "anonymouscommand.h"

#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitarget.h"
#include "cli/commandparser.h"
#include "cli/ticketreport.h"
#include "clock.h"
#include "kibo/authticketclient.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

int AnonymousCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ask for an anonymous shopper ticket and show it with the decoded JWT. "
                                        "The anonymous ticket is never saved in the keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"anonymous"_s, tr("The command."));
    CliTarget::addOptions(parser);
    parser.addOptions({
        {u"response-fields"_s, tr("Ask the server for these fields only, e.g. accessToken,jwtAccessToken."),
            tr("F")},
        {u"json"_s, tr("Print one JSON object instead of text.")},
        {u"show-secrets"_s, tr("Print tokens instead of their redacted shape.")},
    });
    if (const auto done = CommandParser::parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() > 1) {
        CliOutput::err(tr("anonymous takes no positional arguments."));
        return CliRunner::UsageError;
    }

    CliTarget target;
    QString error;
    if (!target.configure(parser, &error)) {
        CliOutput::err(error);
        return CliRunner::UsageError;
    }
    if (!target.start(&error)) {
        CliOutput::err(error);
        return CliRunner::NetworkFailure;
    }

    QNetworkAccessManager network;
    AuthTicketClient client(&network, nullptr);
    client.setProfile(target.profile(), target.clientSecret());
    AuthTicketResult result;
    QEventLoop loop;
    QObject::connect(&client, &AuthTicketClient::finished, &loop, [&](const AuthTicketResult& finished) {
        result = finished;
        loop.quit();
    });
    QObject::connect(&client, &AuthTicketClient::progress, &loop, [](const QString& stage) {
        qCInfo(lcCli) << stage;
    });
    client.anonymous(parser.value(u"response-fields"_s));
    loop.exec();

    const bool showSecrets = parser.isSet(u"show-secrets"_s);
    if (parser.isSet(u"json"_s)) {
        CliOutput::json(TicketReport::toJson(result, showSecrets));
    } else if (result.error.isError()) {
        CliOutput::err(TicketReport::toText(result, showSecrets, Clock::system()->now()));
    } else {
        CliOutput::out(TicketReport::toText(result, showSecrets, Clock::system()->now()));
    }
    return result.error.isError() ? result.error.cliExitCode() : CliRunner::Success;
}
