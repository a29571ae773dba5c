#include "vault/profilestore.h"

#include "kibo/kibohosts.h"
#include "logging.h"
#include "secrets/secretpolicy.h"
#include "settingsfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSettings>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QString Group = u"Profiles"_s;
const QString ListKey = u"list"_s;
const QString VersionKey = u"version"_s;
const QString Format = u"kibo-token-inspector-profiles"_s;
constexpr int MaxNameLength = 80;

std::optional<int> jsonInt(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::floor(number) != number || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return int(number);
}

KiboProfile trimmed(KiboProfile profile)
{
    for (QString* text :
        { &profile.name, &profile.dataCentre, &profile.apiHost, &profile.authHost, &profile.tenantDomain,
            &profile.clientId, &profile.locale, &profile.currency, &profile.dataViewMode, &profile.caBundlePath }) {
        *text = text->trimmed();
    }
    return profile;
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

bool sameName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool sameSettings(const KiboProfile& a, const KiboProfile& b)
{
    QJsonObject left = ProfileStore::toJson(a);
    QJsonObject right = ProfileStore::toJson(b);
    left.remove(u"name"_s);
    right.remove(u"name"_s);
    return left == right;
}

} // namespace

QString ProfileStore::ImportEntry::message() const
{
    switch (outcome) {
    case Outcome::Added:
        return reason.isEmpty() ? tr("“%1” was added.").arg(name) : tr("“%1” was added; %2").arg(name, reason);
    case Outcome::Renamed:
        return tr("“%1” was added as “%2”, because a different profile has that name.").arg(name, newName);
    case Outcome::Skipped:
        return tr("“%1” was skipped: %2").arg(name, reason);
    }
    return {};
}

int ProfileStore::ImportReport::addedCount() const
{
    int count = 0;
    for (const ImportEntry& entry : entries) {
        count += entry.outcome == ImportEntry::Outcome::Skipped ? 0 : 1;
    }
    return count;
}

QStringList ProfileStore::ImportReport::messages() const
{
    QStringList lines;
    for (const ImportEntry& entry : entries) {
        lines.append(entry.message());
    }
    return lines;
}

ProfileStore::ProfileStore(QSettings* settings)
    : m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::demoName()
{
    return u"Demo"_s;
}

bool ProfileStore::isDemoName(const QString& name)
{
    return sameName(name, demoName());
}

void ProfileStore::setDemoBaseUrl(const QUrl& baseUrl)
{
    m_demoBaseUrl = baseUrl;
}

QUrl ProfileStore::demoBaseUrl() const
{
    return m_demoBaseUrl;
}

KiboProfile ProfileStore::demoProfile() const
{
    KiboProfile profile = KiboProfile::demo(m_demoBaseUrl);
    profile.name = demoName();
    if (!m_demoBaseUrl.isValid() || m_demoBaseUrl.isEmpty()) {
        profile.authHost.clear();
    }
    return profile;
}

QList<KiboProfile> ProfileStore::profiles() const
{
    QList<KiboProfile> all { demoProfile() };
    all.append(savedProfiles());
    return all;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const KiboProfile& profile : profiles()) {
        names.append(profile.name);
    }
    return names;
}

