#include "clock.h"
#include "demo/demoseed.h"
#include "demo/demotenant.h"
#include "demo/reservedport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString authTickets = u"/api/commerce/customer/authtickets"_s;
const QString ada = u"ada.lovelace@example.com"_s;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray correlation;
    QByteArray wwwAuthenticate;

    QString errorCode() const { return json.value(u"errorCode"_s).toString(); }
    QString data(const QString& name) const
    {
        const QJsonArray items = json.value(u"additionalErrorData"_s).toArray();
        for (const QJsonValue& item : items) {
            if (item.toObject().value(u"name"_s).toString() == name) {
                return item.toObject().value(u"value"_s).toString();
            }
        }
        return {};
    }
};

bool isHex32(const QString& text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{32}$"_s);
    return hex.match(text).hasMatch();
}

QJsonObject decodeSegment(const QString& segment)
{
    const QByteArray bytes = QByteArray::fromBase64(segment.toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject jwtPayload(const QString& jwt)
{
    return decodeSegment(jwt.section(u'.', 1, 1));
}

QJsonObject userClaims(const QString& jwt)
{
    return jwtPayload(jwt).value(u"https://www.kibocommerce.com/user_claims"_s).toObject();
}

// The body is what QJsonDocument writes for its JSON (compact), byte for byte: what the tenant always sent.
bool isQtsCompactJson(const QByteArray& body)
{
    return !body.isEmpty() && QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact) == body;
}

QDateTime parseIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestDemoTenant final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void oauth_data();
    void oauth();
    void oauthRenewal();
    void appTokenRequired_data();
    void appTokenRequired();
    void tenantLookup();

    void login_data();
    void login();
    void ticketShape();
    void jwtSignatureAndClaims();
    void bigAccount();
    void bigAccountTextIsWrittenOnce();
    void b2bAccounts_data();
    void b2bAccounts();

    void twoFactor_data();
    void twoFactor();
    void twoFactorRequestWithoutPending();
    void otpLogin();

    void refresh_data();
    void refresh();
    void anonymousUpgrade();
    void impersonateCart_data();
    void impersonateCart();

    void ttl_data();
    void ttl();
    void responseFields_data();
    void responseFields();
    void paths_data();
    void paths();
    void tenantHeaders_data();
    void tenantHeaders();
    void originsRefuseEachOther_data();
    void originsRefuseEachOther();
    void dataCentreHosts();
    void oversizeBody_data();
    void oversizeBody();

    void https_data();
    void https();
    void listenFailures();
    void reservedPortsQueueConnectionsUntilServed();
    void reservedPortIsReleased();
    void noSecretsInLogs();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& contentType = "application/json",
        bool bearer = true);
    Reply login(const QString& userName, const QString& password, const QJsonObject& extra = {},
        const QString& query = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QString appToken();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DemoTenant> m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_appToken;
};

void TestDemoTenant::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime::fromString(u"2026-03-01T12:00:00Z"_s, Qt::ISODate));
    QVERIFY(m_clock->now().isValid());
    m_tenant = std::make_unique<DemoTenant>();
    m_tenant->setClock(m_clock.get());
    QVERIFY2(m_tenant->listen(), qPrintable(m_tenant->errorString()));
    QCOMPARE(m_tenant->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_tenant->baseUrl().port() > 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_appToken.clear();
}

void TestDemoTenant::cleanup()
{
    m_nam.reset();
    m_tenant.reset();
    m_clock.reset();
}

Reply TestDemoTenant::send(const QByteArray& method, const QString& path, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& contentType, bool bearer)
{
    // Kibo's two origins: platform calls go to the home host, customer calls to the tenant's pod.
    const bool platform = path.startsWith(u"/api/platform/"_s);
    QUrl url = platform ? m_tenant->baseUrl() : m_tenant->podUrl();
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty() && !body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (bearer) {
        request.setRawHeader("Authorization", "Bearer " + appToken().toLatin1());
    }
    // Customer tickets are per site: every pod call names the demo's site unless a test names another one, or
    // none (an empty value).
    bool siteGiven = false;
    for (const auto& [name, value] : headers) {
        siteGiven = siteGiven || name == "x-vol-site";
        if (!value.isEmpty()) {
            request.setRawHeader(name, value);
        }
    }
    if (!platform && !siteGiven) {
        request.setRawHeader("x-vol-site", QByteArray::number(DemoTenant::siteId()));
    }
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(10000)) {
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.correlation = reply->rawHeader("x-vol-correlation");
    result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return result;
}

QString TestDemoTenant::appToken()
{
    if (m_appToken.isEmpty()) {
        const QJsonObject body { { u"client_id"_s, DemoTenant::clientId() },
            { u"client_secret"_s, DemoTenant::sharedSecret() }, { u"grant_type"_s, u"client_credentials"_s } };
        m_appToken = u"pending"_s; // send() must not recurse
        const Reply reply = send("POST", u"/api/platform/applications/authtickets/oauth"_s,
            QJsonDocument(body).toJson(), {}, "application/json", false);
        m_appToken = reply.json.value(u"access_token"_s).toString();
    }
    return m_appToken;
}

Reply TestDemoTenant::login(const QString& userName, const QString& password, const QJsonObject& extra,
    const QString& query, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QJsonObject body = extra;
    body.insert(u"username"_s, userName);
    body.insert(u"password"_s, password);
    return send("POST", authTickets + query, QJsonDocument(body).toJson(), headers);
}

// --- app authentication -------------------------------------------------------------------------

void TestDemoTenant::oauth_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    const QByteArray id = DemoTenant::clientId().toLatin1();
    const QByteArray secret = DemoTenant::sharedSecret().toLatin1();
    QTest::newRow("json") << QByteArray("application/json")
                          << QByteArray(R"({"client_id":")" + id + R"(","client_secret":")" + secret
                                 + R"(","grant_type":"client_credentials"})")
                          << 200 << QString();
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray(
                                 "client_id=" + id + "&client_secret=" + secret + "&grant_type=client_credentials")
                          << 200 << QString();
    QTest::newRow("json bad secret") << QByteArray("application/json")
                                     << QByteArray(R"({"client_id":")" + id
                                            + R"(","client_secret":"nope","grant_type":"client_credentials"})")
                                     << 401 << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("form bad secret") << QByteArray("application/x-www-form-urlencoded")
                                     << QByteArray(
                                            "client_id=" + id + "&client_secret=nope&grant_type=client_credentials")
                                     << 401 << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("unknown client") << QByteArray("application/json")
                                    << QByteArray(R"({"client_id":"Other.App.1.0.0.Release","client_secret":")" + secret
                                           + R"(","grant_type":"client_credentials"})")
                                    << 401 << u"INVALID_CREDENTIALS"_s;
    QTest::newRow("broken json") << QByteArray("application/json") << QByteArray("{\"client_id\":") << 400
                                 << u"MISSING_OR_INVALID_PARAMETER"_s;
    QTest::newRow("no client id") << QByteArray("application/json") << QByteArray("{}") << 400
                                  << u"MISSING_OR_INVALID_PARAMETER"_s;
}

void TestDemoTenant::oauth()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);

    const Reply reply = send("POST", u"/api/platform/applications/authtickets/oauth"_s, body, {}, contentType, false);
    QCOMPARE(reply.status, status);
    QVERIFY(isHex32(QString::fromLatin1(reply.correlation)));
    if (status == 200) {
        QCOMPARE(reply.json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(reply.json.value(u"expires_in"_s).toInt(), 3600);
        QVERIFY(!reply.json.value(u"access_token"_s).toString().isEmpty());
        QVERIFY(!reply.json.value(u"refresh_token"_s).toString().isEmpty());
    } else {
        QCOMPARE(reply.errorCode(), errorCode);
        QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
        if (errorCode == u"INVALID_CREDENTIALS"_s) {
            QCOMPARE(reply.json.value(u"applicationName"_s).toString(), u"AppDev"_s);
            QVERIFY(!reply.data(u"CredentialsName"_s).isEmpty());
        }
    }
}

