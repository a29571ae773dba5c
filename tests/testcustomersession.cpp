// CustomerSession against the in-process demo tenant over real loopback HTTP, with the real keychain of
// scripts/with-keyring and a ManualClock for every expiry: login, refresh by hand and automatically,
// rotation, expired and unknown refresh tokens, anonymous and its upgrade, B2B accounts, forget, and two
// sessions that must not touch each other.
#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/canary.h"
#include "helpers/faultserver.h"
#include "helpers/keychainlisting.h"
#include "jwt/jwtdecoder.h"
#include "kibo/kiboprofile.h"
#include "secrets/secretpolicy.h"
#include "session/customersession.h"
#include "vault/keychainvault.h"
#include "vault/storedtokens.h"
#include "vault/tokenvault.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A fault server plays the home host and, as a deliberate API host override, the tenant too: no lookup.
KiboProfile faultServerProfile(const QUrl& serverUrl)
{
    KiboProfile profile = KiboProfile::demo(serverUrl);
    profile.apiHost = serverUrl.toString();
    return profile;
}

constexpr int Deadline = 20000;
const QString Ada = u"ada.lovelace@example.com"_s;
const QString Buyer = u"b2b.buyer@example.com"_s;

CustomerLoginRequest loginRequest(const QString& username, std::optional<int> accountId = std::nullopt)
{
    CustomerLoginRequest request;
    request.username = username;
    request.password = DemoTenant::defaultPassword();
    request.accountId = accountId;
    return request;
}

QJsonObject userClaims(const CustomerAuthTicket& ticket)
{
    const DecodedToken jwt = JwtDecoder::decode(ticket.jwtAccessToken.toUtf8());
    return jwt.payload().toObject().value(u"https://www.kibocommerce.com/user_claims"_s).toObject();
}

} // namespace

class TestCustomerSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loginStoresTokensUnderItsAccount();
    void manualRefreshKeepsTheRefreshToken();
    void automaticRefreshFollowsTheClock();
    void automaticRefreshRunsOnItsTimer();
    void expireNowRefreshesOnTheNextCheck();
    void rotationIsTracked();
    void badRefreshTokenIsDiagnosed_data();
    void badRefreshTokenIsDiagnosed();
    void anonymousThenLogin_data();
    void anonymousThenLogin();
    void b2bAccountChoice();
    void forgetIsProvenByTheKeychain();
    void twoSessionsDoNotTouchEachOther();
    void refreshStaysWithTheIssuingTenant();
    void automaticRefreshWaitsOutRetryAfter();

private:
    std::unique_ptr<CustomerSession> makeSession();
    bool finish(CustomerSession* session, const std::function<void()>& start,
        CustomerSession::Operation expected = CustomerSession::Operation::Login);
    bool logIn(CustomerSession* session, const QString& username, std::optional<int> accountId = std::nullopt);
    StoredTokens readBack(const QString& account, VaultStatus* status = nullptr);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DemoTenant> m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<KeychainVault> m_vault;
    int m_vaultRequests = 0;
    QStringList m_accounts; // to remove after each test
    QStringList m_progress; // every progress message of every session
    AuthTicketResult m_lastResult;
};

void TestCustomerSession::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
    m_tenant = std::make_unique<DemoTenant>();
    m_tenant->setClock(m_clock.get());
    QVERIFY2(m_tenant->listen(), qPrintable(m_tenant->errorString()));
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_vault.reset();
    m_vaultRequests = 0;
    m_accounts.clear();
    m_progress.clear();
}

void TestCustomerSession::cleanup()
{
    if (m_vault) {
        for (const QString& account : std::as_const(m_accounts)) {
            QSignalSpy removed(m_vault.get(), &TokenVault::removed);
            m_vault->remove(account);
            QVERIFY(removed.wait(Deadline));
        }
    }
    m_vault.reset();
    m_manager.reset();
    m_tenant.reset();
    m_clock.reset();
}

