#include "kibo/authticketclient.h"

#include "background.h"
#include "clock.h"
#include "kibo/appauthenticator.h"
#include "kibo/kibocall.h"
#include "kibo/kibohosts.h"
#include "logging.h"
#include "secrets/secretpolicy.h"
#include "services/services.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString TicketsPath = u"/commerce/customer/authtickets"_s;

// Where each home host's tenants live, for this run: home API base + tenant id → the lookup's reply.
QHash<QString, KiboTenant>& tenantCache()
{
    static QHash<QString, KiboTenant> cache;
    return cache;
}

QString cacheKey(const QUrl& authApiBase, int tenantId)
{
    return authApiBase.toString() + u"#"_s + QString::number(tenantId);
}

// Kibo says the app token itself is bad: INVALID_ACCESS_TOKEN (Kibo's error body), or OAuth's invalid_token
// as the message (Kibo's graphql-client renews on both).
bool isInvalidAppToken(const KiboError& error)
{
    return error.httpStatus == 401
        && (error.errorCode.compare(u"INVALID_ACCESS_TOKEN"_s, Qt::CaseInsensitive) == 0
            || error.message.trimmed().compare(u"invalid_token"_s, Qt::CaseInsensitive) == 0);
}

// A 401 that refuses the customer's own credentials or code says nothing about the app token.
bool isCustomerRefusal(const KiboError& error)
{
    static const QStringList codes { u"INVALID_CREDENTIALS"_s, u"ACCOUNT_LOCKED"_s, u"ACCOUNT_INACTIVE"_s,
        u"PASSWORD_CHANGE_REQUIRED"_s, u"INVALID_REFRESH_TOKEN"_s, u"INVALID_OTP"_s, u"OTP_EXPIRED"_s };
    return codes.contains(error.errorCode.toUpper());
}

} // namespace

