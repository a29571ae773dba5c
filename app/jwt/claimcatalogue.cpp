#include "claimcatalogue.h"

#include "json/jsonpath.h"
#include "json/jsontreemodel.h"
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

const QString ClaimCatalogue::AppClaimsKey = u"https://www.kibocommerce.com/app_claims"_s;
const QString ClaimCatalogue::UserClaimsKey = u"https://www.kibocommerce.com/user_claims"_s;
const QString ClaimCatalogue::SessionKey = u"b._sess_"_s;

namespace {

struct Entry
{
    const char16_t* key;
    const char* text;
};

// Top level of a header or payload: registered claims (RFC 7519), common OpenID Connect and
// Microsoft claims, and the JOSE header (RFC 7515, 7516).
constexpr Entry TopLevel[] = {
    { u"iss",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "Issuer: who made the token. Kibo writes https://www.kibocommerce.com.") },
    { u"sub",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "Subject: whom the token is about. For Kibo, the customer's user id.") },
    { u"aud",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "Audience: who the token is meant for. Kibo writes https://www.kibocommerce.com.") },
    { u"exp",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Expiry of the token. For Kibo this is the application claims' expiry, about 60 minutes after issue, not "
            "the 15-minute ticket's: judge the ticket by accessTokenExpiration or user_claims.exp.") },
    { u"nbf", QT_TRANSLATE_NOOP("ClaimCatalogue", "Not before: the token is not valid earlier than this time.") },
    { u"iat", QT_TRANSLATE_NOOP("ClaimCatalogue", "Issued at: when the token was made.") },
    { u"jti", QT_TRANSLATE_NOOP("ClaimCatalogue", "JWT id: a unique id for this token, used to detect replays.") },
    { u"name", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's full name.") },
    { u"given_name", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's given (first) name.") },
    { u"family_name", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's family (last) name.") },
    { u"middle_name", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's middle name.") },
    { u"nickname", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's casual name.") },
    { u"preferred_username", QT_TRANSLATE_NOOP("ClaimCatalogue", "The name the user prefers to be shown.") },
    { u"email", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's email address.") },
    { u"email_verified", QT_TRANSLATE_NOOP("ClaimCatalogue", "Whether the issuer has verified the email address.") },
    { u"phone_number", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's telephone number.") },
    { u"locale", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's language and region, e.g. en-US.") },
    { u"zoneinfo", QT_TRANSLATE_NOOP("ClaimCatalogue", "The user's time zone, e.g. Europe/Paris.") },
    { u"picture", QT_TRANSLATE_NOOP("ClaimCatalogue", "Address of the user's profile picture.") },
    { u"updated_at", QT_TRANSLATE_NOOP("ClaimCatalogue", "When the user's information was last updated.") },
    { u"auth_time", QT_TRANSLATE_NOOP("ClaimCatalogue", "When the user authenticated.") },
    { u"nonce",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "A value from the login request that ties the token to it and prevents replays.") },
    { u"azp", QT_TRANSLATE_NOOP("ClaimCatalogue", "Authorized party: the client the token was issued to.") },
    { u"client_id", QT_TRANSLATE_NOOP("ClaimCatalogue", "The client the token was issued to.") },
    { u"scope", QT_TRANSLATE_NOOP("ClaimCatalogue", "Scopes: the permissions granted, separated by spaces.") },
    { u"scp", QT_TRANSLATE_NOOP("ClaimCatalogue", "Scopes: the permissions granted.") },
    { u"roles", QT_TRANSLATE_NOOP("ClaimCatalogue", "Roles granted to the user or application.") },
    { u"groups", QT_TRANSLATE_NOOP("ClaimCatalogue", "Groups the user belongs to.") },
    { u"amr", QT_TRANSLATE_NOOP("ClaimCatalogue", "Authentication methods used, e.g. pwd or otp.") },
    { u"acr",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "Authentication context class: how strongly the user authenticated.") },
    { u"at_hash", QT_TRANSLATE_NOOP("ClaimCatalogue", "Hash of the access token issued with this ID token.") },
    { u"c_hash", QT_TRANSLATE_NOOP("ClaimCatalogue", "Hash of the authorization code issued with this ID token.") },
    { u"sid", QT_TRANSLATE_NOOP("ClaimCatalogue", "Session id. For Kibo, the same as the i member of b._sess_.") },
    { u"unique_name", QT_TRANSLATE_NOOP("ClaimCatalogue", "Unique name. For Kibo, the customer's user id, like sub.") },
    { u"upn", QT_TRANSLATE_NOOP("ClaimCatalogue", "User principal name (Microsoft).") },
    { u"oid", QT_TRANSLATE_NOOP("ClaimCatalogue", "Object id of the user (Microsoft).") },
    { u"tid", QT_TRANSLATE_NOOP("ClaimCatalogue", "Tenant id (Microsoft).") },
    { u"ver", QT_TRANSLATE_NOOP("ClaimCatalogue", "Version of the token format.") },
    { u"alg",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Signing algorithm the token claims. Kibo signs HS256 with its own secret. A verifier must choose the "
            "algorithm from its key, never from this value.") },
    { u"typ", QT_TRANSLATE_NOOP("ClaimCatalogue", "Type of the token; JWT for a JSON Web Token.") },
    { u"kid", QT_TRANSLATE_NOOP("ClaimCatalogue", "Key id: which key signed the token. Kibo's tokens have none.") },
    { u"cty", QT_TRANSLATE_NOOP("ClaimCatalogue", "Content type; JWT means the payload is itself a nested token.") },
    { u"zip",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "Compression of an encrypted token's content (DEF). This app never inflates it.") },
    { u"enc", QT_TRANSLATE_NOOP("ClaimCatalogue", "Content encryption algorithm of an encrypted token (JWE).") },
    { u"crit",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "Header members a reader must understand, or else reject the token.") },
    { u"jku",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Address of a key set said to hold the signing key; never fetch keys a token points to.") },
    { u"jwk",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "A public key embedded by the token itself; it proves nothing about who signed it.") },
    { u"x5u", QT_TRANSLATE_NOOP("ClaimCatalogue", "Address of the signer's X.509 certificate.") },
    { u"x5c", QT_TRANSLATE_NOOP("ClaimCatalogue", "The signer's X.509 certificate chain.") },
    { u"x5t", QT_TRANSLATE_NOOP("ClaimCatalogue", "SHA-1 thumbprint of the signer's X.509 certificate.") },
    { u"x5t#S256", QT_TRANSLATE_NOOP("ClaimCatalogue", "SHA-256 thumbprint of the signer's X.509 certificate.") },
    { u"https://www.kibocommerce.com/app_claims",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "Kibo application claims: which application asked for the ticket.") },
    { u"https://www.kibocommerce.com/user_claims",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "Kibo user claims: the shopper this ticket belongs to.") },
};