std::optional<KiboProfile> ProfileStore::profile(const QString& name) const
{
    for (const KiboProfile& profile : profiles()) {
        if (sameName(profile.name, name)) {
            return profile;
        }
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString& name) const
{
    return profile(name).has_value();
}

QString ProfileStore::validate(const KiboProfile& unclean, const QList<KiboProfile>& others, Field* field)
{
    const KiboProfile profile = trimmed(unclean);
    Field unused = Field::None;
    Field& at = field ? *field : unused;
    at = Field::Name;
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        return tr("Enter a name for the profile.");
    }
    if (name.size() > MaxNameLength) {
        return tr("The profile name is too long; use at most %1 characters.").arg(MaxNameLength);
    }
    if (hasControlCharacter(name)) {
        return tr("The profile name may not contain line breaks or other control characters.");
    }
    if (ProfileStore::isDemoName(name)) {
        return tr("“%1” is the built-in demo profile; choose another name.").arg(name);
    }
    for (const KiboProfile& other : others) {
        if (sameName(other.name, name)) {
            return tr("A profile named “%1” already exists; choose another name.").arg(other.name);
        }
    }
    at = Field::TenantId;
    if (profile.tenantId <= 0) {
        return tr("Enter the tenant id (a positive number).");
    }
    at = Field::SiteId;
    if (profile.siteId && *profile.siteId <= 0) {
        return tr("The site id must be a positive number.");
    }
    at = Field::Catalogs;
    if ((profile.catalogId && *profile.catalogId <= 0) || (profile.masterCatalogId && *profile.masterCatalogId <= 0)) {
        return tr("The catalog and master catalog ids must be positive numbers.");
    }
    at = Field::ClientId;
    const QString clientId = profile.clientId.trimmed();
    if (clientId.isEmpty()) {
        return tr("Enter the application key (client id).");
    }
    if (clientId.contains(u' ') || hasControlCharacter(clientId)) {
        return tr("The application key (client id) may not contain spaces.");
    }
    QString hostError;
    at = profile.usesCustomHome() ? Field::AuthHost : Field::DataCentre;
    if (!KiboHosts::authApiBase(profile, &hostError).isValid()) {
        return hostError;
    }
    at = Field::ApiHost;
    KiboHosts::apiHostOverride(profile, &hostError);
    if (!hostError.isEmpty()) {
        return hostError;
    }
    at = Field::None;
    return {};
}

QString ProfileStore::validate(const KiboProfile& profile, const QString& replacing) const
{
    QList<KiboProfile> others = savedProfiles();
    if (!replacing.isEmpty()) {
        others.removeIf([&replacing](const KiboProfile& other) { return sameName(other.name, replacing); });
    }
    return validate(trimmed(profile), others);
}

QString ProfileStore::add(const KiboProfile& profile)
{
    const KiboProfile clean = trimmed(profile);
    QList<KiboProfile> saved = savedProfiles();
    if (const QString error = validate(clean, saved); !error.isEmpty()) {
        return error;
    }
    saved.append(clean);
    writeSaved(saved);
    qCInfo(lcVault) << "profile added:" << clean.name;
    return {};
}

QString ProfileStore::update(const QString& name, const KiboProfile& profile)
{
    if (isDemoName(name)) {
        return tr("The demo profile cannot be changed; duplicate it to make your own.");
    }
    QList<KiboProfile> saved = savedProfiles();
    const auto found = std::find_if(
        saved.begin(), saved.end(), [&name](const KiboProfile& other) { return sameName(other.name, name); });
    if (found == saved.end()) {
        return tr("There is no profile named “%1”.").arg(name);
    }
    const qsizetype index = found - saved.begin();
    QList<KiboProfile> others = saved;
    others.removeAt(index);
    const KiboProfile clean = trimmed(profile);
    if (const QString error = validate(clean, others); !error.isEmpty()) {
        return error;
    }
    saved[index] = clean;
    writeSaved(saved);
    qCInfo(lcVault) << "profile updated:" << clean.name;
    return {};
}

QString ProfileStore::rename(const QString& name, const QString& newName)
{
    const std::optional<KiboProfile> existing = isDemoName(name) ? std::nullopt : profile(name);
    if (isDemoName(name)) {
        return tr("The demo profile cannot be renamed.");
    }
    if (!existing) {
        return tr("There is no profile named “%1”.").arg(name);
    }
    KiboProfile renamed = *existing;
    renamed.name = newName;
    return update(name, renamed);
}

