// Kibo's official SDKs are the judge of our client. One recording loopback HTTPS server (tests/sdk/wire-recorder.js)
// plays Kibo's home and pod origins; @kibocommerce/rest-sdk and @kibocommerce/sdk-authentication
// (tests/sdk/wire-sdk.js) go through every customer auth-ticket operation against it, then our client does the same
// through the real product: the kibo-token-inspector CLI, and AuthTicketClient for what the CLI has no command for.
// Each operation's requests are reduced to a shape (origin, method, path, query, x-vol-* headers, Authorization,
// Content-Type presence, JSON body names and types; tokens replaced by what the recorder issued them as) and ours
// must equal the SDK's, except for the few items the commented allow-list below accepts.
// The SDK side's recording comes from @kibocommerce/rest-sdk 3.2634.1 and @kibocommerce/sdk-authentication 1.0.1
// (tests/sdk/package-lock.json; wire-sdk.js names the SDK method behind each operation, and the run prints both).
// Skips only when node or npm is missing. Run: ctest -R testwireparity --output-on-failure (label sdk).
#include "helpers/cliprocess.h"
#include "helpers/testca.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The inputs, the same for both sides: test values, none of them anyone's secret.
constexpr int TenantId = 100001;
constexpr int SiteId = 100002;
const auto ClientId = u"WireParity.inspector.1.0.0.Release"_s;
const auto ClientSecret = u"wire-parity-shared-secret"_s;
const auto Username = u"ada.lovelace@example.com"_s;
const auto TwoFactorUsername = u"mfa@example.com"_s; // the recorder answers its login with a 2FA challenge
const auto Password = u"Demo-pass-1"_s;
const auto Code = u"246810"_s;
// Parentheses and commas: the query must reach the server with the same decoded value from both sides.
const auto ResponseFields = u"accessToken,refreshToken,customerAccount(id,emailAddress)"_s;

constexpr int ProcessDeadlineMs = 120'000;
constexpr int CallDeadlineMs = 30'000;

// The operations, as row names.
const auto AppToken = u"app token"_s;
const auto TenantLookup = u"tenant lookup"_s;
const auto CustomerLogin = u"customer login"_s;
const auto Refresh = u"refresh"_s;
const auto AnonymousShopper = u"anonymous shopper"_s;
const auto TwoFactorAuth = u"2FA auth"_s;
const auto TwoFactorResend = u"2FA resend"_s;
const auto OtpRequest = u"OTP request"_s;
const auto OtpLogin = u"OTP login"_s;
const auto AnonymousUpgrade = u"anonymous upgrade"_s;

const QStringList& sdkOperations()
{
    static const QStringList operations { AppToken, TenantLookup, CustomerLogin, Refresh, AnonymousShopper,
        TwoFactorAuth, TwoFactorResend, OtpRequest, OtpLogin };
    return operations;
}

// One request as the recorder logged it.
struct Record
{
    QString origin; // "home" or "pod"
    QString method;
    QString path;
    QList<std::pair<QString, QString>> query; // decoded
    QMap<QString, QString> headers; // lower-case names
    QByteArray body;
    int status = 0;
    QString errorCode;
    QList<std::pair<QString, QString>> issued; // label, value of each token the reply carried
};

Record recordFromJson(const QJsonObject& object)
{
    Record record;
    record.origin = object.value(u"origin"_s).toString();
    record.method = object.value(u"method"_s).toString();
    record.path = object.value(u"path"_s).toString();
    const QJsonArray query = object.value(u"query"_s).toArray();
    for (const auto& item : query) {
        record.query.append({ item.toArray().at(0).toString(), item.toArray().at(1).toString() });
    }
    const QJsonObject headers = object.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        record.headers.insert(it.key().toLower(), it.value().toString());
    }
    record.body = object.value(u"body"_s).toString().toUtf8();
    record.status = object.value(u"status"_s).toInt();
    record.errorCode = object.value(u"errorCode"_s).toString();
    const QJsonArray issued = object.value(u"issued"_s).toArray();
    for (const auto& item : issued) {
        const QJsonObject token = item.toObject();
        record.issued.append({ token.value(u"label"_s).toString(), token.value(u"value"_s).toString() });
    }
    return record;
}

QList<Record> readRecords(const QString& path, qsizetype from, qsizetype* count = nullptr)
{
    QFile file(path);
    QList<Record> records;
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    qsizetype index = 0;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (index++ >= from) {
            records.append(recordFromJson(QJsonDocument::fromJson(line).object()));
        }
    }
    if (count) {
        *count = index;
    }
    return records;
}

