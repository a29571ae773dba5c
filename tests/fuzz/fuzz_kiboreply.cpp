// libFuzzer target: one of Kibo's replies as raw HTTP/1.1 bytes from a loopback server, through the real client:
// HttpTransport and HttpReply (status line, headers, Content-Length, chunked, gzip), KiboCall's checks, and then
// the OAuth reply (AppAuthenticator), the tenant lookup (KiboTenant) or the customer auth-ticket reply
// (CustomerAuthTicket, 2FA, refusals, responseFields partials), as KTI_FUZZ_REPLY chooses; the other calls of the
// attempt get valid replies. The first input byte chooses the operation (login, refresh, 2FA, OTP, …). Then what
// people see of the result: the CLI's report, the support bundle and "copy as curl".
//
// Invariants: one answer per attempt; a ticket, a 2FA challenge or an error where a ticket is expected; an error
// always has our own words; no secret the client sent (password, client secret, refresh token, one-time code, user
// claims), as sent, percent-encoded or JSON-escaped, anywhere a person or a log could see it.
#include "cli/ticketreport.h"
#include "clock.h"
#include "fuzzsupport.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "services/services.h"
#include "share/curlexport.h"
#include "share/supportbundle.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

#ifndef KTI_FUZZ_REPLY
#error "KTI_FUZZ_REPLY names the fuzzed reply: 0 the OAuth reply, 1 the tenant lookup, 2 the auth ticket"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Fuzzed
{
    OAuth = 0,
    Tenant = 1,
    Ticket = 2,
};
constexpr Fuzzed fuzzed = Fuzzed(KTI_FUZZ_REPLY);

// What the client sends and must never show back. Long enough that no reply holds one by chance.
const QString ClientSecret = u"CanaryClientSecret5e1d"_s;
const QString Password = u"Canary-Pa55word-9b2c"_s;
const QString RefreshToken = u"feedface0123canary4567refresh89ab"_s;
const QString OtpCode = u"CanaryCode8841"_s;
const QString AppToken = u"app-token-canned-c4n4ry"_s; // what the valid OAuth reply gives
const QString UserClaims = u"eyJhbGciOiJub25lIn0.eyJjYW5hcnkiOiJjbGFpbXMifQ.c2lnbmF0dXJlY2FuYXJ5"_s;

QByteArray httpReply(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Answers each request on its own connection: the fuzzed bytes for the fuzzed call, a valid reply for the others,
// then closes, so a reply without an end ends with the connection.
class ReplyServer final : public QTcpServer
{
public:
    QByteArray fuzzedReply;
    QByteArray tenantDomain;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
    }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        const QByteArray target = buffer.left(buffer.indexOf('\n')).split(' ').value(1);
        m_buffers.remove(socket);
        socket->write(replyFor(target));
        socket->disconnectFromHost();
    }

    QByteArray replyFor(const QByteArray& target) const
    {
        if (target.contains("/authtickets/oauth")) {
            return fuzzed == Fuzzed::OAuth
                ? fuzzedReply
                : httpReply(R"({"access_token":"app-token-canned-c4n4ry","token_type":"Bearer","expires_in":3600})");
        }
        if (target.contains("/platform/tenants/")) {
            return fuzzed == Fuzzed::Tenant ? fuzzedReply
                                            : httpReply(R"({"id":100001,"name":"Fuzz","domain":")" + tenantDomain
                                                + R"(","sites":[{"id":100002,"name":"Main"}]})");
        }
        return fuzzed == Fuzzed::Ticket
            ? fuzzedReply
            : httpReply(R"({"accessToken":"b3BhcXVl","accessTokenExpiration":"2026-11-29T03:15:00.123Z",)"
                        R"("refreshToken":"0123456789abcdef0123456789abcdef",)"
                        R"("refreshTokenExpiration":"2026-11-30T03:00:00Z","jwtAccessToken":"e30.e30.sig",)"
                        R"("userId":"aaaabbbbccccddddeeeeffff00001111","customerAccount":{"id":1001}})");
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
};

struct Rig
{
    ReplyServer server;
    QNetworkAccessManager* manager = nullptr;
    ManualClock clock { QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC) };
    KiboProfile profile;
};

