#pragma once

#include "kibo/kiboerror.h"
#include "kibo/kiboresponse.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Clock;
class KiboCall;
class QNetworkAccessManager;

// Gets and caches the application's access token (OAuth client credentials, auth-api.md section 2).
// The token is reused until 60 s before expires_in; concurrent requests share one in-flight call.
// The client secret is held in memory only and never logged.
class AppAuthenticator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppAuthenticator)

public:
    static constexpr int RenewalMarginSeconds = 60;

    AppAuthenticator(QNetworkAccessManager* manager, QObject* parent);
    ~AppAuthenticator() override;

    void setClock(const Clock* clock);
    void setManager(QNetworkAccessManager* manager) { m_manager = manager; }
    // Changing any of these forgets the cached token.
    void setCredentials(const QUrl& authApiBase, const QString& clientId, const QString& clientSecret);
    void setDeadlines(int transferTimeoutMs, int overallDeadlineMs);
    void setCaBundlePath(const QString& path);

    // The OAuth call's path below the auth API base ("/platform/applications/authtickets/oauth").
    static QString tokenPath();

    // Emits tokenReady (from the cache, queued, or after the OAuth call) or failed.
    void requestToken();
    void invalidate();
    bool hasValidToken() const;
    // The cached token while it is valid (hasValidToken()), else empty.
    QString validToken() const;
    bool isRequesting() const;

Q_SIGNALS:
    void tokenReady(const QString& accessToken);
    // reply: the OAuth call's reply as received (status, body without the client secret, headers, time taken), the
    // evidence of the refusal; empty when no reply came (no client id, network failure).
    void failed(const KiboError& error, const KiboResponse& reply);

private:
    void onFinished(const KiboResponse& response);
    // The reply with the client secret taken out wherever a server echoed it.

    QNetworkAccessManager* m_manager;
    const Clock* m_clock;
    QPointer<KiboCall> m_call;
    QUrl m_authApiBase;
    QString m_clientId;
    QString m_clientSecret;
    QString m_caBundlePath;
    QString m_accessToken;
    QDateTime m_renewAt;
    int m_transferTimeoutMs;
    int m_overallDeadlineMs;
    quint64 m_generation = 0; // bumped by setCredentials/invalidate; stale replies are dropped
    quint64 m_callGeneration = 0;
};