QString withoutTrailingSlash(QString path)
{
    if (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    return path;
}

// Which operation a request is, by its path alone: a wrong method or origin then shows up as a difference
// of that operation rather than as an unknown request.
QString classify(const Record& record)
{
    const QString path = withoutTrailingSlash(record.path);
    if (path.endsWith(u"/platform/applications/authtickets/oauth"_s)) {
        return AppToken;
    }
    static const QRegularExpression tenant(u"/platform/tenants/\\d+$"_s);
    if (tenant.match(path).hasMatch()) {
        return TenantLookup;
    }
    static const QString tickets = u"/commerce/customer/authtickets"_s;
    if (path.endsWith(tickets)) {
        return record.headers.contains(u"x-vol-user-claims"_s) ? AnonymousUpgrade : CustomerLogin;
    }
    static const QList<std::pair<QString, QString>> suffixes { { u"/refresh"_s, Refresh },
        { u"/anonymousshopper"_s, AnonymousShopper }, { u"/2fa/auth"_s, TwoFactorAuth },
        { u"/2fa/request"_s, TwoFactorResend }, { u"/otp/request"_s, OtpRequest }, { u"/otp/auth"_s, OtpLogin } };
    for (const auto& [suffix, operation] : suffixes) {
        if (path.endsWith(tickets + suffix)) {
            return operation;
        }
    }
    return {};
}

// What a value stands for, so that two clients' requests compare although each got its own tokens: every token
// the recorder issued to that side, and the test's inputs. Labels, never values, reach the test output.
using Labels = QHash<QString, QString>;

Labels labelsOf(const QList<Record>& records)
{
    Labels labels {
        { ClientId, u"the test's client id"_s }, { ClientSecret, u"the test's client secret"_s },
        { Password, u"the test's password"_s }, { Code, u"the test's code"_s },
        { Username, u"a test customer's name"_s }, { TwoFactorUsername, u"a test customer's name"_s },
        { u"client_credentials"_s, u"client_credentials"_s }, // the grant type is a protocol constant
    };
    for (const Record& record : records) {
        for (const auto& [label, value] : record.issued) {
            labels.insert(value, label + u" issued by the recorder"_s);
        }
    }
    return labels;
}

QString normalised(const QString& value, const Labels& labels, bool secret)
{
    if (const auto it = labels.constFind(value); it != labels.constEnd()) {
        return u'<' + *it + u'>';
    }
    if (secret) {
        return u"<unknown, %1 chars>"_s.arg(value.size());
    }
    return value;
}

// A request reduced to what the comparison looks at: item name -> value. A missing item was not sent.
using Shape = QMap<QString, QString>;

void describeJson(const QString& name, const QJsonValue& value, const Labels& labels, Shape& shape)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        shape.insert(name, u"object"_s);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            describeJson(name + u'.' + it.key(), it.value(), labels, shape);
        }
        break;
    }
    case QJsonValue::Array:
        shape.insert(name, u"array"_s);
        break;
    case QJsonValue::String: {
        // Names and types; a string's value only by what it stands for (a token, an input), never as text.
        const auto it = labels.constFind(value.toString());
        shape.insert(name, it == labels.constEnd() ? u"string"_s : u"string <"_s + *it + u'>');
        break;
    }
    case QJsonValue::Double:
        shape.insert(name, u"number"_s);
        break;
    case QJsonValue::Bool:
        shape.insert(name, u"bool"_s);
        break;
    default:
        shape.insert(name, u"null"_s);
        break;
    }
}

Shape shapeOf(const Record& record, const Labels& labels)
{
    Shape shape;
    shape.insert(u"origin"_s, record.origin);
    shape.insert(u"method"_s, record.method);
    shape.insert(u"path"_s, withoutTrailingSlash(record.path));
    if (record.path.size() > 1 && record.path.endsWith(u'/')) {
        shape.insert(u"path trailing slash"_s, u"yes"_s);
    }

    QMap<QString, QStringList> query;
    for (const auto& [name, value] : record.query) {
        query[name].append(normalised(value, labels, name == u"refreshToken"_s));
    }
    for (auto it = query.begin(); it != query.end(); ++it) {
        shape.insert(u"query "_s + it.key(), it.value().join(u" & "_s));
    }

    for (auto it = record.headers.begin(); it != record.headers.end(); ++it) {
        const QString& name = it.key();
        const QString& value = it.value();
        if (name == u"authorization"_s) {
            shape.insert(u"header authorization"_s,
                value.startsWith(u"Bearer "_s) ? u"Bearer "_s + normalised(value.mid(7), labels, true)
                                               : normalised(value, labels, true));
        } else if (name.startsWith(u"x-vol-"_s)) {
            shape.insert(u"header "_s + name, normalised(value, labels, name.endsWith(u"-claims"_s)));
        }
    }
    // Other headers (Accept, User-Agent, Accept-Encoding, Connection, Content-Length, Host) are the HTTP stack's,
    // not Kibo's contract: node-fetch sends "Accept: */*", our client "Accept: application/json". Not compared.
    if (record.headers.contains(u"content-type"_s)) {
        shape.insert(u"content-type"_s, u"present"_s);
    }

    if (record.body.isEmpty()) {
        shape.insert(u"body"_s, u"none"_s);
    } else if (record.headers.value(u"content-type"_s).contains(u"x-www-form-urlencoded"_s)) {
        shape.insert(u"body"_s, u"form"_s);
        for (const auto& [name, value] : QUrlQuery(QString::fromUtf8(record.body)).queryItems(QUrl::FullyDecoded)) {
            describeJson(u"body "_s + name, value, labels, shape);
        }
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(record.body, &error);
        if (error.error != QJsonParseError::NoError) {
            shape.insert(u"body"_s, u"not JSON, %1 bytes"_s.arg(record.body.size()));
        } else if (document.isObject()) {
            shape.insert(u"body"_s, u"JSON object"_s);
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                describeJson(u"body "_s + it.key(), it.value(), labels, shape);
            }
        } else {
            shape.insert(u"body"_s, u"JSON array"_s);
        }
    }
    return shape;
}

