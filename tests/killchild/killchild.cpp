// The child that tests/testkillsafety.cpp kills: it saves one kind of file in a loop, forever, through the real
// product class and its real save path, each save a whole version the test can recognise. It starts from the
// version the product's own loader reads back (after SettingsFile::recover(), as the product starts), prints "ready"
// once the first save has landed, and never stops by itself. Usage: killchild history|profiles|network|bundle <folder>;
// XDG_CONFIG_HOME and XDG_DATA_HOME point into the test's folder.
#include "atomicfile.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "kibo/networksettings.h"
#include "settingsfile.h"
#include "share/supportbundle.h"
#include "vault/historystore.h"
#include "vault/profilestore.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStringList>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void announceReady()
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
}

// History: each save appends one entry whose elapsedMs is one more than the last one kept.
[[noreturn]] void saveHistory()
{
    HistoryStore store;
    store.setCapPerProfile(100);
    const QList<HistoryEntry> kept = store.entries();
    qint64 next = kept.isEmpty() ? 1 : kept.constLast().elapsedMs + 1;
    bool ready = false;
    for (;;) {
        HistoryEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.profile = u"Kill"_s;
        entry.operation = u"Login"_s;
        entry.outcome = HistoryEntry::OutcomeTicket;
        entry.elapsedMs = next++;
        if (store.record(entry) && !ready) {
            announceReady();
            ready = true;
        }
    }
}

// Profiles: version v is v % 7 + 1 profiles, every one with siteId v.
[[noreturn]] void saveProfiles()
{
    ProfileStore store;
    const QList<KiboProfile> kept = store.savedProfiles();
    int version = kept.isEmpty() ? 1 : kept.constFirst().siteId.value_or(0) + 1;
    bool ready = false;
    for (;;) {
        QList<KiboProfile> profiles;
        for (int i = 0; i < version % 7 + 1; ++i) {
            KiboProfile profile;
            profile.name = u"Kill %1"_s.arg(i);
            profile.tenantId = 1000 + i;
            profile.siteId = version;
            profile.dataCentre = u"us"_s;
            profile.clientId = u"kill.tokeninspector.1.0.0.Release"_s;
            profiles.append(profile);
        }
        const QString problem = store.replaceAll(profiles);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            std::exit(3);
        }
        if (!ready) {
            announceReady();
            ready = true;
        }
        ++version;
    }
}

// Network settings: version t is a transfer timeout of t (1–500) seconds and an overall deadline of t + 1000.
[[noreturn]] void saveNetwork()
{
    int timeout = NetworkSettings::load().transferTimeoutSeconds;
    bool ready = false;
    for (;;) {
        timeout = timeout % 500 + 1;
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::None;
        settings.transferTimeoutSeconds = timeout;
        settings.overallDeadlineSeconds = timeout + 1000;
        QStringList errors;
        if (!settings.save(&errors)) {
            std::fprintf(stderr, "%s\n", qPrintable(errors.join(u' ')));
            std::exit(3);
        }
        if (!ready) {
            announceReady();
            ready = true;
        }
    }
}

// Support bundle: version v is the JSON bundle of a call that took v ms, for the profile "Kill v" of tenant v, written
// as the GUI's Save Support Bundle writes it.
[[noreturn]] void saveBundle(const QString& folder)
{
    const QString path = QDir(folder).filePath(u"bundle.json"_s);
    qint64 version = 1;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonObject kept = QJsonDocument::fromJson(existing.readAll()).object();
        version = kept.value(u"profile"_s).toObject().value(u"tenantId"_s).toInteger() + 1;
    }
    bool ready = false;
    for (;;) {
        AuthTicketResult result;
        result.httpStatus = 200;
        result.elapsedMs = version;
        KiboProfile profile;
        profile.name = u"Kill %1"_s.arg(version);
        profile.tenantId = int(version);
        profile.dataCentre = u"us"_s;
        const QByteArray bytes
            = QJsonDocument(SupportBundle::toJson(result, profile, QDateTime::currentDateTimeUtc())).toJson();
        const FileError error = AtomicFile::write(path, bytes);
        if (error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            std::exit(3);
        }
        if (!ready) {
            announceReady();
            ready = true;
        }
        ++version;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"" KTI_APP_ID ""_s);
    QCoreApplication::setOrganizationDomain(u"kibotokeninspector.github.io"_s);
    QCoreApplication::setApplicationName(u"" KTI_EXECUTABLE ""_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: killchild history|profiles|network|bundle FOLDER\n", stderr);
        return 2;
    }
    const QString& kind = args.at(1);
    // As the window and the commands start: a settings file that cannot be read is set aside, with a word.
    const QString settingsProblem = SettingsFile::recover(QSettings().fileName());
    if (!settingsProblem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(settingsProblem));
    }
    if (kind == u"history"_s) {
        saveHistory();
    } else if (kind == u"profiles"_s) {
        saveProfiles();
    } else if (kind == u"network"_s) {
        saveNetwork();
    } else if (kind == u"bundle"_s) {
        saveBundle(args.at(2));
    }
    std::fputs("unknown kind\n", stderr);
    return 2;
}
