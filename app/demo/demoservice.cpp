#include "demoservice.h"

#include "clock.h"
#include "demofixtures.h"
#include "demotokens.h"
#include "logging.h"
#include "responsefieldsfilter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultTicketMinutes = 15;
constexpr int defaultRefreshMinutes = 24 * 60;
constexpr int maxTicketMinutes = 60;
constexpr int maxRefreshMinutes = 10080;
constexpr int appTokenSeconds = 3600;
constexpr int jwtMinutes = 60;
constexpr int codeSeconds = 180;
constexpr int codeTries = 3;
constexpr qsizetype pruneThreshold = 10000;
// The demo app has customer-auth:configure-token-durations (architecture.md).
constexpr bool appMayConfigureTokenDurations = true;

const QString customerBase = u"/api/commerce/customer/authtickets"_s;
constexpr QLatin1StringView customerAccountKey("customerAccount");

using ErrorData = QList<QPair<QString, QString>>;

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Kibo's nested "exp" claims: ISO without zone, to the second.
QString isoNoZone(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

DemoReply jsonReply(int status, const QJsonObject& object)
{
    DemoReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

// In an object's compact JSON text, gives the member key (written as null) the JSON text value instead: the bytes
// QJsonDocument writes for the object holding that value. Only a member can read "key":null there (a string's own
// quotes are escaped), and the object must have no other object member that holds the key.
void putMemberJson(QByteArray& objectJson, QLatin1StringView key, const QByteArray& value)
{
    const QByteArray member = '"' + QByteArray(key.data(), key.size()) + "\":null";
    const qsizetype at = objectJson.indexOf(member);
    Q_ASSERT(at >= 0);
    if (at >= 0) {
        objectJson.replace(at + member.size() - 4, 4, value);
    }
}

DemoReply emptyReply()
{
    DemoReply reply;
    reply.status = 200;
    return reply;
}

// ITEM_NOT_FOUND → ItemNotFound, for exceptionDetail.type.
QString pascalCase(const QString& upperSnake)
{
    QString result;
    const QStringList words = upperSnake.split(u'_', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        result += word.left(1) + word.mid(1).toLower();
    }
    return result;
}

DemoReply errorReply(int status, const QString& errorCode, const QString& applicationName, const QString& message,
    const ErrorData& data = {})
{
    QJsonArray additional;
    for (const auto& [name, value] : data) {
        additional.append(QJsonObject { { u"name"_s, name }, { u"value"_s, value } });
    }
    const QJsonObject body {
        { u"message"_s, message },
        { u"errorCode"_s, errorCode },
        { u"applicationName"_s, applicationName },
        { u"additionalErrorData"_s, additional },
        { u"items"_s, QJsonArray {} },
        { u"exceptionDetail"_s,
            QJsonObject { { u"type"_s, u"KiboTokenInspector.Demo.%1Exception"_s.arg(pascalCase(errorCode)) },
                { u"message"_s, message }, { u"source"_s, u"KiboTokenInspector.Demo"_s },
                { u"targetSite"_s, QJsonValue::Null }, { u"stackTrace"_s, u""_s } } },
    };
    return jsonReply(status, body);
}

DemoReply invalidParameter(const QString& name, const QString& why)
{
    return errorReply(400, u"MISSING_OR_INVALID_PARAMETER"_s, u"Customer"_s,
        u"Missing or invalid parameter: %1 %2"_s.arg(name, why), { { u"ParameterName"_s, name } });
}

DemoReply notFound(const QString& what)
{
    return errorReply(404, u"ITEM_NOT_FOUND"_s, u"Customer"_s, u"Item not found: %1"_s.arg(what));
}

DemoReply invalidCredentials()
{
    return errorReply(401, u"INVALID_CREDENTIALS"_s, u"Customer"_s, u"Invalid credentials"_s);
}

// Parses a JSON object body. An absent body is an empty object when allowEmpty.
std::optional<QJsonObject> objectBody(const QByteArray& body, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty) {
            return QJsonObject {};
        }
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

// An optional int32 field: absent or null is unset; anything else must be an integral number.
bool optionalInt(const QJsonValue& value, std::optional<int>& out)
{
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < std::numeric_limits<qint32>::min()
        || number > std::numeric_limits<qint32>::max()) {
        return false;
    }
    out = static_cast<int>(number);
    return true;
}

std::optional<int> queryInt(const QString& text, bool& ok)
{
    ok = true;
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const int value = text.toInt(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return value;
}

QString stringField(const QJsonObject& object, const QString& name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
}

// A JSON object body and its named string fields, each required, in order: a 400 that names the body when it is
// no JSON object, or the first field missing, as Kibo words them.
std::optional<DemoReply> requiredFields(
    const QByteArray& bytes, const QString& bodyName, const QStringList& names, QJsonObject* body, QStringList* values)
{
    const std::optional<QJsonObject> object = objectBody(bytes, false);
    if (!object) {
        return invalidParameter(bodyName, u"is not a JSON object"_s);
    }
    for (const QString& name : names) {
        const QString value = stringField(*object, name);
        if (value.isEmpty()) {
            return invalidParameter(name, u"is required"_s);
        }
        values->append(value);
    }
    *body = *object;
    return std::nullopt;
}

QString appId()
{
    return QString::fromLatin1(
        QCryptographicHash::hash(DemoFixtures::clientId().toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

DemoService::DemoService()
    : m_clock(Clock::system())
{ }

void DemoService::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void DemoService::setOutbox(Outbox outbox)
{
    m_outbox = std::move(outbox);
}

void DemoService::setTenantDomain(const QString& hostAndPort)
{
    m_tenantDomain = hostAndPort;
}

QDateTime DemoService::now() const
{
    return m_clock->now().toUTC();
}

DemoReply DemoService::oversizeReply()
{
    DemoReply reply = errorReply(400, u"MISSING_OR_INVALID_PARAMETER"_s, u"Customer"_s,
        u"Missing or invalid parameter: body larger than 1 MiB"_s, { { u"ParameterName"_s, u"body"_s } });
    reply.headers.append({ QByteArrayLiteral("x-vol-correlation"), DemoTokens::randomHex32().toLatin1() });
    return reply;
}

DemoReply DemoService::handle(const DemoRequest& request, Origin origin)
{
    if (request.body.size() > maxBodyBytes) {
        qCInfo(lcDemo) << "request body larger than" << maxBodyBytes << "bytes refused";
        return oversizeReply();
    }
    DemoReply reply = route(request, origin);
    const QString correlation = DemoTokens::randomHex32();
    reply.headers.append({ QByteArrayLiteral("x-vol-correlation"), correlation.toLatin1() });
    // Like any HTTP server (RFC 9110 6.6.1), from the tenant's clock: clients measure their clock skew with it.
    reply.headers.append(
        { QByteArrayLiteral("Date"), QLocale::c().toString(now(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() });
    // The path only: queries may carry refresh tokens.
    qCDebug(lcDemo).nospace() << request.method.constData() << " " << request.path << " -> " << reply.status << " ("
                              << correlation << ")";
    return reply;
}

DemoReply DemoService::route(const DemoRequest& request, Origin origin)
{
    QString path = request.path.toLower();
    if (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    const QByteArray& method = request.method;

    if (origin == Origin::Home) {
        // The home host serves the platform calls only: a tenant call here means the client did not follow the
        // tenant lookup's domain.
        if (path == u"/api/platform/applications/authtickets/oauth"_s && method == "POST") {
            return oauth(request);
        }
        static const QRegularExpression tenantPath(u"^/api/platform/tenants/(\\d{1,9})$"_s);
        if (const QRegularExpressionMatch match = tenantPath.match(path); match.hasMatch() && method == "GET") {
            return tenant(request, match.captured(1));
        }
        qCInfo(lcDemo) << "a tenant call reached the home host";
        return errorReply(404, u"ITEM_NOT_FOUND"_s, u"Tenant"_s,
            u"Item not found: %1 %2 is not served by the home host; send tenant calls to the tenant's domain"_s.arg(
                QString::fromLatin1(method), request.path));
    }
    if (path.startsWith(u"/api/platform/"_s)) {
        return errorReply(404, u"ITEM_NOT_FOUND"_s, u"Tenant"_s,
            u"Item not found: %1 %2 is served by the home host"_s.arg(QString::fromLatin1(method), request.path));
    }

    if (path == customerBase && method == "POST") {
        return login(request);
    }
    if (path == customerBase + u"/refresh"_s && method == "PUT") {
        return refresh(request);
    }
    if (path == customerBase + u"/anonymousshopper"_s && method == "GET") {
        return anonymous(request);
    }
    if (path == customerBase + u"/impersonatecart"_s && method == "POST") {
        return impersonateCart(request);
    }
    if (path == customerBase + u"/2fa/request"_s && method == "POST") {
        return request2fa(request);
    }
    if (path == customerBase + u"/2fa/auth"_s && method == "POST") {
        return auth2fa(request);
    }
    if (path == customerBase + u"/otp/request"_s && method == "POST") {
        return requestOtp(request);
    }
    if (path == customerBase + u"/otp/auth"_s && method == "POST") {
        return authOtp(request);
    }

    return notFound(u"%1 %2"_s.arg(QString::fromLatin1(method), request.path));
}

// --- app authentication -------------------------------------------------------------------------

DemoReply DemoService::oauth(const DemoRequest& request)
{
    QString clientId;
    QString clientSecret;
    QString grantType;
    QString refreshToken;
    const QByteArray body = request.body.trimmed();
    if (body.startsWith('{')) {
        const std::optional<QJsonObject> json = objectBody(body, false);
        if (!json) {
            return errorReply(400, u"MISSING_OR_INVALID_PARAMETER"_s, u"AppDev"_s,
                u"Missing or invalid parameter: body is not JSON"_s, { { u"ParameterName"_s, u"body"_s } });
        }
        clientId = stringField(*json, u"client_id"_s);
        clientSecret = stringField(*json, u"client_secret"_s);
        grantType = stringField(*json, u"grant_type"_s);
        refreshToken = stringField(*json, u"refresh_token"_s);
    } else {
        const QUrlQuery form(QString::fromUtf8(QByteArray(body).replace('+', ' ')));
        clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        clientSecret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
        grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
        refreshToken = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
    }

    if (!grantType.isEmpty() && grantType != u"client_credentials"_s && grantType != u"refresh_token"_s) {
        return errorReply(400, u"MISSING_OR_INVALID_PARAMETER"_s, u"AppDev"_s,
            u"Missing or invalid parameter: grant_type unsupported"_s, { { u"ParameterName"_s, u"grant_type"_s } });
    }
    if (clientId.isEmpty()) {
        return errorReply(400, u"MISSING_OR_INVALID_PARAMETER"_s, u"AppDev"_s,
            u"Missing or invalid parameter: client_id missing"_s, { { u"ParameterName"_s, u"client_id"_s } });
    }

    const QDateTime current = now();
    bool accepted = false;
    if (clientId == DemoFixtures::clientId()) {
        if (clientSecret == DemoFixtures::sharedSecret()) {
            accepted = true;
        } else if (clientSecret.isEmpty() && !refreshToken.isEmpty()) {
            const auto it = m_appRefreshTokens.constFind(refreshToken);
            accepted = it != m_appRefreshTokens.constEnd() && it.value() > current;
        }
    }
    if (!accepted) {
        qCInfo(lcDemo) << "app authentication refused";
        return errorReply(401, u"INVALID_CREDENTIALS"_s, u"AppDev"_s, u"Invalid credentials"_s,
            { { u"CredentialsName"_s, clientId } });
    }

    prune();
    const QString accessToken = DemoTokens::randomAccessToken();
    const QString newRefresh = DemoTokens::randomHex32();
    m_appTokens.insert(accessToken, current.addSecs(appTokenSeconds));
    m_appRefreshTokens.insert(newRefresh, current.addSecs(24 * 3600));
    return jsonReply(200,
        QJsonObject {
            { u"access_token"_s, accessToken },
            { u"token_type"_s, u"Bearer"_s },
            { u"expires_in"_s, appTokenSeconds },
            { u"refresh_token"_s, newRefresh },
        });
}

std::optional<DemoReply> DemoService::checkAppToken(const DemoRequest& request, const QString& operation) const
{
    const QByteArray authorization = request.header("authorization");
    QString token;
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        token = QString::fromLatin1(authorization.mid(7).trimmed());
    }
    const auto it = m_appTokens.constFind(token);
    if (token.isEmpty() || it == m_appTokens.constEnd() || it.value() <= now()) {
        DemoReply reply = errorReply(401, u"INVALID_ACCESS_TOKEN"_s, u"Tenant"_s,
            u"Invalid or missing access token for %1"_s.arg(operation),
            { { u"OperationName"_s, operation }, { u"WWW-Authenticate"_s, u"Api-Application, accesstoken=none"_s } });
        reply.headers.append(
            { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Api-Application, accesstoken=none") });
        return reply;
    }
    return std::nullopt;
}

std::optional<DemoReply> DemoService::checkTenantHeaders(const DemoRequest& request) const
{
    const QByteArray tenant = request.header("x-vol-tenant").trimmed();
    if (!tenant.isEmpty() && tenant != QByteArray::number(DemoFixtures::tenantId())) {
        return notFound(u"tenant %1"_s.arg(QString::fromLatin1(tenant.left(32))));
    }
    // Customer tickets are per site: a multi-site tenant cannot tell which site a call without x-vol-site
    // means (the demo's assumption of Kibo's answer, docs/architecture.md).
    const QByteArray site = request.header("x-vol-site").trimmed();
    if (site.isEmpty()) {
        return invalidParameter(u"siteId"_s, u"is required: send the x-vol-site header of a site of this tenant"_s);
    }
    if (site != QByteArray::number(DemoFixtures::siteId())) {
        return notFound(u"site %1"_s.arg(QString::fromLatin1(site.left(32))));
    }
    return std::nullopt;
}

std::optional<DemoReply> DemoService::checkTenantCall(const DemoRequest& request, const QString& operation) const
{
    if (auto refusal = checkAppToken(request, operation)) {
        return refusal;
    }
    return checkTenantHeaders(request);
}

// --- tenant lookup ------------------------------------------------------------------------------

DemoReply DemoService::tenant(const DemoRequest& request, const QString& id)
{
    if (auto refusal = checkAppToken(request, u"GetTenant"_s)) {
        return *refusal;
    }
    if (id != QString::number(DemoFixtures::tenantId())) {
        return errorReply(404, u"ITEM_NOT_FOUND"_s, u"Tenant"_s, u"Item not found: tenant %1"_s.arg(id));
    }
    const QJsonObject site {
        { u"id"_s, DemoFixtures::siteId() },
        { u"siteId"_s, DemoFixtures::siteId() },
        { u"tenantId"_s, DemoFixtures::tenantId() },
        { u"name"_s, u"Demo Storefront"_s },
        { u"domain"_s, m_tenantDomain },
        { u"catalogId"_s, 1 },
        { u"localeCode"_s, u"en-US"_s },
        { u"currencyCode"_s, u"USD"_s },
    };
    const QJsonObject catalog { { u"id"_s, 1 }, { u"name"_s, u"Demo Catalog"_s }, { u"masterCatalogId"_s, 1 } };
    return jsonReply(200,
        QJsonObject {
            { u"id"_s, DemoFixtures::tenantId() },
            { u"name"_s, u"Kibo Token Inspector Demo"_s },
            { u"isDevTenant"_s, true },
            { u"domain"_s, m_tenantDomain },
            { u"sites"_s, QJsonArray { site } },
            { u"masterCatalogs"_s,
                QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"name"_s, u"Demo Master Catalog"_s },
                    { u"catalogs"_s, QJsonArray { catalog } } } } },
        });
}

// --- customer tickets ---------------------------------------------------------------------------

std::optional<DemoReply> DemoService::parseLoginOptions(const QJsonObject& body, LoginOptions& options) const
{
    if (!optionalInt(body.value(u"accountId"_s), options.accountId)) {
        return invalidParameter(u"accountId"_s, u"must be an integer"_s);
    }
    if (!optionalInt(body.value(u"authTicketTtlMinutes"_s), options.ticketMinutes)
        || (options.ticketMinutes && *options.ticketMinutes < 1)) {
        return invalidParameter(u"authTicketTtlMinutes"_s, u"must be an integer of at least 1"_s);
    }
    if (!optionalInt(body.value(u"refreshTokenTtlMinutes"_s), options.refreshMinutes)
        || (options.refreshMinutes && *options.refreshMinutes < 1)) {
        return invalidParameter(u"refreshTokenTtlMinutes"_s, u"must be an integer of at least 1"_s);
    }
    return std::nullopt;
}

std::optional<DemoReply> DemoService::checkAccountState(const DemoCustomer& customer) const
{
    switch (customer.state) {
    case DemoCustomer::State::Active:
        return std::nullopt;
    case DemoCustomer::State::Locked:
        return errorReply(401, u"ACCOUNT_LOCKED"_s, u"Customer"_s, u"The account is locked."_s,
            { { u"IsLocked"_s, u"true"_s }, { u"LastLockedOn"_s, u"2025-01-15T08:00:00.000Z"_s },
                { u"FailedLoginAttemptCount"_s, u"5"_s }, { u"RemainingLoginAttempts"_s, u"0"_s } });
    case DemoCustomer::State::Inactive:
        return errorReply(401, u"ACCOUNT_INACTIVE"_s, u"Customer"_s, u"The account is inactive."_s,
            { { u"IsActive"_s, u"false"_s } });
    case DemoCustomer::State::PasswordChangeRequired:
        return errorReply(401, u"PASSWORD_CHANGE_REQUIRED"_s, u"Customer"_s,
            u"The password has expired and must be changed."_s,
            { { u"IsPasswordChangeRequired"_s, u"true"_s },
                { u"LastPasswordChangeOn"_s, u"2023-01-01T00:00:00.000Z"_s } });
    }
    return std::nullopt;
}

QString DemoService::newestAnonymousId(const DemoRequest& request) const
{
    const QByteArray claims = request.header("x-vol-user-claims").trimmed();
    if (claims.isEmpty()) {
        return {};
    }
    return m_anonymousTokens.value(QString::fromLatin1(claims));
}

DemoReply DemoService::login(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"CreateUserAuthTicket"_s)) {
        return *refusal;
    }

    QJsonObject body;
    QStringList fields;
    if (auto refusal
        = requiredFields(request.body, u"userAuthInfo"_s, { u"username"_s, u"password"_s }, &body, &fields)) {
        return *refusal;
    }
    const QString userName = fields.at(0);
    const QString password = fields.at(1);
    LoginOptions options;
    if (auto refusal = parseLoginOptions(body, options)) {
        return *refusal;
    }

    const DemoCustomer* customer = m_seed.findByUserName(userName);
    if (!customer || customer->password != password) {
        qCInfo(lcDemo) << "login refused: invalid credentials";
        return invalidCredentials();
    }
    if (auto refusal = checkAccountState(*customer)) {
        return *refusal;
    }
    if (options.accountId && !customer->accountIds.contains(*options.accountId)) {
        return invalidParameter(u"accountId"_s, u"is not an account of this user"_s);
    }
    if ((options.ticketMinutes || options.refreshMinutes) && !appMayConfigureTokenDurations) {
        return errorReply(403, u"MISSING_BEHAVIOR"_s, u"Customer"_s,
            u"The application lacks the behavior customer-auth:configure-token-durations."_s,
            { { u"Behavior"_s, u"customer-auth:configure-token-durations"_s } });
    }

    const int accountId = options.accountId.value_or(customer->accountIds.constFirst());
    const int ticketMinutes = std::min(options.ticketMinutes.value_or(defaultTicketMinutes), maxTicketMinutes);
    const int refreshMinutes = std::min(options.refreshMinutes.value_or(defaultRefreshMinutes), maxRefreshMinutes);
    const QString previousAnonymousId = newestAnonymousId(request);

    if (customer->requires2FA) {
        PendingCode pending;
        pending.customer = customer;
        pending.accountId = accountId;
        pending.ticketMinutes = ticketMinutes;
        pending.refreshMinutes = refreshMinutes;
        pending.previousAnonymousId = previousAnonymousId;
        pending.appToken = QString::fromLatin1(request.header("authorization"));
        sendCode(pending);
        m_pending2fa.insert(customer->userId, pending);
        m_newestPendingByApp.insert(pending.appToken, customer->userId);
        qCInfo(lcDemo) << "login needs a second factor; code sent to the outbox";
        return jsonReply(200,
            ResponseFieldsFilter(request.query.queryItemValue(u"responseFields"_s, QUrl::FullyDecoded))
                .apply(QJsonObject { { u"requires2FA"_s, true }, { u"userId"_s, customer->userId } }));
    }

    Session session = newSession(customer, accountId, ticketMinutes, refreshMinutes);
    session.previousAnonymousId = previousAnonymousId;
    return ticketReply(request, session);
}

DemoReply DemoService::refresh(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"RefreshUserAuthTicket"_s)) {
        return *refusal;
    }
    // The body, if any, is ignored (legacy SDKs PUT their old ticket).
    const QString refreshToken = request.query.queryItemValue(u"refreshToken"_s, QUrl::FullyDecoded);
    if (refreshToken.isEmpty()) {
        return invalidParameter(u"refreshToken"_s, u"is required"_s);
    }
    bool ok = true;
    const std::optional<int> accountId = queryInt(request.query.queryItemValue(u"accountId"_s, QUrl::FullyDecoded), ok);
    if (!ok) {
        return invalidParameter(u"accountId"_s, u"must be an integer"_s);
    }

    const auto it = m_sessions.find(refreshToken);
    if (it == m_sessions.end() || it->refreshExpiration <= now()) {
        qCInfo(lcDemo) << "refresh refused: unknown or expired refresh token";
        return errorReply(
            401, u"INVALID_REFRESH_TOKEN"_s, u"Customer"_s, u"The refresh token is invalid or expired."_s);
    }
    if (accountId) {
        if (!it->customer || !it->customer->accountIds.contains(*accountId)) {
            return invalidParameter(u"accountId"_s, u"is not an account of this user"_s);
        }
        it->accountId = *accountId;
    }
    if (m_rotateRefreshTokens) {
        // A new refresh token with the same expiry; the old one is unknown from now on.
        Session rotated = *it;
        m_sessions.erase(it);
        rotated.refreshToken = DemoTokens::randomHex32();
        return ticketReply(request, rotated); // files it under the new refresh token
    }
    return ticketReply(request, *it);
}

DemoReply DemoService::anonymous(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"GetAnonymousShopperAuthTicket"_s)) {
        return *refusal;
    }
    Session session = newSession(nullptr, 0, defaultTicketMinutes, defaultRefreshMinutes);
    return ticketReply(request, session);
}

