#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class AuthTicketClient;
class QNetworkAccessManager;
class QSettings;

// How this app reaches the network: which proxy (the system's by default, none, or an explicit HTTP proxy)
// and how long a call may stay silent or last in all. Kept in QSettings under "network/"; holds no secret
// (a proxy password is not supported: a proxy asking for one ends the call with its own diagnosis).
// The GUI and the CLI load the same saved values and apply them with apply().
struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)
public:
    enum class ProxyMode
    {
        System, // the operating system's proxy configuration (environment, desktop settings)
        None, // always connect directly
        Explicit, // the HTTP proxy below, for http (absolute-form) and https (CONNECT)
    };

    static constexpr int DefaultTransferTimeoutSeconds = 30;
    static constexpr int DefaultOverallDeadlineSeconds = 60;
    static constexpr int MaxTransferTimeoutSeconds = 600;
    static constexpr int MaxOverallDeadlineSeconds = 3600;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost; // host name or address, no scheme
    int proxyPort = 0; // 1–65535 when explicit; anything else is invalid
    QString proxyUser; // optional; sent as the proxy user name
    // Explicit mode only: also send requests to this computer (localhost, 127.0.0.0/8, ::1; the demo tenant) through
    // the proxy, for a local debugging proxy. Off by default: like browsers, loopback is reached directly, so demo
    // traffic never leaves the machine.
    bool proxyLoopback = false;
    int transferTimeoutSeconds = DefaultTransferTimeoutSeconds; // longest silence
    int overallDeadlineSeconds = DefaultOverallDeadlineSeconds; // longest whole call

    // One translated sentence per problem, empty when the values can be saved and applied.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The saved settings; a value that is missing or invalid in the file reads as its default.
    static NetworkSettings load();
    static NetworkSettings load(const QSettings& settings);
    // Validates, then saves. Nothing at all is written when a value is invalid; errors gets the messages.
    bool save(QStringList* errors = nullptr) const;
    bool save(QSettings& settings, QStringList* errors = nullptr) const;

    // True for localhost and loopback addresses.
    static bool isLoopbackHost(const QString& host);
    // "host:port" of the explicit proxy, or an empty string.
    QString proxyAddress() const;
    // Sets the manager's proxy through a per-manager factory: System asks the system configuration, None connects
    // directly, Explicit uses the HTTP proxy. Loopback hosts connect directly (as Qt's own application proxy does),
    // except in Explicit mode with proxyLoopback. Requests started before keep their connection; later ones use
    // the new proxy.
    void applyTo(QNetworkAccessManager* manager) const;
    // Sets the silence timeout and the overall deadline of every later call of the client.
    void applyTo(AuthTicketClient* client) const;
    // Both of the above; either pointer may be null.
    void apply(QNetworkAccessManager* manager, AuthTicketClient* client) const;

    // Stable names used in the settings file: "system", "none", "explicit".
    static QString modeName(ProxyMode mode);
    static std::optional<ProxyMode> modeFromName(const QString& name);

    bool operator==(const NetworkSettings& other) const = default;
};