void TestDemoTenant::oauthRenewal()
{
    const QJsonObject first { { u"client_id"_s, DemoTenant::clientId() },
        { u"client_secret"_s, DemoTenant::sharedSecret() }, { u"grant_type"_s, u"client_credentials"_s } };
    const Reply issued = send("POST", u"/api/platform/applications/authtickets/oauth"_s, QJsonDocument(first).toJson(),
        {}, "application/json", false);
    QCOMPARE(issued.status, 200);
    QJsonObject renewal = first;
    renewal.insert(u"refresh_token"_s, issued.json.value(u"refresh_token"_s));
    const Reply renewed = send("POST", u"/api/platform/applications/authtickets/oauth"_s,
        QJsonDocument(renewal).toJson(), {}, "application/json", false);
    QCOMPARE(renewed.status, 200);
    QVERIFY(renewed.json.value(u"access_token"_s) != issued.json.value(u"access_token"_s));

    // The app token expires after expires_in.
    m_appToken = issued.json.value(u"access_token"_s).toString();
    QCOMPARE(send("GET", authTickets + u"/anonymousshopper"_s).status, 200);
    m_clock->advanceSeconds(3601);
    const Reply expired = send("GET", authTickets + u"/anonymousshopper"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), u"INVALID_ACCESS_TOKEN"_s);
}

void TestDemoTenant::appTokenRequired_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    QTest::newRow("login without token") << QByteArray("POST") << authTickets << QByteArray();
    QTest::newRow("login unknown token") << QByteArray("POST") << authTickets << QByteArray("Bearer nonsense");
    QTest::newRow("refresh without token")
        << QByteArray("PUT") << authTickets + u"/refresh?refreshToken=x"_s << QByteArray();
    QTest::newRow("anonymous not bearer")
        << QByteArray("GET") << authTickets + u"/anonymousshopper"_s << QByteArray("Basic abc");
    QTest::newRow("tenant without token") << QByteArray("GET") << u"/api/platform/tenants/100001"_s << QByteArray();
}

void TestDemoTenant::appTokenRequired()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty()) {
        headers.append({ "Authorization", authorization });
    }
    // App token is checked before the body's syntax.
    const Reply reply = send(method, path, "not json", headers, "application/json", false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"INVALID_ACCESS_TOKEN"_s);
    QVERIFY(!reply.data(u"OperationName"_s).isEmpty());
    QCOMPARE(reply.wwwAuthenticate, QByteArray("Api-Application, accesstoken=none"));
    QVERIFY(isHex32(QString::fromLatin1(reply.correlation)));
}

void TestDemoTenant::tenantLookup()
{
    const Reply reply = send("GET", u"/api/platform/tenants/%1"_s.arg(DemoTenant::tenantId()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"id"_s).toInt(), DemoTenant::tenantId());
    // The domain names the pod, another origin than the home host that answered.
    QCOMPARE(reply.json.value(u"domain"_s).toString(), m_tenant->podUrl().authority());
    QVERIFY(m_tenant->podUrl().authority() != m_tenant->baseUrl().authority());
    QVERIFY(reply.json.value(u"isDevTenant"_s).isBool());
    const QJsonObject site = reply.json.value(u"sites"_s).toArray().at(0).toObject();
    QCOMPARE(site.value(u"id"_s).toInt(), DemoTenant::siteId());
    QCOMPARE(site.value(u"siteId"_s).toInt(), DemoTenant::siteId());
    QCOMPARE(site.value(u"tenantId"_s).toInt(), DemoTenant::tenantId());
    QCOMPARE(site.value(u"catalogId"_s).toInt(), 1);
    QCOMPARE(site.value(u"localeCode"_s).toString(), u"en-US"_s);
    QCOMPARE(site.value(u"currencyCode"_s).toString(), u"USD"_s);
    QCOMPARE(site.value(u"domain"_s).toString(), m_tenant->podUrl().authority());
    QCOMPARE(reply.json.value(u"masterCatalogs"_s).toArray().at(0).toObject().value(u"id"_s).toInt(), 1);

    const Reply other = send("GET", u"/api/platform/tenants/42"_s);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.errorCode(), u"ITEM_NOT_FOUND"_s);
}

// --- login --------------------------------------------------------------------------------------

void TestDemoTenant::login_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("dataName");
    QTest::addColumn<QString>("dataValue");
    QTest::addColumn<bool>("requires2FA");

    const QString pw = DemoTenant::defaultPassword();
    QTest::newRow("ada") << ada << pw << 200 << QString() << QString() << QString() << false;
    QTest::newRow("ada upper case user") << u"ADA.Lovelace@Example.com"_s << pw << 200 << QString() << QString()
                                         << QString() << false;
    QTest::newRow("locked") << u"locked@example.com"_s << pw << 401 << u"ACCOUNT_LOCKED"_s << u"IsLocked"_s << u"true"_s
                            << false;
    QTest::newRow("inactive") << u"inactive@example.com"_s << pw << 401 << u"ACCOUNT_INACTIVE"_s << u"IsActive"_s
                              << u"false"_s << false;
    QTest::newRow("mfa") << u"mfa@example.com"_s << pw << 200 << QString() << QString() << QString() << true;
    QTest::newRow("b2b buyer") << u"b2b.buyer@example.com"_s << pw << 200 << QString() << QString() << QString()
                               << false;
    QTest::newRow("big account") << u"big.account@example.com"_s << pw << 200 << QString() << QString() << QString()
                                 << false;
    QTest::newRow("expired password") << u"expired.password@example.com"_s << pw << 401 << u"PASSWORD_CHANGE_REQUIRED"_s
                                      << u"IsPasswordChangeRequired"_s << u"true"_s << false;
    QTest::newRow("wrong password") << ada << u"wrong"_s << 401 << u"INVALID_CREDENTIALS"_s << QString() << QString()
                                    << false;
    QTest::newRow("unknown user") << u"nobody@example.com"_s << pw << 401 << u"INVALID_CREDENTIALS"_s << QString()
                                  << QString() << false;
    QTest::newRow("locked wrong password")
        << u"locked@example.com"_s << u"wrong"_s << 401 << u"INVALID_CREDENTIALS"_s << QString() << QString() << false;
    QTest::newRow("no username") << QString() << pw << 400 << u"MISSING_OR_INVALID_PARAMETER"_s << u"ParameterName"_s
                                 << u"username"_s << false;
    QTest::newRow("no password") << ada << QString() << 400 << u"MISSING_OR_INVALID_PARAMETER"_s << u"ParameterName"_s
                                 << u"password"_s << false;
}

void TestDemoTenant::login()
{
    QFETCH(QString, userName);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, dataName);
    QFETCH(QString, dataValue);
    QFETCH(bool, requires2FA);

    QSignalSpy codes(m_tenant.get(), &DemoTenant::codeSent);
    const Reply reply = login(userName, password);
    QCOMPARE(reply.status, status);
    QVERIFY(isHex32(QString::fromLatin1(reply.correlation)));
    if (status != 200) {
        QCOMPARE(reply.errorCode(), errorCode);
        QVERIFY(reply.json.contains(u"items"_s));
        const QString type = reply.json.value(u"exceptionDetail"_s).toObject().value(u"type"_s).toString();
        QVERIFY2(QRegularExpression(u"^KiboTokenInspector\\.Demo\\.[A-Z][A-Za-z]+Exception$"_s).match(type).hasMatch(),
            qPrintable(type));
        QVERIFY(!reply.json.value(u"applicationName"_s).toString().isEmpty());
        if (!dataName.isEmpty()) {
            QCOMPARE(reply.data(dataName), dataValue);
        }
        QVERIFY(!reply.body.contains(password.toUtf8()) || password.isEmpty());
        QCOMPARE(codes.size(), 0);
        return;
    }
    QCOMPARE(reply.json.value(u"requires2FA"_s).toBool(), requires2FA);
    if (requires2FA) {
        QVERIFY(isHex32(reply.json.value(u"userId"_s).toString()));
        QVERIFY(!reply.json.contains(u"accessToken"_s));
        QVERIFY(!reply.json.contains(u"customerAccount"_s));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.at(0).at(0).toString(), userName);
        return;
    }
    QCOMPARE(codes.size(), 0);
    QCOMPARE(reply.json.value(u"customerAccount"_s).toObject().value(u"emailAddress"_s).toString().toLower(),
        userName.toLower());
    // The account's text is put into the ticket's: the bytes are still those of the whole ticket written at once.
    QVERIFY(isQtsCompactJson(reply.body));
}