DemoReply DemoService::impersonateCart(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"CreateCartAuthTicket"_s)) {
        return *refusal;
    }
    const std::optional<QJsonObject> body = objectBody(request.body, false);
    if (!body) {
        return invalidParameter(u"cartAuthTicketRequest"_s, u"is not a JSON object"_s);
    }
    std::optional<int> accountId;
    if (!optionalInt(body->value(u"accountId"_s), accountId)) {
        return invalidParameter(u"accountId"_s, u"must be an integer"_s);
    }
    const QString userId = stringField(*body, u"userId"_s);
    if (userId.isEmpty() && !accountId) {
        return invalidParameter(u"userId"_s, u"is required"_s);
    }

    const DemoCustomer* customer = !userId.isEmpty() ? m_seed.findByUserId(userId) : m_seed.findByAccountId(*accountId);
    if (!customer || (accountId && !customer->accountIds.contains(*accountId))) {
        return notFound(u"user"_s);
    }
    if (auto refusal = checkAccountState(*customer)) {
        return *refusal;
    }
    Session session = newSession(
        customer, accountId.value_or(customer->accountIds.constFirst()), defaultTicketMinutes, defaultRefreshMinutes);
    return ticketReply(request, session);
}

// --- second factor and one-time passwords --------------------------------------------------------

