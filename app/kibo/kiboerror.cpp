#include "kibo/kiboerror.h"

#include "kibo/diagnosis.h"
#include "kibo/kiboresponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxMessageLength = 1000;

QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString clip(const QString& text)
{
    QString result = KiboError::scrub(text.trimmed());
    if (result.size() > maxMessageLength) {
        result = result.left(maxMessageLength) + u"…"_s;
    }
    return result;
}

// Reads one Kibo error object; false when it is not one.
bool readKiboBody(const QJsonObject& object, KiboError& error)
{
    QJsonObject source = object;
    if (!source.value(u"errorCode"_s).isString() && !source.value(u"message"_s).isString()) {
        const QJsonArray items = object.value(u"items"_s).toArray();
        if (items.isEmpty() || !items.first().isObject()) {
            return false;
        }
        source = items.first().toObject();
        if (!source.value(u"errorCode"_s).isString() && !source.value(u"message"_s).isString()) {
            return false;
        }
    }
    error.errorCode = clip(source.value(u"errorCode"_s).toString()).left(100);
    error.message = clip(source.value(u"message"_s).toString());
    error.applicationName = clip(source.value(u"applicationName"_s).toString()).left(100);
    const QJsonArray data = source.value(u"additionalErrorData"_s).toArray();
    for (const QJsonValue entry : data) {
        const QJsonObject pair = entry.toObject();
        // A name that is blank once trimmed names nothing a person could read.
        const QString name = clip(pair.value(u"name"_s).toString()).left(100);
        if (name.isEmpty()) {
            continue;
        }
        error.additionalErrorData.append({ name, clip(jsonText(pair.value(u"value"_s))) });
        if (error.additionalErrorData.size() >= 50) {
            break;
        }
    }
    const QJsonObject exception = object.value(u"exceptionDetail"_s).toObject();
    error.exceptionType = clip(exception.value(u"type"_s).toString()).left(200);
    return true;
}

} // namespace

QString KiboError::appAuthenticationOperation()
{
    return tr("application authentication");
}

QString KiboError::customerLoginOperation()
{
    return tr("customer login");
}

QString KiboError::customerRefreshOperation()
{
    return tr("customer ticket refresh");
}

QString KiboError::anonymousTicketOperation()
{
    return tr("anonymous shopper ticket");
}

QString KiboError::twoFactorOperation()
{
    return tr("two-factor verification");
}

QString KiboError::otpLoginOperation()
{
    return tr("one-time code login");
}

QString KiboError::tenantLookupOperation()
{
    return tr("tenant lookup");
}

QString KiboError::scrub(const QString& text)
{
    // Drop every query part of anything that looks like a URL or a path with a query.
    static const QRegularExpression query(u"\\?[^\\s\"'<>]*"_s);
    QString result = text;
    result.replace(query, u"?…"_s);
    return result;
}

QString KiboError::data(const QString& name) const
{
    for (const auto& [key, value] : additionalErrorData) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString KiboError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::ConnectionRefused:
        return u"connectionRefused"_s;
    case Kind::HostNotFound:
        return u"hostNotFound"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::HttpKibo:
        return u"kiboError"_s;
    case Kind::HttpOther:
        return u"httpError"_s;
    case Kind::NotKibo:
        return u"notKibo"_s;
    case Kind::TooLarge:
        return u"tooLarge"_s;
    case Kind::Throttled:
        return u"throttled"_s;
    case Kind::Proxy:
        return u"proxy"_s;
    case Kind::TenantDiscovery:
        return u"tenantDiscovery"_s;
    }
    return u"unrecognised"_s;
}

int KiboError::parseRetryAfter(const QByteArray& value)
{
    return parseRetryAfter(value, QDateTime::currentDateTimeUtc());
}

int KiboError::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    // No control characters in a header value: QByteArray::toLongLong would read "6\0…" as 6.
    if (trimmed.isEmpty() || KiboResponse::hasControlBytes(trimmed)) {
        return -1;
    }
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600 * 365));
    }
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = KiboResponse::parseHttpDate(trimmed);
    if (!when.isValid()) {
        return -1;
    }
    const qint64 delta = now.secsTo(when);
    return delta < 0 ? 0 : int(std::min<qint64>(delta, 24 * 3600 * 365));
}

