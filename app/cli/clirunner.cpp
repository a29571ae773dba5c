#include "clirunner.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "settingsfile.h"
#include "version.h"

#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QStringList HelpWords { u"help"_s, u"--help"_s, u"-h"_s };
const QStringList VersionWords { u"--version"_s, u"-v"_s };

// How a word from the command line is echoed: control characters (an escape sequence would reach the terminal)
// replaced, and clipped, so that a pasted token or a megabyte of garbage makes one short line.
QString echoed(const QString& word)
{
    constexpr qsizetype MaxEchoed = 40;
    QString shown;
    for (const QChar c : QStringView(word).left(MaxEchoed)) {
        shown.append(c.isPrint() || c == u' ' ? c : QChar::ReplacementCharacter);
    }
    return word.size() > MaxEchoed ? shown + u"…"_s : shown;
}

// A first argument that is neither an option nor a command (the GUI takes no positional arguments).
int unknownCommand(const QStringList& arguments)
{
    const QString word = arguments.value(1);
    const QString suggestion = CliCommands::nearest(word);
    const QString message = CliRunner::tr("unknown command '%1'").arg(echoed(word));
    QStringList lines { message };
    if (!suggestion.isEmpty()) {
        lines.append(CliRunner::tr("Did you mean '%1'?").arg(suggestion));
    }
    lines.append(CliRunner::tr("Run 'kibo-token-inspector --help' for the commands."));
    return CliOutput::fail(CliRunner::UsageError, u"unknown-command"_s, message,
        { { u"suggestion"_s, suggestion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(suggestion) } }, {},
        lines.join(u'\n'));
}

// Whether the run answers in JSON: --json before any "--", for a command that takes it or a word that is none.
bool jsonRequested(const QStringList& arguments, const CliCommands::Command* command)
{
    if (command && !command->shared.testFlag(CliCommands::Shared::Json)) {
        return false;
    }
    for (const QString& argument : arguments) {
        if (argument == u"--"_s) {
            return false;
        }
        if (argument == u"--json"_s) {
            return true;
        }
    }
    return false;
}

} // namespace

bool CliRunner::isCliInvocation(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString& first = arguments.at(1);
    return CliCommands::find(first) || HelpWords.contains(first) || VersionWords.contains(first)
        || !first.startsWith(u'-') || first == u"-"_s;
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
    const CliCommands::Command* found = CliCommands::find(command);
    CliOutput::setJsonRequested(jsonRequested(arguments, found));
    if (found) {
        // Profiles and network settings come from the window's settings file: one that cannot be read is set aside
        // with a word on standard error (standard output stays what the command prints).
        const QString settingsProblem = SettingsFile::recover(QSettings().fileName());
        if (!settingsProblem.isEmpty()) {
            CliOutput::err(settingsProblem);
        }
        return found->run(arguments);
    }
    return unknownCommand(arguments);
}
