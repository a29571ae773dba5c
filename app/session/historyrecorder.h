#pragma once

#include "kibo/authticketclient.h"
#include "vault/historystore.h"

#include <QObject>
#include <QString>

class Clock;

// Turns each finished auth-ticket attempt into a HistoryEntry and records it. Only the status,
// Kibo's errorCode, the time taken and the correlation id are taken from the result; never a
// token, code, password, request body or URL.
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    explicit HistoryRecorder(HistoryStore* store, QObject* parent = nullptr);

    void setClock(const Clock* clock); // for attempts without a reply time; Clock::system() by default

    // operation: the stable CustomerSession::Operation key, e.g. "Login" or "Refresh". An attempt the app token
    // decided is filed as "AppToken" (AuthTicketOutcome::operationKey), apart from the customer's own refusals.
    void record(
        const QString& profile, const QString& username, const AuthTicketResult& result, const QString& operation);

    static HistoryEntry entryFor(const QString& profile, const QString& username, const AuthTicketResult& result,
        const QString& operation, const QDateTime& fallbackTime);

private:
    HistoryStore* m_store;
    const Clock* m_clock;
};
