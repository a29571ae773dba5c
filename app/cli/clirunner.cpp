#include "clirunner.h"

#include "cli/anonymouscommand.h"
#include "cli/clioutput.h"
#include "cli/decodecommand.h"
#include "cli/demoservercommand.h"
#include "cli/diffcommand.h"
#include "cli/logincommand.h"
#include "cli/profilecommand.h"
#include "cli/refreshcommand.h"
#include "cli/tenantcommand.h"
#include "cli/verifycommand.h"
#include "version.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList Commands { u"login"_s, u"refresh"_s, u"anonymous"_s, u"tenant"_s, u"decode"_s, u"diff"_s, u"verify"_s,
    u"demo-server"_s, u"profile"_s, u"help"_s, u"--help"_s, u"-h"_s, u"--version"_s, u"-v"_s };

} // namespace

bool CliRunner::isCliInvocation(const QStringList& arguments)
{
    return arguments.size() >= 2 && Commands.contains(arguments.at(1));
}

QString CliRunner::usage()
{
    // refresh and anonymous are their own string, so that existing translations of the rest stay in use;
    // they go right after the login line (line 4 in every language).
    QStringList lines
        = tr("Usage:\n"
             "  kibo-token-inspector [--demo] [--profile NAME] [--lang LANG]   start the GUI\n"
             "  kibo-token-inspector demo-server [--port N] [--tls-dir DIR]    run the demo tenant until stopped\n"
             "  kibo-token-inspector login TARGET LOGIN-OPTIONS [--json] [--show-secrets] [--no-store]\n"
             "  kibo-token-inspector tenant TARGET [--json]     look the tenant up: name, host, sites\n"
             "  kibo-token-inspector decode [TOKEN | -] [--json]\n"
             "  kibo-token-inspector diff A B [--json] [--ignore-volatile] [--ignore PATH]... [--show-secrets]\n"
             "  kibo-token-inspector verify [TOKEN | -] (--secret-stdin | --key FILE | --jwks FILE-OR-URL) [--json]\n"
             "  kibo-token-inspector --help | --version\n"
             "\n"
             "TARGET: --demo | --demo-server URL | --profile NAME |\n"
             "        (--data-centre NAME | --auth-host URL) --tenant N [--site N] --client-id ID\n"
             "        --client-secret-stdin [--api-host URL] [--ca-bundle FILE]\n"
             "        (the tenant's host is looked up in its data centre; --api-host overrides that)\n"
             "LOGIN-OPTIONS: --username U --password-stdin [--account-id N] [--region R] [--fingerprint F]\n"
             "        [--ticket-ttl MINUTES] [--refresh-ttl MINUTES] [--response-fields F] [--otp-stdin]\n"
             "\n"
             "Secrets are read from standard input, one per line: client secret, password, then the 2FA code.\n"
             "Exit codes: 0 success, 1 the server refused, 2 usage error, 3 network or TLS failure or timeout,\n"
             "4 reply not understood, 5 keychain failure.\n"
             "diff: 0 no differences, 1 differences found, 2 usage error, 4 input not understood.\n"
             "Run “kibo-token-inspector COMMAND --help” for the options of one command.")
              .split(u'\n');
    // The password-less login is its own string too; it follows the two LOGIN-OPTIONS lines (line 16).
    lines.insert(std::min<qsizetype>(16, lines.size()),
        tr("        or: --username U --otp-stdin [--region R] [--fingerprint F] [--response-fields F]\n"
           "        (a one-time code is emailed, then read from standard input)"));
    lines.insert(std::min<qsizetype>(4, lines.size()),
        tr("  kibo-token-inspector refresh TARGET [--account-id N] [--json] [--show-secrets]\n"
           "        [--username U | --refresh-token-stdin] [--response-fields F] [--no-store]\n"
           "  kibo-token-inspector anonymous TARGET [--json] [--show-secrets] [--response-fields F]"));
    // profile is its own string too, right after anonymous.
    lines.insert(std::min<qsizetype>(5, lines.size()),
        tr("  kibo-token-inspector profile list [--json] | remove NAME | set-secret NAME |\n"
           "        export FILE | import FILE\n"
           "  kibo-token-inspector profile add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N]\n"
           "        [--api-host URL] --client-id ID [--locale L] [--currency C] [--catalog N]\n"
           "        [--master-catalog N] [--ca-bundle FILE] [--client-secret-stdin]"));
    return lines.join(u'\n');
}

int CliRunner::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--version"_s || command == u"-v"_s) {
        CliOutput::out(u"kibo-token-inspector " KTI_VERSION ""_s);
        return Success;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        CliOutput::out(usage());
        return Success;
    }
    if (command == u"login"_s) {
        return LoginCommand::run(arguments);
    }
    if (command == u"refresh"_s) {
        return RefreshCommand::run(arguments);
    }
    if (command == u"anonymous"_s) {
        return AnonymousCommand::run(arguments);
    }
    if (command == u"tenant"_s) {
        return TenantCommand::run(arguments);
    }
    if (command == u"decode"_s) {
        return DecodeCommand::run(arguments);
    }
    if (command == u"verify"_s) {
        return VerifyCommand::run(arguments);
    }
    if (command == u"diff"_s) {
        return DiffCommand::run(arguments);
    }
    if (command == u"profile"_s) {
        return ProfileCommand::run(arguments);
    }
    if (command == u"demo-server"_s) {
        return DemoServerCommand::run(arguments);
    }
    CliOutput::err(tr("The command “%1” is not available in this version.").arg(command));
    CliOutput::err(usage());
    return UsageError;
}
