#pragma once

#include "kibo/kiboresponse.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The one place a request to Kibo goes out. Wraps one QNetworkReply and enforces reliability.md's
// network rules: no redirect is followed (a 3xx is an error naming the target host), every call has
// a silence timeout and an overall deadline, replies are capped in size, TLS errors are never
// ignored, the reply's type and shape are checked, and only method plus URL without query are logged.
// Direct calls (no proxy) go out through HttpTransport, proxied ones through the manager.
// Emits finished() exactly once per start().
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

    // Reads a CA bundle (PEM, one or more certificates) the way start() does, so profile editors can check a
    // file before any request: nullopt plus a specific translated message when it is missing, unreadable, too
    // large or holds no PEM certificate.
    static std::optional<QList<QSslCertificate>> readCaBundle(const QString& path, QString* error);

    // The TLS configuration of a call: the system's trusted CAs plus those of the bundle (when a path is given),
    // peer verification on. nullopt plus readCaBundle()'s message when the bundle is not usable.
    static std::optional<QSslConfiguration> sslConfiguration(const QString& caBundlePath, QString* error);

    // verb: "GET", "POST", "PUT". headers are added as given; a non-empty body is sent as JSON.
    void start(const QByteArray& verb, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers,
        const QByteArray& body = {});
    // Stops the call; finished() reports Kind::Cancelled.
    void cancel();
    bool isRunning() const;
    const KiboResponse& response() const { return m_response; }

Q_SIGNALS:
    void finished(const KiboResponse& response);

private:
    struct ParsedBody
    {
        QJsonDocument document;
        QJsonParseError error {};
    };

    enum class AbortReason
    {
        None,
        Timeout,
        Cancelled,
        TooLarge
    };

    void onMetaDataChanged();
    void onReadyRead();
    void onSslErrors(const QList<QSslError>& errors);
    void onFinished();
    void onDeadline();
    void abortWith(AbortReason reason);
    void finishWith(const KiboError& error);
    KiboError baseError(KiboError::Kind kind) const;
    KiboError proxyError(KiboError::ProxyProblem problem) const;
    QString proxyAddress() const; // "host:port" of the proxy this call goes through, or empty
    void validateSuccess();
    void finishParsed(const QJsonDocument& document, const QJsonParseError& parseError);

    QNetworkAccessManager* m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QString m_operation;
    QString m_host;
    QString m_logUrl;
    QUrl m_url; // without query, for proxy look-ups
    QString m_caBundlePath;
    QString m_tlsDetails;
    QString m_tlsReason; // KiboError::detail of the most telling certificate error
    QByteArray m_verb;
    KiboResponse m_response;
    qint64 m_maxBytes = DefaultMaxResponseBytes;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    int m_overallDeadlineMs = DefaultOverallDeadlineMs;
    BodyExpectation m_expectation = BodyExpectation::JsonObject;
    AbortReason m_abortReason = AbortReason::None;
    bool m_running = false;
};
