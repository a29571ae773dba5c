#include "anonymouscommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitarget.h"
#include "cli/commandparser.h"
#include "cli/ticketcall.h"
#include "kibo/authticketclient.h"
#include "services/services.h"
#include "session/authticketoutcome.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int AnonymousCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ask for an anonymous shopper ticket and show it with the decoded JWT. "
                                        "The anonymous ticket is never saved in the keychain."));
    CliCommands::prepare(parser, u"anonymous"_s);
    parser.addOptions({});
    if (const auto done = CommandParser::parse(parser, arguments, tr("anonymous takes no positional arguments."))) {
        return *done;
    }

    CliTarget target;
    QString error;
    if (!target.configure(parser, &error)) {
        return CliOutput::fail(target.failureExitCode(), target.failureCode(), error);
    }
    if (!target.start(&error)) {
        return CliOutput::fail(CliRunner::NetworkFailure, u"demo-unavailable"_s, error);
    }

    QObject owner; // of the manager, which the services module makes
    QNetworkAccessManager* network = Services::instance().newNetworkManager(&owner);
    AuthTicketClient client(network, nullptr);
    target.prepare(*network, client);
    const AuthTicketResult result
        = TicketCall::wait(client, [&] { client.anonymous(parser.value(u"response-fields"_s)); });
    if (result.error.isError()) {
        return TicketCall::fail(result, parser.isSet(u"show-secrets"_s));
    }
    TicketCall::print(result, parser.isSet(u"show-secrets"_s));
    return CliRunner::Success;
}