Rig* g_rig = nullptr;
QByteArray g_log; // what the program logged during one input

void collectLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log += message.toUtf8() + '\n';
}

// The forms a server could echo a secret in: as sent, percent-encoded, JSON-escaped ("/" as "\\/").
void checkNoSecret(const QByteArray& text, const QString& secret, const char* where)
{
    const QByteArray plain = secret.toUtf8();
    for (const QByteArray& form : { plain, QUrl::toPercentEncoding(secret), QByteArray(plain).replace("/", "\\/") }) {
        if (text.contains(form)) {
            std::fprintf(stderr, "%s shows the secret %s\n", where, plain.constData());
            KTI_FUZZ_CHECK(!text.contains(form));
        }
    }
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

enum class Operation
{
    Login,
    LoginWithFields,
    Refresh,
    RefreshWithFields,
    Anonymous,
    Finish2FA,
    OtpLogin,
    Resend2FA,
    RequestOtp,
    LookupTenant,
    Count
};

void start(AuthTicketClient& client, Operation operation)
{
    CustomerLoginRequest login;
    login.username = u"ada.lovelace@example.com"_s;
    login.password = Password;
    switch (operation) {
    case Operation::Login:
        client.login(login);
        break;
    case Operation::LoginWithFields:
        login.accountId = 1001;
        login.responseFields = u"accessToken,refreshToken,customerAccount(id,emailAddress)"_s;
        login.anonymousAccessToken = UserClaims;
        client.login(login);
        break;
    case Operation::Refresh:
        client.refresh(RefreshToken);
        break;
    case Operation::RefreshWithFields:
        client.refresh(RefreshToken, 1001, u"jwtAccessToken,accessTokenExpiration"_s);
        break;
    case Operation::Anonymous:
        client.anonymous();
        break;
    case Operation::Finish2FA:
        client.finish2FA(u"aaaabbbbccccddddeeeeffff00001111"_s, OtpCode);
        break;
    case Operation::OtpLogin:
        client.loginWithOtp(u"ada.lovelace@example.com"_s, OtpCode, u"fp"_s, u"us"_s, {}, UserClaims);
        break;
    case Operation::Resend2FA:
        client.resend2FACode(u"aaaabbbbccccddddeeeeffff00001111"_s);
        break;
    case Operation::RequestOtp:
        client.requestOtp(u"ada.lovelace@example.com"_s);
        break;
    case Operation::LookupTenant:
    case Operation::Count:
        client.lookupTenant();
        break;
    }
}

// The secrets the fuzzed call sends, which its reply may not bring back to where people or logs see them: the
// client secret (the OAuth call), the app token (the lookup and the tenant call), a password or a code (the tenant
// call). A reply can only echo what its own call sent.
QStringList neverShown(Operation operation)
{
    if (fuzzed == Fuzzed::OAuth) {
        return { ClientSecret };
    }
    QStringList secrets { AppToken };
    if (fuzzed == Fuzzed::Tenant) {
        return secrets;
    }
    switch (operation) {
    case Operation::Login:
    case Operation::LoginWithFields:
        secrets << Password;
        break;
    case Operation::Finish2FA:
    case Operation::OtpLogin:
        secrets << OtpCode;
        break;
    default:
        break;
    }
    return secrets;
}

// The refresh token or user claims a tenant call sends: a successful ticket may hold them where they belong (Kibo
// keeps the refresh token), a failure never.
QStringList shownOnlyInTickets(Operation operation)
{
    if (fuzzed != Fuzzed::Ticket) {
        return {};
    }
    switch (operation) {
    case Operation::Refresh:
    case Operation::RefreshWithFields:
        return { RefreshToken };
    case Operation::LoginWithFields:
    case Operation::OtpLogin:
        return { UserClaims };
    default:
        return {};
    }
}

bool expectsTicket(Operation operation)
{
    return operation != Operation::Resend2FA && operation != Operation::RequestOtp
        && operation != Operation::LookupTenant;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const auto operation = Operation(data[0] % int(Operation::Count));
    // "FUZZPOD" stands for the loopback server, so a tenant lookup can name it as the tenant's domain.
    g_rig->server.fuzzedReply
        = KtiFuzz::bytes(data + 1, size - 1).toByteArray().replace("FUZZPOD", g_rig->server.tenantDomain);
    g_log.clear();

    AuthTicketClient::clearTenantCache();
    auto client = std::make_unique<AuthTicketClient>(g_rig->manager, nullptr);
    client->setClock(&g_rig->clock);
    client->setDeadlines(2000, 4000);
    client->setProfile(g_rig->profile, ClientSecret);

    int answers = 0;
    AuthTicketResult result;
    QEventLoop loop;
    QObject::connect(client.get(), &AuthTicketClient::finished, &loop, [&](const AuthTicketResult& answer) {
        ++answers;
        result = answer;
        loop.quit();
    });
    start(*client, operation);
    if (answers == 0) {
        loop.exec();
    }
    QCoreApplication::processEvents();
    KTI_FUZZ_CHECK(answers == 1);
    KTI_FUZZ_CHECK(!client->isBusy());

    const bool failed = result.error.isError();
    if (failed) {
        KTI_FUZZ_CHECK(!result.ticket && !result.requires2FA);
        KTI_FUZZ_CHECK(!TicketReport::errorMessage(result).isEmpty());
        KTI_FUZZ_CHECK(result.error.cliExitCode() != 0);
    } else if (expectsTicket(operation)) {
        KTI_FUZZ_CHECK(result.ticket.has_value() != result.requires2FA);
        KTI_FUZZ_CHECK(!result.requires2FA || !result.pendingUserId.isEmpty());
    } else {
        KTI_FUZZ_CHECK(!result.ticket);
    }
    if (operation == Operation::LookupTenant && !failed) {
        KTI_FUZZ_CHECK(result.tenant.has_value());
    }

    // Everything a person or a log sees of the attempt.
    const QDateTime now = g_rig->clock.now();
    QByteArray shown = json(TicketReport::toJson(result, false)) + '\n'
        + TicketReport::toText(result, false, now).toUtf8() + '\n' + json(TicketReport::errorDetails(result, false))
        + '\n' + json(result.error.toJson()) + '\n' + json(SupportBundle::toJson(result, g_rig->profile, now)) + '\n'
        + SupportBundle::toMarkdown(result, g_rig->profile, now).toUtf8() + '\n'
        + CurlExport::command(result.request, CurlExport::Layout::MultiLine).toUtf8() + '\n' + g_log;
    for (const QString& text : { result.error.message, result.error.errorCode, result.error.applicationName,
             result.error.exceptionType, result.error.detail, result.error.explanation }) {
        shown += text.toUtf8() + '\n';
    }
    for (const auto& [name, value] : std::as_const(result.error.additionalErrorData)) {
        shown += name.toUtf8() + ' ' + value.toUtf8() + '\n';
    }
    for (const QString& secret : neverShown(operation)) {
        checkNoSecret(shown, secret, "a report");
    }
    // The Raw tab: the reply and its headers as received, never holding what the client itself sent.
    QByteArray raw = result.rawBody + '\n' + json(result.rawJson) + '\n';
    for (const auto& [name, value] : std::as_const(result.responseHeaders)) {
        raw += name + ": " + value + '\n';
    }
    for (const QString& secret : neverShown(operation)) {
        checkNoSecret(raw, secret, "the raw reply");
    }
    // A refusal never repeats the refresh token or the user claims it was sent.
    if (failed) {
        for (const QString& secret : shownOnlyInTickets(operation)) {
            checkNoSecret(shown, secret, "a failure's report");
            checkNoSecret(raw, secret, "a failure's raw reply");
        }
    }

    client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    qInstallMessageHandler(collectLog);
    g_rig = new Rig;
    KTI_FUZZ_CHECK(g_rig->server.listen(QHostAddress::LocalHost));
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(g_rig->server.serverPort()));
    g_rig->server.tenantDomain = base.authority().toLatin1();
    g_rig->profile = KiboProfile::demo(base);
    g_rig->manager = Services::instance().newNetworkManager(nullptr);
    return 0;
}
