#include "clicommands.h"

#include "cli/anonymouscommand.h"
#include "cli/clitarget.h"
#include "cli/decodecommand.h"
#include "cli/demoservercommand.h"
#include "cli/diffcommand.h"
#include "cli/logincommand.h"
#include "cli/profilecommand.h"
#include "cli/refreshcommand.h"
#include "cli/tenantcommand.h"
#include "cli/verifycommand.h"

#include <QCommandLineParser>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype UsageWidth = 104;
const QString Program = u"kibo-token-inspector"_s;
const QString Continuation = u"        "_s;

// Splits a usage line at the spaces outside brackets, so that "[--username U | --refresh-token-stdin]" stays
// whole, and wraps it at UsageWidth with the continuation indent.
QStringList wrapped(const QString& indented)
{
    const qsizetype indent = indented.size() - QStringView(indented).trimmed().size();
    const QString line = indented.mid(indent);
    QStringList words;
    QString word;
    int depth = 0;
    for (const QChar c : line) {
        if (c == u'[' || c == u'(') {
            ++depth;
        } else if ((c == u']' || c == u')') && depth > 0) {
            --depth;
        }
        if (c == u' ' && depth == 0) {
            words.append(word);
            word.clear();
        } else {
            word.append(c);
        }
    }
    words.append(word);

    QStringList lines;
    QString current = indented.left(indent);
    for (const QString& w : std::as_const(words)) {
        if (w.isEmpty()) {
            current.append(u' '); // keeps deliberate runs of spaces before a summary
            continue;
        }
        if (!current.trimmed().isEmpty() && current.size() + 1 + w.size() > UsageWidth) {
            lines.append(current);
            current = Continuation + w;
        } else {
            current.append(current.trimmed().isEmpty() || current.endsWith(u' ') ? w : u' ' + w);
        }
    }
    lines.append(current);
    return lines;
}

// The optimal string alignment distance (Damerau-Levenshtein without edits of a transposed pair): insertions,
// deletions, substitutions and swaps of two neighbours, each one edit.
qsizetype editDistance(QStringView a, QStringView b)
{
    QList<qsizetype> beforePrevious(b.size() + 1);
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
            }
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const QList<CliCommands::Command>& CliCommands::all()
{
    // The order of the usage text. Synopses name the shared options too: the usage reads as one line per
    // command, with each option where it belongs.
    static const QList<Command> commands {
        { u"demo-server"_s, QT_TR_NOOP("[--port N] [--tls-dir DIR]"), QT_TR_NOOP("run the demo tenant until stopped"),
            Shared::None, &DemoServerCommand::run },
        { u"login"_s, QT_TR_NOOP("TARGET LOGIN-OPTIONS [--json] [--show-secrets] [--no-store]"), nullptr,
            Shared::Target | Shared::Json | Shared::ShowSecrets | Shared::NoStore | Shared::ResponseFields,
            &LoginCommand::run },
        { u"refresh"_s,
            QT_TR_NOOP("TARGET [--account-id N] [--json] [--show-secrets] [--username U | --refresh-token-stdin] "
                       "[--response-fields F] [--no-store]"),
            nullptr, Shared::Target | Shared::Json | Shared::ShowSecrets | Shared::NoStore | Shared::ResponseFields,
            &RefreshCommand::run },
        { u"anonymous"_s, QT_TR_NOOP("TARGET [--json] [--show-secrets] [--response-fields F]"), nullptr,
            Shared::Target | Shared::Json | Shared::ShowSecrets | Shared::ResponseFields, &AnonymousCommand::run },
        { u"profile"_s,
            QT_TR_NOOP("list [--json] | remove NAME | set-secret NAME\nexport FILE | import FILE\n"
                       "add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL] "
                       "--client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] "
                       "[--ca-bundle FILE] [--client-secret-stdin]"),
            nullptr, Shared::Json, &ProfileCommand::run },
        { u"tenant"_s, QT_TR_NOOP("TARGET [--json]"), QT_TR_NOOP("look the tenant up: name, host, sites"),
            Shared::Target | Shared::Json, &TenantCommand::run },
        { u"decode"_s, QT_TR_NOOP("[TOKEN | -] [--json]"), nullptr, Shared::Json, &DecodeCommand::run },
        { u"diff"_s, QT_TR_NOOP("A B [--json] [--ignore-volatile] [--ignore PATH]... [--show-secrets]"), nullptr,
            Shared::Json | Shared::ShowSecrets, &DiffCommand::run },
        { u"verify"_s, QT_TR_NOOP("[TOKEN | -] (--secret-stdin | --key FILE | --jwks FILE-OR-URL) [--json]"), nullptr,
            Shared::Json, &VerifyCommand::run },
    };
    return commands;
}

