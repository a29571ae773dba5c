#include "demologinrig.h"

#include "kibo/appauthenticator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

QStringList DemoLoginRig::scenarios()
{
    return { u"ada"_s, u"locked"_s, u"mfa pending"_s, u"mfa finish"_s, u"b2b wrong account"_s, u"refresh"_s,
        u"anonymous"_s, u"anonymous upgrade"_s, u"tricky username"_s, u"big account"_s, u"wrong client secret"_s };
}

QString DemoLoginRig::trickyUsername()
{
    return u"o'brien \"$HOME\" `id` $(id) \\ \n next line"_s;
}

DemoLoginRig::DemoLoginRig()
    : m_tenantClock(QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC))
    , m_clientClock(QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC))
    , m_client(&m_manager, nullptr)
{ }

DemoLoginRig::~DemoLoginRig() = default;

bool DemoLoginRig::start()
{
    m_tenant.setClock(&m_tenantClock);
    if (!m_tenant.listen()) {
        return false;
    }
    m_client.setClock(&m_clientClock);
    m_client.setDeadlines(10'000, 30'000);
    m_profile = KiboProfile::demo(m_tenant.baseUrl());
    m_profile.name = u"Demo"_s;
    m_client.setProfile(m_profile, DemoTenant::sharedSecret());
    addSecret(u"client secret"_s, DemoTenant::sharedSecret());
    QObject::connect(
        m_client.appAuthenticator(), &AppAuthenticator::tokenReady, &m_context, [this](const QString& token) {
            m_appToken = token;
            addSecret(u"app token"_s, token);
        });
    QObject::connect(&m_tenant, &DemoTenant::codeSent, &m_context,
        [this](const QString&, const QString& code) { m_otpCode = code; });
    return true;
}

void DemoLoginRig::addSecret(const QString& name, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    const std::pair<QString, QByteArray> entry { name, value.toUtf8() };
    if (!m_secrets.contains(entry)) {
        m_secrets.append(entry);
    }
}

void DemoLoginRig::keepTicket(const AuthTicketResult& result)
{
    if (!result.ticket) {
        return;
    }
    addSecret(u"accessToken"_s, result.ticket->accessToken);
    addSecret(u"refreshToken"_s, result.ticket->refreshToken);
    addSecret(u"jwtAccessToken"_s, result.ticket->jwtAccessToken);
    const QStringList parts = result.ticket->jwtAccessToken.split(u'.');
    if (parts.size() == 3) {
        addSecret(u"JWT signature"_s, parts.at(2));
    }
}

AuthTicketResult DemoLoginRig::call(const std::function<void()>& start)
{
    QSignalSpy spy(&m_client, &AuthTicketClient::finished);
    start();
    [&] {
        QVERIFY(spy.wait(30'000));
    }();
    const AuthTicketResult result = spy.isEmpty() ? AuthTicketResult {} : spy.first().first().value<AuthTicketResult>();
    keepTicket(result);
    return result;
}

AuthTicketResult DemoLoginRig::login(
    const QString& username, std::optional<int> accountId, const QString& anonymousAccessToken)
{
    CustomerLoginRequest request;
    request.username = username;
    request.password = DemoTenant::defaultPassword();
    request.accountId = accountId;
    request.anonymousAccessToken = anonymousAccessToken;
    m_username = username;
    m_password = request.password;
    addSecret(u"password"_s, request.password);
    return call([this, request] { m_client.login(request); });
}

AuthTicketResult DemoLoginRig::run(const QString& scenario)
{
    if (scenario == u"ada"_s) {
        return login(u"ada.lovelace@example.com"_s);
    }
    if (scenario == u"locked"_s) {
        return login(u"locked@example.com"_s);
    }
    if (scenario == u"mfa pending"_s) {
        return login(u"mfa@example.com"_s);
    }
    if (scenario == u"mfa finish"_s) {
        const AuthTicketResult pending = login(u"mfa@example.com"_s);
        [&] {
            QVERIFY(pending.requires2FA);
            QTRY_VERIFY(!m_otpCode.isEmpty());
        }();
        const QString userId = pending.pendingUserId;
        const QString code = m_otpCode;
        return call([this, userId, code] { m_client.finish2FA(userId, code); });
    }
    if (scenario == u"b2b wrong account"_s) {
        return login(u"b2b.buyer@example.com"_s, 9999);
    }
    if (scenario == u"refresh"_s) {
        const AuthTicketResult first = login(u"ada.lovelace@example.com"_s);
        m_refreshToken = first.ticket ? first.ticket->refreshToken : QString();
        const QString token = m_refreshToken;
        return call([this, token] { m_client.refresh(token); });
    }
    if (scenario == u"anonymous"_s) {
        return call([this] { m_client.anonymous(); });
    }
    if (scenario == u"anonymous upgrade"_s) {
        const AuthTicketResult anonymous = call([this] { m_client.anonymous(); });
        m_userClaims = anonymous.ticket ? anonymous.ticket->accessToken : QString();
        return login(u"ada.lovelace@example.com"_s, std::nullopt, m_userClaims);
    }
    if (scenario == u"big account"_s) {
        return login(u"big.account@example.com"_s);
    }
    if (scenario == u"wrong client secret"_s) {
        const QString wrong = u"Wrong-client-secret-7c1e"_s;
        addSecret(u"wrong client secret"_s, wrong);
        m_client.setProfile(m_profile, wrong);
        return login(u"ada.lovelace@example.com"_s);
    }
    if (scenario == u"tricky username"_s) {
        return login(trickyUsername());
    }
    [&] {
        QFAIL(qPrintable(u"unknown scenario "_s + scenario));
    }();
    return {};
}
