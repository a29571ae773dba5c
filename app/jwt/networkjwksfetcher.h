#pragma once

#include "jwt/jwksfetcher.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// JwksFetcher's work, in the services module (services/services.h): one GET on its own QNetworkAccessManager under
// the rules JwksFetcher's header lists; the answer is the front's finished().
class NetworkJwksFetcher final : public QObject, public JwksFetcherBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkJwksFetcher)

public:
    using Error = JwksFetcher::Error;
    using Result = JwksFetcher::Result;
    static constexpr qint64 MaxBytes = JwksFetcher::MaxBytes;

    explicit NetworkJwksFetcher(JwksFetcher* front);
    ~NetworkJwksFetcher() override;

    void fetch(const QUrl& url, std::chrono::milliseconds deadline) override;
    void cancel() override;
    bool isRunning() const override;
    QNetworkAccessManager* networkAccessManager() const override;

private:
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void finish(const Result& result);

    JwksFetcher* m_front;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadlineTimer;
    std::chrono::milliseconds m_deadline { std::chrono::seconds(15) };
    QByteArray m_body;
    QUrl m_url;
    bool m_timedOut = false;
    bool m_oversize = false;
    bool m_cancelled = false;
};