void TestDemoTenant::ticketShape()
{
    const QDateTime issued = m_clock->now();
    const Reply reply = login(ada, DemoTenant::defaultPassword());
    QCOMPARE(reply.status, 200);
    const QJsonObject& ticket = reply.json;
    const QByteArray accessToken = ticket.value(u"accessToken"_s).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(accessToken, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 320);
    QVERIFY(isHex32(ticket.value(u"refreshToken"_s).toString()));
    QVERIFY(isHex32(ticket.value(u"userId"_s).toString()));
    QCOMPARE(parseIso(ticket.value(u"accessTokenExpiration"_s).toString()), issued.addSecs(15 * 60));
    QCOMPARE(parseIso(ticket.value(u"refreshTokenExpiration"_s).toString()), issued.addSecs(24 * 3600));
    QCOMPARE(ticket.value(u"requires2FA"_s).toBool(true), false);

    const QJsonObject account = ticket.value(u"customerAccount"_s).toObject();
    QCOMPARE(account.value(u"userId"_s).toString(), ticket.value(u"userId"_s).toString());
    QCOMPARE(account.value(u"firstName"_s).toString(), u"Ada"_s);
    QVERIFY(account.value(u"isActive"_s).toBool());
    QVERIFY(!account.value(u"isLocked"_s).toBool(true));
    QVERIFY(account.value(u"id"_s).toInt() > 0);
    for (const QString& list : { u"contacts"_s, u"notes"_s, u"segments"_s, u"attributes"_s }) {
        QVERIFY2(!account.value(list).toArray().isEmpty(), qPrintable(list));
    }
    const QJsonObject contact = account.value(u"contacts"_s).toArray().at(0).toObject();
    QVERIFY(contact.value(u"address"_s).toObject().contains(u"postalOrZipCode"_s));
    QVERIFY(contact.value(u"phoneNumbers"_s).toObject().contains(u"mobile"_s));
    QCOMPARE(contact.value(u"types"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Billing"_s);
    const QJsonObject summary = account.value(u"commerceSummary"_s).toObject();
    QVERIFY(summary.value(u"orderCount"_s).toInt() > 0);
    QCOMPARE(summary.value(u"totalOrderAmount"_s).toObject().value(u"currencyCode"_s).toString(), u"USD"_s);
    QVERIFY(account.value(u"auditInfo"_s).toObject().contains(u"createDate"_s));
}

void TestDemoTenant::jwtSignatureAndClaims()
{
    const QDateTime issued = m_clock->now();
    const Reply reply = login(ada, DemoTenant::defaultPassword());
    QCOMPARE(reply.status, 200);
    const QString jwt = reply.json.value(u"jwtAccessToken"_s).toString();
    const QStringList parts = jwt.split(u'.');
    QCOMPARE(parts.size(), 3);
    QVERIFY(!jwt.contains(u'='));

    const QByteArray signingInput = (parts.at(0) + u'.' + parts.at(1)).toLatin1();
    const QByteArray expected
        = QMessageAuthenticationCode::hash(signingInput, DemoTenant::jwtSecret(), QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(parts.at(2).toLatin1(), expected);
    const QByteArray forged = QMessageAuthenticationCode::hash(signingInput, "another key", QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QVERIFY(parts.at(2).toLatin1() != forged);

    const QJsonObject header = decodeSegment(parts.at(0));
    QCOMPARE(header.value(u"alg"_s).toString(), u"HS256"_s);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    QVERIFY(!header.contains(u"kid"_s));

    const QJsonObject payload = jwtPayload(jwt);
    const QString userId = reply.json.value(u"userId"_s).toString();
    QCOMPARE(payload.value(u"iss"_s).toString(), u"https://www.kibocommerce.com"_s);
    QCOMPARE(payload.value(u"aud"_s).toString(), u"https://www.kibocommerce.com"_s);
    QCOMPARE(payload.value(u"sub"_s).toString(), userId);
    QCOMPARE(payload.value(u"unique_name"_s).toString(), userId);
    QCOMPARE(payload.value(u"iat"_s).toInteger(), issued.toSecsSinceEpoch());
    QCOMPARE(payload.value(u"nbf"_s).toInteger(), issued.toSecsSinceEpoch());
    QCOMPARE(payload.value(u"exp"_s).toInteger(), issued.toSecsSinceEpoch() + 3600);

    const QJsonObject app = payload.value(u"https://www.kibocommerce.com/app_claims"_s).toObject();
    QCOMPARE(app.value(u"akey"_s).toString(), DemoTenant::clientId());
    QVERIFY(isHex32(app.value(u"aid"_s).toString()));
    QCOMPARE(app.value(u"env"_s).toString(), u"demo"_s);
    QCOMPARE(app.value(u"exp"_s).toString(), issued.addSecs(3600).toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    for (const QString& flag : { u"ssl"_s, u"ent"_s, u"mtr"_s, u"uc"_s }) {
        QCOMPARE(app.value(flag).toString(), u"0"_s);
    }
    QVERIFY(app.value(u"rnd"_s).isDouble());
    QVERIFY(app.contains(u"b.AppName"_s));

    const QJsonObject user = userClaims(jwt);
    QCOMPARE(user.value(u"uid"_s).toString(), userId);
    QCOMPARE(user.value(u"anon"_s).toString(), u"0"_s);
    QCOMPARE(user.value(u"st"_s).toString(), u"Shopper"_s);
    QCOMPARE(user.value(u"bv"_s).toArray(), (QJsonArray { 31, 4194304 }));
    QCOMPARE(user.value(u"exp"_s).toString(),
        parseIso(reply.json.value(u"accessTokenExpiration"_s).toString()).toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    QCOMPARE(user.value(u"b.TenantId"_s).toString(), QString::number(DemoTenant::tenantId()));
    QCOMPARE(user.value(u"b.SiteId"_s).toString(), QString::number(DemoTenant::siteId()));
    QCOMPARE(user.value(u"b.AccountId"_s).toString(),
        QString::number(reply.json.value(u"customerAccount"_s).toObject().value(u"id"_s).toInt()));
    QCOMPARE(user.value(u"b.UserFirstName"_s).toString(), u"Ada"_s);
    QCOMPARE(user.value(u"b.UserLastName"_s).toString(), u"Lovelace"_s);
    QVERIFY(!user.contains(u"b.PreviousAnonymousId"_s));
    const QJsonObject session = QJsonDocument::fromJson(user.value(u"b._sess_"_s).toString().toUtf8()).object();
    QCOMPARE(session.value(u"i"_s).toString(), payload.value(u"sid"_s).toString());
    QVERIFY(isHex32(session.value(u"i"_s).toString()));
}

void TestDemoTenant::bigAccount()
{
    const Reply reply = login(u"big.account@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(reply.status, 200);
    const QJsonObject account = reply.json.value(u"customerAccount"_s).toObject();
    QCOMPARE(account.value(u"contacts"_s).toArray().size(), 5000);
    QCOMPARE(account.value(u"attributes"_s).toArray().size(), 2000);
    // Deterministic: a second login gives the same account.
    const Reply again = login(u"big.account@example.com"_s, DemoTenant::defaultPassword());
    QCOMPARE(again.json.value(u"customerAccount"_s), reply.json.value(u"customerAccount"_s));
    QVERIFY(isQtsCompactJson(again.body));
}

void TestDemoTenant::bigAccountTextIsWrittenOnce()
{
    // Writing the 4.4 MB account took tens of milliseconds of the tenant's thread (the window's, in the app) at every
    // login and refresh: its text is written once and kept, for every tenant of the process.
    const DemoSeed seed;
    const DemoCustomer* big = seed.findByUserName(u"big.account@example.com"_s);
    QVERIFY(big);
    const QByteArray first = seed.accountJson(*big, big->id);
    QCOMPARE(first, QJsonDocument(seed.account(*big, big->id)).toJson(QJsonDocument::Compact));
    QVERIFY(first.size() > 4'000'000);
    QVERIFY(seed.accountJson(*big, big->id).isSharedWith(first));
    // Once for the process: a tenant made later (the fuzzer and the tests make one per case) does not build it again.
    const DemoSeed later;
    QVERIFY(later.accountJson(*later.findByUserName(u"big.account@example.com"_s), big->id).isSharedWith(first));
    // The small accounts are written when asked, the same way.
    const DemoCustomer* b2b = seed.findByUserName(u"b2b.buyer@example.com"_s);
    QVERIFY(b2b);
    QCOMPARE(seed.accountJson(*b2b, 2002), QJsonDocument(seed.account(*b2b, 2002)).toJson(QJsonDocument::Compact));
}

void TestDemoTenant::b2bAccounts_data()
{
    QTest::addColumn<QJsonValue>("accountId");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedAccount");

    QTest::newRow("default") << QJsonValue() << 200 << 2001;
    QTest::newRow("2001") << QJsonValue(2001) << 200 << 2001;
    QTest::newRow("2002") << QJsonValue(2002) << 200 << 2002;
    QTest::newRow("foreign account") << QJsonValue(1001) << 400 << 0;
    QTest::newRow("not a number") << QJsonValue(u"2001"_s) << 400 << 0;
    QTest::newRow("fraction") << QJsonValue(2001.5) << 400 << 0;
}

void TestDemoTenant::b2bAccounts()
{
    QFETCH(QJsonValue, accountId);
    QFETCH(int, status);
    QFETCH(int, expectedAccount);

    QJsonObject extra;
    if (!accountId.isUndefined()) {
        extra.insert(u"accountId"_s, accountId);
    }
    const Reply reply = login(u"b2b.buyer@example.com"_s, DemoTenant::defaultPassword(), extra);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.errorCode(), u"MISSING_OR_INVALID_PARAMETER"_s);
        QCOMPARE(reply.data(u"ParameterName"_s), u"accountId"_s);
        return;
    }
    QCOMPARE(reply.json.value(u"customerAccount"_s).toObject().value(u"id"_s).toInt(), expectedAccount);
    QCOMPARE(userClaims(reply.json.value(u"jwtAccessToken"_s).toString()).value(u"b.AccountId"_s).toString(),
        QString::number(expectedAccount));

    // Refresh switches to the other account; a foreign one is refused.
    const int other = expectedAccount == 2001 ? 2002 : 2001;
    const QString refreshToken = reply.json.value(u"refreshToken"_s).toString();
    const Reply switched
        = send("PUT", authTickets + u"/refresh?refreshToken=%1&accountId=%2"_s.arg(refreshToken).arg(other));
    QCOMPARE(switched.status, 200);
    QCOMPARE(switched.json.value(u"customerAccount"_s).toObject().value(u"id"_s).toInt(), other);
    const Reply refused = send("PUT", authTickets + u"/refresh?refreshToken=%1&accountId=9999"_s.arg(refreshToken));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.data(u"ParameterName"_s), u"accountId"_s);
}

// --- 2FA and OTP --------------------------------------------------------------------------------

void TestDemoTenant::twoFactor_data()
{
    QTest::addColumn<QStringList>("steps"); // "right", "wrong", "resend", "expire"
    QTest::addColumn<QStringList>("expected"); // per step: "ok" or the errorCode, with ":n" remaining attempts

    QTest::newRow("right code") << QStringList { u"right"_s } << QStringList { u"ok"_s };
    QTest::newRow("wrong then right") << QStringList { u"wrong"_s, u"right"_s }
                                      << QStringList { u"INVALID_OTP:2"_s, u"ok"_s };
    QTest::newRow("three wrong voids the code") << QStringList { u"wrong"_s, u"wrong"_s, u"wrong"_s,
        u"right"_s } << QStringList { u"INVALID_OTP:2"_s, u"INVALID_OTP:1"_s, u"OTP_EXPIRED"_s, u"OTP_EXPIRED"_s };
    QTest::newRow("expired after three minutes")
        << QStringList { u"expire"_s, u"right"_s } << QStringList { u"-"_s, u"OTP_EXPIRED"_s };
    QTest::newRow("resend after void") << QStringList { u"wrong"_s, u"wrong"_s, u"wrong"_s, u"resend"_s,
        u"right"_s } << QStringList { u"INVALID_OTP:2"_s, u"INVALID_OTP:1"_s, u"OTP_EXPIRED"_s, u"-"_s, u"ok"_s };
    QTest::newRow("resend after expiry") << QStringList { u"expire"_s, u"resend"_s, u"right"_s }
                                         << QStringList { u"-"_s, u"-"_s, u"ok"_s };
    QTest::newRow("old code after resend")
        << QStringList { u"resend"_s, u"old"_s, u"right"_s } << QStringList { u"-"_s, u"INVALID_OTP:2"_s, u"ok"_s };
}

void TestDemoTenant::twoFactor()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);

    QSignalSpy codes(m_tenant.get(), &DemoTenant::codeSent);
    const Reply pending
        = login(u"mfa@example.com"_s, DemoTenant::defaultPassword(), { { u"authTicketTtlMinutes"_s, 30 } });
    QCOMPARE(pending.status, 200);
    QVERIFY(pending.json.value(u"requires2FA"_s).toBool());
    const QString userId = pending.json.value(u"userId"_s).toString();
    QCOMPARE(codes.size(), 1);
    QString code = codes.last().at(1).toString();
    QString oldCode = code;
    QVERIFY(QRegularExpression(u"^\\d{6}$"_s).match(code).hasMatch());

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString& step = steps.at(i);
        if (step == u"expire"_s) {
            m_clock->advanceSeconds(181);
            continue;
        }
        if (step == u"resend"_s) {
            // Kibo's SDK sends no body: the demo finds the newest pending login of this app token.
            const Reply resent = send("POST", authTickets + u"/2fa/request"_s);
            QCOMPARE(resent.status, 200);
            QVERIFY(resent.body.isEmpty());
            QCOMPARE(codes.size(), 2);
            oldCode = code;
            code = codes.last().at(1).toString();
            continue;
        }
        QString sent = code;
        if (step == u"wrong"_s) {
            sent = code == u"000000"_s ? u"111111"_s : u"000000"_s;
        } else if (step == u"old"_s) {
            sent = oldCode == code ? (code == u"000000"_s ? u"111111"_s : u"000000"_s) : oldCode;
        }
        const QJsonObject body { { u"userId"_s, userId }, { u"otpCode"_s, sent } };
        const Reply reply = send("POST", authTickets + u"/2fa/auth"_s, QJsonDocument(body).toJson());
        const QString& want = expected.at(i);
        if (want == u"ok"_s) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(u"requires2FA"_s).toBool(true), false);
            QVERIFY(!reply.json.value(u"accessToken"_s).toString().isEmpty());
            const QJsonObject account = reply.json.value(u"customerAccount"_s).toObject();
            QVERIFY(!account.value(u"last2FaDate"_s).toString().isEmpty());
            QVERIFY(isQtsCompactJson(reply.body));
            // The TTL of the first step applies.
            QCOMPARE(
                parseIso(reply.json.value(u"accessTokenExpiration"_s).toString()), m_clock->now().addSecs(30 * 60));
            // Used up: the same code again is refused.
            QCOMPARE(
                send("POST", authTickets + u"/2fa/auth"_s, QJsonDocument(body).toJson()).errorCode(), u"OTP_EXPIRED"_s);
        } else {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), want.section(u':', 0, 0));
            if (want.contains(u':')) {
                QCOMPARE(reply.data(u"RemainingAttempts"_s), want.section(u':', 1, 1));
            }
            QVERIFY(!reply.body.contains(code.toLatin1()));
        }
    }
}

