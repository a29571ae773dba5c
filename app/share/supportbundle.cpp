#include "share/supportbundle.h"

#include "jwt/claimcatalogue.h"
#include "jwt/jwtdecoder.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/kiboprofile.h"
#include "secrets/secretpolicy.h"
#include "secrets/secretscrubber.h"
#include "version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

const QString Format = u"kibo-token-inspector-support-bundle"_s;

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Header values: secret ones become their shape, every other value loses JWT-shaped runs and queries.
// Received headers are Latin-1; recorded ones are UTF-8 (their redactions hold "…").
QJsonArray headersJson(const QList<std::pair<QByteArray, QByteArray>>& headers, bool utf8)
{
    QJsonArray array;
    for (const auto& [rawName, rawValue] : headers) {
        const QString name = QString::fromLatin1(rawName);
        const QString received = utf8 ? QString::fromUtf8(rawValue) : QString::fromLatin1(rawValue);
        const QString value = SecretScrubber::headerValue(name, name, received, SecretScrubber::HeaderForm::Shape);
        array.append(QJsonObject { { u"name"_s, name }, { u"value"_s, value } });
    }
    return array;
}

QJsonObject profileJson(const KiboProfile& profile)
{
    return {
        { u"name"_s, profile.name },
        { u"tenantId"_s, profile.tenantId },
        { u"siteId"_s, optionalInt(profile.siteId) },
        { u"dataCentre"_s, profile.effectiveDataCentre() },
        { u"apiHost"_s, orNull(profile.apiHost) },
        { u"authHost"_s, orNull(profile.authHost) },
        { u"tenantDomain"_s, orNull(profile.tenantDomain) },
        { u"clientId"_s, profile.clientId },
        { u"locale"_s, orNull(profile.locale) },
        { u"currency"_s, orNull(profile.currency) },
        { u"masterCatalogId"_s, optionalInt(profile.masterCatalogId) },
        { u"catalogId"_s, optionalInt(profile.catalogId) },
        { u"dataViewMode"_s, orNull(profile.dataViewMode) },
        { u"privateCa"_s, !profile.caBundlePath.isEmpty() },
    };
}

QJsonObject requestJson(const SentRequest& request, bool personal)
{
    QJsonArray query;
    for (const auto& [name, value] : request.query) {
        const QString shown = SecretPolicy::redactIfSecret(name, value);
        query.append(QJsonObject { { u"name"_s, name }, { u"value"_s, shown } });
    }
    QJsonObject json {
        { u"operation"_s, request.operation },
        { u"method"_s, QString::fromLatin1(request.verb) },
        { u"url"_s, request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString() },
        { u"path"_s, request.url.path() },
        { u"query"_s, query },
        { u"headers"_s, headersJson(request.headers, true) },
    };
    if (request.hasBody) {
        QJsonValue body = SecretScrubber::scrubJson(request.body);
        if (!personal) {
            body = SecretScrubber::removePersonalData(body);
        }
        json.insert(u"body"_s, body);
    }
    return json;
}

// Long lists (the 5,000 contacts of a big account) shortened: a ticket needs their shape, not all of them.
QJsonValue shortenLists(const QJsonValue& value, qsizetype* omitted)
{
    constexpr qsizetype MaxItems = 50;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (object.value(u"redacted"_s).toBool()) {
            return object; // a token's summary: its last four are no one's name, whatever they spell
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = shortenLists(it.value(), omitted);
        }
        return object;
    }
    if (!value.isArray()) {
        return value;
    }
    const QJsonArray array = value.toArray();
    QJsonArray result;
    for (qsizetype i = 0; i < qMin(array.size(), MaxItems); ++i) {
        result.append(shortenLists(array.at(i), omitted));
    }
    if (array.size() > MaxItems) {
        result.append(QJsonObject { { u"omittedItems"_s, array.size() - MaxItems } });
        *omitted += array.size() - MaxItems;
    }
    return result;
}

