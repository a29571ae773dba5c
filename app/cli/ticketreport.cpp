#include "ticketreport.h"

#include "cli/clioutput.h"
#include "jwt/claimcatalogue.h"
#include "jwt/jwtdecoder.h"
#include "kibo/authticketclient.h"
#include "secrets/secretscrubber.h"
#include "session/authticketoutcome.h"

#include "json/jsontreemodel.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString timeLine(const QString& label, const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid()) {
        return TicketReport::tr("%1: not in the reply").arg(label);
    }
    const qint64 seconds = now.secsTo(time);
    const qint64 minutes = (seconds >= 0 ? seconds : -seconds) / 60;
    QString relative;
    if (minutes >= 120) {
        relative = seconds >= 0 ? TicketReport::tr("in %n hour(s)", nullptr, int(minutes / 60))
                                : TicketReport::tr("%n hour(s) ago", nullptr, int(minutes / 60));
    } else {
        relative = seconds >= 0 ? TicketReport::tr("in %n minute(s)", nullptr, int(minutes))
                                : TicketReport::tr("%n minute(s) ago", nullptr, int(minutes));
    }
    return TicketReport::tr("%1: %2 (%3)").arg(label, time.toUTC().toString(Qt::ISODate), relative);
}

} // namespace

QJsonObject TicketReport::redactedReply(const QJsonObject& reply, bool showSecrets)
{
    if (showSecrets) {
        return reply;
    }
    return SecretScrubber::scrubJson(reply, SecretScrubber::Form::Text).toObject();
}

QJsonObject TicketReport::jwtJson(const DecodedToken& token)
{
    QJsonObject signature {
        { u"algorithm"_s, token.algorithm },
        { u"state"_s, DecodedToken::signatureStateName(token.signatureState) },
        { u"bytes"_s, token.signature.size() },
    };
    QJsonArray notices;
    for (const TokenNotice& notice : token.notices) {
        notices.append(QJsonObject { { u"code"_s, notice.code }, { u"text"_s, notice.text } });
    }
    QJsonObject json {
        { u"kind"_s, DecodedToken::kindName(token.kind) },
        { u"header"_s, token.header() },
        { u"signature"_s, signature },
        { u"notices"_s, notices },
    };
    if (!token.payload().isUndefined()) {
        json.insert(u"payload"_s, token.payload());
    }
    // A JWS whose payload is not JSON: the text, or the bytes in hex when they are not UTF-8.
    switch (token.payloadOctets) {
    case DecodedToken::PayloadOctets::Text:
        json.insert(u"payloadText"_s, token.payloadText());
        break;
    case DecodedToken::PayloadOctets::Binary:
        json.insert(u"payloadHex"_s, token.payloadHex());
        break;
    case DecodedToken::PayloadOctets::None:
        break;
    }
    return json;
}

QJsonObject TicketReport::toJson(const AuthTicketResult& result, bool showSecrets)
{
    QJsonObject json;
    // The reply of the tenant call; a failed tenant lookup's reply is described by error alone.
    if (!result.rawJson.isEmpty() && (result.request.isValid() || !result.error.isError())) {
        json.insert(u"ticket"_s, redactedReply(result.rawJson, showSecrets));
    }
    if (result.tenant) {
        json.insert(u"tenant"_s,
            QJsonObject { { u"id"_s, result.tenant->id }, { u"name"_s, result.tenant->name },
                { u"domain"_s, result.tenant->domain }, { u"isDevTenant"_s, result.tenant->isDevTenant } });
    }
    if (result.ticket && !result.ticket->jwtAccessToken.isEmpty()) {
        json.insert(u"jwt"_s, jwtJson(JwtDecoder::decode(result.ticket->jwtAccessToken.toUtf8())));
    }
    if (result.ticket || result.requires2FA) {
        json.insert(u"requires2FA"_s, result.requires2FA);
    }
    if (result.error.isError()) {
        json.insert(u"error"_s,
            CliOutput::errorObject(
                CliOutput::kiboCode(result.error), errorMessage(result), errorDetails(result, showSecrets)));
    }
    return json;
}