const CliCommands::Command* CliCommands::find(const QString& name)
{
    for (const Command& command : all()) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

QString CliCommands::nearest(const QString& word)
{
    const QString typed = word.toLower();
    if (typed.isEmpty() || typed.size() > 32) {
        return {}; // nothing to compare, or no command is that long: no need to spend a table on it
    }
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(1, typed.size() / 3) + 1;
    QStringList startedBy;
    for (const Command& command : all()) {
        const qsizetype distance = editDistance(typed, command.name);
        if (distance < bestDistance) {
            best = command.name;
            bestDistance = distance;
        }
        if (typed.size() >= 3 && command.name.startsWith(typed)) {
            startedBy.append(command.name);
        }
    }
    if (best.isEmpty() && startedBy.size() == 1) {
        return startedBy.constFirst(); // "demo" for demo-server, "prof" for profile
    }
    return best;
}

void CliCommands::prepare(QCommandLineParser& parser, const QString& name)
{
    const Command* command = find(name);
    Q_ASSERT(command);
    parser.addHelpOption();
    parser.addPositionalArgument(name, tr("The command."));
    if (!command) {
        return;
    }
    const SharedOptions shared = command->shared;
    if (shared.testFlag(Shared::Target)) {
        CliTarget::addOptions(parser);
    }
    if (shared.testFlag(Shared::ResponseFields)) {
        parser.addOption({ u"response-fields"_s,
            tr("Ask the server for these fields only, e.g. accessToken,customerAccount(id)."), tr("F") });
    }
    if (shared.testFlag(Shared::Json)) {
        parser.addOption({ u"json"_s, tr("Print one JSON object instead of text.") });
    }
    if (shared.testFlag(Shared::ShowSecrets)) {
        parser.addOption({ u"show-secrets"_s, tr("Print tokens instead of their redacted shape.") });
    }
    if (shared.testFlag(Shared::NoStore)) {
        parser.addOption({ u"no-store"_s, tr("Do not save the tokens in the keychain.") });
    }
}

QString CliCommands::usage()
{
    QStringList lines = tr("Usage:\n"
                           "  kibo-token-inspector [--demo] [--profile NAME] [--lang LANG]   start the GUI")
                            .split(u'\n');
    for (const Command& command : all()) {
        const QStringList synopses = tr(command.synopsis).split(u'\n');
        for (qsizetype i = 0; i < synopses.size(); ++i) {
            QString line = u"  "_s + Program + u' ' + command.name + u' ' + synopses.at(i);
            if (i == 0 && command.summary) {
                line += u"     "_s + tr(command.summary);
            }
            lines += wrapped(line);
        }
    }
    lines.append(u"  "_s + Program + u" --help | --version"_s);
    lines.append(QString());
    lines += tr("TARGET: --demo | --demo-server URL | --profile NAME |\n"
                "        (--data-centre NAME | --auth-host URL) --tenant N [--site N] --client-id ID\n"
                "        --client-secret-stdin [--api-host URL] [--ca-bundle FILE]\n"
                "        (the tenant's host is looked up in its data centre; --api-host overrides that)\n"
                "LOGIN-OPTIONS: --username U --password-stdin [--account-id N] [--region R] [--fingerprint F]\n"
                "        [--ticket-ttl MINUTES] [--refresh-ttl MINUTES] [--response-fields F] [--otp-stdin]\n"
                "        or: --username U --otp-stdin [--region R] [--fingerprint F] [--response-fields F]\n"
                "        (a one-time code is emailed, then read from standard input)\n"
                "\n"
                "Secrets are read from standard input, one per line: client secret, password, then the 2FA code.\n"
                "Exit codes: 0 success, 1 the server refused, 2 usage error, 3 network or TLS failure or timeout,\n"
                "4 reply not understood, 5 keychain failure.\n"
                "diff: 0 no differences, 1 differences found, 2 usage error, 4 input not understood.\n"
                "Run “kibo-token-inspector COMMAND --help” for the options of one command.")
                 .split(u'\n');
    return lines.join(u'\n');
}