void TestDemoTenant::twoFactorRequestWithoutPending()
{
    const Reply none = send("POST", authTickets + u"/2fa/request"_s);
    QCOMPARE(none.status, 400);
    QCOMPARE(none.data(u"ParameterName"_s), u"userId"_s);

    const QJsonObject body { { u"userId"_s, u"0123456789abcdef0123456789abcdef"_s }, { u"otpCode"_s, u"123456"_s } };
    const Reply auth = send("POST", authTickets + u"/2fa/auth"_s, QJsonDocument(body).toJson());
    QCOMPARE(auth.status, 401);
    QCOMPARE(auth.errorCode(), u"OTP_EXPIRED"_s);
}

void TestDemoTenant::otpLogin()
{
    QSignalSpy codes(m_tenant.get(), &DemoTenant::codeSent);
    const Reply unknown = send("POST", authTickets + u"/otp/request"_s, R"({"email":"nobody@example.com"})");
    QCOMPARE(unknown.status, 200);
    QCOMPARE(codes.size(), 0);

    const Reply requested = send("POST", authTickets + u"/otp/request"_s, R"({"email":"ada.lovelace@example.com"})");
    QCOMPARE(requested.status, 200);
    QCOMPARE(codes.size(), 1);
    const QString code = codes.last().at(1).toString();
    const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
    const Reply bad = send("POST", authTickets + u"/otp/auth"_s,
        QJsonDocument(QJsonObject { { u"email"_s, ada }, { u"otpCode"_s, wrong } }).toJson());
    QCOMPARE(bad.errorCode(), u"INVALID_OTP"_s);
    const Reply good = send("POST", authTickets + u"/otp/auth"_s,
        QJsonDocument(QJsonObject { { u"email"_s, ada }, { u"otpCode"_s, code } }).toJson());
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json.value(u"customerAccount"_s).toObject().value(u"emailAddress"_s).toString(), ada);
}

