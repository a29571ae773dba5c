// libFuzzer target: the redaction that everything shared goes through, against canary secrets. The first byte
// chooses where the canaries go, the rest is the text around them:
//   0: free text (a server's message, a header): SecretScrubber::scrubText, with a canary after each context it
//      promises to catch (a URL query, "password=", "token:", "Bearer ", or a JWT on its own);
//   1: a JSON reply: SecretScrubber::scrubJson in both forms, "$J" strings becoming a JWT canary anywhere (whole or
//      inside a string), "$T" an opaque canary under a secret key;
//   2: a whole failed attempt made of those parts (reply, headers, error words, recorded request): the support bundle
//      in JSON and Markdown, the CLI's report and "copy as curl".
// Every run also quotes the text for a shell and reads it back as a POSIX shell would.
//
// Invariant: no canary, whole, in any output; the shell reads back exactly the text that was quoted.
#include "cli/ticketreport.h"
#include "fuzzsupport.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "secrets/secretpolicy.h"
#include "secrets/secretscrubber.h"
#include "share/curlexport.h"
#include "share/supportbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// A JWT by shape (HS256 header), and an opaque token; neither can come out of the surrounding text by chance.
const QString Jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJjYW5hcnkiOiJqd3QifQ.Q2FuYXJ5U2lnbmF0dXJlMDAx"_s;
const QString Token = u"Q2FuYXJ5T3BhcXVlVG9rZW4wMDE"_s;
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1764385200, Qt::UTC);

void checkNoCanary(const QString& output, const QString& canary, const char* where)
{
    if (output.contains(canary)) {
        std::fprintf(stderr, "%s shows the canary %s:\n%s\n", where, qPrintable(canary), qPrintable(output));
        KTI_FUZZ_CHECK(!output.contains(canary));
    }
}

QString json(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// One shell word read back as POSIX sh reads it: bare characters, '…' (no escapes inside) and $'…' (C escapes).
std::optional<QString> readShellWord(const QString& word)
{
    QString result;
    qsizetype i = 0;
    while (i < word.size()) {
        if (word.at(i) == u'\'') {
            const qsizetype end = word.indexOf(u'\'', i + 1);
            if (end < 0) {
                return std::nullopt;
            }
            result += word.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (word.at(i) == u'$' && i + 1 < word.size() && word.at(i + 1) == u'\'') {
            i += 2;
            while (i < word.size() && word.at(i) != u'\'') {
                if (word.at(i) != u'\\') {
                    result += word.at(i++);
                    continue;
                }
                if (i + 1 >= word.size()) {
                    return std::nullopt;
                }
                const QChar escape = word.at(i + 1);
                i += 2;
                if (escape == u'n') {
                    result += u'\n';
                } else if (escape == u't') {
                    result += u'\t';
                } else if (escape == u'r') {
                    result += u'\r';
                } else if (escape == u'x') {
                    const QString hex = word.mid(i, 2);
                    bool ok = false;
                    result += QChar(hex.toUShort(&ok, 16));
                    if (!ok || hex.size() != 2) {
                        return std::nullopt;
                    }
                    i += 2;
                } else {
                    result += escape; // \\ \' \"
                }
            }
            if (i >= word.size()) {
                return std::nullopt;
            }
            ++i;
        } else if (word.at(i) == u'\\') {
            if (i + 1 >= word.size()) {
                return std::nullopt;
            }
            result += word.at(i + 1); // \' between quoted parts
            i += 2;
        } else {
            const QChar c = word.at(i++);
            if (c.isSpace() || QStringView(u"|&;<>()$`\"*?[#~!{}").contains(c)) {
                return std::nullopt; // a bare character the shell would act on
            }
            result += c;
        }
    }
    return result;
}

// Replaces "$J" and "$T" in every string of value: "$J" anywhere, "$T" only under a secret key (elsewhere a
// harmless word), so that a canary in the output is a leak.
QJsonValue plant(const QJsonValue& value, SecretPolicy::KeyClass keyClass)
{
    if (value.isObject()) {
        QJsonObject result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            result.insert(it.key(), plant(it.value(), SecretPolicy::classifyKey(it.key())));
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue& item : value.toArray()) {
            result.append(plant(item, keyClass));
        }
        return result;
    }
    if (!value.isString()) {
        return value;
    }
    QString text = value.toString();
    text.replace(u"$J"_s, Jwt);
    text.replace(u"$T"_s, keyClass == SecretPolicy::KeyClass::Plain ? u"word"_s : Token);
    return text;
}

void freeText(const QString& text, std::uint8_t choice)
{
    static const QString contexts[] { u"?refreshToken="_s, u"?a="_s, u"password="_s, u"Password: "_s, u"token="_s,
        u"\"refreshToken\":\""_s, u"client_secret="_s, u"otpCode="_s, u"Bearer "_s, u"bearer\t"_s, u""_s };
    const QString& context = contexts[choice % std::size(contexts)];
    const qsizetype middle = text.size() / 2;
    // The canary stands after its context as a word of its own: a space before, a space after.
    const QString opaque = text.left(middle) + u' ' + context + Token + u' ' + text.mid(middle);
    if (!context.isEmpty()) {
        checkNoCanary(SecretScrubber::scrubText(opaque), Token, "scrubText");
    }
    const QString jwt = text.left(middle) + u' ' + context + Jwt + u' ' + text.mid(middle);
    checkNoCanary(SecretScrubber::scrubText(jwt), Jwt, "scrubText");
    checkNoCanary(
        SecretScrubber::headerValue(u"x"_s, u"X-Echo"_s, jwt, SecretScrubber::HeaderForm::Shape), Jwt, "a header");
}

QJsonValue planted(const QByteArray& bytes)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return QJsonValue::Undefined;
    }
    return plant(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
        SecretPolicy::KeyClass::Plain);
}