QString DemoService::sendCode(PendingCode& pending)
{
    pending.code = DemoTokens::randomDigits(6);
    pending.issued = now();
    pending.triesLeft = codeTries;
    if (m_outbox) {
        m_outbox(pending.customer->userName, pending.code);
    }
    return pending.code;
}

std::optional<DemoReply> DemoService::checkCode(PendingCode& pending, const QString& code)
{
    const DemoReply expired
        = errorReply(401, u"OTP_EXPIRED"_s, u"Customer"_s, u"The code has expired or is void; request a new one."_s);
    if (pending.triesLeft <= 0 || pending.issued.secsTo(now()) >= codeSeconds) {
        return expired;
    }
    if (code == pending.code) {
        return std::nullopt;
    }
    --pending.triesLeft;
    if (pending.triesLeft <= 0) {
        qCInfo(lcDemo) << "code void after too many wrong tries";
        return expired;
    }
    return errorReply(401, u"INVALID_OTP"_s, u"Customer"_s, u"The code is wrong."_s,
        { { u"RemainingAttempts"_s, QString::number(pending.triesLeft) } });
}

DemoReply DemoService::request2fa(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"RequestTwoFactorCode"_s)) {
        return *refusal;
    }
    QString userId = request.query.queryItemValue(u"userId"_s, QUrl::FullyDecoded);
    if (userId.isEmpty()) {
        if (const std::optional<QJsonObject> body = objectBody(request.body, true)) {
            userId = stringField(*body, u"userId"_s);
        }
    }
    if (userId.isEmpty()) {
        userId = m_newestPendingByApp.value(QString::fromLatin1(request.header("authorization")));
    }
    const auto it = m_pending2fa.find(userId);
    if (userId.isEmpty() || it == m_pending2fa.end()) {
        return invalidParameter(u"userId"_s, u"has no pending login"_s);
    }
    sendCode(*it);
    qCInfo(lcDemo) << "second-factor code re-sent to the outbox";
    return emptyReply();
}

