#pragma once

#include "kibo/kibocall.h"
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

// KiboCall's work, in the services module (services/services.h): one QNetworkReply under the rules KiboCall's header
// lists. Its answer is the front's finished().
class NetworkKiboCall final : public QObject, public KiboCallBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkKiboCall)

public:
    using BodyExpectation = KiboCall::BodyExpectation;

    static constexpr int DefaultTransferTimeoutMs = KiboCall::DefaultTransferTimeoutMs;
    static constexpr int DefaultOverallDeadlineMs = KiboCall::DefaultOverallDeadlineMs;
    static constexpr qint64 DefaultMaxResponseBytes = KiboCall::DefaultMaxResponseBytes;
    static constexpr qint64 BackgroundParseBytes = KiboCall::BackgroundParseBytes;

    NetworkKiboCall(KiboCall* front, QNetworkAccessManager* manager);
    ~NetworkKiboCall() override;

    void setOperation(const QString& operation) override; // translated, e.g. "customer login"
    void setDeadlines(int transferTimeoutMs, int overallDeadlineMs) override;
    void setMaxResponseBytes(qint64 bytes) override;
    void setCaBundlePath(const QString& path) override; // extra trusted CA PEM (per profile)
    void setBodyExpectation(BodyExpectation expectation) override;
    void setSentSecrets(const SentSecrets& secrets) override { m_secrets = secrets; }

    // Reads a CA bundle (PEM, one or more certificates) the way start() does, so profile editors can check a
    // file before any request: nullopt plus a specific translated message when it is missing, unreadable, too
    // large or holds no PEM certificate.
    static std::optional<QList<QSslCertificate>> readCaBundle(const QString& path, QString* error);

    // The TLS configuration of a call: the system's trusted CAs plus those of the bundle (when a path is given),
    // peer verification on. nullopt plus readCaBundle()'s message when the bundle is not usable.
    // Exported from the module for testtlstrust, which checks the configuration itself.
    Q_DECL_EXPORT static std::optional<QSslConfiguration> sslConfiguration(const QString& caBundlePath, QString* error);

    // verb: "GET", "POST", "PUT". headers are added as given; a non-empty body is sent as JSON.
    void start(const QByteArray& verb, const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers,
        const QByteArray& body) override;
    // Stops the call; finished() reports Kind::Cancelled.
    void cancel() override;
    bool isRunning() const override;
    const KiboResponse& response() const override { return m_response; }

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
    // Takes m_secrets out of m_response (body, JSON, headers, the error's words); jsonClean: the JSON already is.
    void removeSentSecrets(bool jsonClean);
    KiboError baseError(KiboError::Kind kind) const;
    KiboError proxyError(KiboError::ProxyProblem problem) const;
    QString proxyAddress() const; // "host:port" of the proxy this call goes through, or empty
    void validateSuccess();
    void finishParsed(const QJsonDocument& document, const QJsonParseError& parseError);

    KiboCall* m_front;
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
    SentSecrets m_secrets;
    bool m_jsonClean = false; // the background parse already took the secrets out of the JSON
    qint64 m_maxBytes = DefaultMaxResponseBytes;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    int m_overallDeadlineMs = DefaultOverallDeadlineMs;
    BodyExpectation m_expectation = BodyExpectation::JsonObject;
    AbortReason m_abortReason = AbortReason::None;
    bool m_running = false;
};
