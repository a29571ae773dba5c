#pragma once

#include "kibo/kiboresponse.h"
#include "secrets/sentsecrets.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <utility>

class KiboCallBackend;
class QNetworkAccessManager;

// The one place a request to Kibo goes out. Wraps one QNetworkReply and enforces reliability.md's
// network rules: no redirect is followed (a 3xx is an error naming the target host), every call has
// a silence timeout and an overall deadline, replies are capped in size, TLS errors are never
// ignored, the reply's type and shape are checked, and only method plus URL without query are logged.
// Direct calls (no proxy) go out through HttpTransport, proxied ones through the manager.
// Emits finished() exactly once per start().
//
// This is the front half; the work is NetworkKiboCall's, in the services module (services/services.h), which
// Qt Network is loaded with.
class KiboCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KiboCall)

public:
    enum class BodyExpectation
    {
        JsonObject, // 2xx must carry a JSON object
        EmptyOrJson // 2xx may be empty (e.g. 2fa/request); a non-empty body must be a JSON object
    };

    static constexpr int DefaultTransferTimeoutMs = 30'000;
    static constexpr int DefaultOverallDeadlineMs = 60'000;
    static constexpr qint64 DefaultMaxResponseBytes = 4 * 1024 * 1024;
    // From this size on, a successful reply's JSON is parsed on a worker thread (finished() follows in a later turn).
    static constexpr qint64 BackgroundParseBytes = 256 * 1024;

    explicit KiboCall(QNetworkAccessManager* manager, QObject* parent = nullptr);
    ~KiboCall() override;

    void setOperation(const QString& operation); // translated, e.g. "customer login"
    void setDeadlines(int transferTimeoutMs, int overallDeadlineMs);
    void setMaxResponseBytes(qint64 bytes);
    void setCaBundlePath(const QString& path); // extra trusted CA PEM (per profile)
    void setBodyExpectation(BodyExpectation expectation);
    // What the request sends that its reply must not bring back: taken out of the body, its JSON, the headers and
    // the error before finished() (SentSecrets says where a refresh token may stay).
    void setSentSecrets(const SentSecrets& secrets);

    // Whether a CA bundle (PEM, one or more certificates) can be used, read the way start() reads it, so profile
    // editors can check a file before any request: false plus a specific translated message when it is missing,
    // unreadable, too large or holds no PEM certificate.
    static bool checkCaBundle(const QString& path, QString* error);

    // verb: "GET", "POST", "PUT". headers are added as given; a non-empty body is sent as JSON.
    void start(const QByteArray& verb, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers,
        const QByteArray& body = {});
    // Stops the call; finished() reports Kind::Cancelled.
    void cancel();
    bool isRunning() const;
    const KiboResponse& response() const;

Q_SIGNALS:
    void finished(const KiboResponse& response);

private:
    std::unique_ptr<KiboCallBackend> m_backend;
};

// What a KiboCall asks of the services module (NetworkKiboCall there); the answer comes as the front's finished().
class KiboCallBackend
{
public:
    virtual ~KiboCallBackend() = default;
    virtual void setOperation(const QString& operation) = 0;
    virtual void setDeadlines(int transferTimeoutMs, int overallDeadlineMs) = 0;
    virtual void setMaxResponseBytes(qint64 bytes) = 0;
    virtual void setCaBundlePath(const QString& path) = 0;
    virtual void setBodyExpectation(KiboCall::BodyExpectation expectation) = 0;
    virtual void setSentSecrets(const SentSecrets& secrets) = 0;
    virtual void start(const QByteArray& verb, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers,
        const QByteArray& body)
        = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual const KiboResponse& response() const = 0;
};
