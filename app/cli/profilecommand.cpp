#include "profilecommand.h"

#include "atomicfile.h"
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/clitarget.h"
#include "cli/commandparser.h"
#include "cli/secretinput.h"
#include "kibo/datacentre.h"
#include "kibo/kibocall.h"
#include "kibo/kibohosts.h"
#include "textfile.h"
#include "vault/clientsecretstore.h"
#include "vault/profilestore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> positiveInt(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

// Waits for one keychain answer of the client secret store.
VaultStatus waitForSecretStore(ClientSecretStore& secrets, const std::function<void()>& start, bool removing)
{
    VaultStatus status;
    QEventLoop loop;
    const auto done = [&](const QString&, const VaultStatus& answered) {
        status = answered;
        loop.quit();
    };
    if (removing) {
        QObject::connect(&secrets, &ClientSecretStore::removed, &loop, done);
    } else {
        QObject::connect(&secrets, &ClientSecretStore::stored, &loop, done);
    }
    start();
    loop.exec();
    return status;
}

QString describe(const KiboProfile& profile, bool demo)
{
    QStringList parts { ProfileCommand::tr("tenant %1").arg(profile.tenantId) };
    if (profile.siteId) {
        parts.append(ProfileCommand::tr("site %1").arg(*profile.siteId));
    }
    if (demo) {
        parts.append(ProfileCommand::tr("the demo tenant, started on demand"));
    } else {
        const DataCentre* centre = DataCentre::find(profile.effectiveDataCentre());
        parts.append(centre ? ProfileCommand::tr("data centre %1").arg(centre->key)
                            : ProfileCommand::tr("home %1").arg(KiboHosts::authApiBase(profile).toString()));
        const QUrl override = KiboHosts::apiHostOverride(profile);
        if (!override.isEmpty()) {
            parts.append(ProfileCommand::tr("API host override %1").arg(override.toString()));
        } else if (!profile.tenantDomain.isEmpty()) {
            parts.append(ProfileCommand::tr("last found at %1").arg(profile.tenantDomain));
        }
    }
    parts.append(ProfileCommand::tr("client id %1").arg(profile.clientId));
    return profile.name + u"\n    "_s + parts.join(u", "_s);
}

int list(const QCommandLineParser& parser)
{
    const ProfileStore store;
    const QList<KiboProfile> profiles = store.profiles();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const KiboProfile& profile : profiles) {
            const bool demo = ProfileStore::isDemoName(profile.name);
            QJsonObject object = ProfileStore::toJson(profile);
            object.insert(u"demo"_s, demo);
            if (!demo) {
                object.insert(u"authApiBase"_s, KiboHosts::authApiBase(profile).toString());
                const QUrl override = KiboHosts::apiHostOverride(profile);
                if (!override.isEmpty()) {
                    object.insert(u"apiHostOverride"_s, override.toString());
                }
                object.insert(u"clientSecretKey"_s, ClientSecretStore::entryKey(profile));
            }
            array.append(object);
        }
        CliOutput::json(QJsonObject { { u"profiles"_s, array } });
        return CliRunner::Success;
    }
    QStringList lines;
    for (const KiboProfile& profile : profiles) {
        lines.append(describe(profile, ProfileStore::isDemoName(profile.name)));
    }
    CliOutput::out(lines.join(u'\n'));
    return CliRunner::Success;
}

