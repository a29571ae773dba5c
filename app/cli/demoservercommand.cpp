#include "demoservercommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/commandparser.h"
#include "demo/demotenant.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

int DemoServerCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run the demo tenant, a stand-in Kibo server with seeded customers, "
                                        "until stopped."));
    CliCommands::prepare(parser, u"demo-server"_s);
    parser.addOptions({
        { u"port"_s, tr("The loopback port to listen on; 0 or none picks a free one."), tr("N") },
        { u"tls-dir"_s, tr("Serve HTTPS with a certificate signed by a CA written to DIR/ca.pem."), tr("DIR") },
        { u"rotate-refresh-tokens"_s,
            tr("Answer every refresh with a new refresh token and forget the old one (refresh-token rotation).") },
    });
    if (const auto done = CommandParser::parse(parser, arguments, tr("demo-server takes no positional arguments."))) {
        return *done;
    }
    quint16 port = 0;
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint value = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || value > 65535) {
            return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                tr("--port needs a number from 0 to 65535, not “%1”.").arg(parser.value(u"port"_s)));
        }
        port = static_cast<quint16>(value);
    }

    DemoTenant tenant;
    tenant.setRotateRefreshTokens(parser.isSet(u"rotate-refresh-tokens"_s));
    bool listening = false;
    if (parser.isSet(u"tls-dir"_s)) {
        const QString dir = parser.value(u"tls-dir"_s);
        if (!QDir().mkpath(dir)) {
            return CliOutput::fail(
                CliRunner::UsageError, u"file-error"_s, tr("The folder “%1” could not be created.").arg(dir));
        }
        listening = tenant.listenTls(dir, port);
    } else {
        listening = tenant.listen(port);
    }
    if (!listening) {
        return CliOutput::fail(CliRunner::NetworkFailure, u"demo-unavailable"_s,
            tr("The demo tenant could not start: %1").arg(tenant.errorString()));
    }
    QObject::connect(&tenant, &DemoTenant::codeSent, &tenant, [](const QString& username, const QString& code) {
        CliOutput::out(u"outbox: %1 code %2"_s.arg(username, code));
    });
    // The contract lines are not translated: scripts read them.
    CliOutput::out(u"listening on %1"_s.arg(tenant.baseUrl().toString()));
    return QCoreApplication::exec();
}
