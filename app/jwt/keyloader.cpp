#include "keyloader.h"

#include "jwt/base64url.h"
#include "logging.h"
#include "services/services.h"
#include "textfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <optional>

using namespace Qt::StringLiterals;

KeyLoadResult KeyLoader::fromSecret(const QByteArray& secret, const QString& source)
{
    if (secret.isEmpty()) {
        return KeyLoadResult::failed(
            KeyLoadResult::Failure::NotUnderstood, tr("The shared secret from %1 is empty.").arg(source));
    }
    VerificationKey key;
    key.type = VerificationKey::Type::Secret;
    key.secret = secret;
    key.bits = int(secret.size() * 8);
    key.description = tr("shared secret from %1").arg(source);
    KeyLoadResult result;
    result.keys << key;
    return result;
}

KeyLoadResult KeyLoader::fromPem(QByteArrayView pem, const QString& source)
{
    return Services::instance().keyFromPem(pem, source);
}

KeyLoadResult KeyLoader::fromJwk(const QJsonObject& jwk, const QString& source)
{
    return Services::instance().keyFromJwk(jwk, source);
}

KeyLoadResult KeyLoader::fromJwkSet(QByteArrayView json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            tr("%1 is not a JSON object, so it is neither a JWK nor a JWK Set.").arg(source));
    }
    const QJsonObject object = document.object();
    if (object.contains(u"kty"_s)) {
        return fromJwk(object, source);
    }
    const QJsonValue keys = object.value(u"keys"_s);
    if (!keys.isArray()) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            tr("%1 is JSON but neither a JWK (no \"kty\") nor a JWK Set (no \"keys\" array).").arg(source));
    }
    const QJsonArray array = keys.toArray();
    if (array.size() > MaxKeysInSet) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            tr("The JWK Set in %1 has %2 keys; more than %3 are not read.")
                .arg(source)
                .arg(array.size())
                .arg(MaxKeysInSet));
    }
    KeyLoadResult result;
    for (const QJsonValue entry : array) {
        if (!entry.isObject()) {
            result.notes << tr("An entry of the JWK Set in %1 is not an object; it was left out.").arg(source);
            continue;
        }
        const KeyLoadResult one = fromJwk(entry.toObject(), source);
        result.keys << one.keys;
        result.notes << one.notes;
        if (!one.error.isEmpty()) {
            result.notes << tr("Left out: %1").arg(one.error);
        }
    }
    if (result.keys.isEmpty()) {
        result.failure = KeyLoadResult::Failure::NotUnderstood;
        result.error = array.isEmpty() ? tr("The JWK Set in %1 has no keys.").arg(source)
                                       : tr("The JWK Set in %1 has no key usable for signatures.").arg(source);
    }
    return result;
}

KeyLoadResult KeyLoader::fromBytes(QByteArrayView bytes, const QString& source)
{
    const QByteArrayView trimmed = bytes.trimmed();
    if (trimmed.isEmpty()) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood, tr("%1 is empty.").arg(source));
    }
    if (trimmed.startsWith('{')) {
        return fromJwkSet(trimmed, source);
    }
    if (trimmed.contains("-----BEGIN ")) {
        return fromPem(trimmed, source);
    }
    if (trimmed.startsWith('<')) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            tr("%1 looks like HTML, not a key: check that it is the JWKS address and not a web page.").arg(source));
    }
    return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
        tr("%1 is neither a PEM key or certificate nor a JWK or JWK Set.").arg(source));
}

std::optional<KeyLoadResult> KeyLoader::fromPastedText(const QString& text, const QString& source)
{
    const QByteArray bytes = text.trimmed().toUtf8();
    if (bytes.startsWith('{')) {
        return fromJwkSet(bytes, source);
    }
    const qsizetype begin = bytes.indexOf("-----BEGIN ");
    if (begin < 0) {
        return std::nullopt;
    }
    if (bytes.contains('\n')) {
        return fromPem(bytes, source);
    }
    // PEM blocks that lost their line breaks: "-----BEGIN X----- base64 -----END X-----" on one line. The base64 goes
    // back onto lines of 64 characters, as PEM readers expect.
    QByteArray pem;
    for (qsizetype at = begin; (at = bytes.indexOf("-----BEGIN ", at)) >= 0;) {
        const qsizetype labelEnd = bytes.indexOf("-----", at + 11);
        const qsizetype end = labelEnd < 0 ? -1 : bytes.indexOf("-----END ", labelEnd + 5);
        const qsizetype endClose = end < 0 ? -1 : bytes.indexOf("-----", end + 9);
        if (endClose < 0) {
            return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
                tr("%1 begins like a PEM block but has no “-----END” line.").arg(source));
        }
        QByteArray body = bytes.sliced(labelEnd + 5, end - labelEnd - 5);
        body.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\r'; });
        pem += bytes.sliced(at, labelEnd + 5 - at) + '\n';
        for (qsizetype line = 0; line < body.size(); line += 64) {
            pem += body.mid(line, 64) + '\n';
        }
        pem += bytes.sliced(end, endClose + 5 - end) + '\n';
        at = endClose + 5;
    }
    return fromPem(pem, source);
}

KeyLoadResult KeyLoader::fromBase64UrlSecret(QByteArrayView text, const QString& source)
{
    const Base64UrlResult decoded = Base64Url::decode(text.trimmed());
    if (!decoded.ok) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            tr("The secret from %1 is not base64url: only the letters A–Z and a–z, the digits, “-” and “_” may appear "
               "in it.")
                .arg(source));
    }
    KeyLoadResult result = fromSecret(decoded.data, source);
    for (VerificationKey& key : result.keys) {
        key.description = tr("shared secret decoded from base64url from %1").arg(source);
    }
    return result;
}

bool KeyLoader::looksLikeBase64Url(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.size() < 16) {
        return false;
    }
    for (const char c : trimmed) {
        const bool alphabet
            = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!alphabet) {
            return false;
        }
    }
    const Base64UrlResult decoded = Base64Url::decode(trimmed);
    return decoded.ok && !decoded.data.isEmpty();
}

KeyLoadResult KeyLoader::fromFile(const QString& path)
{
    const QString source = QFileInfo(path).fileName();
    const TextFile::Bytes file = TextFile::readBytes(path, MaxKeyFileBytes);
    if (file.error.reason() == FileError::Reason::TooLarge) {
        return KeyLoadResult::failed(KeyLoadResult::Failure::NotUnderstood,
            tr("The key file %1 is larger than 1 MiB; it is not read.").arg(source));
    }
    if (!file.ok()) {
        qCInfo(lcJwt) << "key file could not be read, reason" << int(file.error.reason());
        return KeyLoadResult::failed(
            KeyLoadResult::Failure::Unreadable, tr("The key file %1 could not be read.").arg(source));
    }
    return fromBytes(file.bytes, source);
}