DemoReply DemoService::auth2fa(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"CreateTwoFactorAuthTicket"_s)) {
        return *refusal;
    }
    QJsonObject body;
    QStringList fields;
    if (auto refusal
        = requiredFields(request.body, u"authTicket2FAInfo"_s, { u"userId"_s, u"otpCode"_s }, &body, &fields)) {
        return *refusal;
    }
    const QString userId = fields.at(0);
    const QString code = fields.at(1);

    const auto it = m_pending2fa.find(userId);
    if (it == m_pending2fa.end()) {
        return errorReply(401, u"OTP_EXPIRED"_s, u"Customer"_s, u"No code is pending; log in again."_s);
    }
    if (auto refusal = checkCode(*it, code)) {
        return *refusal;
    }

    const PendingCode pending = *it;
    m_pending2fa.erase(it);
    for (auto app = m_newestPendingByApp.begin(); app != m_newestPendingByApp.end();) {
        app = app.value() == userId ? m_newestPendingByApp.erase(app) : std::next(app);
    }
    Session session = newSession(pending.customer, pending.accountId, pending.ticketMinutes, pending.refreshMinutes);
    session.previousAnonymousId = pending.previousAnonymousId;
    session.last2FaDate = isoUtc(now());
    return ticketReply(request, session);
}

