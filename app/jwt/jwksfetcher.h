#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>

class JwksFetcherBackend;
class QNetworkAccessManager;

// Fetches a JWK Set over HTTP(S) with the network rules of reliability.md: no credentials, no
// redirects followed (a 3xx is an error naming the target host), a silence timeout plus an overall
// deadline, a 1 MiB cap counted as bytes arrive, and messages built from host, status and error kind
// (never errorString(), which holds the whole URL). It only fetches; KeyLoader parses the body.
class JwksFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksFetcher)

public:
    enum class Error
    {
        None,
        InvalidUrl, // not an http(s) URL with a host
        Network, // refused, DNS, reset, cut off
        Tls, // certificate or handshake failure
        Timeout, // the deadline passed
        HttpStatus, // a status other than 200
        Redirect, // a 3xx, not followed
        Oversize, // more than MaxBytes
        NotJson // HTML or another non-JSON body
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QByteArray body; // the JWK Set's bytes when error is None
        int httpStatus = 0;
        QString message; // a whole translated sentence when error is not None; never the full URL
        QString source; // host and path, for key descriptions
    };

    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit JwksFetcher(QObject* parent = nullptr);
    ~JwksFetcher() override;

    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    void fetch(const QUrl& url);
    // Aborts a running fetch; finished() is emitted with Error::Network ("cancelled").
    void cancel();
    bool isRunning() const;
    // The fetcher's own manager, so callers can apply the saved network settings (proxy) to it.
    QNetworkAccessManager* networkAccessManager() const;

    // "https://issuer.example/.well-known/jwks.json" without user info, query or fragment.
    static QString displaySource(const QUrl& url);

Q_SIGNALS:
    void finished(const JwksFetcher::Result& result);

private:
    std::unique_ptr<JwksFetcherBackend> m_backend; // in the services module (services/services.h)
    std::chrono::milliseconds m_deadline { std::chrono::seconds(15) };
};

// What a JwksFetcher asks of the services module (NetworkJwksFetcher there); the answer comes as the front's
// finished().
class JwksFetcherBackend
{
public:
    virtual ~JwksFetcherBackend() = default;
    virtual void fetch(const QUrl& url, std::chrono::milliseconds deadline) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual QNetworkAccessManager* networkAccessManager() const = 0;
};