// --- refresh, anonymous, impersonation -------------------------------------------------------------

void TestDemoTenant::refresh_data()
{
    QTest::addColumn<QString>("token"); // "issued" = the login's refresh token
    QTest::addColumn<qint64>("advance");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("ok") << u"issued"_s << qint64(0) << 200 << QString();
    QTest::newRow("after the ticket expired") << u"issued"_s << qint64(20 * 60) << 200 << QString();
    QTest::newRow("unknown") << u"0123456789abcdef0123456789abcdef"_s << qint64(0) << 401 << u"INVALID_REFRESH_TOKEN"_s;
    QTest::newRow("expired") << u"issued"_s << qint64(24 * 3600 + 1) << 401 << u"INVALID_REFRESH_TOKEN"_s;
    QTest::newRow("missing") << QString() << qint64(0) << 400 << u"MISSING_OR_INVALID_PARAMETER"_s;
}

void TestDemoTenant::refresh()
{
    QFETCH(QString, token);
    QFETCH(qint64, advance);
    QFETCH(int, status);
    QFETCH(QString, errorCode);

    const Reply first = login(ada, DemoTenant::defaultPassword());
    QCOMPARE(first.status, 200);
    if (token == u"issued"_s) {
        token = first.json.value(u"refreshToken"_s).toString();
    }
    m_clock->advanceSeconds(advance);
    // A new app token: the old one may have expired with the clock.
    m_appToken.clear();
    // Legacy SDKs PUT their old ticket as a body; it is ignored.
    const Reply reply = send("PUT", authTickets + u"/refresh?refreshToken="_s + token, first.body);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.errorCode(), errorCode);
        return;
    }
    QCOMPARE(reply.json.value(u"refreshToken"_s), first.json.value(u"refreshToken"_s));
    QCOMPARE(reply.json.value(u"refreshTokenExpiration"_s), first.json.value(u"refreshTokenExpiration"_s));
    QVERIFY(reply.json.value(u"accessToken"_s) != first.json.value(u"accessToken"_s));
    QCOMPARE(parseIso(reply.json.value(u"accessTokenExpiration"_s).toString()), m_clock->now().addSecs(15 * 60));
    QCOMPARE(reply.json.value(u"userId"_s), first.json.value(u"userId"_s));
}

void TestDemoTenant::anonymousUpgrade()
{
    const Reply anonymous = send("GET", authTickets + u"/anonymousshopper"_s);
    QCOMPARE(anonymous.status, 200);
    const QString anonymousId = anonymous.json.value(u"userId"_s).toString();
    QVERIFY(isHex32(anonymousId));
    QVERIFY(anonymous.json.value(u"customerAccount"_s).isNull());
    QVERIFY(!anonymous.json.value(u"refreshToken"_s).toString().isEmpty());
    const QJsonObject claims = userClaims(anonymous.json.value(u"jwtAccessToken"_s).toString());
    QCOMPARE(claims.value(u"anon"_s).toString(), u"1"_s);
    QCOMPARE(claims.value(u"uid"_s).toString(), anonymousId);
    QCOMPARE(claims.value(u"bv"_s).toArray(), (QJsonArray { 31, 4194304 }));

    const Reply second = send("GET", authTickets + u"/anonymousshopper/"_s);
    QVERIFY(second.json.value(u"userId"_s).toString() != anonymousId);

    const Reply upgraded = login(ada, DemoTenant::defaultPassword(), {}, {},
        { { "x-vol-user-claims", anonymous.json.value(u"accessToken"_s).toString().toLatin1() } });
    QCOMPARE(upgraded.status, 200);
    const QJsonObject upgradedClaims = userClaims(upgraded.json.value(u"jwtAccessToken"_s).toString());
    QCOMPARE(upgradedClaims.value(u"b.PreviousAnonymousId"_s).toString(), anonymousId);
    QCOMPARE(upgradedClaims.value(u"anon"_s).toString(), u"0"_s);

    // Through 2FA the upgrade is carried from the password step to the ticket.
    QSignalSpy codes(m_tenant.get(), &DemoTenant::codeSent);
    const Reply pending = login(u"mfa@example.com"_s, DemoTenant::defaultPassword(), {}, {},
        { { "x-vol-user-claims", anonymous.json.value(u"accessToken"_s).toString().toLatin1() } });
    QVERIFY(pending.json.value(u"requires2FA"_s).toBool());
    QCOMPARE(codes.size(), 1);
    const Reply finished = send("POST", authTickets + u"/2fa/auth"_s,
        QJsonDocument(QJsonObject { { u"userId"_s, pending.json.value(u"userId"_s) },
                          { u"otpCode"_s, codes.last().at(1).toString() } })
            .toJson());
    QCOMPARE(finished.status, 200);
    QCOMPARE(
        userClaims(finished.json.value(u"jwtAccessToken"_s).toString()).value(u"b.PreviousAnonymousId"_s).toString(),
        anonymousId);

    // An unknown user-claims token changes nothing.
    const Reply plain
        = login(ada, DemoTenant::defaultPassword(), {}, {}, { { "x-vol-user-claims", "bm90IGEgdGlja2V0" } });
    QVERIFY(!userClaims(plain.json.value(u"jwtAccessToken"_s).toString()).contains(u"b.PreviousAnonymousId"_s));
}