QString ProfileStore::remove(const QString& name)
{
    if (isDemoName(name)) {
        return tr("The demo profile is built in and cannot be removed.");
    }
    QList<KiboProfile> saved = savedProfiles();
    const qsizetype removed = saved.removeIf([&name](const KiboProfile& other) { return sameName(other.name, name); });
    if (removed == 0) {
        return tr("There is no profile named “%1”.").arg(name);
    }
    writeSaved(saved);
    qCInfo(lcVault) << "profile removed:" << name;
    return {};
}

bool ProfileStore::rememberTenantDomain(const KiboProfile& used, const QString& domain)
{
    if (isDemoName(used.name) || domain.isEmpty()) {
        return false;
    }
    std::optional<KiboProfile> saved = profile(used.name);
    // A panel edited away from its profile (another tenant or home host) says nothing about the saved one.
    if (!saved || saved->tenantDomain == domain || KiboHosts::tenantKey(*saved) != KiboHosts::tenantKey(used)) {
        return false;
    }
    saved->tenantDomain = domain;
    if (const QString problem = update(used.name, *saved); !problem.isEmpty()) {
        qCWarning(lcVault) << "the tenant's host was not kept in the profile:" << problem;
        return false;
    }
    return true;
}

QJsonObject ProfileStore::toJson(const KiboProfile& profile)
{
    QJsonObject object;
    const auto text = [&object](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            object.insert(key, value);
        }
    };
    const auto number = [&object](const QString& key, const std::optional<int>& value) {
        if (value) {
            object.insert(key, *value);
        }
    };
    text(u"name"_s, profile.name);
    if (profile.tenantId != 0) {
        object.insert(u"tenantId"_s, profile.tenantId);
    }
    number(u"siteId"_s, profile.siteId);
    text(u"dataCentre"_s, profile.effectiveDataCentre());
    text(u"apiHost"_s, profile.apiHost);
    text(u"authHost"_s, profile.authHost);
    text(u"tenantDomain"_s, profile.tenantDomain);
    text(u"clientId"_s, profile.clientId);
    text(u"locale"_s, profile.locale);
    text(u"currency"_s, profile.currency);
    number(u"masterCatalogId"_s, profile.masterCatalogId);
    number(u"catalogId"_s, profile.catalogId);
    text(u"dataViewMode"_s, profile.dataViewMode);
    text(u"caBundlePath"_s, profile.caBundlePath);
    return object;
}

KiboProfile ProfileStore::fromJson(const QJsonObject& object)
{
    KiboProfile profile;
    profile.name = object.value(u"name"_s).toString();
    profile.tenantId = jsonInt(object.value(u"tenantId"_s)).value_or(0);
    profile.siteId = jsonInt(object.value(u"siteId"_s));
    profile.apiHost = object.value(u"apiHost"_s).toString();
    profile.authHost = object.value(u"authHost"_s).toString();
    profile.tenantDomain = object.value(u"tenantDomain"_s).toString();
    // Format 1 named a region and a pod guess ("environment") instead of the data centre.
    profile.dataCentre = object.contains(u"dataCentre"_s)
        ? object.value(u"dataCentre"_s).toString()
        : KiboProfile::dataCentreFromLegacy(object.value(u"region"_s).toString(), profile.authHost);
    profile.clientId = object.value(u"clientId"_s).toString();
    profile.locale = object.value(u"locale"_s).toString();
    profile.currency = object.value(u"currency"_s).toString();
    profile.masterCatalogId = jsonInt(object.value(u"masterCatalogId"_s));
    profile.catalogId = jsonInt(object.value(u"catalogId"_s));
    profile.dataViewMode = object.value(u"dataViewMode"_s).toString();
    profile.caBundlePath = object.value(u"caBundlePath"_s).toString();
    return profile;
}

QByteArray ProfileStore::exportJson(const QStringList& names) const
{
    QList<KiboProfile> wanted = savedProfiles();
    if (!names.isEmpty()) {
        wanted.removeIf([&names](const KiboProfile& profile) {
            return std::none_of(
                names.begin(), names.end(), [&profile](const QString& name) { return sameName(name, profile.name); });
        });
    }
    return toDocument(wanted);
}

