#include "historyrecorder.h"

#include "clock.h"

using namespace Qt::StringLiterals;

HistoryRecorder::HistoryRecorder(HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(Clock::system())
{ }

void HistoryRecorder::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void HistoryRecorder::record(
    const QString& profile, const QString& username, const AuthTicketResult& result, const QString& operation)
{
    if (m_store) {
        // A login typed by hand into the panel has no profile name; keep it apart under a fixed key.
        const QString key = profile.trimmed().isEmpty() ? u"(unnamed)"_s : profile;
        m_store->record(entryFor(key, username, result, operation, m_clock->now()));
    }
}

HistoryEntry HistoryRecorder::entryFor(const QString& profile, const QString& username, const AuthTicketResult& result,
    const QString& operation, const QDateTime& fallbackTime)
{
    HistoryEntry entry;
    entry.at = result.receivedAt.isValid() ? result.receivedAt.toUTC() : fallbackTime.toUTC();
    entry.profile = profile;
    entry.username = username;
    entry.operation = operation;
    const KiboError& error = result.error;
    if (error.isError()) {
        const bool answered = error.kind == KiboError::Kind::HttpKibo || error.kind == KiboError::Kind::HttpOther
            || error.kind == KiboError::Kind::Throttled;
        entry.outcome = answered ? HistoryEntry::OutcomeRefused : HistoryEntry::OutcomeFailed;
        entry.errorCode = error.errorCode.isEmpty() ? KiboError::kindName(error.kind) : error.errorCode;
    } else if (result.ticket) {
        entry.outcome = HistoryEntry::OutcomeTicket;
    } else if (result.requires2FA) {
        entry.outcome = HistoryEntry::OutcomeTwoFactor;
    } else {
        entry.outcome = HistoryEntry::OutcomeDone;
    }
    entry.httpStatus = result.httpStatus > 0 ? result.httpStatus : error.httpStatus;
    entry.elapsedMs = result.elapsedMs;
    entry.correlationId = error.correlationId;
    if (entry.correlationId.isEmpty()) {
        for (const auto& [name, value] : result.responseHeaders) {
            if (name.compare("x-vol-correlation", Qt::CaseInsensitive) == 0) {
                entry.correlationId = QString::fromLatin1(value.trimmed().left(200));
                break;
            }
        }
    }
    return entry;
}