QString shapeText(const Shape& shape)
{
    QStringList lines;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        lines.append(u"    "_s + it.key() + u": "_s + it.value());
    }
    return lines.join(u'\n');
}

// The allow-list: items one side may send and the other not, each with the reason it does not matter to Kibo.
// Nothing else may differ. Values of items both sides send must always be equal.
enum class ExtraOn
{
    Ours,
    Sdk,
    Either
};

struct Allowance
{
    QString operation; // empty: every operation
    QString item;
    ExtraOn side;
    QString why;
};

const QList<Allowance>& allowList()
{
    static const QList<Allowance> list {
        { {}, u"header x-vol-locale"_s, ExtraOn::Ours,
            u"the profile's locale (auth-api.md section 4). rest-sdk's getApiHeaders (utilities/get-api-headers.js) "
            "has no locale header at all, although its configuration takes a locale; issuing an auth ticket does not "
            "depend on it."_s },
        { {}, u"header x-vol-currency"_s, ExtraOn::Ours,
            u"the profile's currency, as x-vol-locale: rest-sdk never sends it, and issuing an auth ticket does not "
            "depend on it."_s },
        { {}, u"header x-vol-dataview-mode"_s, ExtraOn::Sdk,
            u"rest-sdk's getApiHeaders sends `x-vol-dataview-mode: LIVE` on every call, whatever the call; Live is "
            "Kibo's default view and only catalog reads depend on it, not auth tickets. Our client sends the header "
            "when the profile chooses a mode (auth-api.md section 4)."_s },
        { {}, u"path trailing slash"_s, ExtraOn::Either,
            u"Kibo accepts both forms; the legacy SDKs send …/authtickets/?responseFields= and graphql-client "
            "…/refresh/?refreshToken= (auth-api.md section 1); our client and rest-sdk omit the slash."_s },
    };
    return list;
}

const Allowance* allowance(const QString& operation, const QString& item, ExtraOn extra)
{
    for (const Allowance& entry : allowList()) {
        if ((entry.operation.isEmpty() || entry.operation == operation) && entry.item == item
            && (entry.side == ExtraOn::Either || entry.side == extra)) {
            return &entry;
        }
    }
    return nullptr;
}

QStringList differences(const QString& operation, const Shape& sdk, const Shape& ours, QStringList* allowed)
{
    QStringList problems;
    QStringList items = sdk.keys() + ours.keys();
    items.removeDuplicates();
    items.sort();
    for (const QString& item : std::as_const(items)) {
        const bool inSdk = sdk.contains(item);
        const bool inOurs = ours.contains(item);
        if (inSdk && inOurs) {
            if (sdk.value(item) != ours.value(item)) {
                problems.append(u"%1: the SDK sends “%2”, ours “%3”"_s.arg(item, sdk.value(item), ours.value(item)));
            }
            continue;
        }
        if (allowance(operation, item, inOurs ? ExtraOn::Ours : ExtraOn::Sdk)) {
            if (allowed) {
                allowed->append(u"%1 (%2 only)"_s.arg(item, inOurs ? u"ours"_s : u"SDK"_s));
            }
            continue;
        }
        problems.append(inOurs ? u"%1: ours sends “%2”, the SDK does not"_s.arg(item, ours.value(item))
                               : u"%1: ours omits it, the SDK sends “%2”"_s.arg(item, sdk.value(item)));
    }
    return problems;
}

QList<Shape> distinctShapes(const QList<Record>& records, const QString& operation, const Labels& labels)
{
    QList<Shape> shapes;
    for (const Record& record : records) {
        if (classify(record) != operation) {
            continue;
        }
        const Shape shape = shapeOf(record, labels);
        if (!shapes.contains(shape)) {
            shapes.append(shape);
        }
    }
    return shapes;
}

// The form our client must send for an operation: the SDK's, or, for the anonymous upgrade that no SDK has,
// the SDK's login plus the user claims.
struct Verdict
{
    QStringList problems;
    QStringList allowed;
    QString expected;
    QStringList ours;
};