QJsonObject responseJson(const AuthTicketResult& result, bool personal, QJsonArray* notices)
{
    QJsonObject json {
        { u"call"_s, orNull(result.replyCall) },
        { u"status"_s, result.httpStatus > 0 ? QJsonValue(result.httpStatus) : QJsonValue(QJsonValue::Null) },
        { u"elapsedMs"_s, result.elapsedMs },
        { u"serverDate"_s, orNull(isoTime(result.serverDate)) },
        { u"headers"_s, headersJson(result.responseHeaders, false) },
        { u"bodyBytes"_s, result.rawBody.size() },
    };
    QJsonValue body;
    if (!result.rawJson.isEmpty()) {
        body = result.rawJson;
    } else if (!result.rawBody.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.rawBody, &error);
        if (error.error == QJsonParseError::NoError) {
            body = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        }
    }
    if (!body.isUndefined()) {
        qsizetype omitted = 0;
        body = SecretScrubber::scrubJson(shortenLists(body, &omitted));
        if (omitted > 0) {
            notices->append(QJsonObject { { u"code"_s, u"listsShortened"_s },
                { u"text"_s,
                    SupportBundle::tr("Long lists in the reply are cut to their first 50 items; %n item(s) left out.",
                        nullptr, int(omitted)) } });
        }
        if (!personal) {
            QJsonObject object = body.toObject();
            if (body.isObject() && object.value(u"customerAccount"_s).isObject()) {
                object.insert(u"customerAccount"_s, SecretScrubber::keepOnlyIds(object.value(u"customerAccount"_s)));
                body = object;
            }
            body = SecretScrubber::removePersonalData(body);
        }
        json.insert(u"body"_s, body);
    } else if (!result.rawBody.isEmpty()) {
        constexpr qsizetype MaxText = 4096;
        json.insert(u"bodyText"_s, SecretScrubber::scrubText(QString::fromUtf8(result.rawBody.left(MaxText))));
        notices->append(QJsonObject { { u"code"_s, u"bodyNotJson"_s },
            { u"text"_s,
                SupportBundle::tr("The reply body is not JSON; its first %n byte(s) are included as text.", nullptr,
                    int(qMin(result.rawBody.size(), MaxText))) } });
    }
    return json;
}

void addExpiry(QJsonArray* expiries, const QString& name, const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid()) {
        return;
    }
    expiries->append(
        QJsonObject { { u"name"_s, name }, { u"time"_s, isoTime(time) }, { u"secondsFromNow"_s, now.secsTo(time) } });
}

QJsonObject jwtJson(
    const QString& token, bool personal, const QDateTime& now, QJsonArray* expiries, QJsonArray* notices)
{
    const DecodedToken decoded = JwtDecoder::decode(token.toUtf8());
    QJsonObject json {
        { u"algorithm"_s, decoded.algorithm },
        { u"header"_s, SecretScrubber::scrubJson(decoded.header()) },
        { u"signature"_s,
            QJsonObject { { u"state"_s, DecodedToken::signatureStateName(decoded.signatureState) },
                { u"bytes"_s, decoded.signature.size() } } },
    };
    if (decoded.payload().isObject()) {
        const QJsonObject payload = decoded.payload().toObject();
        QJsonValue claims = SecretScrubber::scrubJson(ClaimCatalogue::expandNested(payload));
        if (!personal) {
            claims = SecretScrubber::removePersonalData(claims);
        }
        json.insert(u"claims"_s, claims);
        addExpiry(expiries, u"jwt.exp"_s, ClaimCatalogue::renderEpoch(payload.value(u"exp"_s), now).time, now);
        const QJsonObject user = payload.value(ClaimCatalogue::UserClaimsKey).toObject();
        addExpiry(expiries, u"user_claims.exp"_s, ClaimCatalogue::renderIso(user.value(u"exp"_s), now).time, now);
        const QJsonObject app = payload.value(ClaimCatalogue::AppClaimsKey).toObject();
        addExpiry(expiries, u"app_claims.exp"_s, ClaimCatalogue::renderIso(app.value(u"exp"_s), now).time, now);
    }
    for (const TokenNotice& notice : decoded.notices) {
        notices->append(QJsonObject { { u"code"_s, QString(u"jwt."_s + notice.code) }, { u"text"_s, notice.text } });
    }
    return json;
}

// Strings a person could be recognised by, gathered so that free text (a server message) loses them too.
void collectPersonal(const QJsonValue& value, const QString& key, QStringList* found)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectPersonal(it.value(), it.key(), found);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            collectPersonal(item, key, found);
        }
    } else if (value.isString() && SecretScrubber::isPersonalKey(key) && value.toString().trimmed().size() >= 3) {
        found->append(value.toString().trimmed());
    }
}