constexpr Entry AppClaims[] = {
    { u"aid", QT_TRANSLATE_NOOP("ClaimCatalogue", "Application id (32 hexadecimal characters).") },
    { u"akey",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Application key, the same as the application's client_id, e.g. mozuadmin.mpoc_app.1.0.0.Release.") },
    { u"b.AppName", QT_TRANSLATE_NOOP("ClaimCatalogue", "Application name.") },
    { u"b.appname", QT_TRANSLATE_NOOP("ClaimCatalogue", "Application name.") },
    { u"bv",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Application behaviors: pairs of offset and bit mask; each set bit is one behavior id. Kibo publishes no "
            "behavior names.") },
    { u"env", QT_TRANSLATE_NOOP("ClaimCatalogue", "Kibo environment, e.g. dev07.") },
    { u"exp",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Expiry of the application claims, an ISO time without a zone (read as UTC); equal to the JWT's exp.") },
    { u"rnd",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "A random 32-bit number, possibly negative; its purpose is undocumented.") },
    { u"ssl", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented flag; \"0\" in every sample Kibo has published.") },
    { u"ent", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented flag; \"0\" in every sample Kibo has published.") },
    { u"mtr", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented flag; \"0\" in every sample Kibo has published.") },
    { u"uc", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented flag; \"0\" in every sample Kibo has published.") },
};