std::unique_ptr<CustomerSession> TestCustomerSession::makeSession()
{
    auto session = std::make_unique<CustomerSession>(m_manager.get(), nullptr);
    session->setClock(m_clock.get());
    session->setVaultProvider([this] {
        ++m_vaultRequests;
        if (!m_vault) {
            m_vault = std::make_unique<KeychainVault>();
        }
        return m_vault.get();
    });
    session->setProfile(KiboProfile::demo(m_tenant->baseUrl()), DemoTenant::sharedSecret());
    connect(session.get(), &CustomerSession::progress, this, [this](const QString& text) { m_progress.append(text); });
    return session;
}

bool TestCustomerSession::finish(
    CustomerSession* session, const std::function<void()>& start, CustomerSession::Operation expected)
{
    QSignalSpy answered(session, &CustomerSession::resultReady);
    start();
    if (!session->isBusy() && answered.isEmpty()) {
        qWarning("the operation did not start");
        return false;
    }
    if (answered.isEmpty() && !answered.wait(Deadline)) {
        qWarning("no answer");
        return false;
    }
    m_lastResult = answered.at(0).at(0).value<AuthTicketResult>();
    if (answered.at(0).at(1).value<CustomerSession::Operation>() != expected) {
        qWarning("answer of another operation");
        return false;
    }
    return !session->isBusy();
}

bool TestCustomerSession::logIn(CustomerSession* session, const QString& username, std::optional<int> accountId)
{
    QSignalSpy stored(session, &CustomerSession::tokensStored);
    if (!finish(session, [&] { session->login(loginRequest(username, accountId)); })) {
        return false;
    }
    if (!session->currentTicket()) {
        qWarning("no ticket: %s", qPrintable(m_lastResult.error.errorCode));
        return false;
    }
    m_accounts.append(session->accountKey());
    if (stored.isEmpty() && !stored.wait(Deadline)) {
        qWarning("tokens not stored");
        return false;
    }
    return stored.at(0).at(0).value<VaultStatus>().ok();
}

StoredTokens TestCustomerSession::readBack(const QString& account, VaultStatus* status)
{
    // A second vault, as the next start of the application would read it.
    KeychainVault reader;
    QSignalSpy loaded(&reader, &TokenVault::loaded);
    reader.load(account);
    if (!loaded.wait(Deadline)) {
        return {};
    }
    if (status) {
        *status = loaded.at(0).at(2).value<VaultStatus>();
    }
    return loaded.at(0).at(1).value<StoredTokens>();
}

void TestCustomerSession::loginStoresTokensUnderItsAccount()
{
    auto session = makeSession();
    QCOMPARE(m_vaultRequests, 0); // nothing touches the keychain before a ticket is stored
    QVERIFY(!session->canRefresh());
    QVERIFY(logIn(session.get(), Ada));
    QCOMPARE(session->username(), Ada);
    QCOMPARE(session->name(), Ada);
    QVERIFY(!session->isAnonymous());
    const QUrl base = m_tenant->baseUrl();
    QCOMPARE(session->accountKey(), TokenVault::accountKey(Ada, u"%1:%2/t100001"_s.arg(base.host()).arg(base.port())));
    QCOMPARE(session->vaultStatusText(), u"Tokens saved in the keychain"_s);
    QVERIFY(session->canRefresh());

    const StoredTokens stored = readBack(session->accountKey());
    QCOMPARE(stored.refreshToken, session->currentTicket()->refreshToken);
    QCOMPARE(stored.accessToken, session->currentTicket()->accessToken);
    QCOMPARE(stored.jwtAccessToken, session->currentTicket()->jwtAccessToken);
}

