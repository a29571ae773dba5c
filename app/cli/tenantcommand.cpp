#include "tenantcommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitarget.h"
#include "cli/commandparser.h"
#include "cli/ticketcall.h"
#include "kibo/authticketclient.h"
#include "kibo/kibohosts.h"
#include "services/services.h"
#include "session/authticketoutcome.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString asText(const KiboTenant& tenant)
{
    QStringList lines;
    lines.append(TenantCommand::tr("Tenant %1: %2").arg(tenant.id).arg(tenant.name));
    lines.append(tenant.isDevTenant ? TenantCommand::tr("Kind: development (sandbox) tenant")
                                    : TenantCommand::tr("Kind: production tenant"));
    lines.append(TenantCommand::tr("Host: %1").arg(tenant.domain));
    if (tenant.sites.isEmpty()) {
        lines.append(TenantCommand::tr("Sites: none listed"));
    } else {
        lines.append(TenantCommand::tr("Sites:"));
        for (const KiboSite& site : tenant.sites) {
            QString line = TenantCommand::tr("  %1  %2").arg(site.id).arg(site.name);
            if (!site.domain.isEmpty()) {
                line += TenantCommand::tr("  (%1)").arg(site.domain);
            }
            lines.append(line);
        }
    }
    return lines.join(u'\n');
}

} // namespace

int TenantCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Look the tenant up at its data centre, as Kibo's SDKs do before every tenant "
                                        "call, and show its name, host and sites. Needs the application's client id "
                                        "and secret, like a login."));
    CliCommands::prepare(parser, u"tenant"_s);
    if (const auto done = CommandParser::parse(parser, arguments, tr("tenant takes no positional arguments."))) {
        return *done;
    }
    CliTarget target;
    QString error;
    if (!target.configure(parser, &error)) {
        CliOutput::err(error);
        return target.failureExitCode();
    }
    if (!KiboHosts::apiHostOverride(target.profile()).isEmpty()) {
        CliOutput::err(tr("tenant looks the tenant up at its home host; drop --api-host (it overrides the lookup)."));
        return CliRunner::UsageError;
    }
    if (!target.start(&error)) {
        CliOutput::err(error);
        return CliRunner::NetworkFailure;
    }

    QObject owner; // of the manager, which the services module makes
    QNetworkAccessManager* network = Services::instance().newNetworkManager(&owner);
    AuthTicketClient client(network, nullptr);
    target.prepare(*network, client);
    const AuthTicketResult result = TicketCall::wait(client, [&] { client.lookupTenant(); });

    if (parser.isSet(u"json"_s)) {
        QJsonObject object;
        if (result.tenant) {
            object.insert(u"tenant"_s, result.tenant->toJson());
        }
        if (result.error.isError()) {
            object.insert(u"error"_s, result.error.toJson());
        }
        CliOutput::json(object);
    } else if (result.error.isError()) {
        const AuthTicketOutcome outcome(result);
        const Diagnosis& diagnosis = outcome.diagnosis();
        QStringList lines { diagnosis.title, diagnosis.cause, tr("Next step: %1").arg(diagnosis.nextStep) };
        if (!result.error.message.isEmpty()) {
            lines.append(tr("Kibo said: %1").arg(result.error.message));
        }
        if (!outcome.correlationId().isEmpty()) {
            lines.append(tr("Correlation id: %1").arg(outcome.correlationId()));
        }
        CliOutput::err(lines.join(u'\n'));
    } else if (result.tenant) {
        CliOutput::out(asText(*result.tenant));
    }
    return result.error.isError() ? result.error.cliExitCode() : CliRunner::Success;
}
