#include "share/curlexport.h"

#include "kibo/authticketclient.h"
#include "secrets/secretpolicy.h"
#include "secrets/secretscrubber.h"

#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One shell word, built from literal text and variables ("$KIBO_PASSWORD").
struct Segment
{
    QString text;
    QString variable; // set: this segment is the variable, or the secret given for it
};
using Word = QList<Segment>;

// The variable a secret is written as, and the explicitly given value, if any.
struct SecretSlot
{
    QString variable;
    QString value;
};

SecretSlot slotFor(const QString& name, const CurlExport::Secrets* secrets)
{
    const auto is = [&name](const QString& other) {
        return name.compare(other, Qt::CaseInsensitive) == 0;
    };
    if (is(u"Authorization"_s)) {
        return { u"KIBO_APP_TOKEN"_s, secrets ? secrets->appToken : QString() };
    }
    if (is(u"x-vol-user-claims"_s)) {
        return { u"KIBO_USER_CLAIMS"_s, secrets ? secrets->userClaims : QString() };
    }
    if (is(u"refreshToken"_s)) {
        return { u"KIBO_REFRESH_TOKEN"_s, secrets ? secrets->refreshToken : QString() };
    }
    if (is(u"password"_s)) {
        return { u"KIBO_PASSWORD"_s, secrets ? secrets->password : QString() };
    }
    if (is(u"otpCode"_s)) {
        return { u"KIBO_OTP_CODE"_s, secrets ? secrets->otpCode : QString() };
    }
    QString variable = u"KIBO_"_s;
    for (const QChar c : name) {
        variable += (c.isLetterOrNumber() && c.unicode() < 0x80) ? c.toUpper() : u'_';
    }
    return { variable, QString() };
}

// Already redacted when recorded, or a secret by the one policy (by name, or a JWT by shape).
bool isSecret(const QString& name, const QString& value)
{
    return SecretPolicy::containsRedaction(value) || SecretPolicy::isSecret(name, value);
}

bool isSecretHeader(const QString& name, const QString& value)
{
    return isSecret(name, value) || SecretPolicy::classifyHeader(name) != SecretPolicy::KeyClass::Plain;
}

QString renderWord(const Word& word, QStringList* used)
{
    QString result;
    QString literal;
    const auto flush = [&] {
        if (!literal.isEmpty()) {
            result += CurlExport::shellQuote(literal);
        }
        literal.clear();
    };
    for (const Segment& segment : word) {
        if (segment.variable.isEmpty()) {
            literal += segment.text;
            continue;
        }
        flush();
        result += u"\"$"_s + segment.variable + u'"';
        if (used && !used->contains(segment.variable)) {
            used->append(segment.variable);
        }
    }
    flush();
    return result.isEmpty() ? u"''"_s : result;
}

// A secret: the value given for it as literal text, or its variable.
Segment secretSegment(const SecretSlot& slot)
{
    return slot.value.isEmpty() ? Segment { QString(), slot.variable } : Segment { slot.value, QString() };
}