// Replaces the pattern everywhere but inside the redaction markers earlier replacements wrote: a
// token's last four ("…adA=") must not lose a customer's first name ("Ada") they happen to spell.
QString replaceOutsideRedactions(const QString& text, const QRegularExpression& pattern, const QString& replacement)
{
    static const QRegularExpression marker(u"<redacted [^>]*>"_s);
    QString result;
    qsizetype from = 0;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(from, match.capturedStart() - from).replace(pattern, replacement);
        result += match.captured();
        from = match.capturedEnd();
    }
    return result + text.mid(from).replace(pattern, replacement);
}

// The last line of defence: every string of the bundle loses each known secret and, unless
// asked otherwise, each known piece of personal data, wherever it ended up.
QJsonValue replaceEverywhere(const QJsonValue& value, const QList<std::pair<QRegularExpression, QString>>& replacements)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (object.value(u"redacted"_s).toBool()) {
            return object; // a token's summary: its last four are no one's name, whatever they spell
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = replaceEverywhere(it.value(), replacements);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto item : array) { // QJsonValueRef: assigning writes into the array
            item = replaceEverywhere(item, replacements);
        }
        return array;
    }
    if (!value.isString()) {
        return value;
    }
    QString text = value.toString();
    for (const auto& [pattern, replacement] : replacements) {
        text = replaceOutsideRedactions(text, pattern, replacement);
    }
    return text;
}

// Markdown building blocks: table cells cannot hold "|" or line breaks, and "<" would open an HTML
// tag that renderers hide; a fence must be longer than any run of backticks inside it.
QString cell(const QString& text)
{
    QString result = text;
    result.replace(u'\\', u"\\\\"_s);
    result.replace(u'|', u"\\|"_s);
    result.replace(u'<', u"\\<"_s); // "<redacted …>" is no HTML tag to hide
    result.replace(u'`', u"\\`"_s);
    result.replace(u"\r\n"_s, u" "_s);
    result.replace(u'\n', u' ');
    result.replace(u'\r', u' ');
    return result;
}

QString valueText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isNull() || value.isUndefined()) {
        return QString();
    }
    if (value.isBool()) {
        return value.toBool() ? u"true"_s : u"false"_s;
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QString table(const QString& left, const QString& right, const QList<std::pair<QString, QString>>& rows)
{
    QStringList lines { u"| %1 | %2 |"_s.arg(cell(left), cell(right)), u"|---|---|"_s };
    for (const auto& [name, value] : rows) {
        lines << u"| %1 | %2 |"_s.arg(cell(name), cell(value));
    }
    return lines.join(u'\n');
}

QString fenced(const QJsonValue& value)
{
    const QString text = value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson())
        : value.isArray()                 ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson())
                                          : valueText(value);
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), u'`');
    return fence + u"json\n"_s + text.trimmed() + u'\n' + fence;
}

QString fencedText(const QString& text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), u'`');
    return fence + u"text\n"_s + text.trimmed() + u'\n' + fence;
}

QList<std::pair<QString, QString>> nameValueRows(const QJsonArray& array)
{
    QList<std::pair<QString, QString>> rows;
    for (const QJsonValue& item : array) {
        rows.append({ item[u"name"_s].toString(), valueText(item[u"value"_s]) });
    }
    return rows;
}

QString expiryLabel(const QString& name)
{
    if (name == u"accessTokenExpiration"_s) {
        return SupportBundle::tr("Access ticket (accessTokenExpiration)");
    }
    if (name == u"refreshTokenExpiration"_s) {
        return SupportBundle::tr("Refresh token (refreshTokenExpiration)");
    }
    if (name == u"jwt.exp"_s) {
        return SupportBundle::tr("JWT (exp, the app claims' expiry)");
    }
    if (name == u"user_claims.exp"_s) {
        return SupportBundle::tr("User claims (user_claims.exp)");
    }
    if (name == u"app_claims.exp"_s) {
        return SupportBundle::tr("App claims (app_claims.exp)");
    }
    return name;
}

QString outcomeText(const QString& outcome)
{
    if (outcome == u"ticket"_s) {
        return SupportBundle::tr("A ticket was issued.");
    }
    if (outcome == u"twoFactorPending"_s) {
        return SupportBundle::tr("The password was accepted; two-factor verification is pending.");
    }
    if (outcome == u"error"_s) {
        return SupportBundle::tr("The call failed.");
    }
    return SupportBundle::tr("The reply held no ticket.");
}