QByteArray ProfileStore::toDocument(const QList<KiboProfile>& profiles)
{
    QJsonArray list;
    for (const KiboProfile& profile : profiles) {
        if (!isDemoName(profile.name)) {
            list.append(toJson(profile));
        }
    }
    const QJsonObject document { { u"format"_s, Format }, { u"version"_s, FormatVersion }, { u"profiles"_s, list } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ProfileStore::ImportReport ProfileStore::importJson(const QByteArray& document)
{
    QList<KiboProfile> saved = savedProfiles();
    const ImportReport report = importInto(&saved, document);
    if (report.addedCount() > 0) {
        writeSaved(saved);
    }
    return report;
}

ProfileStore::ImportReport ProfileStore::importInto(QList<KiboProfile>* profiles, const QByteArray& document)
{
    ImportReport report;
    if (document.size() > MaxImportSize) {
        report.error = tr("The file is too large for a profile export (more than 1 MB); nothing was imported.");
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        report.error = tr("The file is not a profile export (it is not a JSON object); nothing was imported.");
        return report;
    }
    const QJsonObject root = json.object();
    if (root.value(u"format"_s).toString() != Format || !root.value(u"profiles"_s).isArray()) {
        report.error = tr("The file is not a Kibo Token Inspector profile export; nothing was imported.");
        return report;
    }
    const std::optional<int> version = jsonInt(root.value(u"version"_s));
    if (!version || *version < 1) {
        report.error = tr("The profile export has no valid format version; nothing was imported.");
        return report;
    }
    if (*version > FormatVersion) {
        report.error = tr("The profile export uses format %1, written by a newer version; this version reads "
                          "format %2. Nothing was imported.")
                           .arg(*version)
                           .arg(FormatVersion);
        return report;
    }

    QList<KiboProfile> saved = *profiles;
    const QJsonArray entries = root.value(u"profiles"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ImportEntry entry;
        const QJsonObject object = entries.at(i).toObject();
        entry.name = object.value(u"name"_s).toString().trimmed();
        if (entry.name.isEmpty()) {
            entry.name = tr("entry %1").arg(i + 1);
        }
        if (!entries.at(i).isObject()) {
            entry.outcome = ImportEntry::Outcome::Skipped;
            entry.reason = tr("it is not a profile.");
            report.entries.append(entry);
            continue;
        }
        // Keys an exported entry must never carry, even a harmless-looking tokenType: dropped, and said so.
        bool secretDropped = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            secretDropped = secretDropped || SecretPolicy::namesSecret(it.key());
        }
        KiboProfile profile = trimmed(fromJson(object));
        if (profile.name.isEmpty()) {
            entry.outcome = ImportEntry::Outcome::Skipped;
            entry.reason = tr("it has no name.");
            report.entries.append(entry);
            continue;
        }
        if (isDemoName(profile.name)) {
            entry.outcome = ImportEntry::Outcome::Skipped;
            entry.reason = tr("the demo profile is built in.");
            report.entries.append(entry);
            continue;
        }
        const auto sameNamed = std::find_if(saved.cbegin(), saved.cend(),
            [&profile](const KiboProfile& other) { return sameName(other.name, profile.name); });
        if (sameNamed != saved.cend()) {
            if (sameSettings(*sameNamed, profile)) {
                entry.outcome = ImportEntry::Outcome::Skipped;
                entry.reason = tr("the same profile is already there.");
                report.entries.append(entry);
                continue;
            }
            profile.name = uniqueName(profile.name, saved);
            entry.outcome = ImportEntry::Outcome::Renamed;
            entry.newName = profile.name;
        }
        if (const QString error = validate(profile, saved); !error.isEmpty()) {
            entry.outcome = ImportEntry::Outcome::Skipped;
            entry.newName.clear();
            entry.reason = error;
            report.entries.append(entry);
            continue;
        }
        if (secretDropped && entry.outcome == ImportEntry::Outcome::Added) {
            entry.reason = tr("a secret in the file was ignored: secrets are never imported.");
        }
        saved.append(profile);
        report.entries.append(entry);
    }
    *profiles = saved;
    qCInfo(lcVault) << "profiles imported:" << report.addedCount() << "of" << entries.size();
    return report;
}

QString ProfileStore::replaceAll(const QList<KiboProfile>& profiles)
{
    QList<KiboProfile> clean;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QList<KiboProfile> others = profiles;
        others.removeAt(i);
        if (const QString error = validate(profiles.at(i), others); !error.isEmpty()) {
            const QString name = profiles.at(i).name.trimmed();
            return name.isEmpty() ? error : tr("Profile “%1”: %2").arg(name, error);
        }
        clean.append(trimmed(profiles.at(i)));
    }
    writeSaved(clean);
    qCInfo(lcVault) << "profiles saved:" << clean.size();
    return {};
}

