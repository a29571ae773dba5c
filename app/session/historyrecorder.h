#pragma once

#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "vault/historystore.h"

#include <QObject>
#include <QString>
#include <optional>

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

    // The profile an attempt is filed under: the profile's name while what was called still is the tenant of the
    // saved profile of that name (its home host and tenant id, or its API host), otherwise what was called, as the
    // keychain names it ("home.mozu.com/t12345"): a profile edited in the login panel (another tenant or host) never
    // claims to be the saved one. saved: the saved profile named like called (none: the name stays). Empty for a
    // login without a profile name (record() files it as "(unnamed)").
    static QString profileName(const KiboProfile& called, const std::optional<KiboProfile>& saved);

private:
    HistoryStore* m_store;
    const Clock* m_clock;
};