void TestDemoTenant::impersonateCart_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    const QByteArray adaUserId
        = QCryptographicHash::hash("ada.lovelace@example.com", QCryptographicHash::Md5).toHex(); // the seed's rule
    QTest::newRow("by user id") << QByteArray(R"({"cartId":"c1","userId":")" + adaUserId + "\"}") << 200 << QString();
    QTest::newRow("by account id") << QByteArray(R"({"cartId":"c1","accountId":2002})") << 200 << QString();
    QTest::newRow("unknown user") << QByteArray(R"({"cartId":"c1","userId":"ffffffffffffffffffffffffffffffff"})") << 404
                                  << u"ITEM_NOT_FOUND"_s;
    QTest::newRow("nobody named") << QByteArray(R"({"cartId":"c1"})") << 400 << u"MISSING_OR_INVALID_PARAMETER"_s;
    QTest::newRow("bad json") << QByteArray("[1,") << 400 << u"MISSING_OR_INVALID_PARAMETER"_s;
}

void TestDemoTenant::impersonateCart()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);

    const Reply reply = send("POST", authTickets + u"/impersonatecart"_s, body);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QVERIFY(!reply.json.value(u"accessToken"_s).toString().isEmpty());
    } else {
        QCOMPARE(reply.errorCode(), errorCode);
    }
}

// --- options, paths, headers -------------------------------------------------------------------

void TestDemoTenant::ttl_data()
{
    QTest::addColumn<QJsonValue>("ticketTtl");
    QTest::addColumn<QJsonValue>("refreshTtl");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("ticketMinutes");
    QTest::addColumn<int>("refreshMinutes");

    QTest::newRow("defaults") << QJsonValue() << QJsonValue() << 200 << 15 << 1440;
    QTest::newRow("nulls are defaults") << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null) << 200 << 15
                                        << 1440;
    QTest::newRow("within caps") << QJsonValue(5) << QJsonValue(120) << 200 << 5 << 120;
    QTest::newRow("at caps") << QJsonValue(60) << QJsonValue(10080) << 200 << 60 << 10080;
    QTest::newRow("above caps lowered") << QJsonValue(61) << QJsonValue(20000) << 200 << 60 << 10080;
    QTest::newRow("zero") << QJsonValue(0) << QJsonValue() << 400 << 0 << 0;
    QTest::newRow("negative refresh") << QJsonValue() << QJsonValue(-5) << 400 << 0 << 0;
    QTest::newRow("string") << QJsonValue(u"10"_s) << QJsonValue() << 400 << 0 << 0;
    QTest::newRow("fraction") << QJsonValue(1.5) << QJsonValue() << 400 << 0 << 0;
}

void TestDemoTenant::ttl()
{
    QFETCH(QJsonValue, ticketTtl);
    QFETCH(QJsonValue, refreshTtl);
    QFETCH(int, status);
    QFETCH(int, ticketMinutes);
    QFETCH(int, refreshMinutes);

    QJsonObject extra;
    if (!ticketTtl.isUndefined()) {
        extra.insert(u"authTicketTtlMinutes"_s, ticketTtl);
    }
    if (!refreshTtl.isUndefined()) {
        extra.insert(u"refreshTokenTtlMinutes"_s, refreshTtl);
    }
    const QDateTime issued = m_clock->now();
    const Reply reply = login(ada, DemoTenant::defaultPassword(), extra);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.errorCode(), u"MISSING_OR_INVALID_PARAMETER"_s);
        QVERIFY(reply.data(u"ParameterName"_s).endsWith(u"TtlMinutes"_s));
        return;
    }
    QCOMPARE(parseIso(reply.json.value(u"accessTokenExpiration"_s).toString()), issued.addSecs(ticketMinutes * 60));
    QCOMPARE(parseIso(reply.json.value(u"refreshTokenExpiration"_s).toString()), issued.addSecs(refreshMinutes * 60));

    // Refresh keeps the granted ticket lifetime.
    m_clock->advanceSeconds(60);
    const Reply refreshed
        = send("PUT", authTickets + u"/refresh?refreshToken="_s + reply.json.value(u"refreshToken"_s).toString());
    QCOMPARE(parseIso(refreshed.json.value(u"accessTokenExpiration"_s).toString()),
        m_clock->now().addSecs(ticketMinutes * 60));
}

void TestDemoTenant::responseFields_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QStringList>("topKeys");
    QTest::addColumn<QStringList>("accountKeys"); // empty: no customerAccount expected or not checked

    QTest::newRow("flat") << u"accessToken,userId"_s << QStringList { u"accessToken"_s, u"userId"_s } << QStringList();
    QTest::newRow("nested") << u"accessToken,customerAccount(id,emailAddress)"_s
                            << QStringList { u"accessToken"_s, u"customerAccount"_s }
                            << QStringList { u"emailAddress"_s, u"id"_s };
    QTest::newRow("case insensitive") << u"ACCESSTOKEN,CustomerAccount(EMAILADDRESS)"_s
                                      << QStringList { u"accessToken"_s, u"customerAccount"_s }
                                      << QStringList { u"emailAddress"_s };
    QTest::newRow("array elements") << u"customerAccount(contacts(id,email))"_s << QStringList { u"customerAccount"_s }
                                    << QStringList { u"contacts"_s };
    QTest::newRow("unknown names") << u"nothing,userId"_s << QStringList { u"userId"_s } << QStringList();
    QTest::newRow("unbalanced") << u"customerAccount(id"_s << QStringList() << QStringList();
    QTest::newRow("trailing comma") << u"userId,"_s << QStringList() << QStringList();
    QTest::newRow("empty keeps all") << QString()
                                     << QStringList { u"accessToken"_s, u"accessTokenExpiration"_s,
                                            u"customerAccount"_s, u"jwtAccessToken"_s, u"refreshToken"_s,
                                            u"refreshTokenExpiration"_s, u"requires2FA"_s, u"userId"_s }
                                     << QStringList();
}

void TestDemoTenant::responseFields()
{
    QFETCH(QString, fields);
    QFETCH(QStringList, topKeys);
    QFETCH(QStringList, accountKeys);

    QUrlQuery query;
    query.addQueryItem(u"responseFields"_s, QString::fromLatin1(QUrl::toPercentEncoding(fields)));
    const Reply reply = login(ada, DemoTenant::defaultPassword(), {}, u"?"_s + query.toString(QUrl::FullyEncoded));
    if (topKeys.isEmpty()) {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.data(u"ParameterName"_s), u"responseFields"_s);
        return;
    }
    QCOMPARE(reply.status, 200);
    QStringList keys = reply.json.keys();
    keys.sort();
    topKeys.sort();
    QCOMPARE(keys, topKeys);
    if (!accountKeys.isEmpty()) {
        QStringList account = reply.json.value(u"customerAccount"_s).toObject().keys();
        account.sort();
        accountKeys.sort();
        QCOMPARE(account, accountKeys);
        if (fields.contains(u"contacts"_s)) {
            const QJsonObject contact
                = reply.json.value(u"customerAccount"_s).toObject().value(u"contacts"_s).toArray().at(0).toObject();
            QCOMPARE(contact.keys(), (QStringList { u"email"_s, u"id"_s }));
        }
    }
}

void TestDemoTenant::paths_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("login slash") << QByteArray("POST") << authTickets + u"/"_s << 200;
    QTest::newRow("login slash query") << QByteArray("POST") << authTickets + u"/?responseFields="_s << 200;
    QTest::newRow("anonymous slash") << QByteArray("GET") << authTickets + u"/anonymousshopper/"_s << 200;
    QTest::newRow("oauth slash") << QByteArray("POST") << u"/api/platform/applications/authtickets/oauth/"_s << 200;
    QTest::newRow("unknown platform path") << QByteArray("GET") << u"/api/platform/nothing"_s << 404;
    QTest::newRow("tenant slash") << QByteArray("GET") << u"/api/platform/tenants/100001/"_s << 200;
    QTest::newRow("unknown path") << QByteArray("GET") << u"/api/commerce/orders"_s << 404;
    QTest::newRow("root") << QByteArray("GET") << u"/"_s << 404;
    QTest::newRow("wrong method") << QByteArray("DELETE") << authTickets << 404;
    QTest::newRow("unknown under tickets") << QByteArray("POST") << authTickets + u"/logout"_s << 404;
}

