#include "vault/historystore.h"

#include "atomicfile.h"
#include "logging.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>
#include <QThreadPool>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024; // far above 500 entries × many profiles

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object {
        { u"at"_s, at.toUTC().toString(Qt::ISODateWithMs) },
        { u"profile"_s, profile },
        { u"username"_s, username },
        { u"operation"_s, operation },
        { u"outcome"_s, outcome },
        { u"httpStatus"_s, httpStatus },
        { u"errorCode"_s, errorCode },
        { u"elapsedMs"_s, elapsedMs },
        { u"correlationId"_s, correlationId },
    };
    return object;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject& object)
{
    HistoryEntry entry;
    entry.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs).toUTC();
    entry.profile = object.value(u"profile"_s).toString();
    entry.operation = object.value(u"operation"_s).toString();
    entry.outcome = object.value(u"outcome"_s).toString();
    if (!entry.at.isValid() || entry.operation.isEmpty() || entry.outcome.isEmpty()) {
        return std::nullopt;
    }
    entry.username = object.value(u"username"_s).toString();
    entry.httpStatus = object.value(u"httpStatus"_s).toInt();
    entry.errorCode = object.value(u"errorCode"_s).toString();
    entry.elapsedMs = object.value(u"elapsedMs"_s).toInteger();
    entry.correlationId = object.value(u"correlationId"_s).toString();
    return entry;
}

HistoryStore::HistoryStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultFilePath() : path)
{
    load();
}

namespace {

// The one thread history files are written on, in the order the writes were asked for.
QThreadPool& historyWriter()
{
    struct Writer final : QThreadPool
    {
        Writer() { setMaxThreadCount(1); }
    };
    static Writer pool;
    return pool;
}

} // namespace

HistoryStore::~HistoryStore()
{
    if (m_pendingWrites > 0) {
        historyWriter().waitForDone(); // the last entries reach the file before the window goes
    }
}

QString HistoryStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.json"_s);
}

void HistoryStore::setCapPerProfile(int cap)
{
    m_cap = std::max(1, cap);
}

void HistoryStore::load()
{
    m_entries.clear();
    const TextFile::Bytes file = TextFile::readBytes(m_path, MaxFileBytes);
    if (file.error.reason() == FileError::Reason::NotFound) {
        return;
    }
    QString problem;
    const QByteArray& bytes = file.bytes;
    if (file.error.reason() == FileError::Reason::TooLarge) {
        problem = tr("it is larger than any history should be");
    } else if (!file.ok()) {
        problem = tr("it cannot be opened");
    }
    QJsonObject root;
    if (problem.isEmpty()) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            problem = tr("it is not valid JSON");
        } else if (document.object().value(u"version"_s).toInt() != FormatVersion) {
            problem = tr("it has an unknown format version");
        } else {
            root = document.object();
        }
    }
    if (problem.isEmpty()) {
        const QJsonObject profiles = root.value(u"profiles"_s).toObject();
        for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
            QList<HistoryEntry> list;
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue& value : array) {
                if (std::optional<HistoryEntry> entry = HistoryEntry::fromJson(value.toObject())) {
                    entry->profile = it.key();
                    list.append(*entry);
                }
            }
            if (list.size() > m_cap) {
                list = list.mid(list.size() - m_cap);
            }
            if (!list.isEmpty()) {
                m_entries.insert(it.key(), list);
            }
        }
        return;
    }
    // Keep the unreadable file for a look, out of the way, and start afresh.
    const QString aside = AtomicFile::setAside(m_path);
    m_lastError = !aside.isEmpty()
        ? tr("The history file “%1” could not be read (%2). It was set aside as “%3” and a new "
             "history begins.")
              .arg(QDir::toNativeSeparators(m_path), problem, QDir::toNativeSeparators(aside))
        : tr("The history file “%1” could not be read (%2). A new history begins.")
              .arg(QDir::toNativeSeparators(m_path), problem);
    qCWarning(lcVault).noquote() << "history file unreadable:" << problem;
}