void AuthTicketClient::Pending::setBody(const QJsonObject& object)
{
    bodyJson = object;
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject CustomerLoginRequest::toJson() const
{
    QJsonObject object;
    if (!username.isEmpty()) {
        object.insert(u"username"_s, username);
    }
    if (!password.isEmpty()) {
        object.insert(u"password"_s, password);
    }
    if (accountId) {
        object.insert(u"accountId"_s, *accountId);
    }
    if (!fingerprint.isEmpty()) {
        object.insert(u"fingerprint"_s, fingerprint);
    }
    if (!region.isEmpty()) {
        object.insert(u"region"_s, region);
    }
    if (authTicketTtlMinutes) {
        object.insert(u"authTicketTtlMinutes"_s, *authTicketTtlMinutes);
    }
    if (refreshTokenTtlMinutes) {
        object.insert(u"refreshTokenTtlMinutes"_s, *refreshTokenTtlMinutes);
    }
    return object;
}

void releaseResult(std::optional<AuthTicketResult>& result)
{
    if (result && result->rawBody.size() >= KiboCall::BackgroundParseBytes) {
        freeInBackground(*std::exchange(result, std::nullopt));
    }
    result.reset();
}

QString AuthTicketResult::correlationId() const
{
    const QStringList ids = correlationIds();
    return ids.isEmpty() ? QString() : ids.constFirst();
}

QStringList AuthTicketResult::correlationIds() const
{
    QStringList ids;
    if (!error.correlationId.isEmpty()) {
        ids.append(error.correlationId);
    }
    for (const auto& [name, value] : responseHeaders) {
        if (name.compare("x-vol-correlation", Qt::CaseInsensitive) == 0) {
            // As KiboError keeps it: a server's header is no place for an essay.
            const QString id = QString::fromLatin1(value.trimmed().left(200));
            if (!id.isEmpty() && !ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    return ids;
}

AuthTicketClient::AuthTicketClient(QNetworkAccessManager* manager, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_app(new AppAuthenticator(manager, this))
    , m_transferTimeoutMs(KiboCall::DefaultTransferTimeoutMs)
    , m_overallDeadlineMs(KiboCall::DefaultOverallDeadlineMs)
{
    qRegisterMetaType<AuthTicketResult>();
    qRegisterMetaType<KiboError>();
    qRegisterMetaType<KiboTenant>();
    connect(m_app, &AppAuthenticator::tokenReady, this, &AuthTicketClient::onAppToken);
    connect(m_app, &AppAuthenticator::failed, this, &AuthTicketClient::onAppFailed);
}

AuthTicketClient::~AuthTicketClient() = default;

void AuthTicketClient::setManagerSource(std::function<QNetworkAccessManager*()> source)
{
    m_managerSource = std::move(source);
}

QNetworkAccessManager* AuthTicketClient::ensureManager()
{
    if (!m_manager && m_managerSource) {
        m_manager = m_managerSource();
        m_app->setManager(m_manager);
    }
    return m_manager;
}

void AuthTicketClient::setClock(const Clock* clock)
{
    m_clock = clock;
    m_app->setClock(clock);
}

void AuthTicketClient::setProfile(const KiboProfile& profile, const QString& clientSecret)
{
    // Qt keeps TLS connections open and does not key them by the CA set: after a change of the profile's CA,
    // a kept-alive connection accepted under the old trust must not carry the next request (reliability.md).
    if (profile.caBundlePath != m_profile.caBundlePath && m_manager) {
        Services::instance().clearConnectionCache(m_manager);
    }
    m_profile = profile;
    m_profileError = KiboHosts::checkProfile(profile);
    m_authApiBase = KiboHosts::authApiBase(profile);
    m_app->setCaBundlePath(profile.caBundlePath);
    m_app->setCredentials(m_authApiBase, profile.clientId, clientSecret);
}

std::optional<KiboTenant> AuthTicketClient::cachedTenant(const KiboProfile& profile)
{
    const auto it = tenantCache().constFind(cacheKey(KiboHosts::authApiBase(profile), profile.tenantId));
    if (it == tenantCache().constEnd()) {
        return std::nullopt;
    }
    return *it;
}

void AuthTicketClient::clearTenantCache()
{
    tenantCache().clear();
}

void AuthTicketClient::setDeadlines(int transferTimeoutMs, int overallDeadlineMs)
{
    m_transferTimeoutMs = transferTimeoutMs;
    m_overallDeadlineMs = overallDeadlineMs;
    m_app->setDeadlines(transferTimeoutMs, overallDeadlineMs);
}

bool AuthTicketClient::isBusy() const
{
    return m_pending.has_value();
}

void AuthTicketClient::login(const CustomerLoginRequest& request)
{
    Pending pending;
    pending.operation = KiboError::customerLoginOperation();
    pending.stage = tr("Logging the customer in…");
    pending.verb = "POST";
    pending.path = TicketsPath;
    if (!request.responseFields.isEmpty()) {
        pending.query.addQueryItem(
            u"responseFields"_s, QString::fromLatin1(QUrl::toPercentEncoding(request.responseFields)));
    }
    pending.setBody(request.toJson());
    if (!request.anonymousAccessToken.isEmpty()) {
        pending.extraHeaders.append({ "x-vol-user-claims", request.anonymousAccessToken.toLatin1() });
    }
    begin(std::move(pending));
}

void AuthTicketClient::refresh(const QString& refreshToken, std::optional<int> accountId, const QString& responseFields)
{
    Pending pending;
    pending.operation = KiboError::customerRefreshOperation();
    pending.stage = tr("Refreshing the customer ticket…");
    pending.verb = "PUT";
    pending.path = TicketsPath + u"/refresh"_s;
    pending.query.addQueryItem(u"refreshToken"_s, QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    if (accountId) {
        pending.query.addQueryItem(u"accountId"_s, QString::number(*accountId));
    }
    if (!responseFields.isEmpty()) {
        pending.query.addQueryItem(u"responseFields"_s, QString::fromLatin1(QUrl::toPercentEncoding(responseFields)));
    }
    begin(std::move(pending));
}

void AuthTicketClient::anonymous(const QString& responseFields)
{
    Pending pending;
    pending.operation = KiboError::anonymousTicketOperation();
    pending.stage = tr("Getting an anonymous shopper ticket…");
    pending.verb = "GET";
    pending.path = TicketsPath + u"/anonymousshopper"_s;
    if (!responseFields.isEmpty()) {
        pending.query.addQueryItem(u"responseFields"_s, QString::fromLatin1(QUrl::toPercentEncoding(responseFields)));
    }
    begin(std::move(pending));
}

void AuthTicketClient::finish2FA(const QString& userId, const QString& code, const QString& responseFields)
{
    Pending pending;
    pending.operation = KiboError::twoFactorOperation();
    pending.verb = "POST";
    pending.path = TicketsPath + u"/2fa/auth"_s;
    pending.stage = tr("Checking the verification code…");
    if (!responseFields.isEmpty()) {
        pending.query.addQueryItem(u"responseFields"_s, QString::fromLatin1(QUrl::toPercentEncoding(responseFields)));
    }
    pending.setBody(QJsonObject { { u"userId"_s, userId }, { u"otpCode"_s, code } });
    begin(std::move(pending));
}

void AuthTicketClient::resend2FACode(const QString& userId)
{
    Pending pending;
    pending.operation = KiboError::twoFactorOperation();
    pending.verb = "POST";
    pending.path = TicketsPath + u"/2fa/request"_s;
    pending.stage = tr("Asking for a new verification code…");
    // As Kibo's SDK (generateAndSend2faOtp): no body and no query; Kibo knows the pending login.
    Q_UNUSED(userId)
    pending.emptyReplyAllowed = true;
    pending.expectTicket = false;
    begin(std::move(pending));
}

void AuthTicketClient::requestOtp(const QString& email)
{
    Pending pending;
    pending.operation = KiboError::otpLoginOperation();
    pending.verb = "POST";
    pending.path = TicketsPath + u"/otp/request"_s;
    pending.stage = tr("Asking Kibo to email a one-time code…");
    pending.setBody(QJsonObject { { u"email"_s, email } });
    pending.emptyReplyAllowed = true;
    pending.expectTicket = false;
    begin(std::move(pending));
}

void AuthTicketClient::loginWithOtp(const QString& email, const QString& code, const QString& fingerprint,
    const QString& region, const QString& responseFields, const QString& anonymousAccessToken)
{
    Pending pending;
    pending.operation = KiboError::otpLoginOperation();
    pending.verb = "POST";
    pending.path = TicketsPath + u"/otp/auth"_s;
    pending.stage = tr("Logging the customer in with the one-time code…");
    if (!responseFields.isEmpty()) {
        pending.query.addQueryItem(u"responseFields"_s, QString::fromLatin1(QUrl::toPercentEncoding(responseFields)));
    }
    QJsonObject body { { u"email"_s, email }, { u"otpCode"_s, code } };
    if (!fingerprint.isEmpty()) {
        body.insert(u"fingerprint"_s, fingerprint);
    }
    if (!region.isEmpty()) {
        body.insert(u"region"_s, region);
    }
    pending.setBody(body);
    if (!anonymousAccessToken.isEmpty()) {
        pending.extraHeaders.append({ "x-vol-user-claims", anonymousAccessToken.toLatin1() });
    }
    begin(std::move(pending));
}

void AuthTicketClient::lookupTenant()
{
    Pending pending;
    pending.operation = KiboError::tenantLookupOperation();
    pending.stage = tr("Looking the tenant up…");
    pending.lookupOnly = true;
    pending.expectTicket = false;
    begin(std::move(pending));
}

void AuthTicketClient::begin(Pending pending)
{
    if (isBusy()) {
        qCWarning(lcKibo) << "auth-ticket call ignored: another one is running";
        return;
    }
    const QString operation = pending.operation;
    m_pending = std::move(pending);
    m_retried = false;
    m_tenantRetried = false;
    m_tenantFromCache = false;
    m_elapsedBefore = 0;
    m_tenant.reset();
    m_tenantApiBase = {};
    if (!m_profileError.isEmpty()) {
        KiboError error;
        error.kind = KiboError::Kind::HostNotFound;
        error.operation = operation;
        error.message = m_profileError;
        const AuthTicketResult result = failure(error);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    m_starting = true;
    requestAppToken();
    m_starting = false;
}

void AuthTicketClient::requestAppToken()
{
    m_waitingForAppToken = true;
    ensureManager();
    Q_EMIT progress(tr("Authenticating the application…"));
    // A cached token is used at once: the tenant call goes out in this turn, not in one more turn of the event loop.
    const QString cached = m_app->validToken();
    if (!cached.isEmpty()) {
        onAppToken(cached);
        return;
    }
    m_app->requestToken();
}

void AuthTicketClient::onAppToken(const QString& accessToken)
{
    if (!m_pending || !m_waitingForAppToken) {
        return;
    }
    m_waitingForAppToken = false;
    m_appToken = accessToken;

    const QUrl override = KiboHosts::apiHostOverride(m_profile);
    if (!override.isEmpty() && !m_pending->lookupOnly) {
        m_tenantApiBase = override; // a deliberate override: no lookup, as in Kibo's SDKs without credentials
        sendTenantCall();
        return;
    }
    if (const std::optional<KiboTenant> cached = cachedTenant(m_profile)) {
        m_tenantFromCache = true;
        useTenant(*cached, nullptr);
        return;
    }
    m_tenantFromCache = false;
    startLookup();
}

KiboCall* AuthTicketClient::newCall(const QString& operation, qint64 maxResponseBytes)
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater();
    }
    m_call = new KiboCall(ensureManager(), this);
    m_call->setOperation(operation);
    m_call->setDeadlines(m_transferTimeoutMs, m_overallDeadlineMs);
    m_call->setMaxResponseBytes(maxResponseBytes);
    m_call->setCaBundlePath(m_profile.caBundlePath);
    return m_call;
}

void AuthTicketClient::startLookup()
{
    Q_EMIT progress(tr("Looking the tenant up…"));
    QUrl url = m_authApiBase;
    url.setPath(url.path() + u"/platform/tenants/%1"_s.arg(m_profile.tenantId)); // lookupCall() names it too
    const QList<std::pair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer " + m_appToken.toLatin1() } };
    KiboCall* call = newCall(KiboError::tenantLookupOperation(), MaxTenantReplyBytes);
    call->setBodyExpectation(KiboCall::BodyExpectation::JsonObject);
    call->setSentSecrets(sentSecrets(false));
    connect(call, &KiboCall::finished, this, &AuthTicketClient::onLookupFinished);
    call->start("GET", url, headers, {});
}

void AuthTicketClient::onLookupFinished(const KiboResponse& response)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (!m_pending) {
        return;
    }
    KiboError error = response.error;
    if (isInvalidAppToken(error) && !m_retried) {
        renewAppTokenAndRetry(response.elapsedMs);
        return;
    }
    const QString home = KiboHosts::hostWithPort(m_authApiBase);
    if (error.isError()) {
        const bool fromServer = error.kind == KiboError::Kind::HttpKibo || error.kind == KiboError::Kind::HttpOther;
        if (fromServer && (error.httpStatus == 404 || error.httpStatus == 401 || error.httpStatus == 403)) {
            if (error.httpStatus == 401) {
                m_app->invalidate();
            }
            KiboError discovery = KiboError::tenantDiscovery(
                error.httpStatus == 404 ? u"tenant-unknown"_s : u"tenant-forbidden"_s, m_profile.tenantId, home);
            discovery.message = error.message; // Kibo's own words, shown as such
            discovery.httpStatus = error.httpStatus;
            discovery.errorCode = error.errorCode;
            discovery.applicationName = error.applicationName;
            discovery.additionalErrorData = error.additionalErrorData;
            discovery.correlationId = error.correlationId;
            error = discovery;
        }
        AuthTicketResult result;
        takeEvidence(result, response, AuthTicketResult::ReplyFrom::TenantLookup, lookupCall());
        result.error = error;
        finish(result);
        return;
    }
    QString reason;
    std::optional<KiboTenant> tenant = KiboTenant::fromJson(response.json.object(), &reason);
    if (!tenant) {
        AuthTicketResult result;
        takeEvidence(result, response, AuthTicketResult::ReplyFrom::TenantLookup, lookupCall());
        result.error = KiboError::notKibo(
            response.status, reason, response.header("x-vol-correlation"), KiboError::tenantLookupOperation(), home);
        finish(result);
        return;
    }
    if (tenant->id <= 0) {
        tenant->id = m_profile.tenantId;
    }
    useTenant(*tenant, &response);
}

void AuthTicketClient::useTenant(const KiboTenant& tenant, const KiboResponse* lookupReply)
{
    const QString home = KiboHosts::hostWithPort(m_authApiBase);
    const auto fail = [this, lookupReply](KiboError error) {
        AuthTicketResult result;
        if (lookupReply) {
            takeEvidence(result, *lookupReply, AuthTicketResult::ReplyFrom::TenantLookup, lookupCall());
            error.httpStatus = lookupReply->status;
            error.correlationId = QString::fromLatin1(lookupReply->header("x-vol-correlation").left(200));
        }
        result.error = error;
        result.tenant = m_tenant;
        finish(result);
    };
    const QUrl base = tenant.apiBase(m_authApiBase);
    if (!base.isValid()) {
        tenantCache().remove(cacheKey(m_authApiBase, m_profile.tenantId));
        fail(KiboError::tenantDiscovery(u"no-domain"_s, m_profile.tenantId, home,
            tenant.domain.isEmpty() ? tr("The reply for tenant %1 has no domain.").arg(m_profile.tenantId)
                                    : tr("The reply for tenant %1 names “%2” as its domain, which is no host name.")
                                          .arg(m_profile.tenantId)
                                          .arg(tenant.domain.left(80))));
        return;
    }
    tenantCache().insert(cacheKey(m_authApiBase, m_profile.tenantId), tenant);
    m_tenant = tenant;
    Q_EMIT tenantDiscovered(tenant);

    if (m_profile.siteId && !tenant.sites.isEmpty() && !tenant.site(*m_profile.siteId)) {
        QStringList known;
        for (const KiboSite& site : tenant.sites) {
            known.append(site.name.isEmpty() ? QString::number(site.id) : tr("%1 (%2)").arg(site.name).arg(site.id));
            if (known.size() == 10) {
                known.append(tr("…"));
                break;
            }
        }
        fail(KiboError::tenantDiscovery(u"site-unknown"_s, m_profile.tenantId, home,
            tr("Tenant %1 (%2) has no site %3; its sites are: %4.")
                .arg(m_profile.tenantId)
                .arg(tenant.name.isEmpty() ? tenant.domain : tenant.name)
                .arg(*m_profile.siteId)
                .arg(known.join(u", "_s))));
        return;
    }
    if (m_pending->lookupOnly) {
        AuthTicketResult result;
        if (lookupReply) {
            takeEvidence(result, *lookupReply, AuthTicketResult::ReplyFrom::TenantLookup, lookupCall());
        }
        result.tenant = tenant;
        finish(result);
        return;
    }
    m_tenantApiBase = base;
    sendTenantCall();
}

void AuthTicketClient::sendTenantCall()
{
    Q_EMIT progress(m_pending->stage);

    QUrl url = m_tenantApiBase;
    url.setPath(url.path() + m_pending->path);
    if (!m_pending->query.isEmpty()) {
        url.setQuery(m_pending->query);
    }
    QList<std::pair<QByteArray, QByteArray>> headers { { "Authorization", "Bearer " + m_appToken.toLatin1() } };
    headers.append(KiboHosts::tenantHeaders(m_profile));
    headers.append(m_pending->extraHeaders);

    m_sent = recordSent(url, headers);

    KiboCall* call = newCall(m_pending->operation, MaxTicketReplyBytes);
    call->setBodyExpectation(
        m_pending->emptyReplyAllowed ? KiboCall::BodyExpectation::EmptyOrJson : KiboCall::BodyExpectation::JsonObject);
    call->setSentSecrets(sentSecrets(true));
    connect(call, &KiboCall::finished, this, &AuthTicketClient::onCallFinished);
    call->start(m_pending->verb, url, headers, m_pending->body);
}

void AuthTicketClient::renewAppTokenAndRetry(qint64 elapsedMs)
{
    qCInfo(lcKibo) << "app token refused; renewing it and retrying once";
    m_retried = true;
    m_elapsedBefore += elapsedMs;
    m_app->invalidate();
    requestAppToken();
}

void AuthTicketClient::onAppFailed(const KiboError& error, const KiboResponse& reply)
{
    if (!m_pending || !m_waitingForAppToken) {
        return;
    }
    m_waitingForAppToken = false;
    // The app token's refusal decided the attempt: its reply is the evidence, not an empty one.
    AuthTicketResult result = failure(error);
    result.replyFrom = AuthTicketResult::ReplyFrom::AppToken;
    result.replyCall = u"POST "_s + m_authApiBase.path() + AppAuthenticator::tokenPath();
    if (reply.status > 0) {
        takeEvidence(result, reply, result.replyFrom, result.replyCall);
        result.error = error;
    }
    finish(result);
}

void AuthTicketClient::onCallFinished(const KiboResponse& response)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (!m_pending) {
        return;
    }
    const KiboError& error = response.error;
    if (isInvalidAppToken(error) && !m_retried) {
        renewAppTokenAndRetry(response.elapsedMs);
        return;
    }
    if (error.httpStatus == 401 && !isCustomerRefusal(error)) {
        // Not the customer's credentials: the app token may have been revoked. The next call gets a fresh one.
        m_app->invalidate();
    }
    const bool unreachable = error.kind == KiboError::Kind::HostNotFound
        || error.kind == KiboError::Kind::ConnectionRefused || error.kind == KiboError::Kind::Tls;
    if (m_tenantFromCache && !m_tenantRetried
        && (error.kind == KiboError::Kind::HostNotFound || error.kind == KiboError::Kind::ConnectionRefused)) {
        // The tenant's host from an earlier lookup is gone (nothing was sent): look the tenant up afresh, once.
        qCInfo(lcKibo) << "the cached tenant host does not answer; looking the tenant up again and retrying once";
        tenantCache().remove(cacheKey(m_authApiBase, m_profile.tenantId));
        m_tenantRetried = true;
        m_tenantFromCache = false;
        m_elapsedBefore += response.elapsedMs;
        startLookup();
        return;
    }
    if (unreachable && m_tenant) {
        // The tenant's host from this run's lookup does not answer: look it up afresh next time.
        tenantCache().remove(cacheKey(m_authApiBase, m_profile.tenantId));
    }

    AuthTicketResult result;
    takeEvidence(result, response, AuthTicketResult::ReplyFrom::AuthTicket,
        QString::fromLatin1(m_sent.verb) + u' ' + m_sent.url.path());
    result.error = error;
    result.request = m_sent;
    result.tenant = m_tenant;
    if (!error.isError() && m_pending->expectTicket) {
        const QJsonObject object = result.rawJson;
        if (object.value(u"requires2FA"_s).toBool() && !object.value(u"accessToken"_s).isString()) {
            result.requires2FA = true;
            result.pendingUserId = object.value(u"userId"_s).toString();
            if (result.pendingUserId.isEmpty()) {
                result.requires2FA = false;
                result.error = KiboError::notKibo(response.status,
                    tr("The reply asks for two-factor verification but names no userId."),
                    response.header("x-vol-correlation"), m_pending->operation, m_tenantApiBase.host());
            }
        } else {
            QString reason;
            result.ticket = CustomerAuthTicket::fromJson(object, &reason);
            if (!result.ticket) {
                result.error = KiboError::notKibo(response.status, reason, response.header("x-vol-correlation"),
                    m_pending->operation, m_tenantApiBase.host());
            }
        }
        if (result.error.isError()) {
            // The call left in what a successful ticket may hold (the refresh token sent, user claims); this reply
            // turned out to be no ticket, so they go as from any failure.
            const SentSecrets secrets = sentSecrets(true);
            result.rawBody = secrets.removeFrom(result.rawBody, SentSecrets::Reply::Failure);
            result.rawJson = secrets.removeFrom(QJsonValue(result.rawJson), SentSecrets::Reply::Failure).toObject();
        }
    }
    finish(result);
}

QString AuthTicketClient::lookupCall() const
{
    return u"GET "_s + m_authApiBase.path() + u"/platform/tenants/%1"_s.arg(m_profile.tenantId);
}

void AuthTicketClient::takeEvidence(
    AuthTicketResult& result, const KiboResponse& response, AuthTicketResult::ReplyFrom from, const QString& call) const
{
    result.replyFrom = from;
    result.replyCall = call;
    result.error = response.error;
    result.httpStatus = response.status;
    // The call took what the request sent out of the reply (KiboCall::setSentSecrets).
    result.rawBody = response.body;
    result.rawJson = response.json.object();
    result.responseHeaders = response.headers;
    result.elapsedMs = m_elapsedBefore + response.elapsedMs;
    result.serverDate = KiboResponse::parseHttpDate(response.header("date"));
    result.receivedAt = (m_clock ? m_clock : Clock::system())->now();
}

SentSecrets AuthTicketClient::sentSecrets(bool tenantCall) const
{
    SentSecrets secrets;
    secrets.add(u"app token"_s, m_appToken);
    if (!tenantCall) {
        return secrets;
    }
    for (const auto& [name, value] : m_pending->query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"refreshToken"_s) {
            secrets.add(u"refresh token"_s, value, SentSecrets::Echo::MayReturn);
        }
    }
    const QJsonObject& body = m_pending->bodyJson;
    for (const QString& key : { u"password"_s, u"otpCode"_s }) {
        secrets.add(key, body.value(key).toString());
    }
    for (const auto& [name, value] : m_pending->extraHeaders) {
        if (name.compare("x-vol-user-claims", Qt::CaseInsensitive) == 0) {
            secrets.add(u"user claims"_s, QString::fromLatin1(value), SentSecrets::Echo::MayReturn);
        }
    }
    return secrets;
}

SentRequest AuthTicketClient::recordSent(const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& headers) const
{
    SentRequest sent;
    sent.operation = m_pending->operation;
    sent.verb = m_pending->verb;
    sent.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    for (const auto& [name, value] : m_pending->query.queryItems(QUrl::FullyDecoded)) {
        sent.query.append({ name, SecretPolicy::redactIfSecret(name, value) });
    }
    // KiboCall adds these two itself.
    sent.headers.emplaceBack("Accept", "application/json");
    if (!m_pending->body.isEmpty()) {
        sent.headers.emplaceBack("Content-Type", "application/json");
    }
    for (const auto& [name, value] : headers) {
        QByteArray shown = value;
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            shown = value.left(space + 1)
                + SecretPolicy::describe(u"app token"_s, QString::fromLatin1(value.mid(space + 1))).toUtf8();
        } else if (name.compare("x-vol-user-claims", Qt::CaseInsensitive) == 0) {
            shown = SecretPolicy::describe(u"user claims"_s, QString::fromLatin1(value)).toUtf8();
        }
        sent.headers.append({ name, shown });
    }
    sent.hasBody = !m_pending->body.isEmpty();
    sent.body = m_pending->bodyJson;
    for (auto it = sent.body.begin(); it != sent.body.end(); ++it) {
        if (it.value().isString()) {
            it.value() = SecretPolicy::redactIfSecret(it.key(), it.value().toString());
        }
    }
    return sent;
}

AuthTicketResult AuthTicketClient::failure(const KiboError& error) const
{
    AuthTicketResult result;
    result.error = error;
    result.httpStatus = error.httpStatus;
    return result;
}

void AuthTicketClient::cancel()
{
    if (!m_pending) {
        return;
    }
    if (m_call && m_call->isRunning()) {
        m_call->cancel(); // reports Cancelled through onCallFinished
        return;
    }
    m_waitingForAppToken = false;
    KiboError error;
    error.kind = KiboError::Kind::Cancelled;
    error.operation = m_pending->operation;
    error.host = m_tenantApiBase.isValid() ? m_tenantApiBase.host() : m_authApiBase.host();
    finish(failure(error));
}

void AuthTicketClient::finish(const AuthTicketResult& result)
{
    if (!m_pending) {
        return;
    }
    if (m_starting) {
        // Decided before login() & co. returned (e.g. a cached tenant without the profile's site): callers wait for
        // finished() after the call, so it comes in the next turn, as every other result does.
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    m_pending.reset(); // drops the request body (the password) now
    m_sent = {};
    m_waitingForAppToken = false;
    qCInfo(lcKibo) << "auth-ticket call done:" << KiboError::kindName(result.error.kind) << result.httpStatus
                   << (result.ticket ? "ticket" : (result.requires2FA ? "2FA pending" : "no ticket"));
    Q_EMIT finished(result);
}
