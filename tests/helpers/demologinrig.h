#pragma once

#include "clock.h"
#include "demo/demotenant.h"
#include "kibo/authticketclient.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <utility>

// Logs in to the in-process demo tenant over real loopback, one named scenario at a time, and keeps
// every secret that took part (client secret, app tokens, passwords, tokens, JWT signatures), so that
// the share tests can look for each of them in what they produce.
class DemoLoginRig
{
public:
    // "ada", "locked", "mfa pending", "mfa finish", "b2b wrong account", "refresh", "anonymous",
    // "anonymous upgrade", "tricky username", "big account", "wrong client secret" (no request reaches the tenant).
    static QStringList scenarios();
    // The username the "tricky username" scenario logs in with: quotes, $, backticks, a newline.
    static QString trickyUsername();

    DemoLoginRig();
    ~DemoLoginRig();

    bool start(); // false: see tenant.errorString()
    // Runs the scenario; the result of its last call. Fails the current test when a call does not finish.
    AuthTicketResult run(const QString& scenario);

    // name → value of every secret seen so far (for canary searches); 2FA codes are kept apart.
    const QList<std::pair<QString, QByteArray>>& secrets() const { return m_secrets; }
    QString lastAppToken() const { return m_appToken; }
    QString lastPassword() const { return m_password; }
    QString lastUsername() const { return m_username; }
    QString lastOtpCode() const { return m_otpCode; }
    QString lastRefreshToken() const { return m_refreshToken; }
    QString lastUserClaims() const { return m_userClaims; }
    QDateTime now() const { return m_clientClock.now(); }
    KiboProfile profile() const { return m_profile; }

private:
    AuthTicketResult call(const std::function<void()>& start);
    AuthTicketResult login(
        const QString& username, std::optional<int> accountId = std::nullopt, const QString& anonymousAccessToken = {});
    void addSecret(const QString& name, const QString& value);
    void keepTicket(const AuthTicketResult& result);

    ManualClock m_tenantClock;
    ManualClock m_clientClock;
    DemoTenant m_tenant;
    QNetworkAccessManager m_manager;
    AuthTicketClient m_client;
    QObject m_context;
    KiboProfile m_profile;
    QList<std::pair<QString, QByteArray>> m_secrets;
    QString m_appToken;
    QString m_password;
    QString m_username;
    QString m_otpCode;
    QString m_refreshToken;
    QString m_userClaims;
};