KiboError KiboError::fromHttpReply(int status, const QByteArray& contentType, const QByteArray& body,
    const QByteArray& correlationId, const QString& operation, const QString& host)
{
    KiboError error;
    error.operation = operation;
    error.host = host;
    error.httpStatus = status;
    error.correlationId = QString::fromLatin1(correlationId.trimmed().left(200));
    if (status >= 200 && status < 300) {
        error.kind = Kind::None;
        return error;
    }

    const QByteArray type = contentType.toLower();
    const bool looksHtml = type.contains("html") || body.trimmed().startsWith('<');
    bool kibo = false;
    if (!looksHtml && !body.trimmed().isEmpty()) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject()) {
            kibo = readKiboBody(document.object(), error);
        }
    }
    if (!kibo) {
        error.detail = body.trimmed().isEmpty() ? u"empty"_s : looksHtml ? u"html"_s : QString();
    }
    if (status == 429) {
        error.kind = Kind::Throttled;
    } else {
        error.kind = kibo ? Kind::HttpKibo : Kind::HttpOther;
    }
    return error;
}

std::optional<KiboError> KiboError::refusalInReply(int status, const QJsonObject& reply,
    const QByteArray& correlationId, const QString& operation, const QString& host)
{
    if (!reply.value(u"errorCode"_s).isString() || reply.value(u"errorCode"_s).toString().trimmed().isEmpty()) {
        return std::nullopt;
    }
    KiboError error;
    error.operation = operation;
    error.host = host;
    error.httpStatus = status;
    error.correlationId = QString::fromLatin1(correlationId.trimmed().left(200));
    if (!readKiboBody(reply, error)) {
        return std::nullopt;
    }
    error.kind = Kind::HttpKibo;
    return error;
}

KiboError KiboError::tenantDiscovery(
    const QString& detail, int tenantId, const QString& host, const QString& explanation)
{
    KiboError error;
    error.kind = Kind::TenantDiscovery;
    error.detail = detail;
    error.tenantId = tenantId;
    error.explanation = explanation;
    error.operation = tenantLookupOperation();
    error.host = host;
    return error;
}

KiboError KiboError::notKibo(
    int status, const QString& reason, const QByteArray& correlationId, const QString& operation, const QString& host)
{
    KiboError error;
    error.kind = Kind::NotKibo;
    error.httpStatus = status;
    error.message = reason;
    error.correlationId = QString::fromLatin1(correlationId.trimmed().left(200));
    error.operation = operation;
    error.host = host;
    return error;
}

int KiboError::cliExitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::HttpKibo:
    case Kind::Throttled:
        return 1;
    case Kind::TenantDiscovery:
        return detail == u"no-domain"_s ? 4 : 1;
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::Cancelled:
    case Kind::Tls:
    case Kind::Redirect:
    case Kind::Network:
    case Kind::Proxy:
        return 3;
    case Kind::HttpOther:
    case Kind::NotKibo:
    case Kind::TooLarge:
        return 4;
    }
    return 4;
}

QJsonObject KiboError::toJson() const
{
    QJsonObject object;
    object.insert(u"kind"_s, kindName(kind));
    object.insert(u"status"_s, httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null));
    object.insert(u"errorCode"_s, errorCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorCode));
    object.insert(u"message"_s, message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message));
    object.insert(
        u"correlationId"_s, correlationId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(correlationId));
    if (!operation.isEmpty()) {
        object.insert(u"operation"_s, operation);
    }
    if (!host.isEmpty()) {
        object.insert(u"host"_s, host);
    }
    if (!applicationName.isEmpty()) {
        object.insert(u"applicationName"_s, applicationName);
    }
    if (!additionalErrorData.isEmpty()) {
        QJsonArray data;
        for (const auto& [name, value] : additionalErrorData) {
            data.append(QJsonObject { { u"name"_s, name }, { u"value"_s, value } });
        }
        object.insert(u"additionalErrorData"_s, data);
    }
    if (retryAfterSeconds >= 0) {
        object.insert(u"retryAfterSeconds"_s, retryAfterSeconds);
    }
    if (!redirectTarget.isEmpty()) {
        object.insert(u"redirectTarget"_s, redirectTarget);
    }
    if (!tlsDetails.isEmpty()) {
        object.insert(u"tlsDetails"_s, tlsDetails);
    }
    if (!proxy.isEmpty()) {
        object.insert(u"proxy"_s, proxy);
    }
    if (kind == Kind::TenantDiscovery) {
        object.insert(u"discovery"_s, detail); // tenant-unknown, tenant-forbidden, no-domain, site-unknown
        object.insert(u"tenantId"_s, tenantId);
    }
    const Diagnosis diagnosis = Diagnoser::diagnose(*this);
    object.insert(u"diagnosis"_s,
        QJsonObject {
            { u"title"_s, diagnosis.title }, { u"cause"_s, diagnosis.cause }, { u"nextStep"_s, diagnosis.nextStep } });
    return object;
}