DemoReply DemoService::requestOtp(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"RequestOtp"_s)) {
        return *refusal;
    }
    QJsonObject body;
    QStringList fields;
    if (auto refusal = requiredFields(request.body, u"otpRequest"_s, { u"email"_s }, &body, &fields)) {
        return *refusal;
    }
    const QString email = fields.at(0);
    if (const DemoCustomer* customer = m_seed.findByUserName(email)) {
        PendingCode pending;
        pending.customer = customer;
        pending.accountId = customer->accountIds.constFirst();
        sendCode(pending);
        m_pendingOtp.insert(customer->userName.toLower(), pending);
        qCInfo(lcDemo) << "one-time password sent to the outbox";
    }
    return emptyReply(); // the same for unknown addresses
}

DemoReply DemoService::authOtp(const DemoRequest& request)
{
    if (auto refusal = checkTenantCall(request, u"CreateOtpAuthTicket"_s)) {
        return *refusal;
    }
    QJsonObject body;
    QStringList fields;
    if (auto refusal
        = requiredFields(request.body, u"authTicketOtpInfo"_s, { u"email"_s, u"otpCode"_s }, &body, &fields)) {
        return *refusal;
    }
    const QString email = fields.at(0);
    const QString code = fields.at(1);
    const auto it = m_pendingOtp.find(email.toLower());
    if (it == m_pendingOtp.end()) {
        return errorReply(401, u"OTP_EXPIRED"_s, u"Customer"_s, u"No code is pending; request a new one."_s);
    }
    if (auto refusal = checkCode(*it, code)) {
        return *refusal;
    }
    const PendingCode pending = *it;
    m_pendingOtp.erase(it);
    if (auto refusal = checkAccountState(*pending.customer)) {
        return *refusal;
    }
    Session session = newSession(pending.customer, pending.accountId, defaultTicketMinutes, defaultRefreshMinutes);
    session.previousAnonymousId = newestAnonymousId(request);
    return ticketReply(request, session);
}

