#include "diffcommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/commandparser.h"
#include "jwt/comparableinput.h"
#include "jwt/inputcomparison.h"
#include "textfile.h"

#include "json/jsonpath.h"
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct Source
{
    QString argument;
    QString label; // how messages name it
    QByteArray bytes;
};

// An argument that may be a token (someone passed one instead of a file) is never echoed.
bool mayBeSecret(QString argument)
{
    // As pasted: with spaces or quotes around it, or after "Bearer ".
    argument = argument.trimmed();
    for (const QChar quote : { u'"', u'\'' }) {
        if (argument.size() >= 2 && argument.startsWith(quote) && argument.endsWith(quote)) {
            argument = argument.sliced(1, argument.size() - 2).trimmed();
        }
    }
    if (argument.startsWith(u"Bearer "_s, Qt::CaseInsensitive)) {
        argument = argument.sliced(7).trimmed();
    }
    if (ComparableInput::looksLikeJwt(argument) || (argument.startsWith(u"eyJ"_s) && argument.contains(u'.'))) {
        return true;
    }
    // Base64 of either alphabet; a file name almost always has a dot.
    if (argument.size() < 32) {
        return false;
    }
    for (const QChar c : argument) {
        const bool tokenCharacter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'/' || c == u'=' || c == u'-' || c == u'_';
        if (!tokenCharacter) {
            return false;
        }
    }
    return true;
}

// Reads one side; an empty error means success.
QString read(Source* source, bool first)
{
    const QString which = first ? DiffCommand::tr("the first input") : DiffCommand::tr("the second input");
    if (source->argument == u"-"_s) {
        source->label = DiffCommand::tr("standard input");
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return DiffCommand::tr("Standard input could not be read.");
        }
        // One byte past the cap, so that the size check can refuse without reading more.
        source->bytes = in.read(ComparableInput::MaxInputBytes + 1);
        return {};
    }
    const QFileInfo info(source->argument);
    // An argument that looks like a token (pasted in the wrong place) is never echoed.
    source->label = mayBeSecret(source->argument) ? which : u"“%1”"_s.arg(source->argument);
    if (info.exists() && !info.isFile()) {
        return DiffCommand::tr("Cannot read %1: it is not a regular file.").arg(source->label);
    }
    TextFile::Bytes file = TextFile::readBytes(source->argument, ComparableInput::MaxInputBytes);
    switch (file.error.reason()) {
    case FileError::Reason::None:
        source->bytes = std::move(file.bytes);
        return {};
    case FileError::Reason::NotFound:
        return DiffCommand::tr("Cannot read %1: there is no such file.").arg(source->label);
    case FileError::Reason::TooLarge:
        return DiffCommand::tr("Cannot read %1: it is larger than %2 MiB.")
            .arg(source->label)
            .arg(ComparableInput::MaxInputBytes / (1024 * 1024));
    default:
        return DiffCommand::tr("Cannot read %1.").arg(source->label);
    }
}

QString compactText(const QJsonValue& value, bool shorten)
{
    QString text = ComparableInput::compactText(value);
    if (shorten && text.size() > DiffCommand::MaxValueCharacters) {
        text = text.left(DiffCommand::MaxValueCharacters - 1) + u'…';
    }
    return text;
}

// The first few ignored paths, as the difference lines show paths.
QString ignoredText(const QStringList& ignored)
{
    constexpr qsizetype Shown = 8;
    QStringList shown;
    for (const QString& path : ignored.mid(0, Shown)) {
        shown << JsonPath::withoutRoot(path);
    }
    if (ignored.size() > Shown) {
        shown << u"…"_s;
    }
    return shown.join(u", "_s);
}