// The text is written entry by entry into one buffer the size of the last save, not made from one QJsonObject of every
// entry: at the cap that tree is thousands of small blocks a save per refresh left scattered over the heap (0.7 MB
// more resident over 1,000 refreshes). Each entry on a line of its own; the file reads as it always did.
QByteArray HistoryStore::serialize(const Entries& entries, qsizetype sizeHint)
{
    QByteArray bytes;
    bytes.reserve(sizeHint + sizeHint / 8 + 1024);
    bytes += "{\n\"profiles\": {";
    bool firstProfile = true;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        bytes += firstProfile ? "\n" : ",\n";
        firstProfile = false;
        const QByteArray key = QJsonDocument(QJsonArray { it.key() }).toJson(QJsonDocument::Compact); // ["name"]
        bytes += key.mid(1, key.size() - 2) + ": [";
        bool firstEntry = true;
        for (const HistoryEntry& entry : it.value()) {
            QJsonObject object = entry.toJson();
            object.remove(u"profile"_s); // the key says it
            bytes += firstEntry ? "\n" : ",\n";
            firstEntry = false;
            bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        bytes += "\n]";
    }
    bytes += "\n},\n\"version\": " + QByteArray::number(FormatVersion) + "\n}\n";
    return bytes;
}

bool HistoryStore::save()
{
    if (m_writesInBackground) {
        // The entries as they are now (shared, not copied: Qt's containers copy on the next change here), made into
        // text and written there.
        ++m_pendingWrites;
        historyWriter().start([this, entries = m_entries, hint = m_lastSaveBytes, path = m_path] {
            const QByteArray bytes = serialize(entries, hint);
            QDir().mkpath(QFileInfo(path).absolutePath());
            const FileError error = AtomicFile::write(path, bytes);
            // This store is alive: its destructor waits for this job.
            QMetaObject::invokeMethod(
                this,
                [this, error, size = bytes.size()] {
                    --m_pendingWrites;
                    m_lastSaveBytes = size;
                    const bool hadError = !m_lastError.isEmpty();
                    if (!reportWrite(error) || hadError) {
                        Q_EMIT changed(); // the history window shows the problem, or that it is gone
                    }
                },
                Qt::QueuedConnection);
        });
        return true;
    }
    const QByteArray bytes = serialize(m_entries, m_lastSaveBytes);
    m_lastSaveBytes = bytes.size();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return reportWrite(AtomicFile::write(m_path, bytes));
}

bool HistoryStore::reportWrite(const FileError& error)
{
    if (error.isError()) {
        m_lastError = tr("The history could not be saved to “%1”: %2")
                          .arg(QDir::toNativeSeparators(m_path), error.reasonText());
        qCWarning(lcVault) << "history file not saved, reason" << int(error.reason());
        return false;
    }
    m_lastError.clear();
    return true;
}

bool HistoryStore::record(const HistoryEntry& entry)
{
    HistoryEntry kept = entry;
    kept.at = entry.at.toUTC();
    QList<HistoryEntry>& list = m_entries[kept.profile];
    if (!list.isEmpty()) {
        // A profile's entries mostly repeat their neighbour's words: share its strings instead of keeping a copy each.
        const HistoryEntry& previous = list.constLast();
        for (auto [mine, theirs] : { std::pair { &kept.profile, &previous.profile },
                 std::pair { &kept.username, &previous.username }, std::pair { &kept.operation, &previous.operation },
                 std::pair { &kept.outcome, &previous.outcome }, std::pair { &kept.errorCode, &previous.errorCode } }) {
            if (*mine == *theirs) {
                *mine = *theirs;
            }
        }
    }
    list.append(kept);
    if (list.size() > m_cap) {
        list.remove(0, list.size() - m_cap);
    }
    const bool saved = save();
    Q_EMIT changed();
    return saved;
}

QList<HistoryEntry> HistoryStore::entries(const QString& profile) const
{
    if (!profile.isEmpty()) {
        return m_entries.value(profile);
    }
    QList<HistoryEntry> all;
    for (const QList<HistoryEntry>& list : m_entries) {
        all += list;
    }
    std::stable_sort(all.begin(), all.end(), [](const HistoryEntry& a, const HistoryEntry& b) { return a.at < b.at; });
    return all;
}

QStringList HistoryStore::profiles() const
{
    QStringList names = m_entries.keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool HistoryStore::clear(const QString& profile)
{
    if (!m_entries.remove(profile)) {
        return true;
    }
    const bool saved = save();
    Q_EMIT changed();
    return saved;
}

bool HistoryStore::clearAll()
{
    m_entries.clear();
    const bool saved = save();
    Q_EMIT changed();
    return saved;
}
