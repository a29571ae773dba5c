#include "historyrecorder.h"

#include "clock.h"
#include "kibo/kibohosts.h"
#include "session/authticketoutcome.h"

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
    const AuthTicketOutcome outcome(result);
    entry.operation = outcome.operationKey(operation);
    switch (outcome.kind()) {
    case AuthTicketOutcome::Kind::Ok:
        entry.outcome = HistoryEntry::OutcomeTicket;
        break;
    case AuthTicketOutcome::Kind::NeedsTwoFactor:
        entry.outcome = HistoryEntry::OutcomeTwoFactor;
        break;
    case AuthTicketOutcome::Kind::Done:
        entry.outcome = HistoryEntry::OutcomeDone;
        break;
    default:
        entry.outcome = outcome.isRefusal() ? HistoryEntry::OutcomeRefused : HistoryEntry::OutcomeFailed;
        break;
    }
    const KiboError& error = outcome.error();
    if (error.isError()) {
        entry.errorCode = error.errorCode.isEmpty() ? KiboError::kindName(error.kind) : error.errorCode;
    }
    entry.httpStatus = result.httpStatus > 0 ? result.httpStatus : error.httpStatus;
    entry.elapsedMs = result.elapsedMs;
    entry.correlationId = outcome.correlationId();
    return entry;
}

QString HistoryRecorder::profileName(const KiboProfile& called, const std::optional<KiboProfile>& saved)
{
    if (called.name.trimmed().isEmpty()) {
        return {};
    }
    // A name no saved profile has (any more) contradicts nothing and stays.
    const QString calledTenant = KiboHosts::tenantKey(called);
    return !saved || KiboHosts::tenantKey(*saved) == calledTenant ? called.name : calledTenant;
}