constexpr Entry UserClaims[] = {
    { u"uid", QT_TRANSLATE_NOOP("ClaimCatalogue", "The customer's user id (32 hexadecimal characters).") },
    { u"anon",
        QT_TRANSLATE_NOOP("ClaimCatalogue", "\"0\" for a registered customer, \"1\" for an anonymous shopper.") },
    { u"st", QT_TRANSLATE_NOOP("ClaimCatalogue", "User type; Shopper for storefront customers.") },
    { u"bv",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "User behaviors: pairs of offset and bit mask; each set bit is one behavior id. Kibo publishes no behavior "
            "names.") },
    { u"env", QT_TRANSLATE_NOOP("ClaimCatalogue", "Kibo environment, e.g. dev07.") },
    { u"rnd",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "A random 32-bit number, possibly negative; its purpose is undocumented.") },
    { u"exp",
        QT_TRANSLATE_NOOP("ClaimCatalogue",
            "Expiry of the customer ticket, an ISO time without a zone (read as UTC); equal to accessTokenExpiration. "
            "Judge the ticket by this, not by the JWT's exp.") },
    { u"b.TenantId", QT_TRANSLATE_NOOP("ClaimCatalogue", "Kibo tenant id (a decimal number written as text).") },
    { u"b.SiteId", QT_TRANSLATE_NOOP("ClaimCatalogue", "Kibo site id (a decimal number written as text).") },
    { u"b.AccountId",
        QT_TRANSLATE_NOOP(
            "ClaimCatalogue", "Customer account id, the customerAccount's id (a decimal number written as text).") },
    { u"b.UserFirstName", QT_TRANSLATE_NOOP("ClaimCatalogue", "The customer's first name.") },
    { u"b.UserLastName", QT_TRANSLATE_NOOP("ClaimCatalogue", "The customer's last name.") },
    { u"b._sess_", QT_TRANSLATE_NOOP("ClaimCatalogue", "Session details: JSON inside a string, shown here parsed.") },
    { u"b.PreviousAnonymousId", QT_TRANSLATE_NOOP("ClaimCatalogue", "The anonymous session this login upgraded.") },
};