// KiboError::kindName's stable names, in words.
QString kindText(const QString& kind)
{
    static const std::pair<const char*, const char*> texts[] {
        { "connectionRefused", QT_TRANSLATE_NOOP("SupportBundle", "The connection was refused") },
        { "hostNotFound", QT_TRANSLATE_NOOP("SupportBundle", "The host name was not found") },
        { "timeout", QT_TRANSLATE_NOOP("SupportBundle", "No answer in time") },
        { "cancelled", QT_TRANSLATE_NOOP("SupportBundle", "Cancelled by the user") },
        { "tls", QT_TRANSLATE_NOOP("SupportBundle", "The secure connection (TLS) failed") },
        { "redirect", QT_TRANSLATE_NOOP("SupportBundle", "A redirect that was not followed") },
        { "network", QT_TRANSLATE_NOOP("SupportBundle", "A network failure") },
        { "kiboError", QT_TRANSLATE_NOOP("SupportBundle", "Kibo refused the call with an error reply") },
        { "httpError", QT_TRANSLATE_NOOP("SupportBundle", "An HTTP error without a Kibo error body") },
        { "notKibo", QT_TRANSLATE_NOOP("SupportBundle", "A reply that could not be understood") },
        { "tooLarge", QT_TRANSLATE_NOOP("SupportBundle", "A reply too large to read") },
        { "throttled", QT_TRANSLATE_NOOP("SupportBundle", "Kibo asked to wait (too many requests)") },
        { "proxy", QT_TRANSLATE_NOOP("SupportBundle", "The proxy failed") },
        { "tenantDiscovery", QT_TRANSLATE_NOOP("SupportBundle", "The tenant lookup gave no usable tenant") },
    };
    for (const auto& [name, text] : texts) {
        if (kind == QLatin1StringView(name)) {
            return SupportBundle::tr(text);
        }
    }
    return kind;
}

QString humanTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : iso;
}

} // namespace

