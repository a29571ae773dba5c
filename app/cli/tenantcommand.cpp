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
        return CliOutput::fail(target.failureExitCode(), target.failureCode(), error);
    }
    if (!KiboHosts::apiHostOverride(target.profile()).isEmpty()) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            tr("tenant looks the tenant up at its home host; drop --api-host (it overrides the lookup)."));
    }
    if (!target.start(&error)) {
        return CliOutput::fail(CliRunner::NetworkFailure, u"demo-unavailable"_s, error);
    }

    QObject owner; // of the manager, which the services module makes
    QNetworkAccessManager* network = Services::instance().newNetworkManager(&owner);
    AuthTicketClient client(network, nullptr);
    target.prepare(*network, client);
    const AuthTicketResult result = TicketCall::wait(client, [&] { client.lookupTenant(); });

    if (result.error.isError()) {
        return TicketCall::fail(result, false);
    }
    if (CliOutput::jsonRequested()) {
        CliOutput::json(QJsonObject { { u"tenant"_s, result.tenant ? result.tenant->toJson() : QJsonObject() } });
    } else if (result.tenant) {
        CliOutput::out(asText(*result.tenant));
    }
    return CliRunner::Success;
}