constexpr Entry Session[] = {
    { u"i", QT_TRANSLATE_NOOP("ClaimCatalogue", "Session id (32 hexadecimal characters), the same as sid.") },
    { u"c", QT_TRANSLATE_NOOP("ClaimCatalogue", "When the session was created.") },
    { u"p", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented true/false value.") },
    { u"p2", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented; null in every published sample.") },
    { u"bt", QT_TRANSLATE_NOOP("ClaimCatalogue", "Undocumented true/false value.") },
    { u"e", QT_TRANSLATE_NOOP("ClaimCatalogue", "A time whose meaning is undocumented.") },
};

template <size_t N>
const char* lookup(const Entry (&table)[N], const QString& key)
{
    for (const Entry& entry : table) {
        if (key == QStringView(entry.key)) {
            return entry.text;
        }
    }
    return nullptr;
}

enum class Area
{
    None,
    TopLevel,
    App,
    User,
    Session,
    AppBehavior,
    UserBehavior
};

// Where a path points: its area and its last step.
struct Location
{
    Area area = Area::None;
    JsonPath::Segment last;
};

Location locate(const QString& path)
{
    QList<JsonPath::Segment> s;
    if (!JsonPath::split(path, &s) || s.isEmpty() || s.first().isIndex) {
        return {};
    }
    const QString& first = s.first().key;
    if (s.size() == 1) {
        return { Area::TopLevel, s[0] };
    }
    const bool app = first == ClaimCatalogue::AppClaimsKey;
    const bool user = first == ClaimCatalogue::UserClaimsKey;
    if (!app && !user) {
        return {};
    }
    if (s.size() == 2 && !s[1].isIndex) {
        return { app ? Area::App : Area::User, s[1] };
    }
    if (s.size() == 3 && !s[1].isIndex && s[1].key == u"bv"_s && s[2].isIndex) {
        return { app ? Area::AppBehavior : Area::UserBehavior, s[2] };
    }
    if (s.size() == 3 && user && s[1].key == ClaimCatalogue::SessionKey && !s[2].isIndex) {
        return { Area::Session, s[2] };
    }
    return {};
}

const QString UtcFormat = u"yyyy-MM-dd HH:mm:ss"_s;

void fillTimes(ClaimCatalogue::TimeRendering* r, const QDateTime& utc, const QDateTime& now)
{
    r->ok = true;
    r->time = utc;
    const QString fraction = utc.time().msec() ? u".zzz"_s : QString();
    r->utc = utc.toString(UtcFormat + fraction) + u" UTC"_s;
    r->local = utc.toLocalTime().toString(UtcFormat + fraction + u" t"_s);
    r->relative = ClaimCatalogue::relativeTime(utc, now);
}

} // namespace

QString ClaimCatalogue::explain(const QString& path)
{
    const Location location = locate(path);
    const char* text = nullptr;
    switch (location.area) {
    case Area::None:
        return {};
    case Area::TopLevel:
        text = lookup(TopLevel, location.last.key);
        break;
    case Area::App:
        text = lookup(AppClaims, location.last.key);
        break;
    case Area::User:
        text = lookup(UserClaims, location.last.key);
        break;
    case Area::Session:
        text = lookup(Session, location.last.key);
        break;
    case Area::AppBehavior:
    case Area::UserBehavior:
        return location.last.index % 2 == 0
            ? tr("Behavior offset: the ids in the next mask start at this number times 32.")
            : tr("Behavior mask: each set bit i is behavior id offset × 32 + i.");
    }
    return text ? tr(text) : QString();
}

bool ClaimCatalogue::isEpochClaim(const QString& path)
{
    return path == u"$.exp"_s || path == u"$.nbf"_s || path == u"$.iat"_s || path == u"$.auth_time"_s
        || path == u"$.updated_at"_s;
}

bool ClaimCatalogue::isIsoClaim(const QString& path)
{
    const Location location = locate(path);
    switch (location.area) {
    case Area::App:
    case Area::User:
        return location.last.key == u"exp"_s;
    case Area::Session:
        return location.last.key == u"c"_s || location.last.key == u"e"_s;
    default:
        return false;
    }
}

QString ClaimCatalogue::relativeTime(const QDateTime& time, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(time);
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    const bool future = seconds > 0;
    if (magnitude == 0) {
        return tr("now");
    }
    if (magnitude < 60) {
        return future ? tr("in %1 s").arg(magnitude) : tr("%1 s ago").arg(magnitude);
    }
    if (magnitude < 3600) {
        return future ? tr("in %1 min").arg(magnitude / 60) : tr("%1 min ago").arg(magnitude / 60);
    }
    if (magnitude < 48 * 3600) {
        return future ? tr("in %1 h").arg(magnitude / 3600) : tr("%1 h ago").arg(magnitude / 3600);
    }
    const QString days = QLocale().toString(magnitude / 86400);
    return future ? tr("in %1 d").arg(days) : tr("%1 d ago").arg(days);
}

ClaimCatalogue::TimeRendering ClaimCatalogue::renderEpoch(const QJsonValue& value, const QDateTime& now)
{
    TimeRendering r;
    if (!value.isDouble()) {
        r.problem = tr("wrong type");
        return r;
    }
    const double seconds = value.toDouble();
    constexpr double LastSecondOf9999 = 253402300799.0; // 9999-12-31 23:59:59 UTC
    constexpr double FirstSecondOf1 = -62135596800.0; // 0001-01-01 00:00:00 UTC
    if (!std::isfinite(seconds) || seconds < FirstSecondOf1 || seconds >= 1e15) {
        r.problem = tr("out of range");
        return r;
    }
    if (seconds > LastSecondOf9999) {
        r.problem = tr("beyond year 9999");
        return r;
    }
    const auto msecs = qint64(std::llround(seconds * 1000.0));
    fillTimes(&r, QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), now);
    return r;
}

ClaimCatalogue::TimeRendering ClaimCatalogue::renderIso(const QJsonValue& value, const QDateTime& now)
{
    TimeRendering r;
    if (!value.isString()) {
        r.problem = tr("wrong type");
        return r;
    }
    static const QRegularExpression iso(uR"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?)"
                                        uR"((Z|z|[+-]\d{2}:?\d{2})?$)"_s);
    const QString text = value.toString();
    const QRegularExpressionMatch match = text.size() <= 64 ? iso.match(text) : QRegularExpressionMatch();
    if (!match.hasMatch()) {
        r.problem = tr("not an ISO 8601 time");
        return r;
    }
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };
    const QString fraction = match.captured(7);
    const int msec = fraction.isEmpty() ? 0 : QString(fraction + u"00"_s).left(3).toInt();
    const QDate date(number(1), number(2), number(3));
    // 24:00:00 and leap seconds are not in Kibo's data; QTime refuses them, and so do we.
    const QTime clock(number(4), number(5), number(6), msec);
    if (!date.isValid() || !clock.isValid()) {
        r.problem = tr("not a valid date or time");
        return r;
    }
    const QString zone = match.captured(8);
    QDateTime utc;
    if (zone.isEmpty() || zone.compare(u"Z"_s, Qt::CaseInsensitive) == 0) {
        utc = QDateTime(date, clock, Qt::UTC);
    } else {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 18 || minutes > 59) {
            r.problem = tr("not a valid date or time");
            return r;
        }
        const int offset = (zone.front() == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        utc = QDateTime(date, clock, QTimeZone(offset)).toUTC();
    }
    fillTimes(&r, utc, now);
    if (zone.isEmpty()) {
        r.problem = tr("no time zone: shown as UTC");
    }
    return r;
}