int add(const QCommandLineParser& parser, const QString& name)
{
    KiboProfile profile;
    profile.name = name;
    if (parser.isSet(u"region"_s)) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            ProfileCommand::tr("--region is no longer used: the tenant's host is looked up at its data "
                               "centre. Give --data-centre NAME instead (%1).")
                .arg(CliTarget::dataCentreList()));
    }
    QString error;
    if (!CliTarget::readTenantOptions(parser, profile, &error)) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, error);
    }
    const auto number = [&parser](const QString& option, std::optional<int>* value) {
        if (!parser.isSet(option)) {
            return true;
        }
        *value = positiveInt(parser.value(option));
        if (!*value) {
            CliOutput::fail(CliRunner::UsageError, u"usage"_s,
                ProfileCommand::tr("--%1 needs a positive whole number, not “%2”.").arg(option, parser.value(option)));
            return false;
        }
        return true;
    };
    if (!number(u"catalog"_s, &profile.catalogId) || !number(u"master-catalog"_s, &profile.masterCatalogId)) {
        return CliRunner::UsageError; // fail() has told why
    }
    profile.locale = parser.value(u"locale"_s);
    profile.currency = parser.value(u"currency"_s);

    ProfileStore store;
    if (const QString problem = store.validate(profile); !problem.isEmpty()) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, problem);
    }
    QString secret;
    if (parser.isSet(u"client-secret-stdin"_s)) {
        QString error;
        const std::optional<QString> line = SecretInput::readLine(ProfileCommand::tr("the client secret"), &error);
        if (!line) {
            return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
        }
        secret = *line;
        // The secret first: when the keychain refuses it, no profile is saved that would lack it.
        ClientSecretStore secrets;
        const VaultStatus status = waitForSecretStore(
            secrets, [&] { secrets.store(profile, secret); }, false);
        if (!status.ok()) {
            return CliOutput::failKeychain(status,
                ProfileCommand::tr("The profile was not saved: its client secret could not be stored: %1")
                    .arg(status.message()));
        }
    }
    if (const QString problem = store.add(profile); !problem.isEmpty()) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, problem);
    }
    if (secret.isEmpty()) {
        CliOutput::out(ProfileCommand::tr("Profile “%1” saved, without a client secret: store it with “profile "
                                          "set-secret NAME”, or give --client-secret-stdin when you use it.")
                           .arg(profile.name.trimmed()));
    } else {
        CliOutput::out(ProfileCommand::tr("Profile “%1” saved; its client secret is in the keychain for %2 only.")
                           .arg(profile.name.trimmed(), ClientSecretStore::boundHost(profile)));
    }
    return CliRunner::Success;
}

int setSecret(const QString& name)
{
    const ProfileStore store;
    const std::optional<KiboProfile> profile = store.profile(name);
    if (!profile || ProfileStore::isDemoName(name)) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            profile ? ProfileCommand::tr("The demo profile needs no client secret.")
                    : ProfileCommand::tr("There is no saved profile named “%1”.").arg(name));
    }
    QString error;
    const std::optional<QString> line = SecretInput::readLine(ProfileCommand::tr("the client secret"), &error);
    if (!line) {
        return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
    }
    ClientSecretStore secrets;
    const VaultStatus status = waitForSecretStore(
        secrets, [&] { secrets.store(*profile, *line); }, false);
    if (!status.ok()) {
        return CliOutput::failKeychain(
            status, ProfileCommand::tr("The client secret could not be stored: %1").arg(status.message()));
    }
    CliOutput::out(ProfileCommand::tr("The client secret of “%1” is in the keychain for %2 only.")
                       .arg(profile->name, ClientSecretStore::boundHost(*profile)));
    return CliRunner::Success;
}

int remove(const QString& name)
{
    ProfileStore store;
    const std::optional<KiboProfile> profile = ProfileStore::isDemoName(name) ? std::nullopt : store.profile(name);
    if (const QString problem = store.remove(name); !problem.isEmpty()) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, problem);
    }
    // The secret goes too, unless another profile uses the same one (same client id and auth host).
    const QString key = ClientSecretStore::entryKey(*profile);
    bool shared = key.isEmpty();
    for (const KiboProfile& other : store.profiles()) {
        shared = shared || (!ProfileStore::isDemoName(other.name) && ClientSecretStore::entryKey(other) == key);
    }
    if (!shared) {
        ClientSecretStore secrets;
        const VaultStatus status = waitForSecretStore(
            secrets, [&] { secrets.remove(*profile); }, true);
        if (!status.ok()) {
            return CliOutput::failKeychain(status,
                ProfileCommand::tr("Profile “%1” removed, but its client secret could not be deleted from "
                                   "the keychain: %2")
                    .arg(profile->name, status.message()));
        }
    }
    CliOutput::out(ProfileCommand::tr("Profile “%1” removed.").arg(profile->name));
    return CliRunner::Success;
}

int exportTo(const QString& fileName)
{
    const ProfileStore store;
    const QByteArray document = store.exportJson();
    if (fileName == u"-"_s) {
        CliOutput::out(QString::fromUtf8(document));
        return CliRunner::Success;
    }
    const FileError error = AtomicFile::write(fileName, document);
    if (error.isError()) {
        return CliOutput::fail(CliRunner::UsageError, u"file-error"_s,
            ProfileCommand::tr("The profiles could not be written to “%1”: %2").arg(fileName, error.reasonText()));
    }
    CliOutput::out(ProfileCommand::tr("Profiles exported to “%1”: %2 (no secrets).")
                       .arg(fileName)
                       .arg(store.profiles().size() - 1));
    return CliRunner::Success;
}

