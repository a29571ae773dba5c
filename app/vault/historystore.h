#pragma once

#include "fileerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

// One login, refresh or other auth-ticket attempt as the history keeps it. Holds no secret: no
// password, token, code, URL or request body — only what a person needs to find the attempt again
// and to quote it to Kibo support.
struct HistoryEntry
{
    QDateTime at; // UTC
    QString profile;
    QString username; // empty for anonymous and refresh attempts that name no user
    QString operation; // stable, untranslated: CustomerSession::Operation key ("Login", "Refresh", …)
    QString outcome; // stable, untranslated: see the Outcome* constants
    int httpStatus = 0; // 0: no HTTP reply
    QString errorCode; // Kibo's errorCode, or the failure kind ("Timeout", "Tls", …) without one
    qint64 elapsedMs = 0;
    QString correlationId;

    static inline const QString OutcomeTicket = QStringLiteral("ticket");
    static inline const QString OutcomeTwoFactor = QStringLiteral("two-factor");
    static inline const QString OutcomeDone = QStringLiteral("done"); // e.g. a code sent, no ticket expected
    static inline const QString OutcomeRefused = QStringLiteral("refused"); // the server answered no
    static inline const QString OutcomeFailed = QStringLiteral("failed"); // no usable answer (network, TLS, …)

    QJsonObject toJson() const;
    static std::optional<HistoryEntry> fromJson(const QJsonObject& object);
    bool operator==(const HistoryEntry&) const = default;
};

// The per-profile attempt history: a JSON file under QStandardPaths::AppDataLocation, written
// atomically (AtomicFile) with mode 0600, capped per profile, read back on start. JSON and not
// QSettings because the entries are records (QSettings arrays are clumsy), because QSettings would
// silently start over on a corrupt file where this store says so, and because the file's mode is
// set here explicitly. A corrupt file is moved aside (history.json.corrupt) and a fresh history starts.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr int DefaultCapPerProfile = 500;

    // path: the history file; empty = defaultFilePath(). Reads it at once.
    explicit HistoryStore(const QString& path = {}, QObject* parent = nullptr);
    ~HistoryStore() override;

    static QString defaultFilePath(); // <AppDataLocation>/history.json
    QString filePath() const { return m_path; }

    void setCapPerProfile(int cap); // keeps the newest cap entries of each profile
    int capPerProfile() const { return m_cap; }

    // Where the file is written. Off (the default): in record(), clear() and clearAll(), which say whether it was.
    // On (the window): on a thread of its own, one write after the other in the order asked, so that an answer is
    // shown without waiting for the disk (a write ends in fdatasync, milliseconds, and far more on a busy disk);
    // those calls then return true and a failed write sets lastError() and emits changed() when it is known. The
    // destructor waits for the writes asked for.
    void setWritesInBackground(bool on) { m_writesInBackground = on; }
    // Background writes asked for whose outcome is not known here yet (their answer arrives in a turn of the event
    // loop of this store's thread).
    int pendingWrites() const { return m_pendingWrites; }

    // Appends and saves. False (with lastError()) when the file could not be written; the entry is
    // still kept in memory for this run.
    bool record(const HistoryEntry& entry);
    // Oldest first; every profile when profile is empty.
    QList<HistoryEntry> entries(const QString& profile = {}) const;
    QStringList profiles() const; // sorted
    bool clear(const QString& profile);
    bool clearAll();

    // The last problem reading or writing the file, for people (translated); empty when none.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();

private:
    using Entries = QHash<QString, QList<HistoryEntry>>;

    void load();
    bool save();
    static QByteArray serialize(const Entries& entries, qsizetype sizeHint);
    bool reportWrite(const FileError& error);

    QString m_path;
    int m_cap = DefaultCapPerProfile;
    Entries m_entries;
    QString m_lastError;
    qsizetype m_lastSaveBytes = 0; // the size of the last file written, reserved for the next
    bool m_writesInBackground = false;
    int m_pendingWrites = 0;
};