void TestCustomerSession::manualRefreshKeepsTheRefreshToken()
{
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    const CustomerAuthTicket before = *session->currentTicket();
    m_clock->advanceSeconds(60);

    QSignalSpy stored(session.get(), &CustomerSession::tokensStored);
    QSignalSpy logged(session.get(), &CustomerSession::refreshLogChanged);
    QVERIFY(finish(
        session.get(), [&] { QVERIFY(session->refresh()); }, CustomerSession::Operation::Refresh));
    QCOMPARE(logged.count(), 1);
    const CustomerAuthTicket after = *session->currentTicket();
    QVERIFY(after.accessToken != before.accessToken);
    QCOMPARE(after.accessTokenExpiration, before.accessTokenExpiration.addSecs(60));
    QCOMPARE(after.refreshToken, before.refreshToken); // the demo tenant, like Kibo, keeps it

    QCOMPARE(session->refreshLog().size(), 1);
    const CustomerSession::RefreshRecord record = session->refreshLog().constFirst();
    QVERIFY(record.ok);
    QVERIFY(!record.rotated);
    QVERIFY(!record.automatic);
    QCOMPARE(record.at, m_clock->now());
    QCOMPARE(record.httpStatus, 200);
    QCOMPARE(record.refreshTokenLast4, before.refreshToken.right(4));
    QCOMPARE(record.newRefreshTokenLast4, before.refreshToken.right(4));
    QVERIFY(record.errorCode.isEmpty());

    // The new tokens are in the keychain again.
    QVERIFY(stored.count() > 0 || stored.wait(Deadline));
    QCOMPARE(readBack(session->accountKey()).accessToken, after.accessToken);
    // The refresh token went in the URL only: the sent request shows its redacted shape.
    for (const auto& [name, value] : m_lastResult.request.query) {
        if (name == u"refreshToken"_s) {
            QVERIFY(SecretPolicy::containsRedaction(value));
        }
    }
    for (const QString& message : std::as_const(m_progress)) {
        QVERIFY(!Canary::foundIn(before.refreshToken.toUtf8(), message.toUtf8()));
    }
}

void TestCustomerSession::automaticRefreshFollowsTheClock()
{
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    const QDateTime expiry = session->currentTicket()->accessTokenExpiration;
    QVERIFY(!session->nextAutoRefreshAt().isValid()); // off by default
    QVERIFY(!session->checkAutoRefresh());

    session->setAutoRefresh(true, 180);
    QCOMPARE(session->nextAutoRefreshAt(), expiry.addSecs(-180));
    m_clock->setNow(expiry.addSecs(-181));
    QVERIFY(!session->checkAutoRefresh());
    QVERIFY(!session->isBusy());

    m_clock->setNow(expiry.addSecs(-180));
    const QDateTime refreshedAt = m_clock->now();
    QVERIFY(finish(
        session.get(), [&] { QVERIFY(session->checkAutoRefresh()); }, CustomerSession::Operation::Refresh));
    QCOMPARE(session->refreshLog().size(), 1);
    QVERIFY(session->refreshLog().constFirst().automatic);
    QVERIFY(session->refreshLog().constFirst().ok);
    // The new ticket counts from the refresh: 15 minutes again, minus the margin.
    QCOMPARE(session->currentTicket()->accessTokenExpiration, refreshedAt.addSecs(15 * 60));
    QCOMPARE(session->nextAutoRefreshAt(), refreshedAt.addSecs(15 * 60 - 180));
    QVERIFY(!session->checkAutoRefresh());

    // Another margin moves the next refresh; off stops it.
    session->setAutoRefresh(true, 600);
    QCOMPARE(session->nextAutoRefreshAt(), refreshedAt.addSecs(15 * 60 - 600));
    session->setAutoRefresh(false);
    m_clock->advanceSeconds(3600);
    QVERIFY(!session->checkAutoRefresh());
}