QJsonObject SupportBundle::toJson(
    const AuthTicketResult& result, const KiboProfile& profile, const QDateTime& now, const Options& options)
{
    const bool personal = options.includePersonalData;
    QJsonArray notices;
    QJsonArray expiries;
    notices.append(QJsonObject { { u"code"_s, u"secretsRedacted"_s },
        { u"text"_s,
            tr("Passwords, codes and secrets are removed; each token shows only its kind, length and last four "
               "characters.") } });
    notices.append(personal
            ? QJsonObject { { u"code"_s, u"personalDataIncluded"_s },
                { u"text"_s, tr("Personal data (names, email addresses, the customer account) is included.") } }
            : QJsonObject { { u"code"_s, u"personalDataRemoved"_s },
                { u"text"_s,
                    tr("Personal data (names, email addresses, the customer account) is removed; ids are kept.") } });

    QJsonObject bundle {
        { u"format"_s, Format },
        { u"formatVersion"_s, FormatVersion },
        { u"createdAt"_s, isoTime(now) },
        { u"app"_s,
            QJsonObject { { u"name"_s, QStringLiteral(KTI_APP_NAME) }, { u"version"_s, QStringLiteral(KTI_VERSION) },
                { u"qtRuntime"_s, QString::fromLatin1(qVersion()) }, { u"qtBuild"_s, QStringLiteral(QT_VERSION_STR) },
                { u"os"_s, QSysInfo::prettyProductName() } } },
        { u"options"_s, QJsonObject { { u"includePersonalData"_s, personal } } },
        { u"profile"_s, profileJson(profile) },
    };

    QString outcome = u"noTicket"_s;
    if (result.error.isError()) {
        outcome = u"error"_s;
    } else if (result.requires2FA) {
        outcome = u"twoFactorPending"_s;
    } else if (result.ticket) {
        outcome = u"ticket"_s;
    }
    bundle.insert(u"outcome"_s, outcome);
    bundle.insert(u"operation"_s, orNull(result.request.isValid() ? result.request.operation : result.error.operation));

    if (result.request.isValid()) {
        bundle.insert(u"request"_s, requestJson(result.request, personal));
    } else {
        notices.append(QJsonObject { { u"code"_s, u"noRequestSent"_s },
            { u"text"_s, tr("No customer request reached the tenant, so none is shown.") } });
    }
    bundle.insert(u"response"_s, responseJson(result, personal, &notices));

    if (result.requires2FA) {
        bundle.insert(u"twoFactor"_s, QJsonObject { { u"pendingUserId"_s, result.pendingUserId } });
    }

    if (result.ticket) {
        const CustomerAuthTicket& ticket = *result.ticket;
        QJsonObject ticketJson {
            { u"userId"_s, orNull(ticket.userId) },
            { u"requires2FA"_s, ticket.requires2FA },
            { u"accessTokenExpiration"_s, orNull(isoTime(ticket.accessTokenExpiration)) },
            { u"refreshTokenExpiration"_s, orNull(isoTime(ticket.refreshTokenExpiration)) },
        };
        for (const QString& kind : SecretPolicy::tokenFields()) {
            const QString value = ticket.token(kind);
            ticketJson.insert(kind,
                value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(SecretPolicy::tokenSummary(kind, value)));
        }
        bundle.insert(u"ticket"_s, ticketJson);
        addExpiry(&expiries, u"accessTokenExpiration"_s, ticket.accessTokenExpiration, now);
        addExpiry(&expiries, u"refreshTokenExpiration"_s, ticket.refreshTokenExpiration, now);
        if (!ticket.jwtAccessToken.isEmpty()) {
            bundle.insert(u"jwt"_s, jwtJson(ticket.jwtAccessToken, personal, now, &expiries, &notices));
        }
    }
    bundle.insert(u"expiries"_s, expiries);

    bundle.insert(u"correlationIds"_s, QJsonArray::fromStringList(result.correlationIds()));

    if (result.error.isError()) {
        QJsonObject error = SecretScrubber::scrubServerWords(result.error.toJson()).toObject();
        bundle.insert(u"diagnosis"_s, error.take(u"diagnosis"_s));
        bundle.insert(u"error"_s, error);
    }
    bundle.insert(u"notices"_s, notices);

    // Known secrets and personal data, wherever they slipped in (a server message echoing them).
    QList<std::pair<QRegularExpression, QString>> replacements;
    if (result.ticket) {
        for (const QString& kind : SecretPolicy::tokenFields()) {
            const QString value = result.ticket->token(kind);
            if (value.size() >= 6) {
                replacements.append(
                    { QRegularExpression(QRegularExpression::escape(value)), SecretPolicy::describe(kind, value) });
            }
        }
    }
    if (!personal) {
        // The customer's own identity: the login name, the account's top-level fields, the JWT's names.
        // Not every contact of a big account: thousands of patterns would make this pass crawl.
        QStringList found;
        collectPersonal(result.request.body, QString(), &found);
        QJsonObject account = result.rawJson.value(u"customerAccount"_s).toObject();
        for (auto it = account.begin(); it != account.end();) {
            if (it.value().isArray() || it.value().isObject()) {
                it = account.erase(it);
            } else {
                ++it;
            }
        }
        collectPersonal(account, QString(), &found);
        if (result.ticket && !result.ticket->jwtAccessToken.isEmpty()) {
            collectPersonal(JwtDecoder::decode(result.ticket->jwtAccessToken.toUtf8()).payload(), QString(), &found);
        }
        found.removeDuplicates();
        // Longest first, so that "ada.lovelace@example.com" goes before "Ada".
        std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        const QString removed = SecretScrubber::personalDataRemoved();
        for (const QString& text : std::as_const(found)) {
            // Whole words only: a first name must not eat into a hex id.
            const QRegularExpression word(u"(?<![\\w])"_s + QRegularExpression::escape(text) + u"(?![\\w])"_s,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            if (!removed.contains(text, Qt::CaseInsensitive)) {
                replacements.append({ word, removed });
            }
        }
    }
    return replaceEverywhere(bundle, replacements).toObject();
}

QString SupportBundle::toMarkdown(
    const AuthTicketResult& result, const KiboProfile& profile, const QDateTime& now, const Options& options)
{
    return markdownFromJson(toJson(result, profile, now, options));
}

QString SupportBundle::markdownFromJson(const QJsonObject& bundle)
{
    QStringList md;
    const QJsonObject app = bundle.value(u"app"_s).toObject();
    const QDateTime createdAt = QDateTime::fromString(bundle.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    md << u"# "_s + tr("Kibo Token Inspector support bundle") << QString();

    QList<std::pair<QString, QString>> summary {
        { tr("Created"), humanTime(bundle.value(u"createdAt"_s).toString()) },
        { tr("App version"),
            tr("%1 (Qt %2, built with Qt %3)")
                .arg(app.value(u"version"_s).toString(), app.value(u"qtRuntime"_s).toString(),
                    app.value(u"qtBuild"_s).toString()) },
        { tr("Operating system"), app.value(u"os"_s).toString() },
        { tr("Operation"), bundle.value(u"operation"_s).toString() },
        { tr("Outcome"), outcomeText(bundle.value(u"outcome"_s).toString()) },
    };
    const QJsonObject response = bundle.value(u"response"_s).toObject();
    if (!response.value(u"status"_s).isNull()) {
        summary.append({ tr("HTTP status"), valueText(response.value(u"status"_s)) });
    }
    const QJsonArray correlationIds = bundle.value(u"correlationIds"_s).toArray();
    QStringList ids;
    for (const QJsonValue& id : correlationIds) {
        ids << id.toString();
    }
    summary.append({ tr("Correlation id"), ids.isEmpty() ? tr("none received") : ids.join(u", "_s) });
    md << table(tr("Item"), tr("Value"), summary) << QString();

    const QJsonArray notices = bundle.value(u"notices"_s).toArray();
    for (const QJsonValue& notice : notices) {
        md << u"> "_s + cell(notice[u"text"_s].toString());
    }
    md << QString();

    if (bundle.contains(u"diagnosis"_s)) {
        const QJsonObject diagnosis = bundle.value(u"diagnosis"_s).toObject();
        const QJsonObject error = bundle.value(u"error"_s).toObject();
        md << u"## "_s + tr("Diagnosis") << QString();
        md << u"**"_s + cell(diagnosis.value(u"title"_s).toString()) + u"**"_s << QString();
        md << cell(diagnosis.value(u"cause"_s).toString()) << QString();
        if (!diagnosis.value(u"nextStep"_s).toString().isEmpty()) {
            md << tr("Next step: %1").arg(cell(diagnosis.value(u"nextStep"_s).toString())) << QString();
        }
        QList<std::pair<QString, QString>> rows;
        const std::pair<QString, QString> fields[] { { u"errorCode"_s, tr("Kibo error code") },
            { u"message"_s, tr("The server said") }, { u"applicationName"_s, tr("Kibo service") },
            { u"kind"_s, tr("Kind of failure") }, { u"host"_s, tr("Host") },
            { u"retryAfterSeconds"_s, tr("Retry after (seconds)") } };
        for (const auto& [key, label] : fields) {
            if (!error.value(key).isNull() && !error.value(key).isUndefined()) {
                rows.append(
                    { label, key == u"kind"_s ? kindText(error.value(key).toString()) : valueText(error.value(key)) });
            }
        }
        const QJsonArray data = error.value(u"additionalErrorData"_s).toArray();
        for (const QJsonValue& item : data) {
            rows.append({ item[u"name"_s].toString(), valueText(item[u"value"_s]) });
        }
        md << table(tr("Item"), tr("Value"), rows) << QString();
    }

    const QJsonArray expiries = bundle.value(u"expiries"_s).toArray();
    if (!expiries.isEmpty()) {
        md << u"## "_s + tr("Expiries") << QString();
        QStringList lines { u"| %1 | %2 | %3 |"_s.arg(tr("What"), tr("UTC"), tr("Relative to this bundle")),
            u"|---|---|---|"_s };
        for (const QJsonValue& expiry : expiries) {
            const QDateTime time = QDateTime::fromString(expiry[u"time"_s].toString(), Qt::ISODateWithMs);
            lines << u"| %1 | %2 | %3 |"_s.arg(cell(expiryLabel(expiry[u"name"_s].toString())),
                cell(humanTime(expiry[u"time"_s].toString())),
                cell(createdAt.isValid() ? ClaimCatalogue::relativeTime(time, createdAt) : QString()));
        }
        md << lines.join(u'\n') << QString();
    }

    if (bundle.contains(u"ticket"_s)) {
        const QJsonObject ticket = bundle.value(u"ticket"_s).toObject();
        md << u"## "_s + tr("Ticket") << QString();
        QList<std::pair<QString, QString>> rows;
        for (auto it = ticket.begin(); it != ticket.end(); ++it) {
            const QJsonObject summary = it.value().toObject();
            if (summary.value(u"redacted"_s).toBool()) {
                const QString last4 = summary.value(u"last4"_s).toString();
                rows.append({ it.key(),
                    last4.isEmpty()
                        ? tr("redacted, %n character(s)", nullptr, summary.value(u"length"_s).toInt())
                        : tr("redacted, %n character(s), ends …%1", nullptr, summary.value(u"length"_s).toInt())
                              .arg(last4) });
            } else {
                rows.append({ it.key(), valueText(it.value()) });
            }
        }
        md << table(tr("Field"), tr("Value"), rows) << QString();
    }
    if (bundle.contains(u"twoFactor"_s)) {
        md << u"## "_s + tr("Two-factor verification") << QString();
        md << tr("Pending user id: %1").arg(bundle.value(u"twoFactor"_s)[u"pendingUserId"_s].toString()) << QString();
    }

    if (bundle.contains(u"request"_s)) {
        const QJsonObject request = bundle.value(u"request"_s).toObject();
        md << u"## "_s + tr("Request") << QString();
        md << u"`%1 %2`"_s.arg(request.value(u"method"_s).toString(), request.value(u"url"_s).toString()) << QString();
        const QJsonArray query = request.value(u"query"_s).toArray();
        if (!query.isEmpty()) {
            md << u"### "_s + tr("Query") << QString() << table(tr("Name"), tr("Value"), nameValueRows(query))
               << QString();
        }
        md << u"### "_s + tr("Headers") << QString()
           << table(tr("Name"), tr("Value"), nameValueRows(request.value(u"headers"_s).toArray())) << QString();
        if (request.contains(u"body"_s)) {
            md << u"### "_s + tr("Body") << QString() << fenced(request.value(u"body"_s)) << QString();
        }
    }

    md << u"## "_s + tr("Response") << QString();
    md << table(tr("Item"), tr("Value"),
        { { tr("Reply to"),
              response.value(u"call"_s).isString() ? response.value(u"call"_s).toString()
                                                   : tr("no call was answered") },
            { tr("HTTP status"), valueText(response.value(u"status"_s)) },
            { tr("Time taken"), tr("%n ms", nullptr, response.value(u"elapsedMs"_s).toInt()) },
            { tr("Server date"),
                response.value(u"serverDate"_s).isString() ? humanTime(response.value(u"serverDate"_s).toString())
                                                           : tr("not in the reply") },
            { tr("Body size"), tr("%n byte(s)", nullptr, response.value(u"bodyBytes"_s).toInt()) } })
       << QString();
    const QJsonArray responseHeaders = response.value(u"headers"_s).toArray();
    if (!responseHeaders.isEmpty()) {
        md << u"### "_s + tr("Headers") << QString() << table(tr("Name"), tr("Value"), nameValueRows(responseHeaders))
           << QString();
    }
    if (response.contains(u"body"_s)) {
        md << u"### "_s + tr("Body") << QString() << fenced(response.value(u"body"_s)) << QString();
    } else if (response.contains(u"bodyText"_s)) {
        md << u"### "_s + tr("Body") << QString() << fencedText(response.value(u"bodyText"_s).toString()) << QString();
    }

    if (bundle.contains(u"jwt"_s)) {
        const QJsonObject jwt = bundle.value(u"jwt"_s).toObject();
        md << u"## "_s + tr("Decoded JWT") << QString();
        md << tr("Algorithm %1; the signature is not part of this bundle.").arg(jwt.value(u"algorithm"_s).toString())
           << QString();
        md << u"### "_s + tr("Header") << QString() << fenced(jwt.value(u"header"_s)) << QString();
        if (jwt.contains(u"claims"_s)) {
            md << u"### "_s + tr("Claims") << QString() << fenced(jwt.value(u"claims"_s)) << QString();
        }
    }

    md << u"## "_s + tr("Profile") << QString();
    QList<std::pair<QString, QString>> profileRows;
    const QJsonObject profile = bundle.value(u"profile"_s).toObject();
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        if (!it.value().isNull()) {
            profileRows.append({ it.key(), valueText(it.value()) });
        }
    }
    md << table(tr("Setting"), tr("Value"), profileRows) << QString();
    return md.join(u'\n');
}
