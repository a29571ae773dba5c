#include "clirunner.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "version.h"

using namespace Qt::StringLiterals;

namespace {

const QStringList HelpWords { u"help"_s, u"--help"_s, u"-h"_s };
const QStringList VersionWords { u"--version"_s, u"-v"_s };

} // namespace

bool CliRunner::isCliInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString& first = arguments.at(1);
    return CliCommands::find(first) || HelpWords.contains(first) || VersionWords.contains(first);
}

int CliRunner::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (VersionWords.contains(command)) {
        CliOutput::out(u"kibo-token-inspector " KTI_VERSION ""_s);
        return Success;
    }
    if (HelpWords.contains(command)) {
        CliOutput::out(CliCommands::usage());
        return Success;
    }
    if (const CliCommands::Command* found = CliCommands::find(command)) {
        return found->run(arguments);
    }
    CliOutput::err(tr("The command “%1” is not available in this version.").arg(command));
    CliOutput::err(CliCommands::usage());
    return UsageError;
}