void TestCustomerSession::automaticRefreshRunsOnItsTimer()
{
    // No call to checkAutoRefresh(): the session's own one-second timer notices that the clock moved.
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    session->setAutoRefresh(true, 180);
    QSignalSpy answered(session.get(), &CustomerSession::resultReady);
    m_clock->setNow(session->currentTicket()->accessTokenExpiration.addSecs(-100));
    QTRY_COMPARE_WITH_TIMEOUT(session->refreshLog().size(), 1, Deadline);
    QTRY_VERIFY(!session->isBusy());
    QVERIFY(session->refreshLog().constFirst().automatic);
    QVERIFY(session->refreshLog().constFirst().ok);
    QCOMPARE(answered.count(), 1);
}

void TestCustomerSession::expireNowRefreshesOnTheNextCheck()
{
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    session->setAutoRefresh(true);
    QCOMPARE(session->autoRefreshMarginSeconds(), 180);
    QVERIFY(!session->checkAutoRefresh());
    const QString accessBefore = session->currentTicket()->accessToken;

    m_clock->advanceSeconds(30);
    session->expireNow();
    QVERIFY(session->isExpiredLocally());
    QCOMPARE(session->accessTokenExpiresAt(), m_clock->now());
    // Locally only: the ticket itself still names its own expiry.
    QVERIFY(session->currentTicket()->accessTokenExpiration > m_clock->now());
    QVERIFY(finish(
        session.get(), [&] { QVERIFY(session->checkAutoRefresh()); }, CustomerSession::Operation::Refresh));
    QVERIFY(!session->isExpiredLocally());
    QVERIFY(session->currentTicket()->accessToken != accessBefore);
    QVERIFY(session->refreshLog().constFirst().automatic);
    QVERIFY(!session->checkAutoRefresh());
}

void TestCustomerSession::rotationIsTracked()
{
    m_tenant->setRotateRefreshTokens(true);
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    const QString first = session->currentTicket()->refreshToken;

    QSignalSpy stored(session.get(), &CustomerSession::tokensStored);
    QVERIFY(finish(
        session.get(), [&] { session->refresh(); }, CustomerSession::Operation::Refresh));
    const QString second = session->currentTicket()->refreshToken;
    QVERIFY(second != first);
    QVERIFY(session->refreshLog().constLast().rotated);
    QCOMPARE(session->refreshLog().constLast().refreshTokenLast4, first.right(4));
    QCOMPARE(session->refreshLog().constLast().newRefreshTokenLast4, second.right(4));
    QVERIFY(stored.count() > 0 || stored.wait(Deadline));
    QCOMPARE(readBack(session->accountKey()).refreshToken, second); // the rotated token is what is kept

    // The next refresh uses the new token (the old one is retired at the tenant).
    m_clock->advanceSeconds(10);
    QVERIFY(finish(
        session.get(), [&] { session->refresh(); }, CustomerSession::Operation::Refresh));
    QCOMPARE(session->refreshLog().size(), 2);
    QVERIFY(session->refreshLog().constLast().ok);
    QCOMPARE(session->refreshLog().constLast().refreshTokenLast4, second.right(4));
    QVERIFY(session->refreshLog().constLast().rotated);

    // Without rotation the log says so.
    m_tenant->setRotateRefreshTokens(false);
    QVERIFY(finish(
        session.get(), [&] { session->refresh(); }, CustomerSession::Operation::Refresh));
    QVERIFY(session->refreshLog().constLast().ok);
    QVERIFY(!session->refreshLog().constLast().rotated);
}

void TestCustomerSession::badRefreshTokenIsDiagnosed_data()
{
    QTest::addColumn<bool>("expired");
    QTest::newRow("expired refresh token") << true;
    QTest::newRow("unknown refresh token") << false;
}

