// Every command's failures have one shape (docs/architecture.md, "The CLI's failures"): with --json exactly one
// JSON object on standard output with an error object (a documented code, a message in words, what applies of
// status, errorCode, correlationId, diagnosis); without --json the words on standard error and nothing on
// standard output. One row per command and failure, run against the real executable: the demo tenant in this
// process, fault servers on loopback for broken replies, the real keychain (and none, for exit 5).
#include "demo/demotenant.h"
#include "helpers/cliprocess.h"
#include "helpers/faultserver.h"
#include "kibo/kiboprofile.h"
#include "vault/profilestore.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray DemoPassword = "Demo-pass-1";
const QByteArray DemoSecret = "demo-shared-secret";
const QByteArray FaultSecret = "fault-client-secret";
const QByteArray FaultAppToken = "fault-app-token-4b1d";
const QByteArray RefreshToken = "rt-not-a-real-token-5e3c";
const QByteArray RightKey = "right-secret-for-hs256-of-32-bytes!";
const QByteArray WrongKey = "wrong-secret-for-hs256-of-32-bytes";
// Nothing that was a secret on the way in may come out, in either output.
const QList<QByteArray> Secrets { DemoPassword, DemoSecret, FaultSecret, FaultAppToken, RefreshToken, RightKey,
    WrongKey };

QByteArray b64(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hs256(const QByteArray& header, const QByteArray& payload, const QByteArray& key)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return input + '.' + b64(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256));
}

// Where a row runs: fault servers and the closed port are known only once initTestCase has them.
enum class Env
{
    Keychain, // the real keychain of scripts/with-keyring
    NoKeychain, // a session bus address that leads nowhere
    ClosedProxy, // network settings: an explicit proxy on a port nothing listens on
    ShortTimeout, // network settings: a transfer timeout of one second
    ProfileWithoutSecret, // a saved profile "No secret" whose client secret the keychain does not hold
};

struct Row
{
    Row(QString name_, QStringList arguments_, QByteArray input_, int exitCode_, QString code_,
        QStringList fields_ = {}, Env env_ = Env::Keychain, bool json_ = true, bool resultOnStdout_ = false,
        QStringList alongside_ = {})
        : name(std::move(name_))
        , arguments(std::move(arguments_))
        , input(std::move(input_))
        , exitCode(exitCode_)
        , code(std::move(code_))
        , fields(std::move(fields_))
        , env(env_)
        , json(json_)
        , resultOnStdout(resultOnStdout_)
        , alongside(std::move(alongside_))
    { }

    QString name;
    QStringList arguments; // {demo}, {tls}, {closed}, {close}, {html}, {refuse}, {throttle}, {gateway}, {redirect},
                           // {stall}, {huge}, {forbid}, {dir}, {busy} are filled in
    QByteArray input;
    int exitCode = 0;
    QString code;
    QStringList fields; // members the error object must have beside code and message
    Env env = Env::Keychain;
    bool json = true; // the command takes --json
    bool resultOnStdout = false; // diff's differences: its answer, on standard output as with diff(1)
    QStringList alongside; // top-level members beside error (decode's partial jwt)
};

QStringList explicitTarget(const QString& server)
{
    return { u"--auth-host"_s, server, u"--api-host"_s, server, u"--tenant"_s, u"1"_s, u"--client-id"_s, u"fault.app"_s,
        u"--client-secret-stdin"_s };
}