int importFrom(const QString& fileName)
{
    const TextFile::Bytes file = TextFile::readBytes(fileName, ProfileStore::MaxImportSize);
    if (!file.ok()) {
        // Too large is what ProfileStore::importJson refuses as not a profile export.
        const bool tooLarge = file.error.reason() == FileError::Reason::TooLarge;
        return CliOutput::fail(tooLarge ? CliRunner::NotUnderstood : CliRunner::UsageError,
            tooLarge ? u"not-a-profile-export"_s : u"file-error"_s,
            ProfileCommand::tr("The file “%1” could not be read: %2").arg(fileName, file.error.reasonText()));
    }
    ProfileStore store;
    const ProfileStore::ImportReport report = store.importJson(file.bytes);
    if (!report.ok()) {
        return CliOutput::fail(CliRunner::NotUnderstood, u"not-a-profile-export"_s, report.error);
    }
    QStringList lines = report.messages();
    lines.append(ProfileCommand::tr("Profiles imported: %1.").arg(report.addedCount()));
    CliOutput::out(lines.join(u'\n'));
    return CliRunner::Success;
}

} // namespace

int ProfileCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List, add and remove the saved profiles the GUI uses, or export and import them as JSON (never with a "
           "secret).\n"
           "  profile list [--json]\n"
           "  profile add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL]\n"
           "        --client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] [--ca-bundle FILE]\n"
           "        [--client-secret-stdin]\n"
           "  profile remove NAME\n"
           "  profile set-secret NAME   (the client secret on standard input)\n"
           "  profile export FILE | -\n"
           "  profile import FILE\n"
           "The client secret comes from standard input and is stored in the keychain, bound to the profile's "
           "authentication host.\n"
           "Exit codes: 0 success, 2 usage error or invalid profile, 4 the import file is not a profile export, "
           "5 the keychain failed."));
    CliCommands::prepare(parser, u"profile"_s);
    parser.addPositionalArgument(u"action"_s, tr("list, add, remove, set-secret, export or import."));
    parser.addPositionalArgument(u"name"_s, tr("The profile name, or the file for export and import."));
    parser.addOptions({
        { u"locale"_s, tr("The locale, e.g. en-US."), tr("L") },
        { u"currency"_s, tr("The currency, e.g. USD."), tr("C") },
        { u"catalog"_s, tr("The catalog id."), tr("N") },
        { u"master-catalog"_s, tr("The master catalog id."), tr("N") },
        { u"client-secret-stdin"_s,
            tr("Read the application's shared secret from the first line of standard input "
               "and store it in the keychain.") },
    });
    CliTarget::addTenantOptions(parser);
    QCommandLineOption region(u"region"_s, QString(), u"R"_s); // gone; parsed to say what replaces it
    region.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(region);
    if (const auto done = CommandParser::parse(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const auto expect = [&positional, &action](qsizetype count, const QString& what) {
        if (positional.size() == count) {
            return true;
        }
        CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            positional.size() < count ? tr("profile %1 needs %2.").arg(action, what)
                                      : tr("profile %1 takes only %2.").arg(action, what));
        return false;
    };
    if (action == u"list"_s) {
        return expect(2, tr("no further arguments")) ? list(parser) : int(CliRunner::UsageError);
    }
    if (action == u"add"_s) {
        return expect(3, tr("a NAME")) ? add(parser, positional.at(2)) : int(CliRunner::UsageError);
    }
    if (action == u"remove"_s) {
        return expect(3, tr("a NAME")) ? remove(positional.at(2)) : int(CliRunner::UsageError);
    }
    if (action == u"set-secret"_s) {
        return expect(3, tr("a NAME")) ? setSecret(positional.at(2)) : int(CliRunner::UsageError);
    }
    if (action == u"export"_s) {
        return expect(3, tr("a FILE")) ? exportTo(positional.at(2)) : int(CliRunner::UsageError);
    }
    if (action == u"import"_s) {
        return expect(3, tr("a FILE")) ? importFrom(positional.at(2)) : int(CliRunner::UsageError);
    }
    return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
        action.isEmpty()
            ? tr("profile needs an action: list, add, remove, set-secret, export or import.")
            : tr("profile has no action “%1”; use list, add, remove, set-secret, export or import.").arg(action));
}
