#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>
#include <utility>

// What went wrong with one Kibo call, as a value: the kind of failure, the server's own words
// (Kibo's errorCode, message, additionalErrorData) and the context a person needs to act on it.
// Never holds a URL query, token, password or raw QNetworkReply::errorString().
struct KiboError
{
    Q_DECLARE_TR_FUNCTIONS(KiboError)
public:
    enum class Kind
    {
        None,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Cancelled,
        Tls,
        Redirect,
        Network,
        HttpKibo, // a Kibo JSON error body
        HttpOther, // non-2xx without a Kibo body: HTML, empty
        NotKibo, // 2xx but not understood: broken JSON, wrong shape, empty, HTML
        TooLarge,
        Throttled,
        Proxy, // the proxy in the way failed; proxyProblem says how
        TenantDiscovery, // the tenant lookup did not give a usable tenant; detail says how
    };

    // What went wrong with the proxy (Kind::Proxy only).
    enum class ProxyProblem
    {
        None,
        Refused, // nothing accepted the connection at the proxy's address
        NotFound, // the proxy's host name did not resolve
        AuthenticationRequired, // HTTP 407
        Timeout, // the proxy did not answer in time
        Closed, // the proxy closed the connection
        Other,
    };

    Kind kind = Kind::None;
    QString operation; // translated, e.g. "customer login"
    QString host;
    int httpStatus = 0;
    QString errorCode;
    QString message; // the server's own words
    QString applicationName;
    QList<std::pair<QString, QString>> additionalErrorData;
    QString exceptionType;
    QString correlationId;
    int retryAfterSeconds = -1;
    QString tlsDetails; // certificate subject / issuer / validity / fingerprint
    QString redirectTarget; // host only
    // Stable, untranslated sub-kind for the diagnosis (empty when none): for Tls "host-mismatch", "expired",
    // "not-yet-valid", "self-signed", "untrusted", "ca-file", "no-backend"; for NotKibo and HttpOther
    // "empty", "html", "broken-json", "not-object"; for TenantDiscovery "tenant-unknown" (the home host does
    // not know the tenant id), "tenant-forbidden" (the app may not read it), "no-domain" (the reply names no
    // usable host), "site-unknown" (the site id is not in the tenant's sites).
    QString detail;
    ProxyProblem proxyProblem = ProxyProblem::None;
    int tenantId = 0; // TenantDiscovery: the tenant that was looked up
    QString explanation; // TenantDiscovery: our own words where the server said nothing wrong (message stays Kibo's)
    QString proxy; // "host:port" of the proxy in the way, when known

    bool isError() const { return kind != Kind::None; }
    // Keys: status, errorCode, message, correlationId, diagnosis {title, cause, nextStep}, kind, host, operation.
    QJsonObject toJson() const;
    // 0 no error, 1 Kibo refused, 3 network/TLS/timeout/redirect, 4 reply not understood.
    int cliExitCode() const;
    // The additionalErrorData value for name (case-insensitive), or a null string.
    QString data(const QString& name) const;
    // Stable, untranslated name of the kind (for JSON and logs).
    static QString kindName(Kind kind);

    static KiboError fromHttpReply(int status, const QByteArray& contentType, const QByteArray& body,
        const QByteArray& correlationId, const QString& operation, const QString& host);
    // A Kibo error inside a 2xx reply (sdk-authentication treats an errorCode in an OAuth reply as a refusal):
    // kind HttpKibo with the server's words, or nullopt when the object holds no errorCode.
    static std::optional<KiboError> refusalInReply(int status, const QJsonObject& reply,
        const QByteArray& correlationId, const QString& operation, const QString& host);
    // The tenant lookup failed in a way of its own (detail as above). explanation is our own words, for the
    // failures the server did not report (no-domain, site-unknown); message stays for Kibo's.
    static KiboError tenantDiscovery(
        const QString& detail, int tenantId, const QString& host, const QString& explanation = {});
    // A 2xx reply the caller could not use (broken JSON, wrong shape, empty, HTML); reason is our own words.
    static KiboError notKibo(int status, const QString& reason, const QByteArray& correlationId,
        const QString& operation, const QString& host);
    // Retry-After in seconds (delta form or HTTP date, counted from now), or -1; at most a year.
    static int parseRetryAfter(const QByteArray& value);
    static int parseRetryAfter(const QByteArray& value, const QDateTime& now);
    // Removes URL queries from text that came from a server or from Qt (they may hold tokens).
    static QString scrub(const QString& text);

    // Translated operation names shared by the clients.
    static QString appAuthenticationOperation();
    static QString customerLoginOperation();
    static QString customerRefreshOperation();
    static QString anonymousTicketOperation();
    static QString twoFactorOperation();
    static QString otpLoginOperation();
    static QString tenantLookupOperation();
};
Q_DECLARE_METATYPE(KiboError)