QList<KiboProfile> ProfileStore::savedProfiles() const
{
    QList<KiboProfile> list;
    m_settings->beginGroup(Group);
    const int count = m_settings->beginReadArray(ListKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        KiboProfile profile;
        const auto number = [this](const QString& key) -> std::optional<int> {
            if (!m_settings->contains(key)) {
                return std::nullopt;
            }
            bool ok = false;
            const int value = m_settings->value(key).toInt(&ok);
            return ok ? std::optional<int>(value) : std::nullopt;
        };
        profile.name = m_settings->value(u"name"_s).toString();
        profile.tenantId = number(u"tenantId"_s).value_or(0);
        profile.siteId = number(u"siteId"_s);
        profile.apiHost = m_settings->value(u"apiHost"_s).toString();
        profile.authHost = m_settings->value(u"authHost"_s).toString();
        profile.tenantDomain = m_settings->value(u"tenantDomain"_s).toString();
        // Profiles saved before data centres (format 1) named a region and a pod guess: migrated on reading,
        // written back in the new form with the next change.
        profile.dataCentre = m_settings->contains(u"dataCentre"_s)
            ? m_settings->value(u"dataCentre"_s).toString()
            : KiboProfile::dataCentreFromLegacy(m_settings->value(u"region"_s).toString(), profile.authHost);
        profile.clientId = m_settings->value(u"clientId"_s).toString();
        profile.locale = m_settings->value(u"locale"_s).toString();
        profile.currency = m_settings->value(u"currency"_s).toString();
        profile.masterCatalogId = number(u"masterCatalogId"_s);
        profile.catalogId = number(u"catalogId"_s);
        profile.dataViewMode = m_settings->value(u"dataViewMode"_s).toString();
        profile.caBundlePath = m_settings->value(u"caBundlePath"_s).toString();
        // A hand-edited file may hold anything: a nameless or demo-named entry is not a profile.
        if (!profile.name.trimmed().isEmpty() && !isDemoName(profile.name)) {
            list.append(profile);
        }
    }
    m_settings->endArray();
    m_settings->endGroup();
    return list;
}

void ProfileStore::writeSaved(const QList<KiboProfile>& profiles)
{
    m_settings->beginGroup(Group);
    m_settings->remove(ListKey);
    m_settings->setValue(VersionKey, FormatVersion);
    m_settings->beginWriteArray(ListKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QJsonObject fields = toJson(profiles.at(i));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            m_settings->setValue(it.key(), it.value().toVariant());
        }
    }
    m_settings->endArray();
    m_settings->endGroup();
    SettingsFile::sync(*m_settings);
}

QString ProfileStore::uniqueName(const QString& wanted, const QList<KiboProfile>& taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(wanted).arg(n);
        const bool used = isDemoName(candidate)
            || std::any_of(taken.begin(), taken.end(),
                [&candidate](const KiboProfile& other) { return sameName(other.name, candidate); });
        if (!used) {
            return candidate;
        }
    }
}