void TestCustomerSession::badRefreshTokenIsDiagnosed()
{
    QFETCH(bool, expired);
    m_tenant->setRotateRefreshTokens(!expired);
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    const CustomerAuthTicket old = *session->currentTicket();
    if (expired) {
        m_clock->setNow(old.refreshTokenExpiration.addSecs(1));
    } else {
        // Another client (the same customer elsewhere) refreshes first: the tenant rotates the token away.
        auto other = makeSession();
        QVERIFY(logIn(other.get(), Ada));
        AuthTicketClient client(m_manager.get(), nullptr);
        client.setClock(m_clock.get());
        client.setProfile(KiboProfile::demo(m_tenant->baseUrl()), DemoTenant::sharedSecret());
        QSignalSpy done(&client, &AuthTicketClient::finished);
        client.refresh(old.refreshToken);
        QVERIFY(done.wait(Deadline));
        QVERIFY(done.at(0).at(0).value<AuthTicketResult>().ticket.has_value());
    }
    session->setAutoRefresh(true);
    if (expired) {
        // The automatic check notices the expiry on its own.
        QVERIFY(finish(
            session.get(), [&] { QVERIFY(session->checkAutoRefresh()); }, CustomerSession::Operation::Refresh));
    } else {
        QVERIFY(!session->checkAutoRefresh()); // not due yet: the user refreshes by hand
        QVERIFY(finish(
            session.get(), [&] { QVERIFY(session->refresh()); }, CustomerSession::Operation::Refresh));
    }

    QCOMPARE(m_lastResult.error.errorCode, u"INVALID_REFRESH_TOKEN"_s);
    QCOMPARE(m_lastResult.httpStatus, 401);
    const CustomerSession::RefreshRecord record = session->refreshLog().constLast();
    QVERIFY(!record.ok);
    QVERIFY(!record.rotated);
    QCOMPARE(record.httpStatus, 401);
    QCOMPARE(record.errorCode, u"INVALID_REFRESH_TOKEN"_s);
    // The session keeps its old ticket, and does not hammer the tenant with the same token every second.
    QVERIFY(session->currentTicket());
    QCOMPARE(session->currentTicket()->refreshToken, old.refreshToken);
    QCOMPARE(session->currentTicket()->accessToken, old.accessToken);
    QVERIFY(!session->nextAutoRefreshAt().isValid());
    QVERIFY(!session->checkAutoRefresh());
    // The refresh token is in no message and not in the error.
    const QByteArray token = old.refreshToken.toUtf8();
    for (const QString& message : std::as_const(m_progress)) {
        QVERIFY(!Canary::foundIn(token, message.toUtf8()));
    }
    QVERIFY(!Canary::foundIn(token, m_lastResult.error.message.toUtf8()));
    QVERIFY(!Canary::foundIn(token, m_lastResult.error.detail.toUtf8()));
    QVERIFY(!Canary::foundIn(token, m_lastResult.request.url.toString().toUtf8()));
}

void TestCustomerSession::anonymousThenLogin_data()
{
    QTest::addColumn<bool>("upgrade");
    QTest::newRow("upgrade") << true;
    QTest::newRow("no upgrade") << false;
}

void TestCustomerSession::anonymousThenLogin()
{
    QFETCH(bool, upgrade);
    auto session = makeSession();
    QVERIFY(finish(
        session.get(), [&] { session->anonymous(); }, CustomerSession::Operation::Anonymous));
    QVERIFY(session->isAnonymous());
    QVERIFY(session->username().isEmpty());
    QVERIFY(session->accountKey().isEmpty());
    QCOMPARE(session->name(), u"Anonymous shopper"_s);
    const CustomerAuthTicket anonymous = *session->currentTicket();
    QCOMPARE(userClaims(anonymous).value(u"anon"_s).toString(), u"1"_s);
    QCOMPARE(m_vaultRequests, 0); // an anonymous ticket is never stored
    QVERIFY(session->previousAnonymousId().isEmpty());

    session->setUpgradeAnonymous(upgrade);
    QVERIFY(logIn(session.get(), Ada));
    QVERIFY(!session->isAnonymous());
    QCOMPARE(session->name(), Ada);
    if (upgrade) {
        QCOMPARE(session->previousAnonymousId(), anonymous.userId);
        QCOMPARE(userClaims(*session->currentTicket()).value(u"b.PreviousAnonymousId"_s).toString(), anonymous.userId);
        // Sent as x-vol-user-claims, in its redacted shape only.
        bool sent = false;
        for (const auto& [name, value] : m_lastResult.request.headers) {
            if (name.toLower() == "x-vol-user-claims") {
                sent = true;
                QVERIFY(!Canary::foundIn(anonymous.accessToken.toUtf8(), value));
            }
        }
        QVERIFY(sent);
    } else {
        QVERIFY(session->previousAnonymousId().isEmpty());
    }
}