QList<int> ClaimCatalogue::behaviorIds(const QJsonArray& bv, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return QList<int>();
    };
    if (bv.size() % 2 != 0) {
        return fail(tr("The behavior list has an odd number of entries; it must hold offset and mask pairs."));
    }

    QList<int> ids;
    for (qsizetype i = 0; i + 1 < bv.size(); i += 2) {
        const QJsonValue offsetValue = bv.at(i);
        const QJsonValue maskValue = bv.at(i + 1);
        const double offset = offsetValue.toDouble(-1);
        const double mask = maskValue.toDouble(0.5);
        if (!offsetValue.isDouble() || offset < 0 || offset > 1 << 25 || std::trunc(offset) != offset) {
            return fail(tr("Entry %1 of the behavior list is not a valid offset.").arg(i));
        }
        if (!maskValue.isDouble() || mask < -2147483648.0 || mask > 4294967295.0 || std::trunc(mask) != mask) {
            return fail(tr("Entry %1 of the behavior list is not a 32-bit mask.").arg(i + 1));
        }
        const auto bits = mask < 0 ? quint32(qint32(mask)) : quint32(mask);
        for (int bit = 0; bit < 32; ++bit) {
            if (bits & (quint32(1) << bit)) {
                ids.append(int(offset) * 32 + bit);
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (error) {
        error->clear();
    }
    return ids;
}

QJsonObject ClaimCatalogue::expandNested(const QJsonObject& payload)
{
    const auto expandSession = [](QJsonObject object) {
        const QJsonValue session = object.value(SessionKey);
        if (!session.isString()) {
            return object;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(session.toString().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            object.insert(SessionKey, document.object());
        }
        return object;
    };
    QJsonObject result = expandSession(payload);
    const QJsonValue user = result.value(UserClaimsKey);
    if (user.isObject()) {
        result.insert(UserClaimsKey, expandSession(user.toObject()));
    }
    return result;
}

JsonAnnotation ClaimCatalogue::annotate(const QString& path, const QJsonValue& value, const QDateTime& now)
{
    JsonAnnotation annotation;
    annotation.note = explain(path);

    const bool epoch = isEpochClaim(path);
    if (epoch || isIsoClaim(path)) {
        const TimeRendering r = epoch ? renderEpoch(value, now) : renderIso(value, now);
        const QString raw = JsonTreeModel::displayText(value);
        if (!r.ok) {
            annotation.valueText = tr("%1 — %2").arg(raw, r.problem);
        } else if (r.problem.isEmpty()) {
            annotation.valueText = tr("%1 — %2 (%3)").arg(raw, r.utc, r.relative);
            annotation.toolTip = tr("Local time: %1").arg(r.local);
        } else {
            annotation.valueText = tr("%1 — %2 (%3; %4)").arg(raw, r.utc, r.relative, r.problem);
            annotation.toolTip = tr("Local time: %1").arg(r.local);
        }
        return annotation;
    }

    const Location location = locate(path);
    if ((location.area == Area::App || location.area == Area::User) && location.last.key == u"bv"_s
        && value.isArray()) {
        QString error;
        const QList<int> ids = behaviorIds(value.toArray(), &error);
        if (!error.isEmpty()) {
            annotation.toolTip = error;
            return annotation;
        }
        QStringList all;
        for (const int id : ids) {
            all.append(QString::number(id));
        }
        constexpr int Shown = 8;
        QString shown = QStringList(all.mid(0, Shown)).join(u", "_s);
        if (all.size() > Shown) {
            shown += u", …"_s;
        }
        annotation.valueText = ids.isEmpty() ? tr("no behaviors") : tr("behaviors %1").arg(shown);
        annotation.toolTip = tr("Behavior ids: %1").arg(all.join(u", "_s));
    }
    return annotation;
}