QList<Row> rows()
{
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray token = hs256(header, R"({"sub":"ada","exp":1900000000})", RightKey);
    const QStringList ada { u"--username"_s, u"ada.lovelace@example.com"_s, u"--password-stdin"_s };
    const QStringList kiboFields { u"status"_s, u"errorCode"_s, u"correlationId"_s, u"diagnosis"_s,
        u"serverMessage"_s };
    const QStringList callFields { u"diagnosis"_s, u"kind"_s, u"operation"_s, u"host"_s };
    const QByteArray fault = FaultSecret + '\n';
    QList<Row> table;

    // decode: 2 and 4, and the ~30 ways a text is not a token all end in one shape.
    table << Row(u"decode two tokens"_s, { u"decode"_s, u"a"_s, u"b"_s }, {}, 2, u"usage"_s);
    table << Row(u"decode unknown option"_s, { u"decode"_s, u"--bogus"_s }, {}, 2, u"usage"_s);
    const QList<std::pair<QString, QByteArray>> notTokens {
        { u"empty"_s, "" },
        { u"one segment with a dot"_s, b64(header) + '.' },
        { u"bad base64url"_s, "e!!.e30.c2ln" },
        { u"header not JSON"_s, b64("{alg") + ".e30.c2ln" },
        { u"header not an object"_s, b64("[1]") + ".e30.c2ln" },
        { u"invalid UTF-8"_s, b64("{\"alg\":\"\xff\xfe\"}") + ".e30.c2ln" },
        { u"1e400 exponent"_s, b64(header) + '.' + b64(R"({"exp":1e400})") + ".c2ln" },
        { u"payload not JSON"_s, b64(header) + '.' + b64("{\"sub\":") + ".c2ln" },
        { u"four segments"_s, "a.b.c.d" },
    };
    for (const auto& [name, text] : notTokens) {
        table << Row(u"decode "_s + name, { u"decode"_s, u"-"_s }, text + '\n', 4, u"not-a-token"_s, { u"reason"_s },
            Env::Keychain, true, false, { u"jwt"_s });
    }
    table << Row(u"decode one segment"_s, { u"decode"_s, u"-"_s }, b64(header) + '\n', 4, u"opaque-token"_s, {},
        Env::Keychain, true, false, { u"jwt"_s });
    table << Row(u"decode opaque"_s, { u"decode"_s, u"-"_s }, "c2e7d1f0a9b84c55\n", 4, u"opaque-token"_s, {},
        Env::Keychain, true, false, { u"jwt"_s });

    // verify: 1, 2, 3, 4.
    table << Row(u"verify no key"_s, { u"verify"_s, u"-"_s }, {}, 2, u"usage"_s);
    table << Row(u"verify wrong secret"_s, { u"verify"_s, u"--secret-stdin"_s }, WrongKey + '\n' + token + '\n', 1,
        u"signature-invalid"_s, {}, Env::Keychain, true, false, { u"verified"_s, u"jwt"_s });
    table << Row(u"verify alg none"_s, { u"verify"_s, u"--secret-stdin"_s },
        WrongKey + '\n' + b64(R"({"alg":"none"})") + '.' + b64(R"({"sub":"x"})") + ".\n", 1, u"verification-refused"_s,
        {}, Env::Keychain, true, false, { u"verified"_s });
    table << Row(u"verify jwks unreachable"_s, { u"verify"_s, u"--jwks"_s, u"{closed}/jwks.json"_s, u"-"_s },
        token + '\n', 3, u"jwks-unavailable"_s);
    table << Row(u"verify missing key file"_s, { u"verify"_s, u"--key"_s, u"{dir}/missing.pem"_s, u"-"_s },
        token + '\n', 4, u"no-usable-key"_s);
    const QByteArray keyed = hs256(R"({"alg":"HS256","kid":"this-one"})", R"({"sub":"ada"})", RightKey);
    table << Row(u"verify no key with the kid"_s, { u"verify"_s, u"--jwks"_s, u"{dir}/other.jwks"_s, u"-"_s },
        keyed + '\n', 4, u"no-matching-key"_s);
    table << Row(u"verify opaque token"_s, { u"verify"_s, u"--secret-stdin"_s }, WrongKey + "\nc2e7d1f0a9b84c55\n", 4,
        u"not-verifiable"_s);

    // diff: 1, 2, 4.
    table << Row(u"diff one input"_s, { u"diff"_s, u"{dir}/a.jwt"_s }, {}, 2, u"usage"_s);
    table << Row(u"diff missing file"_s, { u"diff"_s, u"{dir}/a.jwt"_s, u"{dir}/missing.jwt"_s }, {}, 4,
        u"input-not-understood"_s);
    table << Row(u"diff differences"_s, { u"diff"_s, u"{dir}/a.jwt"_s, u"{dir}/b.jwt"_s }, {}, 1, u"differences"_s, {},
        Env::Keychain, true, true, { u"differences"_s });

    // login: 1, 2, 3, 4, 5.
    table << Row(u"login no username"_s, { u"login"_s, u"--demo"_s }, {}, 2, u"usage"_s);
    table << Row(
        u"login password as argument"_s, { u"login"_s, u"--demo"_s, u"--password"_s, u"x"_s }, {}, 2, u"usage"_s);
    table << Row(
        u"login no password on stdin"_s, QStringList { u"login"_s, u"--demo"_s } + ada, {}, 2, u"input-unreadable"_s);
    table << Row(u"login unknown profile"_s, QStringList { u"login"_s, u"--profile"_s, u"Nowhere"_s } + ada,
        DemoPassword + '\n', 2, u"usage"_s);
    table << Row(u"login locked"_s,
        { u"login"_s, u"--demo"_s, u"--username"_s, u"locked@example.com"_s, u"--password-stdin"_s, u"--no-store"_s },
        DemoPassword + '\n', 1, u"kibo-refused"_s, kiboFields + callFields);
    table << Row(u"login wrong password"_s, QStringList { u"login"_s, u"--demo"_s, u"--no-store"_s } + ada,
        "not-the-password\n", 1, u"kibo-refused"_s, kiboFields);
    table << Row(u"login 2FA unanswered"_s,
        { u"login"_s, u"--demo"_s, u"--username"_s, u"mfa@example.com"_s, u"--password-stdin"_s, u"--no-store"_s },
        DemoPassword + '\n', 1, u"two-factor-required"_s, {}, Env::Keychain, true, false, { u"requires2FA"_s });
    table << Row(u"login Kibo refusal from a server"_s,
        QStringList { u"login"_s } + explicitTarget(u"{refuse}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 1, u"kibo-refused"_s, kiboFields);
    table << Row(u"login connection refused"_s,
        QStringList { u"login"_s, u"--demo-server"_s, u"{closed}"_s, u"--no-store"_s } + ada, DemoPassword + '\n', 3,
        u"connection-refused"_s, callFields);
    table << Row(u"login connection closed"_s,
        QStringList { u"login"_s } + explicitTarget(u"{close}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 3, u"network"_s, callFields + QStringList { u"reason"_s });
    table << Row(u"login HTML reply"_s,
        QStringList { u"login"_s } + explicitTarget(u"{html}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 4, u"not-kibo"_s, callFields);
    table << Row(u"login throttled"_s,
        QStringList { u"login"_s } + explicitTarget(u"{throttle}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 1, u"throttled"_s, { u"status"_s, u"diagnosis"_s, u"retryAfterSeconds"_s });
    table << Row(u"login gateway error"_s,
        QStringList { u"login"_s } + explicitTarget(u"{gateway}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 4, u"http-error"_s, { u"status"_s, u"diagnosis"_s });
    table << Row(u"login redirected"_s,
        QStringList { u"login"_s } + explicitTarget(u"{redirect}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 3, u"redirect"_s, callFields);
    table << Row(u"login untrusted certificate"_s,
        QStringList { u"login"_s, u"--demo-server"_s, u"{tls}"_s, u"--no-store"_s } + ada, DemoPassword + '\n', 3,
        u"tls"_s, callFields + QStringList { u"tlsDetails"_s });
    table << Row(u"login proxy refused"_s,
        QStringList { u"login"_s, u"--demo-server"_s, u"{demo}"_s, u"--no-store"_s } + ada, DemoPassword + '\n', 3,
        u"proxy"_s, callFields, Env::ClosedProxy);
    table << Row(u"login no answer in time"_s,
        QStringList { u"login"_s } + explicitTarget(u"{stall}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 3, u"network-timeout"_s, callFields, Env::ShortTimeout);
    table << Row(u"login reply too large"_s,
        QStringList { u"login"_s } + explicitTarget(u"{huge}"_s) + ada + QStringList { u"--no-store"_s },
        fault + DemoPassword + '\n', 4, u"too-large"_s, callFields);
    table << Row(u"login tenant forbidden"_s,
        QStringList { u"login"_s, u"--auth-host"_s, u"{forbid}"_s, u"--tenant"_s, u"424242"_s, u"--client-id"_s,
            u"fault.app"_s, u"--client-secret-stdin"_s, u"--no-store"_s }
            + ada,
        fault + DemoPassword + '\n', 1, u"tenant-forbidden"_s, { u"status"_s, u"diagnosis"_s });
    table << Row(u"login site unknown"_s,
        QStringList { u"login"_s, u"--auth-host"_s, u"{demo}"_s, u"--tenant"_s, u"100001"_s, u"--site"_s, u"99"_s,
            u"--client-id"_s, u"KiboTokenInspector.demo.1.0.0.Release"_s, u"--client-secret-stdin"_s, u"--no-store"_s }
            + ada,
        DemoSecret + '\n' + DemoPassword + '\n', 1, u"site-unknown"_s, { u"diagnosis"_s });
    table << Row(u"login profile without secret"_s,
        QStringList { u"login"_s, u"--profile"_s, u"No secret"_s, u"--no-store"_s } + ada, DemoPassword + '\n', 2,
        u"no-client-secret"_s, {}, Env::ProfileWithoutSecret);
    table << Row(u"login without keychain"_s, QStringList { u"login"_s, u"--demo"_s } + ada, DemoPassword + '\n', 5,
        u"keychain-no-session-bus"_s, {}, Env::NoKeychain, true, false, { u"ticket"_s });

    // refresh: 1, 2, 3, 4, 5.
    const QStringList fromStdin { u"--refresh-token-stdin"_s, u"--no-store"_s };
    table << Row(u"refresh no source"_s, { u"refresh"_s, u"--demo"_s }, {}, 2, u"usage"_s);
    table << Row(u"refresh nothing stored"_s,
        { u"refresh"_s, u"--demo"_s, u"--username"_s, u"nobody.stored@example.com"_s }, {}, 2, u"no-stored-token"_s);
    table << Row(u"refresh unknown token"_s, QStringList { u"refresh"_s, u"--demo"_s } + fromStdin, RefreshToken + '\n',
        1, u"kibo-refused"_s, kiboFields);
    table << Row(u"refresh connection closed"_s,
        QStringList { u"refresh"_s } + explicitTarget(u"{close}"_s) + fromStdin, fault + RefreshToken + '\n', 3,
        u"network"_s, callFields);
    table << Row(u"refresh HTML reply"_s, QStringList { u"refresh"_s } + explicitTarget(u"{html}"_s) + fromStdin,
        fault + RefreshToken + '\n', 4, u"not-kibo"_s, callFields);
    table << Row(u"refresh without keychain"_s,
        { u"refresh"_s, u"--demo"_s, u"--username"_s, u"ada.lovelace@example.com"_s }, {}, 5,
        u"keychain-no-session-bus"_s, {}, Env::NoKeychain);

    // anonymous: 1, 2, 3, 4.
    table << Row(u"anonymous positional"_s, { u"anonymous"_s, u"--demo"_s, u"extra"_s }, {}, 2, u"usage"_s);
    table << Row(u"anonymous refused"_s, QStringList { u"anonymous"_s } + explicitTarget(u"{refuse}"_s), fault, 1,
        u"kibo-refused"_s, kiboFields);
    table << Row(u"anonymous connection refused"_s, { u"anonymous"_s, u"--demo-server"_s, u"{closed}"_s }, {}, 3,
        u"connection-refused"_s, callFields);
    table << Row(u"anonymous HTML reply"_s, QStringList { u"anonymous"_s } + explicitTarget(u"{html}"_s), fault, 4,
        u"not-kibo"_s, callFields);

    // tenant: 1, 2, 3, 4.
    const QStringList lookup { u"--client-id"_s, u"fault.app"_s, u"--client-secret-stdin"_s, u"--tenant"_s,
        u"424242"_s };
    table << Row(u"tenant no target"_s, { u"tenant"_s }, {}, 2, u"usage"_s);
    table << Row(
        u"tenant with API host"_s, QStringList { u"tenant"_s } + explicitTarget(u"{html}"_s), fault, 2, u"usage"_s);
    table << Row(u"tenant unknown"_s,
        { u"tenant"_s, u"--auth-host"_s, u"{demo}"_s, u"--tenant"_s, u"424242"_s, u"--client-id"_s,
            u"KiboTokenInspector.demo.1.0.0.Release"_s, u"--client-secret-stdin"_s },
        DemoSecret + '\n', 1, u"tenant-unknown"_s, { u"status"_s, u"diagnosis"_s, u"serverMessage"_s });
    table << Row(u"tenant connection refused"_s, { u"tenant"_s, u"--demo-server"_s, u"{closed}"_s }, {}, 3,
        u"connection-refused"_s, callFields);
    table << Row(u"tenant no domain"_s, QStringList { u"tenant"_s, u"--auth-host"_s, u"{html}"_s } + lookup, fault, 4,
        u"no-domain"_s, { u"diagnosis"_s });

    // profile: 2, 4, 5.
    table << Row(u"profile no action"_s, { u"profile"_s }, {}, 2, u"usage"_s);
    table << Row(u"profile import missing file"_s, { u"profile"_s, u"import"_s, u"{dir}/missing.json"_s }, {}, 2,
        u"file-error"_s);
    table << Row(u"profile import not an export"_s, { u"profile"_s, u"import"_s, u"{dir}/a.jwt"_s }, {}, 4,
        u"not-a-profile-export"_s);
    table << Row(u"profile add without keychain"_s,
        { u"profile"_s, u"add"_s, u"No keychain"_s, u"--auth-host"_s, u"{demo}"_s, u"--tenant"_s, u"100001"_s,
            u"--client-id"_s, u"fault.app"_s, u"--client-secret-stdin"_s },
        fault, 5, u"keychain-no-session-bus"_s, {}, Env::NoKeychain);

    // demo-server (no --json): 2, 3.
    table << Row(u"demo-server bad port"_s, { u"demo-server"_s, u"--port"_s, u"99999"_s }, {}, 2, u"usage"_s, {},
        Env::Keychain, false);
    table << Row(u"demo-server port taken"_s, { u"demo-server"_s, u"--port"_s, u"{busy}"_s }, {}, 3,
        u"demo-unavailable"_s, {}, Env::Keychain, false);

    // A word that is no command.
    table << Row(u"unknown command"_s, { u"lgoin"_s, u"--demo"_s }, {}, 2, u"unknown-command"_s, { u"suggestion"_s });
    return table;
}

// What the commands' exits are (docs/architecture.md and each command's --help): the table must cover each.
const QMap<QString, QList<int>> ExitCodes {
    { u"decode"_s, { 2, 4 } },
    { u"verify"_s, { 1, 2, 3, 4 } },
    { u"diff"_s, { 1, 2, 4 } },
    { u"login"_s, { 1, 2, 3, 4, 5 } },
    { u"refresh"_s, { 1, 2, 3, 4, 5 } },
    { u"anonymous"_s, { 1, 2, 3, 4 } },
    { u"tenant"_s, { 1, 2, 3, 4 } },
    { u"profile"_s, { 2, 4, 5 } },
    { u"demo-server"_s, { 2, 3 } },
};

} // namespace

Q_DECLARE_METATYPE(Env)

class TestCliErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentedCodes();
    void everyCommandAndExitCodeIsCovered();
    void failureShape_data();
    void failureShape();

private:
    QStringList filledIn(const QStringList& arguments) const;
    QProcessEnvironment environment(Env env) const;

    QTemporaryDir m_dir;
    DemoTenant m_tenant;
    FaultServer m_close;
    FaultServer m_html;
    FaultServer m_refuse;
    FaultServer m_throttle;
    FaultServer m_gateway;
    FaultServer m_redirect;
    FaultServer m_stall;
    FaultServer m_huge;
    FaultServer m_forbid;
    DemoTenant m_tlsTenant;
    QTcpServer m_busy;
    QString m_closed;
    QMap<QString, int> m_documented; // code → exit code, from docs/architecture.md
};

void TestCliErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_tenant.listen(), qPrintable(m_tenant.errorString()));

    const FaultServer::Reply appToken = FaultServer::json(
        200, R"({"access_token":")" + FaultAppToken + R"(","token_type":"bearer","expires_in":3600})");
    const QByteArray oauth = "/api/platform/applications/authtickets/oauth";
    const QByteArray customer = "/api/commerce/customer/authtickets";
    for (FaultServer* server :
        { &m_close, &m_html, &m_refuse, &m_throttle, &m_gateway, &m_redirect, &m_stall, &m_huge, &m_forbid }) {
        QVERIFY(server->listenLocal());
        server->script(oauth, { appToken });
    }
    m_close.script(customer, { FaultServer::fault(FaultServer::Fault::CloseWithoutReply) });
    m_close.script("/api/platform/tenants", { FaultServer::fault(FaultServer::Fault::CloseWithoutReply) });
    FaultServer::Reply html;
    html.status = 200;
    html.headers.emplaceBack("Content-Type", "text/html");
    html.body = "<html><body>Sign in to the portal</body></html>";
    m_html.script(customer, { html });
    m_html.script("/api/platform/tenants", { FaultServer::json(200, R"({"id":424242,"name":"No domain"})") });
    m_refuse.script(customer,
        { FaultServer::json(401,
            R"({"message":"Refused by the fault server.","errorCode":"UNAUTHORIZED","applicationName":"Customer"})") });

    m_throttle.script(customer,
        { FaultServer::json(
            429, R"({"message":"Too many requests","errorCode":"TOO_MANY_REQUESTS"})", { { "Retry-After", "120" } }) });
    FaultServer::Reply unavailable;
    unavailable.status = 503;
    unavailable.headers.emplaceBack("Content-Type", "text/plain");
    unavailable.body = "Service Unavailable";
    m_gateway.script(customer, { unavailable });
    m_redirect.script(customer, { FaultServer::json(307, {}, { { "Location", "http://127.0.0.1:9/elsewhere" } }) });

    m_stall.script(customer, { FaultServer::fault(FaultServer::Fault::StallBeforeHeaders) });
    FaultServer::Reply huge = FaultServer::json(200, R"({"accessToken":")");
    huge.declaredLength = qint64(1) << 33; // 8 GiB announced
    m_huge.script(customer, { huge });
    m_forbid.script("/api/platform/tenants",
        { FaultServer::json(403,
            R"({"message":"Application does not have access to this tenant.",)"
            R"("errorCode":"FORBIDDEN","applicationName":"Tenant"})") });
    QVERIFY(QDir().mkpath(m_dir.filePath(u"tls"_s)));
    QVERIFY2(m_tlsTenant.listenTls(m_dir.filePath(u"tls"_s)), qPrintable(m_tlsTenant.errorString()));

    // A port nothing listens on: bound, then closed.
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    }
    QVERIFY(m_busy.listen(QHostAddress::LocalHost));

    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    for (const auto& [file, payload] :
        { std::pair { "a.jwt", R"({"sub":"ada","n":1})" }, std::pair { "b.jwt", R"({"sub":"ada","n":2})" } }) {
        QFile out(m_dir.filePath(QString::fromLatin1(file)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(hs256(header, payload, RightKey) + '\n');
    }

    {
        QFile jwks(m_dir.filePath(u"other.jwks"_s));
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write(R"({"keys":[{"kty":"oct","kid":"another-one","k":")" + b64(RightKey) + R"("}]})");
    }
    // Each kind of environment has settings of its own.
    const auto settingsOf = [this](Env env) -> QString {
        return environment(env).value(u"XDG_CONFIG_HOME"_s) + u"/" KTI_APP_ID "/" KTI_EXECUTABLE ".conf"_s;
    };
    {
        QSettings proxy(settingsOf(Env::ClosedProxy), QSettings::IniFormat);
        proxy.setValue(u"network/proxyMode"_s, u"explicit"_s);
        proxy.setValue(u"network/proxyHost"_s, u"127.0.0.1"_s);
        proxy.setValue(u"network/proxyPort"_s, QUrl(m_closed).port());
        proxy.setValue(u"network/proxyLoopback"_s, true);
        QSettings timeout(settingsOf(Env::ShortTimeout), QSettings::IniFormat);
        timeout.setValue(u"network/transferTimeoutSeconds"_s, 1);
        QSettings saved(settingsOf(Env::ProfileWithoutSecret), QSettings::IniFormat);
        ProfileStore profiles(&saved);
        KiboProfile profile;
        profile.name = u"No secret"_s;
        profile.dataCentre = u"custom"_s;
        profile.authHost = m_tenant.baseUrl().toString(QUrl::StripTrailingSlash);
        profile.tenantId = 100001;
        profile.siteId = 100002;
        profile.clientId = u"not.stored.1.0.0.Release"_s;
        const QString problem = profiles.add(profile);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The documented codes: the table of "The CLI's failures" in docs/architecture.md.
    QFile architecture(QStringLiteral(KTI_TEST_DATA_DIR "/../../docs/architecture.md"));
    QVERIFY(architecture.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(architecture.readAll());
    const QRegularExpression row(u"^\\| `([a-z0-9-]+)` \\| ([1-5]) \\|"_s, QRegularExpression::MultilineOption);
    const qsizetype start = text.indexOf(u"## The CLI's failures"_s);
    QVERIFY(start >= 0);
    const QString section = text.mid(start, text.indexOf(u"\n## "_s, start + 1) - start);
    for (auto it = row.globalMatch(section); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        m_documented.insert(match.captured(1), match.captured(2).toInt());
    }
}

void TestCliErrors::documentedCodes()
{
    QVERIFY2(m_documented.size() >= 40, qPrintable(QString::number(m_documented.size())));
    // Every row's code is documented with the row's exit code.
    for (const Row& row : rows()) {
        QVERIFY2(m_documented.contains(row.code), qPrintable(row.name + u": "_s + row.code));
        QCOMPARE(m_documented.value(row.code), row.exitCode);
    }
}

void TestCliErrors::everyCommandAndExitCodeIsCovered()
{
    // The commands as --help lists them: a new command fails here until it has rows.
    const CliResult help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QSet<QString> commands;
    const QRegularExpression usage(u"^  kibo-token-inspector ([a-z][a-z-]+)"_s, QRegularExpression::MultilineOption);
    for (auto it = usage.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
        commands.insert(it.next().captured(1));
    }
    QVERIFY(commands.contains(u"decode"_s));
    QCOMPARE(commands, QSet<QString>(ExitCodes.keyBegin(), ExitCodes.keyEnd()));

    QMap<QString, QSet<int>> covered;
    bool unknownCommand = false;
    for (const Row& row : rows()) {
        if (ExitCodes.contains(row.arguments.constFirst())) {
            covered[row.arguments.constFirst()].insert(row.exitCode);
        } else {
            unknownCommand = row.code == u"unknown-command"_s;
        }
    }
    for (auto it = ExitCodes.begin(); it != ExitCodes.end(); ++it) {
        QCOMPARE(covered.value(it.key()), QSet<int>(it.value().begin(), it.value().end()));
    }
    QVERIFY(unknownCommand);
}

QStringList TestCliErrors::filledIn(const QStringList& arguments) const
{
    QStringList filled;
    for (QString argument : arguments) {
        argument.replace(u"{demo}"_s, m_tenant.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{closed}"_s, m_closed);
        argument.replace(u"{close}"_s, m_close.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{html}"_s, m_html.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{refuse}"_s, m_refuse.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{throttle}"_s, m_throttle.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{gateway}"_s, m_gateway.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{redirect}"_s, m_redirect.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{stall}"_s, m_stall.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{huge}"_s, m_huge.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{forbid}"_s, m_forbid.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{tls}"_s, m_tlsTenant.baseUrl().toString(QUrl::StripTrailingSlash));
        argument.replace(u"{dir}"_s, m_dir.path());
        argument.replace(u"{busy}"_s, QString::number(m_busy.serverPort()));
        filled << argument;
    }
    return filled;
}

QProcessEnvironment TestCliErrors::environment(Env env) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The settings (profiles, network) are the test's own, and each kind of environment has its own.
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config-%1"_s.arg(int(env))));
    if (env == Env::NoKeychain) {
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/kti-no-bus"_s);
    }
    return environment;
}

void TestCliErrors::failureShape_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<Env>("env");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("resultOnStdout");
    QTest::addColumn<QStringList>("alongside");
    for (const Row& row : rows()) {
        for (const bool json : { true, false }) {
            if (json && !row.json) {
                continue;
            }
            QTest::newRow(qPrintable(row.name + (json ? u" --json"_s : u" text"_s)))
                << (json ? row.arguments + QStringList { u"--json"_s } : row.arguments) << row.input << row.exitCode
                << row.code << row.fields << row.env << json << row.resultOnStdout << row.alongside;
        }
    }
}

void TestCliErrors::failureShape()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QStringList, fields);
    QFETCH(Env, env);
    QFETCH(bool, json);
    QFETCH(bool, resultOnStdout);
    QFETCH(QStringList, alongside);

    const CliResult result = runCli(filledIn(arguments), input, environment(env));
    const QByteArray both = "\nstdout: " + result.out + "\nstderr: " + result.err;
    QVERIFY2(result.exitCode == exitCode, qPrintable(u"exit %1%2"_s.arg(result.exitCode).arg(QString::fromUtf8(both))));
    for (const QByteArray& secret : Secrets) {
        QVERIFY2(!result.out.contains(secret) && !result.err.contains(secret), both.constData());
    }

    if (!json) {
        // The words on standard error, nothing on standard output (but diff's differences, its answer, which
        // says it all on standard output).
        QVERIFY2(resultOnStdout || !result.err.trimmed().isEmpty(), both.constData());
        QVERIFY2(!result.err.trimmed().startsWith('{'), both.constData());
        QVERIFY2(resultOnStdout || result.out.isEmpty(), both.constData());
        QVERIFY2(!resultOnStdout || !result.out.isEmpty(), both.constData());
        return;
    }

    // Exactly one JSON object: fromJson refuses anything after it.
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && document.isObject(),
        qPrintable(parseError.errorString() + QString::fromUtf8(both)));
    const QJsonObject error = document.object().value(u"error"_s).toObject();
    QVERIFY2(!error.isEmpty(), both.constData());

    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY2(m_documented.contains(code), qPrintable(code));
    QCOMPARE(m_documented.value(code), exitCode);

    // A sentence in words: not empty, not an identifier, not a Qt enum name such as RemoteHostClosedError.
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.size() > 10 && message.contains(u' '), qPrintable(message));
    QVERIFY2(!QRegularExpression(u"[A-Z][a-zA-Z]+Error\\b"_s).match(message).hasMatch(), qPrintable(message));
    QVERIFY2(!QRegularExpression(u"^[A-Za-z_:]+$"_s).match(message).hasMatch(), qPrintable(message));

    for (const QString& field : fields) {
        QVERIFY2(error.contains(field) && !error.value(field).isNull(), qPrintable(field + QString::fromUtf8(both)));
    }
    for (const QString& member : alongside) {
        QVERIFY2(document.object().contains(member), qPrintable(member + QString::fromUtf8(both)));
    }
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "testclierrors.moc"