// --- issuing ------------------------------------------------------------------------------------

DemoService::Session DemoService::newSession(
    const DemoCustomer* customer, int accountId, int ticketMinutes, int refreshMinutes)
{
    prune();
    Session session;
    session.customer = customer;
    session.userId = customer ? customer->userId : DemoTokens::randomHex32();
    session.accountId = accountId;
    session.ticketMinutes = ticketMinutes;
    session.created = now();
    session.refreshToken = DemoTokens::randomHex32();
    session.refreshExpiration = session.created.addSecs(qint64(refreshMinutes) * 60);
    session.sessionId = DemoTokens::randomHex32();
    return session;
}

DemoReply DemoService::ticketReply(const DemoRequest& request, Session& session)
{
    const ResponseFieldsFilter filter(request.query.queryItemValue(u"responseFields"_s, QUrl::FullyDecoded));
    if (!filter.isValid()) {
        return invalidParameter(u"responseFields"_s, u"is not a valid field list"_s);
    }
    QJsonObject ticket = issueTicket(session);
    m_sessions.insert(session.refreshToken, session);
    if (!session.customer) {
        return jsonReply(200, filter.apply(ticket));
    }
    if (!filter.keepsEverything()) {
        ticket.insert(customerAccountKey, account(session));
        return jsonReply(200, filter.apply(ticket));
    }
    // The bytes QJsonDocument writes for the whole ticket, with the account's text put in as it is: writing the big
    // account (4.4 MB) took tens of milliseconds of the tenant's thread (the GUI's, in the app) at every login.
    DemoReply reply = jsonReply(200, ticket);
    putMemberJson(reply.body, customerAccountKey, accountJson(session));
    return reply;
}