void TestDemoTenant::paths()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);

    QByteArray body;
    if (path.contains(u"oauth"_s)) {
        body = QJsonDocument(
            QJsonObject { { u"client_id"_s, DemoTenant::clientId() },
                { u"client_secret"_s, DemoTenant::sharedSecret() }, { u"grant_type"_s, u"client_credentials"_s } })
                   .toJson();
    } else if (method == "POST") {
        body = QJsonDocument(QJsonObject { { u"username"_s, ada }, { u"password"_s, DemoTenant::defaultPassword() } })
                   .toJson();
    }
    const Reply reply = send(method, path, body);
    QCOMPARE(reply.status, status);
    QVERIFY(isHex32(QString::fromLatin1(reply.correlation)));
    if (status == 404) {
        QCOMPARE(reply.errorCode(), u"ITEM_NOT_FOUND"_s);
        QVERIFY(reply.json.contains(u"applicationName"_s));
    }
}

void TestDemoTenant::tenantHeaders_data()
{
    QTest::addColumn<QByteArray>("tenant");
    QTest::addColumn<QByteArray>("site");
    QTest::addColumn<int>("status");

    QTest::newRow("site only") << QByteArray() << QByteArray("100002") << 200;
    QTest::newRow("demo's own") << QByteArray("100001") << QByteArray("100002") << 200;
    QTest::newRow("no site: refused as a multi-site tenant would") << QByteArray("100001") << QByteArray() << 400;
    QTest::newRow("nothing") << QByteArray() << QByteArray() << 400;
    QTest::newRow("foreign tenant") << QByteArray("12345") << QByteArray("100002") << 404;
    QTest::newRow("foreign site") << QByteArray("100001") << QByteArray("54321") << 404;
}

void TestDemoTenant::tenantHeaders()
{
    QFETCH(QByteArray, tenant);
    QFETCH(QByteArray, site);
    QFETCH(int, status);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!tenant.isEmpty()) {
        headers.append({ "x-vol-tenant", tenant });
    }
    headers.append({ "x-vol-site", site }); // empty: sent without x-vol-site
    const Reply reply = login(ada, DemoTenant::defaultPassword(), {}, {}, headers);
    QCOMPARE(reply.status, status);
    if (status == 404) {
        QCOMPARE(reply.errorCode(), u"ITEM_NOT_FOUND"_s);
    }
    if (status == 400) {
        QCOMPARE(reply.errorCode(), u"MISSING_OR_INVALID_PARAMETER"_s);
        QCOMPARE(reply.json.value(u"additionalErrorData"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
            u"siteId"_s);
    }
    // Every customer call of a site, not just the login.
    const Reply anonymous = send("GET", authTickets + u"/anonymousshopper"_s, {}, headers);
    QCOMPARE(anonymous.status, status);
}

void TestDemoTenant::originsRefuseEachOther_data()
{
    QTest::addColumn<bool>("toHome");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("login at the home host") << true << QByteArray("POST") << authTickets;
    QTest::newRow("refresh at the home host")
        << true << QByteArray("PUT") << authTickets + u"/refresh?refreshToken=x"_s;
    QTest::newRow("anonymous at the home host") << true << QByteArray("GET") << authTickets + u"/anonymousshopper"_s;
    QTest::newRow("2FA at the home host") << true << QByteArray("POST") << authTickets + u"/2fa/request"_s;
    QTest::newRow("app token at the pod")
        << false << QByteArray("POST") << u"/api/platform/applications/authtickets/oauth"_s;
    QTest::newRow("tenant lookup at the pod") << false << QByteArray("GET") << u"/api/platform/tenants/100001"_s;
}

void TestDemoTenant::originsRefuseEachOther()
{
    QFETCH(bool, toHome);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    // A client that does not follow the lookup's domain must fail, as it would against Kibo.
    QNetworkRequest request(
        QUrl((toHome ? m_tenant->baseUrl() : m_tenant->podUrl()).toString() + path, QUrl::StrictMode));
    request.setRawHeader("Authorization", "Bearer " + appToken().toLatin1());
    request.setRawHeader("x-vol-site", QByteArray::number(DemoTenant::siteId()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = method == "POST"
        ? QJsonDocument(
            QJsonObject { { u"username"_s, ada }, { u"password"_s, DemoTenant::defaultPassword() },
                { u"client_id"_s, DemoTenant::clientId() }, { u"client_secret"_s, DemoTenant::sharedSecret() } })
              .toJson()
        : QByteArray();
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(json.value(u"errorCode"_s).toString(), u"ITEM_NOT_FOUND"_s);
    reply->deleteLater();
}

void TestDemoTenant::dataCentreHosts()
{
    // Played before listening: the lookup names the data centre's tenant host, and the certificate covers it.
    DemoTenant tenant;
    tenant.playDataCentreHosts(u"services.usc1.gcp.kibocommerce.com"_s, u"t100001.sb.usc1.gcp.kibocommerce.com"_s);
    QTemporaryDir tlsDir;
    QVERIFY2(tenant.listenTls(tlsDir.path()), qPrintable(tenant.errorString()));
    QFile caFile(tlsDir.filePath(u"ca.pem"_s));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(caFile.readAll()));

    QNetworkRequest tokenRequest(QUrl(tenant.baseUrl().toString() + u"/api/platform/applications/authtickets/oauth"_s));
    tokenRequest.setSslConfiguration(ssl);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* tokenReply = m_nam->post(tokenRequest,
        QJsonDocument(QJsonObject { { u"client_id"_s, DemoTenant::clientId() },
                          { u"client_secret"_s, DemoTenant::sharedSecret() } })
            .toJson());
    QSignalSpy tokenDone(tokenReply, &QNetworkReply::finished);
    QVERIFY(tokenReply->isFinished() || tokenDone.wait(10000));
    const QString token = QJsonDocument::fromJson(tokenReply->readAll()).object().value(u"access_token"_s).toString();
    tokenReply->deleteLater();
    QVERIFY(!token.isEmpty());

    QNetworkRequest lookup(QUrl(tenant.baseUrl().toString() + u"/api/platform/tenants/100001"_s));
    lookup.setSslConfiguration(ssl);
    lookup.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = m_nam->get(lookup);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || done.wait(10000));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QCOMPARE(json.value(u"domain"_s).toString(), u"t100001.sb.usc1.gcp.kibocommerce.com"_s);

    // The served certificate names both hosts, so a client reaching them through a proxy verifies it.
    QSslSocket socket;
    socket.setSslConfiguration(ssl);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(
        u"127.0.0.1"_s, quint16(tenant.podUrl().port()), u"t100001.sb.usc1.gcp.kibocommerce.com"_s);
    QVERIFY2(encrypted.wait(10000), qPrintable(socket.errorString()));
    const QStringList names = socket.peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry);
    QVERIFY(names.contains(u"services.usc1.gcp.kibocommerce.com"_s));
    QVERIFY(names.contains(u"t100001.sb.usc1.gcp.kibocommerce.com"_s));
}

void TestDemoTenant::oversizeBody_data()
{
    QTest::addColumn<int>("bodyBytes");

    QTest::newRow("just over 1 MiB") << 1024 * 1024 + 10; // read whole, refused by the service
    QTest::newRow("8 MiB") << 8 * 1024 * 1024; // cut off by the socket guard
}