void TestCustomerSession::b2bAccountChoice()
{
    auto session = makeSession();
    QVERIFY(finish(session.get(), [&] { session->login(loginRequest(Buyer, 9999)); }));
    QCOMPARE(m_lastResult.error.errorCode, u"MISSING_OR_INVALID_PARAMETER"_s);
    QVERIFY(!session->currentTicket());
    QCOMPARE(m_vaultRequests, 0);

    QVERIFY(logIn(session.get(), Buyer, 2002));
    QCOMPARE(userClaims(*session->currentTicket()).value(u"b.AccountId"_s).toString(), u"2002"_s);
    // A refresh stays on the chosen account.
    QVERIFY(finish(
        session.get(), [&] { session->refresh(); }, CustomerSession::Operation::Refresh));
    QVERIFY(session->refreshLog().constLast().ok);
    QCOMPARE(userClaims(*session->currentTicket()).value(u"b.AccountId"_s).toString(), u"2002"_s);

    auto other = makeSession();
    QVERIFY(logIn(other.get(), Buyer, 2001));
    QCOMPARE(userClaims(*other->currentTicket()).value(u"b.AccountId"_s).toString(), u"2001"_s);
}

void TestCustomerSession::forgetIsProvenByTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("KTI_KEYRING_SANDBOX")) {
        QSKIP("needs the Secret Service of scripts/with-keyring");
    }
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    const QString account = session->accountKey();
    const CustomerAuthTicket ticket = *session->currentTicket();
    QVERIFY(readBack(account).refreshToken == ticket.refreshToken);
    const KeychainListing before = KeychainListing::read();
    QVERIFY2(before.hasAccount(account), before.accountsText().constData());

    QSignalSpy forgotten(session.get(), &CustomerSession::forgotten);
    session->forget();
    QVERIFY(!session->currentTicket()); // cleared at once, locally
    QVERIFY(!session->canRefresh());
    QVERIFY(forgotten.wait(Deadline));
    QVERIFY(forgotten.at(0).at(0).value<VaultStatus>().ok());
    QVERIFY(session->forgetProven());
    const QString report = session->forgetReport();
    QVERIFY2(report.contains(u"Kibo has no customer logout endpoint"_s), qPrintable(report));
    QVERIFY2(report.contains(u"no refresh token stored for %1"_s.arg(account)), qPrintable(report));
    QVERIFY2(report.contains(ticket.refreshTokenExpiration.toString(u"yyyy-MM-dd HH:mm:ss"_s)), qPrintable(report));
    QVERIFY(!Canary::foundIn(ticket.refreshToken.toUtf8(), report.toUtf8()));

    // From outside: nothing under the account any more.
    VaultStatus status;
    const StoredTokens after = readBack(account, &status);
    QVERIFY(after.refreshToken.isEmpty());
    QCOMPARE(status.code, VaultStatus::Code::NotFound);
    const KeychainListing listing = KeychainListing::read();
    QVERIFY(listing.ok);
    QVERIFY2(!listing.hasAccount(account), listing.accountsText().constData());
    m_accounts.removeAll(account);

    // Kibo itself still accepts the refresh token: there is no logout to call.
    AuthTicketClient client(m_manager.get(), nullptr);
    client.setClock(m_clock.get());
    client.setProfile(KiboProfile::demo(m_tenant->baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy done(&client, &AuthTicketClient::finished);
    client.refresh(ticket.refreshToken);
    QVERIFY(done.wait(Deadline));
    QVERIFY(done.at(0).at(0).value<AuthTicketResult>().ticket.has_value());
}

void TestCustomerSession::twoSessionsDoNotTouchEachOther()
{
    auto first = makeSession();
    auto second = makeSession();
    QVERIFY(logIn(first.get(), Ada));
    m_clock->advanceSeconds(5);
    QVERIFY(logIn(second.get(), Buyer, 2001));
    QVERIFY(first->accountKey() != second->accountKey());
    first->setAutoRefresh(true, 180);
    second->setAutoRefresh(true, 300);

    const CustomerAuthTicket secondTicket = *second->currentTicket();
    const QDateTime secondDue = second->nextAutoRefreshAt();
    const StoredTokens secondStored = readBack(second->accountKey());
    QCOMPARE(secondStored.refreshToken, secondTicket.refreshToken);
    const StoredTokens firstStored = readBack(first->accountKey());

    // Expire and refresh the first session only.
    m_clock->advanceSeconds(20);
    first->expireNow();
    QVERIFY(!second->isExpiredLocally());
    QVERIFY(!second->checkAutoRefresh());
    QSignalSpy secondAnswers(second.get(), &CustomerSession::resultReady);
    QSignalSpy secondLog(second.get(), &CustomerSession::refreshLogChanged);
    QSignalSpy stored(first.get(), &CustomerSession::tokensStored);
    QVERIFY(finish(
        first.get(), [&] { QVERIFY(first->checkAutoRefresh()); }, CustomerSession::Operation::Refresh));
    QVERIFY(stored.count() > 0 || stored.wait(Deadline));
    QVERIFY(first->currentTicket()->accessToken != firstStored.accessToken);
    QCOMPARE(readBack(first->accountKey()).accessToken, first->currentTicket()->accessToken);

    // The second: same ticket, same timer, same keychain entry, nothing logged, no answer.
    QCOMPARE(second->currentTicket()->accessToken, secondTicket.accessToken);
    QCOMPARE(second->currentTicket()->refreshToken, secondTicket.refreshToken);
    QCOMPARE(second->currentTicket()->accessTokenExpiration, secondTicket.accessTokenExpiration);
    QCOMPARE(second->nextAutoRefreshAt(), secondDue);
    QCOMPARE(second->autoRefreshMarginSeconds(), 300);
    QVERIFY(second->refreshLog().isEmpty());
    QCOMPARE(secondAnswers.count(), 0);
    QCOMPARE(secondLog.count(), 0);
    QCOMPARE(readBack(second->accountKey()), secondStored);
    QCOMPARE(second->username(), Buyer);
    QCOMPARE(first->username(), Ada);

    // Forgetting the first leaves the second's entry in place.
    QSignalSpy forgotten(first.get(), &CustomerSession::forgotten);
    first->forget();
    QVERIFY(forgotten.wait(Deadline));
    m_accounts.removeAll(first->accountKey());
    QVERIFY(readBack(first->accountKey()).refreshToken.isEmpty());
    QCOMPARE(readBack(second->accountKey()), secondStored);
    QVERIFY(second->currentTicket());
}

void TestCustomerSession::refreshStaysWithTheIssuingTenant()
{
    // After a login, the form points the session at another tenant: the ticket's refresh token and client secret
    // still go to the tenant that issued it. A login there that fails then closes the ticket (a session holds one
    // customer): no refresh is left to send anywhere, and the issuing tenant's keychain entry stays as it was.
    FaultServer other;
    QVERIFY(other.listenLocal());
    other.script("/api/platform",
        { FaultServer::json(200, R"({"access_token":"other-app-token","token_type":"Bearer","expires_in":3600})") });
    other.script("/api/commerce",
        { FaultServer::json(401, R"({"message":"Invalid credentials","errorCode":"INVALID_CREDENTIALS"})") });
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    const QString account = session->accountKey();
    const CustomerAuthTicket ticket = *session->currentTicket();

    const QString otherSecret = u"other-tenant-client-secret"_s;
    session->setProfile(faultServerProfile(other.baseUrl()), otherSecret);
    QSignalSpy stored(session.get(), &CustomerSession::tokensStored);
    QVERIFY(finish(
        session.get(), [&] { QVERIFY(session->refresh()); }, CustomerSession::Operation::Refresh));
    QVERIFY(session->refreshLog().constLast().ok); // the issuing tenant answered
    QVERIFY(session->currentTicket()->accessToken != ticket.accessToken);
    QCOMPARE(other.count("/api/"), 0);
    // Stored again under the issuing tenant's account.
    QVERIFY(stored.count() > 0 || stored.wait(Deadline));
    QCOMPARE(session->accountKey(), account);
    const QString refreshed = session->currentTicket()->accessToken;
    QCOMPARE(readBack(account).accessToken, refreshed);

    QVERIFY(finish(session.get(), [&] { session->login(loginRequest(Ada)); }));
    QCOMPARE(m_lastResult.error.errorCode, u"INVALID_CREDENTIALS"_s);
    QVERIFY(!session->currentTicket());
    QVERIFY(session->refreshLog().isEmpty());
    QVERIFY(!session->refresh());
    QCOMPARE(other.count("/api/commerce/customer/authtickets/refresh"), 0);
    for (const FaultServer::Request& request : other.requests()) {
        QVERIFY(!Canary::foundIn(ticket.refreshToken.toUtf8(), request.target + request.body));
    }
    QCOMPARE(readBack(account).accessToken, refreshed);
    QVERIFY2(session->closedReport().contains(account), qPrintable(session->closedReport()));
}

void TestCustomerSession::automaticRefreshWaitsOutRetryAfter()
{
    // A tenant lookup answered 429 with Retry-After (a lookup closes no ticket): the due automatic refresh waits
    // quietly (no request, no message each second) and goes out once the waiting time has passed.
    FaultServer throttling;
    QVERIFY(throttling.listenLocal());
    throttling.script("/api/platform",
        { FaultServer::json(200, R"({"access_token":"other-app-token","token_type":"Bearer","expires_in":3600})") });
    throttling.script("/api/platform/tenants", { FaultServer::json(429, {}, { { "Retry-After", "30" } }) });
    auto session = makeSession();
    QVERIFY(logIn(session.get(), Ada));
    session->setAutoRefresh(true, 180);
    session->setProfile(faultServerProfile(throttling.baseUrl()), DemoTenant::sharedSecret());
    QVERIFY(finish(
        session.get(), [&] { session->lookupTenant(); }, CustomerSession::Operation::LookupTenant));
    QCOMPARE(m_lastResult.error.kind, KiboError::Kind::Throttled);
    QVERIFY(session->isThrottled());
    QVERIFY(session->currentTicket());

    session->expireNow();
    m_progress.clear();
    for (int second = 0; second < 29; ++second) {
        QVERIFY(!session->checkAutoRefresh());
        m_clock->advanceSeconds(1);
    }
    QVERIFY(!session->isBusy());
    QVERIFY(session->refreshLog().isEmpty());
    QVERIFY2(m_progress.isEmpty(), qPrintable(m_progress.join(u" | "_s)));

    m_clock->advanceSeconds(1);
    QVERIFY(!session->isThrottled());
    QVERIFY(finish(
        session.get(), [&] { QVERIFY(session->checkAutoRefresh()); }, CustomerSession::Operation::Refresh));
    QVERIFY(session->refreshLog().constLast().ok);
    QVERIFY(session->refreshLog().constLast().automatic);
    QCOMPARE(throttling.count("/api/platform/tenants"), 1);
    QCOMPARE(throttling.count("/api/commerce"), 0);
}

QTEST_GUILESS_MAIN(TestCustomerSession)
#include "testcustomersession.moc"
