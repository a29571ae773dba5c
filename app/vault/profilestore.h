#pragma once

#include "kibo/kiboprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;

// The named profiles the GUI and the CLI share, kept in QSettings (group "Profiles"): only non-secret
// fields, never a client secret (that lives in the keychain, see ClientSecretStore). The demo profile is
// always first and cannot be changed or removed; its hosts are those of the running demo tenant
// (setDemoBaseUrl), empty while none runs. Every change is checked first and answers with a translated
// message, empty on success; a refused change writes nothing. Import and export use a versioned JSON
// document that never holds a secret; a bad file changes nothing.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // What became of one entry of an imported file.
    struct ImportEntry
    {
        enum class Outcome
        {
            Added,
            Renamed, // added under newName, because the name was taken by a different profile
            Skipped, // not added; reason says why
        };
        Outcome outcome = Outcome::Added;
        QString name; // as in the file ("#3" when the entry has none)
        QString newName;
        QString reason;
        // One translated line for the user, e.g. "“Acme” was skipped: the tenant id is missing."
        QString message() const;
    };

    struct ImportReport
    {
        QString error; // the whole file was refused (nothing changed) when not empty
        QList<ImportEntry> entries;
        bool ok() const { return error.isEmpty(); }
        int addedCount() const;
        QStringList messages() const;
    };

    // settings: where profiles live; nullptr means the application's default QSettings.
    explicit ProfileStore(QSettings* settings = nullptr);
    ~ProfileStore();
    Q_DISABLE_COPY_MOVE(ProfileStore)

    // "Demo": the name of the built-in profile (not translated: scripts use it with --profile).
    static QString demoName();
    static bool isDemoName(const QString& name);

    // The demo profile's hosts follow the running demo tenant; an empty URL clears them.
    void setDemoBaseUrl(const QUrl& baseUrl);
    QUrl demoBaseUrl() const;
    KiboProfile demoProfile() const;

    // The demo profile first, then the saved ones in the order they were added.
    QList<KiboProfile> profiles() const;
    QStringList names() const;
    // By name, ignoring case; std::nullopt when there is none.
    std::optional<KiboProfile> profile(const QString& name) const;
    bool contains(const QString& name) const;

    // Empty when profile could be saved under its name; replacing names the profile it would replace
    // (so that keeping one's own name is no duplicate).
    QString validate(const KiboProfile& profile, const QString& replacing = QString()) const;
    QString add(const KiboProfile& profile);
    // Replaces the profile called name (the new one may carry another name: a rename).
    QString update(const QString& name, const KiboProfile& profile);
    QString rename(const QString& name, const QString& newName);
    QString remove(const QString& name);

    // Export of the named saved profiles (all saved ones when names is empty); never the demo profile.
    QByteArray exportJson(const QStringList& names = QStringList()) const;
    // Adds the entries of an exported document; see ImportEntry for what happens to each.
    ImportReport importJson(const QByteArray& document);

    // The saved profiles, without the demo profile.
    QList<KiboProfile> savedProfiles() const;
    // Replaces every saved profile at once (the profile dialog's OK): each is checked against the others
    // first; on a problem nothing is written and the message names the profile.
    QString replaceAll(const QList<KiboProfile>& profiles);

    // The same rules on a list of one's own (the profile dialog's working copy): the check of one
    // profile against the others, the export document, and an import into the list.
    // field, when given, names the field at fault (for the dialog's focus).
    enum class Field
    {
        None,
        Name,
        TenantId,
        SiteId,
        Catalogs,
        ClientId,
        DataCentre,
        ApiHost,
        AuthHost,
    };
    static QString validate(const KiboProfile& profile, const QList<KiboProfile>& others, Field* field = nullptr);
    static QByteArray toDocument(const QList<KiboProfile>& profiles);
    static ImportReport importInto(QList<KiboProfile>* profiles, const QByteArray& document);

    // The JSON shape of one profile in the export and in `profile list --json` (only non-empty fields).
    static QJsonObject toJson(const KiboProfile& profile);
    static KiboProfile fromJson(const QJsonObject& object);

    // Keeps where a lookup found the tenant of the saved profile used.name (its tenantDomain; no secret) when
    // that profile still names the same tenant at the same home host as used. True when the file changed.
    bool rememberTenantDomain(const KiboProfile& used, const QString& domain);

    static constexpr int FormatVersion = 2; // 2: dataCentre and tenantDomain replace region and environment
    static constexpr qint64 MaxImportSize = 1024 * 1024;

    // "wanted (2)", "wanted (3)"…: the first name neither taken nor the demo profile's.
    static QString uniqueName(const QString& wanted, const QList<KiboProfile>& taken);

private:
    void writeSaved(const QList<KiboProfile>& profiles);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
    QUrl m_demoBaseUrl;
};