void TestDemoTenant::oversizeBody()
{
    QFETCH(int, bodyBytes);

    QByteArray body = R"({"username":"ada.lovelace@example.com","password":"Demo-pass-1","pad":")";
    body.append(QByteArray(bodyBytes, 'x'));
    body.append("\"}");
    const Reply reply = send("POST", authTickets, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"MISSING_OR_INVALID_PARAMETER"_s);
    QCOMPARE(reply.data(u"ParameterName"_s), u"body"_s);
    QVERIFY(isHex32(QString::fromLatin1(reply.correlation)));
    // The server still answers afterwards.
    QCOMPARE(login(ada, DemoTenant::defaultPassword()).status, 200);
}

// --- HTTPS --------------------------------------------------------------------------------------

void TestDemoTenant::https_data()
{
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("host");

    QTest::newRow("trusted ip") << true << u"127.0.0.1"_s;
    QTest::newRow("trusted localhost") << true << u"localhost"_s;
    QTest::newRow("untrusted") << false << u"127.0.0.1"_s;
}

void TestDemoTenant::https()
{
    QFETCH(bool, trustCa);
    QFETCH(QString, host);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoTenant tenant;
    QVERIFY2(tenant.listenTls(dir.path()), qPrintable(tenant.errorString()));
    QCOMPARE(tenant.baseUrl().scheme(), u"https"_s);
    QFile caFile(dir.filePath(u"ca.pem"_s));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    QCOMPARE(ca.size(), 1);

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trustCa ? ca : QList<QSslCertificate> {});
    QUrl url = tenant.baseUrl();
    url.setHost(host);
    url.setPath(u"/api/platform/applications/authtickets/oauth"_s);
    QNetworkRequest request(url);
    request.setSslConfiguration(configuration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkAccessManager nam; // a fresh manager per trust setting
    QNetworkReply* reply = nam.post(request,
        QJsonDocument(
            QJsonObject { { u"client_id"_s, DemoTenant::clientId() },
                { u"client_secret"_s, DemoTenant::sharedSecret() }, { u"grant_type"_s, u"client_credentials"_s } })
            .toJson());
    QSignalSpy sslErrors(reply, &QNetworkReply::sslErrors);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    if (trustCa) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(isHex32(QString::fromLatin1(reply->rawHeader("x-vol-correlation"))));
        QCOMPARE(sslErrors.size(), 0);
    } else {
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(sslErrors.size(), 1);
    }
    reply->deleteLater();
}

void TestDemoTenant::listenFailures()
{
    // Listening twice is refused.
    QVERIFY(!m_tenant->listen());
    QVERIFY(!m_tenant->errorString().isEmpty());

    // A port another server holds.
    DemoTenant second;
    QVERIFY(!second.listen(static_cast<quint16>(m_tenant->baseUrl().port())));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(second.baseUrl().isEmpty());

    // A TLS directory that cannot be created.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DemoTenant third;
    QVERIFY(!third.listenTls(dir.filePath(u"file/tls"_s)));
    QVERIFY(!third.errorString().isEmpty());
}

void TestDemoTenant::reservedPortsQueueConnectionsUntilServed()
{
    // Reserved: the address is known and a client can connect, though nothing serves yet.
    DemoTenant tenant;
    QVERIFY2(tenant.reserve(), qPrintable(tenant.errorString()));
    QVERIFY(!tenant.isListening());
    QVERIFY(tenant.baseUrl().port() > 0);
    QVERIFY(tenant.podUrl().port() > 0);
    QVERIFY(tenant.baseUrl().port() != tenant.podUrl().port());
    QVERIFY(!tenant.reserve()); // once
    QTcpSocket client;
    client.connectToHost(u"127.0.0.1"_s, quint16(tenant.baseUrl().port()));
    QVERIFY2(client.waitForConnected(10'000), qPrintable(client.errorString()));
    client.write("GET /api/platform/tenants/" + QByteArray::number(DemoTenant::tenantId())
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(client.waitForBytesWritten(10'000));

    // Served on the very ports reserved: the waiting request is answered (a lookup without an app token: 401).
    const QUrl reserved = tenant.baseUrl();
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    QVERIFY(tenant.isListening());
    QCOMPARE(tenant.baseUrl(), reserved);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("\r\n\r\n"), 10'000);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(200).constData());
}

void TestDemoTenant::reservedPortIsReleased()
{
    ReservedPort first;
    QVERIFY2(first.reserve(0), qPrintable(first.errorString()));
    const quint16 port = first.port();
    QVERIFY(port > 0);

    // Held: a second reservation of the same port fails, with the system's reason, and so does a demo's listen.
    ReservedPort second;
    QVERIFY(!second.reserve(port));
    QVERIFY(!second.errorString().isEmpty());
    DemoTenant tenant;
    QVERIFY(!tenant.listen(port));
    QVERIFY2(tenant.errorString().contains(QString::number(port)), qPrintable(tenant.errorString()));
    QVERIFY(tenant.baseUrl().isEmpty());

    // Closed with its owner, the port is free again.
    first = ReservedPort();
    QVERIFY(!first.isReserved());
    QVERIFY2(second.reserve(port), qPrintable(second.errorString()));

    // Taken, the socket is the taker's to close: the reservation no longer closes it.
    const qintptr socket = second.take();
    QVERIFY(socket >= 0);
    QVERIFY(!second.isReserved());
    second = ReservedPort();
    ReservedPort third;
    QVERIFY(!third.reserve(port)); // still held through the taken socket
    ::close(int(socket));
    QVERIFY2(third.reserve(port), qPrintable(third.errorString()));
}

namespace {
QStringList* capturedLogs = nullptr;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

// Every kti.* category on, whatever QT_LOGGING_RULES says.
void enableKtiCategories(QLoggingCategory* category)
{
    if (previousFilter) {
        previousFilter(category);
    }
    if (qstrncmp(category->categoryName(), "kti.", 4) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (capturedLogs) {
        capturedLogs->append(message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}
} // namespace

void TestDemoTenant::noSecretsInLogs()
{
    QStringList logs;
    capturedLogs = &logs;
    previousHandler = qInstallMessageHandler(captureLog);
    previousFilter = QLoggingCategory::installFilter(enableKtiCategories);

    QSignalSpy codes(m_tenant.get(), &DemoTenant::codeSent);
    const QString canaryPassword = u"canary-password-7f3a"_s;
    QStringList secrets { DemoTenant::sharedSecret(), DemoTenant::defaultPassword(), canaryPassword, appToken() };
    const Reply bad = login(ada, canaryPassword);
    const Reply good = login(ada, DemoTenant::defaultPassword());
    const Reply refreshed
        = send("PUT", authTickets + u"/refresh?refreshToken="_s + good.json.value(u"refreshToken"_s).toString());
    const Reply pending = login(u"mfa@example.com"_s, DemoTenant::defaultPassword());
    const Reply wrongCode = send("POST", authTickets + u"/2fa/auth"_s,
        QJsonDocument(QJsonObject { { u"userId"_s, pending.json.value(u"userId"_s) }, { u"otpCode"_s, u"999999"_s } })
            .toJson());

    QLoggingCategory::installFilter(previousFilter);
    qInstallMessageHandler(previousHandler);
    capturedLogs = nullptr;

    QCOMPARE(bad.status, 401);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(codes.size(), 1);
    QVERIFY(wrongCode.status == 401);
    QVERIFY(!logs.isEmpty()); // the categories were on
    for (const Reply* reply : { &good, &refreshed }) {
        for (const QString& key : { u"accessToken"_s, u"refreshToken"_s, u"jwtAccessToken"_s }) {
            secrets.append(reply->json.value(key).toString());
        }
    }
    secrets.append(codes.at(0).at(1).toString());
    const QString all = logs.join(u'\n');
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!all.contains(secret), "a secret reached the log");
    }
}

QTEST_GUILESS_MAIN(TestDemoTenant)
#include "testdemotenant.moc"