QString TicketReport::errorMessage(const AuthTicketResult& result)
{
    const Diagnosis diagnosis = AuthTicketOutcome(result).diagnosis(); // a copy: the outcome is a temporary
    if (!diagnosis.cause.isEmpty()) {
        return diagnosis.cause;
    }
    return diagnosis.title.isEmpty() ? tr("The call to Kibo failed.") : diagnosis.title;
}

QJsonObject TicketReport::errorDetails(const AuthTicketResult& result, bool showSecrets)
{
    QJsonObject details = result.error.toJson();
    // Kibo's own words, quoted as such; message is ours.
    details.insert(u"serverMessage"_s, details.take(u"message"_s));
    // The machine word for how the call failed (remote-host-closed, self-signed, html, …).
    if (!result.error.detail.isEmpty() && result.error.kind != KiboError::Kind::TenantDiscovery) {
        details.insert(u"reason"_s, result.error.detail);
    }
    const QString correlationId = AuthTicketOutcome(result).correlationId();
    if (!correlationId.isEmpty()) {
        details.insert(u"correlationId"_s, correlationId);
    }
    // What does not apply is left out, rather than null.
    for (auto it = details.begin(); it != details.end();) {
        it = it.value().isNull() ? details.erase(it) : std::next(it);
    }
    return showSecrets ? details : SecretScrubber::scrubServerWords(details, SecretScrubber::Form::Text).toObject();
}

QString TicketReport::jwtText(const DecodedToken& token, const QDateTime& now)
{
    QStringList lines;
    const QString signature = token.signatureState == DecodedToken::SignatureState::Verified
        ? tr("signature verified")
        : tr("decoded, signature not verified");
    const QString algorithm = token.algorithm.isEmpty() ? tr("no algorithm") : token.algorithm;
    switch (token.kind) {
    case DecodedToken::Kind::Jwe:
        lines << tr("Encrypted JWT (JWE, %1): only its header can be read").arg(algorithm);
        break;
    case DecodedToken::Kind::Opaque:
        lines << tr("Opaque token, not a JWT");
        break;
    default:
        lines << (token.payloadOctets == DecodedToken::PayloadOctets::None
                ? tr("JWT (%1, %2)").arg(algorithm, signature)
                : tr("JWS (%1, %2): its payload is not JSON, so it is not a JWT").arg(algorithm, signature));
        break;
    }
    for (const TokenNotice& notice : token.notices) {
        lines << u"  ! "_s + notice.text;
    }
    if (token.header().isEmpty()) {
        return lines.join(u'\n');
    }
    lines << tr("Header:");
    lines << QString::fromUtf8(QJsonDocument(token.header()).toJson(QJsonDocument::Indented)).trimmed();
    // Control characters and bidirectional overrides are shown escaped: a payload must not drive the terminal.
    if (token.payloadOctets == DecodedToken::PayloadOctets::Text) {
        lines << tr("Payload (text):") << JsonTreeModel::escapeForDisplay(token.payloadText());
    } else if (token.payloadOctets == DecodedToken::PayloadOctets::Binary) {
        lines << tr("Payload (%n byte(s), not text, in hexadecimal):", nullptr, int(token.payloadJson.size()))
              << token.payloadHex();
    }
    if (token.payload().isObject()) {
        const QJsonObject payload = token.payload().toObject();
        lines << tr("Claims:");
        lines << QString::fromUtf8(QJsonDocument(ClaimCatalogue::expandNested(payload)).toJson(QJsonDocument::Indented))
                     .trimmed();
        lines << tr("Times:");
        for (const QString& claim : { u"iat"_s, u"nbf"_s, u"exp"_s }) {
            if (!payload.contains(claim)) {
                continue;
            }
            const auto rendering = ClaimCatalogue::renderEpoch(payload.value(claim), now);
            lines << u"  %1  %2"_s.arg(
                claim, rendering.ok ? u"%1 (%2)"_s.arg(rendering.utc, rendering.relative) : rendering.problem);
        }
    }
    return lines.join(u'\n');
}