// shorten is false for the tokens --show-secrets asked to see.
QString differenceLine(const JsonDifference& difference, bool shorten)
{
    const QString path = JsonPath::withoutRoot(difference.path);
    switch (difference.kind) {
    case JsonDifference::Kind::Added:
        return u"+ %1: %2"_s.arg(path, compactText(difference.after, shorten));
    case JsonDifference::Kind::Removed:
        return u"- %1: %2"_s.arg(path, compactText(difference.before, shorten));
    case JsonDifference::Kind::Changed:
    case JsonDifference::Kind::TypeChanged:
        break;
    }
    const QString before = compactText(difference.before, shorten);
    const QString after = compactText(difference.after, shorten);
    if (before == after && ComparableInput::isSecretShape(difference.before)
        && ComparableInput::isSecretShape(difference.after)) {
        // Two token shapes of equal length and ending: their digests differ.
        return DiffCommand::tr("~ %1: %2 → another value of the same length and ending").arg(path, before);
    }
    if (before == after) {
        // Two long values that differ only beyond what is shown.
        return DiffCommand::tr("~ %1: %2 → a value that differs further on").arg(path, before);
    }
    return u"~ %1: %2 → %3"_s.arg(path, before, after);
}

QString pluralKind(ComparableInput::Kind kind)
{
    switch (kind) {
    case ComparableInput::Kind::Jwt:
        return DiffCommand::tr("the two JWTs");
    case ComparableInput::Kind::AuthTicket:
        return DiffCommand::tr("the two auth tickets");
    case ComparableInput::Kind::CustomerAccount:
        return DiffCommand::tr("the two customer accounts");
    case ComparableInput::Kind::Unknown:
        break;
    }
    return DiffCommand::tr("the two inputs");
}

QJsonObject jsonReport(const InputComparison& comparison)
{
    QJsonArray differences;
    for (const JsonDifference& difference : comparison.result.differences) {
        QJsonObject entry { { u"path"_s, difference.path },
            { u"change"_s, JsonDifference::kindName(difference.kind) } };
        if (!difference.before.isUndefined()) {
            entry.insert(u"before"_s, ComparableInput::presentable(difference.before));
        }
        if (!difference.after.isUndefined()) {
            entry.insert(u"after"_s, ComparableInput::presentable(difference.after));
        }
        if (!difference.beforePath.isEmpty() && !difference.afterPath.isEmpty()
            && difference.beforePath != difference.afterPath) {
            entry.insert(u"beforePath"_s, difference.beforePath);
            entry.insert(u"afterPath"_s, difference.afterPath);
        }
        differences.append(entry);
    }
    return QJsonObject {
        { u"kindA"_s, ComparableInput::kindName(comparison.first.kind) },
        { u"kindB"_s, ComparableInput::kindName(comparison.second.kind) },
        { u"equal"_s, comparison.result.isEqual() },
        { u"differences"_s, differences },
        { u"ignored"_s, QJsonArray::fromStringList(comparison.result.ignored) },
    };
}

} // namespace

int DiffCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare two JWTs, two auth tickets or two customer accounts field by field: members by name in any "
           "order, numbers by value, contacts and attributes by their id. Each input is a file holding a compact "
           "JWT on one line, an auth-ticket JSON or a customer-account JSON, or - for standard input (for one "
           "of them). Tokens are never taken from the command line.\n"
           "One line per difference: “+ path: value” added, “- path: value” removed, “~ path: before → after” "
           "changed. Token values are shown redacted unless --show-secrets is given.\n"
           "Exit codes: 0 no differences, 1 differences found, 2 usage error, 4 input not understood "
           "(unreadable, not JSON or a JWT, two kinds, or over 32 MiB)."));
    CliCommands::prepare(parser, u"diff"_s);
    parser.addPositionalArgument(u"A"_s, tr("The first file, or - for standard input."));
    parser.addPositionalArgument(u"B"_s, tr("The second file, or - for standard input."));
    parser.addOption({ u"ignore-volatile"_s,
        tr("Ignore what changes with every login: iat, exp, nbf, jti, rnd, sid, session ids, ticket expiry times "
           "and the tokens themselves.") });
    parser.addOption({ u"ignore"_s,
        tr("Ignore a path as printed (e.g. payload.exp or $.contacts[*].auditInfo; [*] is any index, .* any "
           "member), or a member anywhere with ..NAME. May be repeated."),
        u"PATH"_s });
    if (const auto done = CommandParser::parse(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            tr("diff needs two inputs: two files, or one file and - for standard input."));
    }
    Source first { positional.at(1), {}, {} };
    Source second { positional.at(2), {}, {} };
    if (first.argument == u"-"_s && second.argument == u"-"_s) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, tr("Only one of the inputs can be standard input."));
    }
    for (const Source* source : { &first, &second }) {
        if (source->argument != u"-"_s && !QFileInfo::exists(source->argument) && mayBeSecret(source->argument)) {
            return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                tr("A token is never accepted on the command line, where other users and the shell "
                   "history can see it: put it in a file, or pass - and write it to standard input."));
        }
    }
    const QStringList ignored = parser.values(u"ignore"_s);
    for (const QString& pattern : ignored) {
        if (!JsonDiff::isValidPattern(pattern)) {
            return CliOutput::fail(
                CliRunner::UsageError, u"usage"_s, tr("“%1” is not a path that --ignore understands.").arg(pattern));
        }
    }

    for (const auto& [source, isFirst] : { std::pair { &first, true }, std::pair { &second, false } }) {
        const QString error = read(source, isFirst);
        if (!error.isEmpty()) {
            return CliOutput::fail(CliRunner::NotUnderstood, u"input-not-understood"_s, error);
        }
    }

    const bool showSecrets = parser.isSet(u"show-secrets"_s);
    JsonDiff::Options options;
    options.ignoreVolatile = parser.isSet(u"ignore-volatile"_s);
    options.ignoredPaths = ignored;
    const auto secrets = showSecrets ? ComparableInput::Secrets::Keep : ComparableInput::Secrets::Shapes;
    const ComparableInput a = ComparableInput::fromBytes(first.bytes, secrets);
    const ComparableInput b = ComparableInput::fromBytes(second.bytes, secrets);
    for (const auto& [input, source] : { std::pair { &a, &first }, std::pair { &b, &second } }) {
        if (!input->isValid()) {
            return CliOutput::fail(CliRunner::NotUnderstood, u"input-not-understood"_s,
                tr("Cannot compare %1: %2").arg(source->label, input->error));
        }
    }
    const InputComparison comparison = InputComparison::compare(a, b, options);
    if (!comparison.isValid()) {
        return CliOutput::fail(CliRunner::NotUnderstood, u"input-not-understood"_s, comparison.error);
    }

    const JsonDiff::Result& result = comparison.result;
    if (CliOutput::jsonRequested()) {
        if (result.isEqual()) {
            CliOutput::json(jsonReport(comparison));
            return Equal;
        }
        // Differences are diff's answer, as with diff(1), and still a non-zero exit: the report comes with an error
        // object like every other non-zero exit.
        return CliOutput::fail(Different, u"differences"_s,
            tr("Differences between %1: %2.").arg(pluralKind(a.kind)).arg(result.differences.size()), {},
            jsonReport(comparison));
    }
    {
        QStringList lines;
        for (const JsonDifference& difference : result.differences) {
            const bool secret
                = a.secretPaths.contains(difference.beforePath) || b.secretPaths.contains(difference.afterPath);
            lines << differenceLine(difference, !(showSecrets && secret));
        }
        const QString kinds = pluralKind(a.kind);
        QString summary = result.isEqual()
            ? tr("No differences between %1.").arg(kinds)
            : tr("Differences between %1: %2.").arg(kinds).arg(result.differences.size());
        if (!result.ignored.isEmpty()) {
            summary += u' '
                + tr("Ignored, though different: %1 (%2).").arg(result.ignored.size()).arg(ignoredText(result.ignored));
        }
        lines << summary;
        if (!showSecrets && (!a.secretPaths.isEmpty() || !b.secretPaths.isEmpty())) {
            lines << tr("Tokens are compared by their redacted shape; add --show-secrets to print them.");
        }
        CliOutput::out(lines.join(u'\n'));
    }
    return result.isEqual() ? Equal : Different;
}