QJsonObject DemoService::issueTicket(Session& session)
{
    const QDateTime issued = now();
    const QDateTime ticketExpiration = issued.addSecs(qint64(session.ticketMinutes) * 60);
    const QDateTime jwtExpiration = issued.addSecs(jwtMinutes * 60);
    const QString accessToken = DemoTokens::randomAccessToken();
    const bool anonymous = session.customer == nullptr;
    if (anonymous) {
        m_anonymousTokens.insert(accessToken, session.userId);
    }

    const QJsonObject sess {
        { u"i"_s, session.sessionId },
        { u"c"_s, isoUtc(session.created) },
        { u"p"_s, false },
        { u"p2"_s, QJsonValue::Null },
        { u"bt"_s, false },
        { u"e"_s, isoUtc(session.refreshExpiration) },
    };
    QJsonObject userClaims {
        { u"uid"_s, session.userId },
        { u"anon"_s, anonymous ? u"1"_s : u"0"_s },
        { u"st"_s, u"Shopper"_s },
        { u"bv"_s, QJsonArray { 31, 4194304 } },
        { u"env"_s, u"demo"_s },
        { u"rnd"_s, DemoTokens::randomInt32() },
        { u"exp"_s, isoNoZone(ticketExpiration) },
        { u"b.TenantId"_s, QString::number(DemoFixtures::tenantId()) },
        { u"b.SiteId"_s, QString::number(DemoFixtures::siteId()) },
        { u"b._sess_"_s, QString::fromUtf8(QJsonDocument(sess).toJson(QJsonDocument::Compact)) },
    };
    if (!anonymous) {
        userClaims.insert(u"b.AccountId"_s, QString::number(session.accountId));
        userClaims.insert(u"b.UserFirstName"_s, session.customer->firstName);
        userClaims.insert(u"b.UserLastName"_s, session.customer->lastName);
    }
    if (!session.previousAnonymousId.isEmpty()) {
        userClaims.insert(u"b.PreviousAnonymousId"_s, session.previousAnonymousId);
    }
    const QJsonObject appClaims {
        { u"aid"_s, appId() },
        { u"akey"_s, DemoFixtures::clientId() },
        { u"b.AppName"_s, u"Kibo Token Inspector Demo"_s },
        { u"bv"_s, QJsonArray { 0, -2147483618 } },
        { u"env"_s, u"demo"_s },
        { u"exp"_s, isoNoZone(jwtExpiration) },
        { u"rnd"_s, DemoTokens::randomInt32() },
        { u"ssl"_s, u"0"_s },
        { u"ent"_s, u"0"_s },
        { u"mtr"_s, u"0"_s },
        { u"uc"_s, u"0"_s },
    };
    const QJsonObject claims {
        { u"https://www.kibocommerce.com/app_claims"_s, appClaims },
        { u"https://www.kibocommerce.com/user_claims"_s, userClaims },
        { u"iss"_s, u"https://www.kibocommerce.com"_s },
        { u"aud"_s, u"https://www.kibocommerce.com"_s },
        { u"sub"_s, session.userId },
        { u"unique_name"_s, session.userId },
        { u"sid"_s, session.sessionId },
        { u"nbf"_s, issued.toSecsSinceEpoch() },
        { u"iat"_s, issued.toSecsSinceEpoch() },
        { u"exp"_s, jwtExpiration.toSecsSinceEpoch() },
    };

    QJsonObject ticket {
        { u"accessToken"_s, accessToken },
        { u"accessTokenExpiration"_s, isoUtc(ticketExpiration) },
        { u"refreshToken"_s, session.refreshToken },
        { u"refreshTokenExpiration"_s, isoUtc(session.refreshExpiration) },
        { u"jwtAccessToken"_s, DemoTokens::signHs256(claims, DemoFixtures::jwtSecret()) },
        { u"userId"_s, session.userId },
        { u"requires2FA"_s, false },
    };
    ticket.insert(customerAccountKey, QJsonValue::Null); // an anonymous shopper's; a customer's is added by the caller
    return ticket;
}

QJsonObject DemoService::account(const Session& session) const
{
    QJsonObject account = m_seed.account(*session.customer, session.accountId);
    if (!session.last2FaDate.isEmpty()) {
        account.insert(u"last2FaDate"_s, session.last2FaDate);
    }
    return account;
}

QByteArray DemoService::accountJson(const Session& session) const
{
    if (session.last2FaDate.isEmpty()) {
        return m_seed.accountJson(*session.customer, session.accountId); // the big account's is written once
    }
    return QJsonDocument(account(session)).toJson(QJsonDocument::Compact);
}

void DemoService::prune()
{
    const QDateTime current = now();
    if (m_appTokens.size() > pruneThreshold) {
        m_appTokens.removeIf([&current](const auto& it) { return it.value() <= current; });
    }
    if (m_appRefreshTokens.size() > pruneThreshold) {
        m_appRefreshTokens.removeIf([&current](const auto& it) { return it.value() <= current; });
    }
    if (m_sessions.size() > pruneThreshold) {
        m_sessions.removeIf([&current](const auto& it) { return it.value().refreshExpiration <= current; });
    }
    if (m_anonymousTokens.size() > pruneThreshold) {
        m_anonymousTokens.clear();
    }
}
