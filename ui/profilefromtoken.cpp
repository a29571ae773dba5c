#include "profilefromtoken.h"

#include "jwt/jwtdecoder.h"
#include "kibo/datacentre.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxTicketBytes = 32 * 1024 * 1024; // a ticket of a big account is several MB

const QString UserClaims = u"https://www.kibocommerce.com/user_claims"_s;
const QString AppClaims = u"https://www.kibocommerce.com/app_claims"_s;

TokenProfile failure(const QString& error)
{
    TokenProfile result;
    result.error = error;
    return result;
}

// A positive id from a claim that Kibo writes as decimal text (a number is taken too).
std::optional<int> idClaim(const QJsonObject& claims, const QString& name)
{
    const QJsonValue value = claims.value(name);
    qint64 id = 0;
    if (value.isString()) {
        bool ok = false;
        id = value.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            return std::nullopt;
        }
    } else if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
        id = qint64(value.toDouble());
    }
    if (id <= 0 || id > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return int(id);
}

// The data centre a text names: an env value ("demo", "…euw1…") or a host of iss/aud. Empty when it names none:
// www.kibocommerce.com (every real token's iss and aud) and env names such as "dev07" tell nothing.
QString dataCentreNamedBy(const QString& text, bool isEnv)
{
    const QString lower = text.trimmed().toLower();
    if (lower.isEmpty()) {
        return {};
    }
    if (isEnv && lower == DataCentre::demoKey()) {
        return DataCentre::demoKey();
    }
    const QString host = isEnv ? lower : QUrl(lower).host();
    for (const DataCentre& centre : DataCentre::all()) {
        if (centre.key == u"us"_s) {
            continue; // "us" is too short to find inside a name; mozu.com hosts name it below
        }
        if (host.contains(centre.key)) {
            return centre.key;
        }
    }
    if (!isEnv && (host == u"mozu.com"_s || host.endsWith(u".mozu.com"_s))) {
        return u"us"_s;
    }
    return {};
}

} // namespace

TokenProfile profileFromToken(QByteArrayView text)
{
    if (text.size() > MaxTicketBytes) {
        return failure(TokenProfile::tr("The text is larger than %1 MiB.").arg(MaxTicketBytes / (1024 * 1024)));
    }
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return failure(TokenProfile::tr("There is no token: paste or drop a customer JWT or a whole auth ticket."));
    }
    QByteArray jwt;
    if (trimmed.front() == '{') {
        QJsonParseError parseError;
        QJsonObject ticket = QJsonDocument::fromJson(trimmed.toByteArray(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            return failure(TokenProfile::tr("The text is no JSON an auth ticket could be read from."));
        }
        if (ticket.value(u"ticket"_s).isObject()) {
            ticket = ticket.value(u"ticket"_s).toObject(); // the CLI's login --json output
        }
        jwt = ticket.value(u"jwtAccessToken"_s).toString().toLatin1();
        if (jwt.isEmpty()) {
            return failure(TokenProfile::tr(
                "The JSON holds no jwtAccessToken: paste the customer's JWT or the whole auth ticket."));
        }
    } else {
        jwt = trimmed.toByteArray();
    }

    const DecodedToken token = JwtDecoder::decode(jwt);
    if (token.kind == DecodedToken::Kind::Opaque && jwt.size() >= 16) {
        return failure(TokenProfile::tr("This is Kibo's opaque access token, which names no tenant: paste the "
                                        "jwtAccessToken or the whole auth ticket instead."));
    }
    if (token.kind != DecodedToken::Kind::Jws || !token.payload().isObject()) {
        return failure(TokenProfile::tr("The text is no customer JWT or auth ticket that can be decoded."));
    }
    const QJsonObject payload = token.payload().toObject();
    const QJsonObject user = payload.value(UserClaims).toObject();
    const QJsonObject app = payload.value(AppClaims).toObject();
    const std::optional<int> tenantId = idClaim(user, u"b.TenantId"_s);
    if (!tenantId) {
        return failure(TokenProfile::tr("The token names no tenant (b.TenantId in the user claims): it is no Kibo "
                                        "customer token."));
    }

    TokenProfile result;
    KiboProfile& profile = result.profile;
    profile.tenantId = *tenantId;
    result.found << TokenProfile::tr("tenant %1 (b.TenantId)").arg(*tenantId);
    profile.siteId = idClaim(user, u"b.SiteId"_s);
    if (profile.siteId) {
        result.found << TokenProfile::tr("site %1 (b.SiteId)").arg(*profile.siteId);
    }
    profile.clientId = app.value(u"akey"_s).toString().trimmed();
    if (!profile.clientId.isEmpty()) {
        result.found << TokenProfile::tr("client ID %1 (akey)").arg(profile.clientId);
    }

    const QString env = user.value(u"env"_s).toString(app.value(u"env"_s).toString());
    const QList<std::pair<QString, QString>> sources {
        { u"env"_s, env },
        { u"iss"_s, payload.value(u"iss"_s).toString() },
        { u"aud"_s, payload.value(u"aud"_s).toString() },
    };
    for (const auto& [claim, value] : sources) {
        const QString key = dataCentreNamedBy(value, claim == u"env"_s);
        if (key.isEmpty()) {
            continue;
        }
        profile.dataCentre = key;
        result.dataCentreKnown = true;
        const DataCentre* centre = DataCentre::find(key);
        const QString label = centre ? centre->label() : TokenProfile::tr("the demo tenant");
        result.found << TokenProfile::tr("data centre %1 (%2 “%3”)").arg(label, claim, value.left(80));
        break;
    }
    if (!result.dataCentreKnown) {
        result.found << (env.isEmpty()
                ? TokenProfile::tr("no data centre: the token does not say, so choose it")
                : TokenProfile::tr("no data centre: the token does not say (env “%1”), so choose it")
                      .arg(env.left(40)));
    }
    profile.name = profile.siteId ? TokenProfile::tr("Tenant %1, site %2").arg(*tenantId).arg(*profile.siteId)
                                  : TokenProfile::tr("Tenant %1").arg(*tenantId);
    return result;
}