QList<std::pair<QString, Word>> options(const SentRequest& request, const CurlExport::Secrets* secrets)
{
    QList<std::pair<QString, Word>> result;
    result.append({ u"--request"_s, { { QString::fromLatin1(request.verb), {} } } });

    Word url { { request.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                     .toString(QUrl::FullyEncoded),
        {} } };
    for (qsizetype i = 0; i < request.query.size(); ++i) {
        const auto& [name, value] = request.query.at(i);
        url.append({ (i == 0 ? u"?"_s : u"&"_s) + QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=', {} });
        if (isSecret(name, value)) {
            Segment segment = secretSegment(slotFor(name, secrets));
            if (segment.variable.isEmpty()) {
                segment.text = QString::fromLatin1(QUrl::toPercentEncoding(segment.text));
            }
            url.append(segment);
        } else {
            url.append({ QString::fromLatin1(QUrl::toPercentEncoding(value)), {} });
        }
    }
    result.append({ u"--url"_s, url });

    for (const auto& [rawName, rawValue] : request.headers) {
        const QString name = QString::fromLatin1(rawName);
        const QString value = QString::fromUtf8(rawValue); // recorded redactions hold "…"
        Word header { { name + u": "_s, {} } };
        if (isSecretHeader(name, value)) {
            qsizetype start = SecretPolicy::redactionStart(value);
            if (start < 0 && name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0) {
                start = value.indexOf(u' ') + 1;
            }
            header.append({ value.left(qMax<qsizetype>(0, start)), {} }); // "Bearer "
            header.append(secretSegment(slotFor(name, secrets)));
        } else {
            header.append({ value, {} });
        }
        result.append({ u"--header"_s, header });
    }

    if (request.hasBody) {
        // Secret members get a marker that cannot occur in the JSON text, then become variables.
        QJsonObject body = request.body;
        const QString marker = u"KTI-SECRET-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'-';
        QList<Segment> secretsInBody;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!it.value().isString() || !isSecret(it.key(), it.value().toString())) {
                continue;
            }
            const Segment segment = secretSegment(slotFor(it.key(), secrets));
            if (segment.variable.isEmpty()) {
                it.value() = segment.text; // JSON-escaped by the serializer
                continue;
            }
            it.value() = QString(marker + QString::number(secretsInBody.size()));
            secretsInBody.append(segment);
        }
        QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        Word data;
        for (;;) {
            const qsizetype at = json.indexOf(marker);
            if (at < 0) {
                break;
            }
            qsizetype end = at + marker.size();
            while (end < json.size() && json.at(end).isDigit()) {
                ++end;
            }
            data.append({ json.left(at), {} });
            data.append(secretsInBody.at(json.mid(at + marker.size(), end - at - marker.size()).toInt()));
            json = json.mid(end);
        }
        data.append({ json, {} });
        result.append({ u"--data-raw"_s, data });
    }
    return result;
}

QString render(const SentRequest& request, const CurlExport::Secrets* secrets, CurlExport::Layout layout)
{
    if (!request.isValid()) {
        return {};
    }
    QStringList parts { u"curl --include"_s };
    for (const auto& [option, word] : options(request, secrets)) {
        parts.append(option + u' ' + renderWord(word, nullptr));
    }
    return layout == CurlExport::Layout::OneLine ? parts.join(u' ') : parts.join(u" \\\n  "_s);
}

} // namespace

QString CurlExport::command(const SentRequest& request, Layout layout)
{
    return render(request, nullptr, layout);
}

QString CurlExport::commandWithSecrets(const SentRequest& request, const Secrets& secrets, Layout layout)
{
    return render(request, &secrets, layout);
}

QStringList CurlExport::variables(const SentRequest& request)
{
    QStringList used;
    if (!request.isValid()) {
        return used;
    }
    for (const auto& [option, word] : options(request, nullptr)) {
        renderWord(word, &used);
    }
    return used;
}

QString CurlExport::variablesHint(const SentRequest& request)
{
    const QStringList used = variables(request);
    if (used.isEmpty()) {
        return tr("The command holds no secret and needs none.");
    }
    return tr("The command holds no secret: set %1 in the environment before running it.").arg(used.join(u", "_s));
}

QString CurlExport::shellQuote(const QString& text)
{
    // Words of these characters mean the same to every shell, quoted or not ("=" and "~" only inside).
    const auto bare = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || QStringView(u"_-./:@%+,=").contains(c);
    };
    if (!text.isEmpty() && text.at(0) != u'=' && std::all_of(text.begin(), text.end(), bare)) {
        return text;
    }
    bool control = false;
    for (const QChar c : text) {
        control = control || c.unicode() < 0x20 || c.unicode() == 0x7f;
    }
    if (!control) {
        QString quoted = text;
        quoted.replace(u'\'', u"'\\''"_s);
        return u'\'' + quoted + u'\'';
    }
    QString quoted = u"$'"_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            quoted += u"\\\\"_s;
            break;
        case u'\'':
            quoted += u"\\'"_s;
            break;
        case u'\n':
            quoted += u"\\n"_s;
            break;
        case u'\r':
            quoted += u"\\r"_s;
            break;
        case u'\t':
            quoted += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                quoted += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            } else {
                quoted += c;
            }
        }
    }
    return quoted + u'\'';
}