Verdict compareOperation(const QString& operation, const QList<Record>& sdkRecords, const QList<Record>& ourRecords)
{
    Verdict verdict;
    const QString sdkOperation = operation == AnonymousUpgrade ? CustomerLogin : operation;
    const QList<Shape> sdkShapes = distinctShapes(sdkRecords, sdkOperation, labelsOf(sdkRecords));
    if (sdkShapes.isEmpty()) {
        verdict.problems.append(
            u"the SDK made no “%1” call: wire-sdk.js or the recorder is broken"_s.arg(sdkOperation));
        return verdict;
    }
    if (sdkShapes.size() > 1) {
        verdict.problems.append(
            u"the SDK sent %1 different forms of “%2”; there is nothing single to compare with"_s.arg(sdkShapes.size())
                .arg(sdkOperation));
        return verdict;
    }
    Shape expected = sdkShapes.first();
    if (operation == AnonymousUpgrade) {
        // The chosen form of the anonymous upgrade, which no SDK has: the login as rest-sdk sends it, with the
        // anonymous ticket's opaque accessToken (never its JWT) in x-vol-user-claims beside the Bearer app token.
        // Source: Kibo's graphql-client does exactly this (auth-api.md section 1, "Anonymous upgrade"); rest-sdk
        // pairs user claims only with x-vol-app-claims, and mozu-node-sdk drops them beside an Authorization header.
        expected.insert(u"header x-vol-user-claims"_s, u"<anonymous accessToken issued by the recorder>"_s);
    }
    verdict.expected = shapeText(expected);
    const QList<Shape> ourShapes = distinctShapes(ourRecords, operation, labelsOf(ourRecords));
    if (ourShapes.isEmpty()) {
        verdict.problems.append(u"our client never made this call"_s);
        return verdict;
    }
    for (qsizetype i = 0; i < ourShapes.size(); ++i) {
        verdict.ours.append(shapeText(ourShapes.at(i)));
        // Every form our client used must be the SDK's: a CLI command and the GUI's core class may not disagree.
        const QString prefix
            = ourShapes.size() > 1 ? u"our form %1 of %2: "_s.arg(i + 1).arg(ourShapes.size()) : QString();
        for (const QString& problem : differences(operation, expected, ourShapes.at(i), &verdict.allowed)) {
            verdict.problems.append(prefix + problem);
        }
    }
    verdict.allowed.removeDuplicates();
    return verdict;
}

// How one side's run went: the SDK driver, each CLI command, each AuthTicketClient call.
struct Run
{
    QString name;
    bool ok = false;
    QString detail;
};

QString firstLines(const QByteArray& text, int count = 6)
{
    return QString::fromUtf8(text).split(u'\n').mid(0, count).join(u" | "_s);
}

// Mutations of a recording for the self-check of the comparison.
enum class Mutation
{
    None,
    JsonBodyOnResend,
    SkipTenantLookup,
    DropSiteHeader,
    LoginAtHome,
    RefreshTokenInBody,
    UnknownBearer,
    AppClaimsInsteadOfBearer,
    NullFieldInLogin,
    FormEncodedAppToken,
    TrailingSlashOnRefresh,
    LocaleHeader,
    UpgradeWithAccessToken,
    UpgradeWithJwt,
    ResendWithUserIdQuery,
};

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestWireParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runs_data();
    void runs();
    void everyRequestIsKnownAndAccepted_data();
    void everyRequestIsKnownAndAccepted();
    void operation_data();
    void operation();
    void comparisonCatches_data();
    void comparisonCatches();

private:
    bool startRecorder(QString* error);
    void runSdk();
    void runOurs();
    Run runCommand(const QString& name, const QStringList& arguments, const QStringList& stdinLines);
    void runAuthTicketClient();
    QStringList target() const;
    QProcessEnvironment childEnvironment() const;
    QList<Record> ourRecordsSoFar() const { return readRecords(m_logPath, m_sdkRecordCount); }

    QTemporaryDir m_dir;
    TestCa m_ca;
    QString m_node;
    QString m_sdkDir;
    QString m_serverCert;
    QString m_serverKey;
    QString m_logPath;
    QProcess m_recorder;
    QString m_home;
    QString m_pod;
    qsizetype m_sdkRecordCount = 0;
    QList<Record> m_sdk;
    QList<Record> m_ours;
    QList<Run> m_runs;
};