QString TicketReport::toText(const AuthTicketResult& result, bool showSecrets, const QDateTime& now)
{
    QStringList lines;
    if (result.error.isError()) {
        const AuthTicketOutcome outcome(result);
        const Diagnosis& diagnosis = outcome.diagnosis();
        lines << diagnosis.title << diagnosis.cause;
        if (!diagnosis.nextStep.isEmpty()) {
            lines << tr("Next step: %1").arg(diagnosis.nextStep);
        }
        if (result.error.httpStatus > 0) {
            lines << tr("HTTP status: %1").arg(result.error.httpStatus);
        }
        // Kibo's words are free text: a secret may stand anywhere in them.
        const auto words = [showSecrets](const QString& text) {
            return showSecrets ? text : SecretScrubber::scrubText(text);
        };
        if (!result.error.errorCode.isEmpty()) {
            lines << tr("Kibo error code: %1").arg(words(result.error.errorCode));
        }
        if (!result.error.message.isEmpty()) {
            lines << tr("The server said: “%1”").arg(words(result.error.message));
        }
        if (!outcome.correlationId().isEmpty()) {
            lines << tr("Correlation id: %1").arg(words(outcome.correlationId()));
        }
        return lines.join(u'\n');
    }
    if (result.requires2FA) {
        lines << tr("Two-factor authentication is required: the password was right, and a code was sent to the "
                    "customer.");
        lines << tr("Pending user id: %1").arg(result.pendingUserId);
        return lines.join(u'\n');
    }
    if (!result.ticket) {
        return tr("The reply held no ticket.");
    }
    const CustomerAuthTicket& ticket = *result.ticket;
    const QJsonObject account = ticket.customerAccount;
    // responseFields may leave out any part: say what is there, and what is not.
    const QString name
        = QString(account.value(u"firstName"_s).toString() + u' ' + account.value(u"lastName"_s).toString()).trimmed();
    const QString email = account.value(u"emailAddress"_s).toString();
    const QString who = !email.isEmpty() && !name.isEmpty() ? tr("%1 (%2)").arg(email, name)
        : !email.isEmpty()                                  ? email
                                                            : name;
    const bool hasId = account.contains(u"id"_s);
    const QString customerId = QString::number(account.value(u"id"_s).toInteger());
    if (account.isEmpty()) {
        lines << tr("The reply holds no customer account (an anonymous shopper, or responseFields left it out).");
    } else if (!who.isEmpty() && hasId) {
        lines << tr("Logged in as %1, customer %2.").arg(who, customerId);
    } else if (!who.isEmpty()) {
        lines << tr("Logged in as %1.").arg(who);
    } else if (hasId) {
        lines << tr("Logged in as customer %1.").arg(customerId);
    } else {
        lines << tr("Logged in; the reply names no customer.");
    }
    lines << (ticket.userId.isEmpty() ? tr("User id: not in the reply") : tr("User id: %1").arg(ticket.userId));
    lines << timeLine(tr("Access ticket expires"), ticket.accessTokenExpiration, now);
    lines << timeLine(tr("Refresh token expires"), ticket.refreshTokenExpiration, now);
    const auto secretLine = [showSecrets](const QString& label, const QString& field, const QString& value) {
        if (value.isEmpty()) {
            return tr("%1: not in the reply").arg(label);
        }
        return u"%1: %2"_s.arg(label, showSecrets ? value : CliOutput::redacted(field, value));
    };
    lines << secretLine(tr("Access token"), u"accessToken"_s, ticket.accessToken);
    lines << secretLine(tr("Refresh token"), u"refreshToken"_s, ticket.refreshToken);
    if (!ticket.jwtAccessToken.isEmpty()) {
        lines << secretLine(tr("JWT access token"), u"jwtAccessToken"_s, ticket.jwtAccessToken);
        lines << QString();
        lines << jwtText(JwtDecoder::decode(ticket.jwtAccessToken.toUtf8()), now);
    }
    if (!showSecrets) {
        lines << QString() << tr("Secrets are redacted; add --show-secrets to print them.");
    }
    return lines.join(u'\n');
}
