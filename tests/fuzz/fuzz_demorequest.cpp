// libFuzzer target: the demo tenant's request handling (DemoService, which the demo's HTTP server hands every
// request it parsed), over a conversation of up to eight requests with one fresh tenant. Requests are separated by a
// line "--"; each is "METHOD target", header lines "name: value", an empty line and the body. The first byte's low
// bit says whether the conversation starts at the home host or at the tenant's pod; a request line that starts with
// "@" switches to the other origin. Placeholders let a conversation get deep: $APP becomes the last app token the
// tenant issued, $REFRESH the last refresh token, $USER the last user id, $ANON the last anonymous access token.
//
// Invariants: every reply has a status from 200 to 499 (the demo has no server errors, whatever it is sent), one
// x-vol-correlation of 32 hex digits and a Date; a body has a content type and a JSON body parses.
#include "clock.h"
#include "demo/demoservice.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Conversation
{
    QHash<QByteArray, QByteArray> values; // placeholder -> value
};

DemoRequest parseRequest(const QByteArray& text, const Conversation& conversation)
{
    QByteArray filled = text;
    for (auto it = conversation.values.constBegin(); it != conversation.values.constEnd(); ++it) {
        filled.replace(it.key(), it.value());
    }
    DemoRequest request;
    const qsizetype headEnd = filled.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? filled : filled.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : filled.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0).toUpper();
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    return request;
}

// Keeps what a later request may refer to.
void remember(const DemoReply& reply, Conversation& conversation)
{
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    const auto keep = [&](const QString& key, const QByteArray& placeholder) {
        const QString value = object.value(key).toString();
        if (!value.isEmpty()) {
            conversation.values.insert(placeholder, value.toUtf8());
        }
    };
    keep(u"access_token"_s, "$APP");
    keep(u"refreshToken"_s, "$REFRESH");
    keep(u"userId"_s, "$USER");
    if (object.value(u"customerAccount"_s).isNull() || !object.contains(u"customerAccount"_s)) {
        keep(u"accessToken"_s, "$ANON");
    }
}

void checkReply(const DemoReply& reply)
{
    if (reply.status < 200 || reply.status >= 500) {
        std::fprintf(stderr, "the demo answered %d: %s\n", reply.status, reply.body.left(500).constData());
        KTI_FUZZ_CHECK(reply.status >= 200 && reply.status < 500);
    }
    int correlations = 0;
    bool date = false;
    static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
    for (const auto& [name, value] : reply.headers) {
        if (name.compare("x-vol-correlation", Qt::CaseInsensitive) == 0) {
            ++correlations;
            KTI_FUZZ_CHECK(hex32.match(QString::fromLatin1(value)).hasMatch());
        }
        date = date || name.compare("date", Qt::CaseInsensitive) == 0;
    }
    KTI_FUZZ_CHECK(correlations == 1);
    KTI_FUZZ_CHECK(date);
    KTI_FUZZ_CHECK(reply.body.isEmpty() || !reply.contentType.isEmpty());
    if (reply.contentType.contains("json") && !reply.body.isEmpty()) {
        QJsonParseError error {};
        QJsonDocument::fromJson(reply.body, &error);
        KTI_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC));
    DemoService service;
    service.setClock(&clock);
    service.setTenantDomain(u"127.0.0.1:1"_s);
    service.setRotateRefreshTokens(data[0] & 2);
    DemoService::Origin origin = (data[0] & 1) ? DemoService::Origin::Pod : DemoService::Origin::Home;

    Conversation conversation;
    QList<QByteArray> parts;
    QByteArray current;
    for (const QByteArray& line : KtiFuzz::bytes(data + 1, size - 1).toByteArray().split('\n')) {
        if (line == "--") {
            parts.append(current);
            current.clear();
        } else {
            current += line + '\n';
        }
    }
    parts.append(current);
    for (qsizetype i = 0; i < parts.size() && i < 8; ++i) {
        QByteArray text = parts.at(i);
        if (text.startsWith('@')) {
            origin = origin == DemoService::Origin::Home ? DemoService::Origin::Pod : DemoService::Origin::Home;
            text.remove(0, 1);
        }
        if (text.endsWith('\n')) {
            text.chop(1);
        }
        const DemoReply reply = service.handle(parseRequest(text, conversation), origin);
        checkReply(reply);
        remember(reply, conversation);
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