void TestWireParity::initTestCase()
{
    m_node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (m_node.isEmpty() || npm.isEmpty()) {
        QSKIP("node and npm are needed to run Kibo's official SDKs");
    }
    m_sdkDir = QStringLiteral(KTI_SDK_DIR);
    QVERIFY(m_dir.isValid());

    if (!QFile::exists(m_sdkDir + u"/node_modules/@kibocommerce/rest-sdk/package.json"_s)) {
        // Offline first (a warm npm cache suffices), then from the registry; package-lock.json pins the versions.
        bool installed = false;
        for (const QStringList& arguments : { QStringList { u"ci"_s, u"--offline"_s, u"--no-audit"_s, u"--no-fund"_s },
                 QStringList { u"ci"_s, u"--no-audit"_s, u"--no-fund"_s } }) {
            QProcess install;
            install.setWorkingDirectory(m_sdkDir);
            install.setProcessChannelMode(QProcess::MergedChannels);
            install.start(npm, arguments);
            installed = install.waitForFinished(240'000) && install.exitStatus() == QProcess::NormalExit
                && install.exitCode() == 0;
            if (installed) {
                break;
            }
            qWarning("npm %s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(firstLines(install.readAll())));
        }
        QVERIFY2(installed, "npm ci in tests/sdk failed");
    }

    QString error;
    QVERIFY2(m_ca.create(&error), qPrintable(error));
    const TestCa::ServerCertificate server = m_ca.server(TestCa::ServerKind::Good, &error);
    QVERIFY2(!server.certificate.isNull(), qPrintable(error));
    m_serverCert = m_dir.filePath(u"server.pem"_s);
    m_serverKey = m_dir.filePath(u"server.key"_s);
    for (const auto& [path, pem] :
        { std::pair { m_serverCert, server.certificate.toPem() }, std::pair { m_serverKey, server.key.toPem() } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size());
    }
    m_logPath = m_dir.filePath(u"wire.jsonl"_s);

    for (const Allowance& entry : allowList()) {
        const char* side = entry.side == ExtraOn::Ours ? "ours"
            : entry.side == ExtraOn::Sdk               ? "the SDK"
                                                       : "either side";
        qInfo("allow-list [%s; %s] %s: %s", side,
            entry.operation.isEmpty() ? "every operation" : qPrintable(entry.operation), qPrintable(entry.item),
            qPrintable(entry.why));
    }

    QVERIFY2(startRecorder(&error), qPrintable(error));
    qInfo("recorder: home %s, pod %s", qPrintable(m_home), qPrintable(m_pod));

    runSdk();
    m_sdk = readRecords(m_logPath, 0, &m_sdkRecordCount);
    runOurs();
    m_ours = ourRecordsSoFar();
    qInfo("recorded %lld SDK requests and %lld of ours", qlonglong(m_sdk.size()), qlonglong(m_ours.size()));
}

void TestWireParity::cleanupTestCase()
{
    if (m_recorder.state() == QProcess::NotRunning) {
        return;
    }
    m_recorder.closeWriteChannel(); // the recorder exits when its standard input ends
    if (!m_recorder.waitForFinished(10'000)) {
        m_recorder.kill();
        m_recorder.waitForFinished();
    }
}

QProcessEnvironment TestWireParity::childEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // sdk-authentication routes through a proxy and turns TLS verification off when one is set; neither side may.
    for (const QString& name : { u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"http_proxy"_s, u"https_proxy"_s, u"ALL_PROXY"_s,
             u"all_proxy"_s, u"NODE_TLS_REJECT_UNAUTHORIZED"_s }) {
        environment.remove(name);
    }
    environment.insert(u"NODE_EXTRA_CA_CERTS"_s, m_ca.caPemPath());
    // The CLI reads its settings (proxy, timeouts) from here: a private, empty home.
    const QString home = m_dir.filePath(u"home"_s);
    QDir().mkpath(home);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    return environment;
}

bool TestWireParity::startRecorder(QString* error)
{
    m_recorder.setProcessEnvironment(childEnvironment());
    m_recorder.setWorkingDirectory(m_sdkDir);
    m_recorder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_recorder.start(m_node,
        { m_sdkDir + u"/wire-recorder.js"_s, u"--cert"_s, m_serverCert, u"--key"_s, m_serverKey, u"--log"_s, m_logPath,
            u"--tenant"_s, QString::number(TenantId), u"--site"_s, QString::number(SiteId) });
    QByteArray out;
    const QDeadlineTimer deadline(30'000);
    if (m_recorder.waitForStarted(30'000)) {
        while (!out.contains('\n') && m_recorder.waitForReadyRead(int(deadline.remainingTime()))) {
            out += m_recorder.readAllStandardOutput();
        }
    }
    static const QRegularExpression listening(
        u"^listening home=(https://127\\.0\\.0\\.1:\\d+) pod=(https://127\\.0\\.0\\.1:\\d+)\\n"_s);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        *error = u"the wire recorder did not listen: "_s + QString::fromUtf8(out);
        return false;
    }
    m_home = match.captured(1);
    m_pod = match.captured(2);
    return true;
}

void TestWireParity::runSdk()
{
    QProcess sdk;
    sdk.setProcessEnvironment(childEnvironment());
    sdk.setWorkingDirectory(m_sdkDir);
    sdk.setProcessChannelMode(QProcess::SeparateChannels);
    sdk.start(m_node, { m_sdkDir + u"/wire-sdk.js"_s });
    // The configuration goes on standard input, so the shared secret is in no argument list.
    const QJsonObject config {
        { u"authHost"_s, QUrl(m_home).authority() }, // host:port; the SDKs add https:// themselves
        { u"tenantId"_s, TenantId },
        { u"siteId"_s, SiteId },
        { u"clientId"_s, ClientId },
        { u"sharedSecret"_s, ClientSecret },
        { u"username"_s, Username },
        { u"password"_s, Password },
        { u"twoFactorUsername"_s, TwoFactorUsername },
        { u"otpEmail"_s, Username },
        { u"code"_s, Code },
        { u"responseFields"_s, ResponseFields },
    };
    sdk.write(QJsonDocument(config).toJson(QJsonDocument::Compact));
    sdk.closeWriteChannel();
    Run run { u"SDK driver (wire-sdk.js)"_s, false, {} };
    if (!sdk.waitForFinished(ProcessDeadlineMs)) {
        sdk.kill();
        sdk.waitForFinished();
        run.detail = u"did not finish in time"_s;
        m_runs.append(run);
        return;
    }
    const QByteArray out = sdk.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    run.ok = sdk.exitStatus() == QProcess::NormalExit && sdk.exitCode() == 0 && result.value(u"ok"_s).toBool();
    const QJsonObject versions = result.value(u"sdkVersions"_s).toObject();
    qInfo("SDK side: @kibocommerce/rest-sdk %s, @kibocommerce/sdk-authentication %s",
        qPrintable(versions.value(u"restSdk"_s).toString()),
        qPrintable(versions.value(u"sdkAuthentication"_s).toString()));
    QStringList failed;
    const QJsonArray steps = result.value(u"steps"_s).toArray();
    for (const auto& entry : steps) {
        const QJsonObject step = entry.toObject();
        if (!step.value(u"ok"_s).toBool()) {
            failed.append(step.value(u"name"_s).toString() + u": "_s + step.value(u"error"_s).toString());
        }
    }
    run.detail
        = u"exit %1; %2; stderr: %3"_s.arg(sdk.exitCode())
              .arg(failed.isEmpty() ? firstLines(out) : failed.join(u"; "_s), firstLines(sdk.readAllStandardError()));
    m_runs.append(run);
}

QStringList TestWireParity::target() const
{
    // The explicit TARGET of architecture.md's CLI contract with a custom home host and no --api-host: the client
    // must look the tenant up at the home host and follow its domain, as the SDKs do.
    return { u"--auth-host"_s, m_home, u"--tenant"_s, QString::number(TenantId), u"--site"_s, QString::number(SiteId),
        u"--client-id"_s, ClientId, u"--client-secret-stdin"_s, u"--ca-bundle"_s, m_ca.caPemPath() };
}

Run TestWireParity::runCommand(const QString& name, const QStringList& arguments, const QStringList& stdinLines)
{
    QByteArray input;
    for (const QString& line : stdinLines) {
        input += line.toUtf8() + '\n';
    }
    const CliResult result = runCli(arguments, input, childEnvironment());
    // Standard error carries no secret by the CLI's contract (and every value here is a test value).
    return { name, result.exitCode == 0, u"exit %1; stderr: %2"_s.arg(result.exitCode).arg(firstLines(result.err)) };
}

void TestWireParity::runOurs()
{
    const QStringList json { u"--json"_s };
    m_runs.append(runCommand(u"CLI login"_s,
        QStringList { u"login"_s } + target()
            + QStringList { u"--username"_s, Username, u"--password-stdin"_s, u"--no-store"_s } + json,
        { ClientSecret, Password }));

    // The refresh token the recorder issued to that login; it goes on standard input, after the client secret.
    QString refreshToken;
    for (const Record& record : ourRecordsSoFar()) {
        for (const auto& [label, value] : record.issued) {
            if (classify(record) == CustomerLogin && label == u"refreshToken"_s) {
                refreshToken = value;
            }
        }
    }
    if (refreshToken.isEmpty()) {
        m_runs.append({ u"CLI refresh"_s, false, u"not run: the CLI login got no ticket"_s });
    } else {
        m_runs.append(runCommand(u"CLI refresh"_s,
            QStringList { u"refresh"_s } + target()
                + QStringList { u"--refresh-token-stdin"_s, u"--response-fields"_s, ResponseFields, u"--no-store"_s }
                + json,
            { ClientSecret, refreshToken }));
    }

    m_runs.append(runCommand(u"CLI anonymous"_s, QStringList { u"anonymous"_s } + target() + json, { ClientSecret }));

    // The code is on standard input from the start; the CLI reads it only once the server asked for it.
    m_runs.append(runCommand(u"CLI 2FA login"_s,
        QStringList { u"login"_s } + target()
            + QStringList { u"--username"_s, TwoFactorUsername, u"--password-stdin"_s, u"--otp-stdin"_s,
                u"--no-store"_s }
            + json,
        { ClientSecret, Password, Code }));

    m_runs.append(runCommand(u"CLI OTP login"_s,
        QStringList { u"login"_s } + target()
            + QStringList { u"--username"_s, Username, u"--otp-stdin"_s, u"--no-store"_s } + json,
        { ClientSecret, Code }));

    runAuthTicketClient();
}

void TestWireParity::runAuthTicketClient()
{
    // The 2FA resend and the anonymous upgrade have no CLI command: the core class the GUI uses sends them.
    QNetworkAccessManager network;
    AuthTicketClient client(&network, nullptr);
    KiboProfile profile;
    profile.name = u"Wire parity"_s;
    profile.authHost = m_home;
    profile.tenantId = TenantId;
    profile.siteId = SiteId;
    profile.clientId = ClientId;
    profile.caBundlePath = m_ca.caPemPath();
    // A GUI profile usually names these; the allow-list says why they may go out where the SDK sends none.
    profile.locale = u"en-US"_s;
    profile.currency = u"USD"_s;
    client.setProfile(profile, ClientSecret);

    const auto call = [&](const QString& name, const std::function<void()>& start,
                          const std::function<bool(const AuthTicketResult&)>& succeeded) {
        QSignalSpy finished(&client, &AuthTicketClient::finished);
        start();
        if (finished.isEmpty() && !finished.wait(CallDeadlineMs)) {
            client.cancel();
            m_runs.append({ name, false, u"no answer in time"_s });
            return AuthTicketResult {};
        }
        auto result = finished.first().first().value<AuthTicketResult>();
        const bool ok = !result.error.isError() && succeeded(result);
        m_runs.append({ name, ok,
            u"HTTP %1, error %2 %3"_s.arg(result.httpStatus)
                .arg(KiboError::kindName(result.error.kind), result.error.errorCode) });
        return result;
    };
    const auto ticket = [](const AuthTicketResult& result) {
        return result.ticket.has_value();
    };
    const auto done = [](const AuthTicketResult&) {
        return true;
    };

    const AuthTicketResult anonymous = call(
        u"AuthTicketClient anonymous"_s, [&] { client.anonymous(); }, ticket);
    if (anonymous.ticket) {
        CustomerLoginRequest upgrade;
        upgrade.username = Username;
        upgrade.password = Password;
        upgrade.anonymousAccessToken = anonymous.ticket->accessToken;
        call(
            u"AuthTicketClient anonymous upgrade"_s, [&] { client.login(upgrade); }, ticket);
    }

    CustomerLoginRequest twoFactor;
    twoFactor.username = TwoFactorUsername;
    twoFactor.password = Password;
    const AuthTicketResult challenge = call(
        u"AuthTicketClient 2FA login"_s, [&] { client.login(twoFactor); },
        [](const AuthTicketResult& result) { return result.requires2FA && !result.pendingUserId.isEmpty(); });
    if (challenge.requires2FA) {
        call(
            u"AuthTicketClient 2FA resend"_s, [&] { client.resend2FACode(challenge.pendingUserId); }, done);
        call(
            u"AuthTicketClient 2FA auth"_s, [&] { client.finish2FA(challenge.pendingUserId, Code); }, ticket);
    }
    call(
        u"AuthTicketClient OTP request"_s, [&] { client.requestOtp(Username); }, done);
    call(
        u"AuthTicketClient OTP login"_s, [&] { client.loginWithOtp(Username, Code); }, ticket);
}

void TestWireParity::runs_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        QTest::newRow(qPrintable(m_runs.at(i).name)) << int(i);
    }
}

void TestWireParity::runs()
{
    QFETCH(int, index);
    const Run& run = m_runs.at(index);
    QVERIFY2(run.ok, qPrintable(run.detail));
}

void TestWireParity::everyRequestIsKnownAndAccepted_data()
{
    QTest::addColumn<bool>("sdkSide");
    QTest::newRow("SDK") << true;
    QTest::newRow("ours") << false;
}

void TestWireParity::everyRequestIsKnownAndAccepted()
{
    // A request that is none of the operations, or one the recorder refused, is a difference the per-operation
    // rows would not name.
    QFETCH(bool, sdkSide);
    QStringList problems;
    for (const Record& record : sdkSide ? m_sdk : m_ours) {
        const QString operation = classify(record);
        if (operation.isEmpty()) {
            problems.append(u"unknown request %1 %2 at %3"_s.arg(record.method, record.path, record.origin));
        } else if (record.status >= 400) {
            problems.append(u"%1 (%2 %3 at %4) refused: %5 %6"_s.arg(operation, record.method, record.path,
                record.origin, QString::number(record.status), record.errorCode));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestWireParity::operation_data()
{
    QTest::addColumn<QString>("operation");
    for (const QString& operation : sdkOperations() + QStringList { AnonymousUpgrade }) {
        QTest::newRow(qPrintable(operation)) << operation;
    }
}

void TestWireParity::operation()
{
    QFETCH(QString, operation);
    const Verdict verdict = compareOperation(operation, m_sdk, m_ours);
    for (const QString& entry : verdict.allowed) {
        qInfo("allowed: %s", qPrintable(entry));
    }
    if (!verdict.problems.isEmpty()) {
        qInfo("the SDK's form:\n%s", qPrintable(verdict.expected));
        for (const QString& ours : verdict.ours) {
            qInfo("our form:\n%s", qPrintable(ours));
        }
    }
    QVERIFY2(verdict.problems.isEmpty(), qPrintable(verdict.problems.join(u"\n"_s)));
}

void TestWireParity::comparisonCatches_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<bool>("differs");

    QTest::newRow("the SDK against itself: app token") << AppToken << Mutation::None << false;
    QTest::newRow("the SDK against itself: tenant lookup") << TenantLookup << Mutation::None << false;
    QTest::newRow("the SDK against itself: 2FA resend") << TwoFactorResend << Mutation::None << false;
    QTest::newRow("JSON body on 2fa/request") << TwoFactorResend << Mutation::JsonBodyOnResend << true;
    QTest::newRow("userId in the 2fa/request query") << TwoFactorResend << Mutation::ResendWithUserIdQuery << true;
    QTest::newRow("tenant lookup skipped") << TenantLookup << Mutation::SkipTenantLookup << true;
    QTest::newRow("x-vol-site dropped") << CustomerLogin << Mutation::DropSiteHeader << true;
    QTest::newRow("login sent to the home origin") << CustomerLogin << Mutation::LoginAtHome << true;
    QTest::newRow("refresh token in a body, not the query") << Refresh << Mutation::RefreshTokenInBody << true;
    QTest::newRow("Bearer token the recorder never issued") << CustomerLogin << Mutation::UnknownBearer << true;
    QTest::newRow("app claims instead of Bearer") << AnonymousShopper << Mutation::AppClaimsInsteadOfBearer << true;
    QTest::newRow("null field in the login body") << CustomerLogin << Mutation::NullFieldInLogin << true;
    QTest::newRow("form-encoded app token request") << AppToken << Mutation::FormEncodedAppToken << true;
    QTest::newRow("allowed: trailing slash") << Refresh << Mutation::TrailingSlashOnRefresh << false;
    QTest::newRow("allowed: x-vol-locale") << OtpLogin << Mutation::LocaleHeader << false;
    QTest::newRow("upgrade with the anonymous accessToken")
        << AnonymousUpgrade << Mutation::UpgradeWithAccessToken << false;
    QTest::newRow("upgrade with the anonymous JWT") << AnonymousUpgrade << Mutation::UpgradeWithJwt << true;
}

void TestWireParity::comparisonCatches()
{
    // The comparison itself must go red on the mistakes it is there for: feed it the SDK's own recording, changed.
    QFETCH(QString, operation);
    QFETCH(Mutation, mutation);
    QFETCH(bool, differs);

    QList<Record> ours = m_sdk;
    const auto first = [&ours](const QString& name) -> Record* {
        for (Record& record : ours) {
            if (classify(record) == name) {
                return &record;
            }
        }
        return nullptr;
    };
    const auto anonymousIssued = [this](const QString& label) {
        for (const Record& record : std::as_const(m_sdk)) {
            for (const auto& [issuedLabel, value] : record.issued) {
                if (classify(record) == AnonymousShopper && issuedLabel == label) {
                    return value;
                }
            }
        }
        return QString();
    };
    Record* target = first(operation == AnonymousUpgrade ? CustomerLogin : operation);
    QVERIFY2(target, "the SDK recording lacks the operation");

    switch (mutation) {
    case Mutation::None:
        break;
    case Mutation::JsonBodyOnResend:
        target->body = R"({"userId":"0123456789abcdef0123456789abcdef"})";
        target->headers.insert(u"content-type"_s, u"application/json"_s);
        break;
    case Mutation::ResendWithUserIdQuery:
        target->query.append({ u"userId"_s, u"0123456789abcdef0123456789abcdef"_s });
        break;
    case Mutation::SkipTenantLookup:
        ours.removeIf([](const Record& record) { return classify(record) == TenantLookup; });
        break;
    case Mutation::DropSiteHeader:
        target->headers.remove(u"x-vol-site"_s);
        break;
    case Mutation::LoginAtHome:
        target->origin = u"home"_s;
        break;
    case Mutation::RefreshTokenInBody: {
        const QString token = target->query.value(0).second;
        target->query.clear();
        target->body = QJsonDocument(QJsonObject { { u"refreshToken"_s, token } }).toJson(QJsonDocument::Compact);
        target->headers.insert(u"content-type"_s, u"application/json"_s);
        break;
    }
    case Mutation::UnknownBearer:
        target->headers.insert(u"authorization"_s, u"Bearer not-a-token-the-recorder-issued"_s);
        break;
    case Mutation::AppClaimsInsteadOfBearer:
        target->headers.insert(u"x-vol-app-claims"_s, target->headers.take(u"authorization"_s).mid(7));
        break;
    case Mutation::NullFieldInLogin: {
        QJsonObject body = QJsonDocument::fromJson(target->body).object();
        body.insert(u"accountId"_s, QJsonValue::Null);
        target->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    case Mutation::FormEncodedAppToken: {
        QUrlQuery form;
        const QJsonObject body = QJsonDocument::fromJson(target->body).object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            form.addQueryItem(it.key(), it.value().toString());
        }
        target->body = form.toString(QUrl::FullyEncoded).toUtf8();
        target->headers.insert(u"content-type"_s, u"application/x-www-form-urlencoded"_s);
        break;
    }
    case Mutation::TrailingSlashOnRefresh:
        target->path += u'/';
        break;
    case Mutation::LocaleHeader:
        target->headers.insert(u"x-vol-locale"_s, u"en-US"_s);
        break;
    case Mutation::UpgradeWithAccessToken:
    case Mutation::UpgradeWithJwt: {
        Record upgrade = *target;
        const QString claims
            = anonymousIssued(mutation == Mutation::UpgradeWithJwt ? u"jwtAccessToken"_s : u"anonymous accessToken"_s);
        QVERIFY(!claims.isEmpty());
        upgrade.headers.insert(u"x-vol-user-claims"_s, claims);
        ours.append(upgrade);
        break;
    }
    }

    const Verdict verdict = compareOperation(operation, m_sdk, ours);
    if (differs) {
        QVERIFY2(!verdict.problems.isEmpty(), "the comparison missed the change");
        qInfo("caught: %s", qPrintable(verdict.problems.join(u"; "_s)));
    } else {
        QVERIFY2(verdict.problems.isEmpty(), qPrintable(verdict.problems.join(u"\n"_s)));
    }
}

QTEST_GUILESS_MAIN(TestWireParity)
#include "testwireparity.moc"