void jsonReply(const QByteArray& bytes)
{
    const QJsonValue value = planted(bytes);
    if (value.isUndefined()) {
        return;
    }
    for (const SecretScrubber::Form form : { SecretScrubber::Form::Summary, SecretScrubber::Form::Text }) {
        const QString shown = json(SecretScrubber::scrubJson(value, form));
        checkNoCanary(shown, Jwt, "scrubJson");
        checkNoCanary(shown, Token, "scrubJson");
    }
    if (value.isObject()) {
        const QString shown = json(TicketReport::redactedReply(value.toObject(), false));
        checkNoCanary(shown, Jwt, "the CLI's reply");
        checkNoCanary(shown, Token, "the CLI's reply");
    }
}

void attempt(const QByteArray& bytes)
{
    const QJsonValue value = planted(bytes);
    AuthTicketResult result;
    result.httpStatus = 401;
    result.rawJson = value.toObject();
    result.rawBody = value.isUndefined() ? QByteArray(bytes).replace("$J", Jwt.toUtf8()).replace("$T", "word")
                                         : json(value).toUtf8();
    QString words = QString::fromUtf8(bytes.left(300));
    words.replace(u"$J"_s, Jwt).replace(u"$T"_s, u"password="_s + Token);
    result.error = KiboError::fromHttpReply(
        401, "application/json", result.rawBody, "c0ffee", KiboError::customerLoginOperation(), u"t1.example"_s);
    result.error.message = words;
    result.error.additionalErrorData.append({ u"refreshToken"_s, Token });
    result.error.additionalErrorData.append({ u"detail"_s, words });
    result.responseHeaders = { { "Set-Cookie", "session=" + Token.toUtf8() }, { "X-Echo", words.toUtf8() },
        { "Authorization", "Bearer " + Token.toUtf8() }, { "x-vol-user-claims", Jwt.toUtf8() } };
    result.replyFrom = AuthTicketResult::ReplyFrom::AuthTicket;
    // The recorded request holds no secret (the client redacts them as it records): the words without canaries.
    const QString sentWords = QString(words).replace(Jwt, u"$J"_s).replace(Token, u"T"_s);
    SentRequest& sent = result.request;
    sent.operation = KiboError::customerLoginOperation();
    sent.verb = "POST";
    sent.url = QUrl(u"https://t1.example/api/commerce/customer/authtickets"_s);
    sent.headers = { { "Authorization", SecretPolicy::describe(u"app token"_s, Token).toUtf8() },
        { "x-vol-tenant", sentWords.toUtf8() } };
    sent.body = QJsonObject { { u"username"_s, sentWords }, { u"password"_s, SecretPolicy::hidden(u"password"_s) } };
    sent.hasBody = true;

    const KiboProfile profile = KiboProfile::demo(QUrl(u"http://127.0.0.1:1"_s));
    for (const bool personal : { false, true }) {
        SupportBundle::Options options;
        options.includePersonalData = personal;
        const QJsonObject bundle = SupportBundle::toJson(result, profile, Now, options);
        const QString markdown = SupportBundle::toMarkdown(result, profile, Now, options);
        for (const QString& canary : { Jwt, Token }) {
            checkNoCanary(json(bundle), canary, "the support bundle");
            checkNoCanary(markdown, canary, "the support bundle's Markdown");
        }
    }
    const QString report = json(TicketReport::toJson(result, false)) + TicketReport::toText(result, false, Now);
    const QString curl = CurlExport::command(sent, CurlExport::Layout::MultiLine);
    for (const QString& canary : { Jwt, Token }) {
        checkNoCanary(report, canary, "the CLI's report");
        checkNoCanary(curl, canary, "copy as curl");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray bytes = KtiFuzz::bytes(data + 1, size - 1).toByteArray();
    const QString text = QString::fromUtf8(bytes);
    switch (data[0] % 3) {
    case 0:
        freeText(text, data[0] / 3);
        break;
    case 1:
        jsonReply(bytes);
        break;
    default:
        attempt(bytes);
        break;
    }

    // A shell word cannot hold a NUL (and no header or JSON-escaped body carries one).
    if (text.contains(QChar(0))) {
        return 0;
    }
    const QString quoted = CurlExport::shellQuote(text);
    const std::optional<QString> read = readShellWord(quoted);
    if (!read || *read != text) {
        std::fprintf(stderr, "shellQuote gave %s\n", qPrintable(quoted));
        KTI_FUZZ_CHECK(read && *read == text);
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
