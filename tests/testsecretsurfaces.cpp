#include "cli/ticketreport.h"
#include "helpers/canary.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "secrets/secretpolicy.h"
#include "share/supportbundle.h"
#include "troubleshootingpanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every secret below is a canary: no surface may show it, in any encoding.
const QString RefreshToken = u"rt-canary-0123456789abcdefABCDEF"_s;
const QString AccessToken = u"at-canary-Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA="_s;
// {"alg":"HS256","typ":"JWT"}.{"sub":"canary-subject"}.a signature
const QString JwtAccessToken
    = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnktc3ViamVjdCJ9.c2lnLWNhbmFyeS1zaWduYXR1cmUtdmFsdWU"_s;
// {"alg":"HS256"}.{"sub":"echoed"}.another signature: a JWT in a header of no secret name.
const QString HeaderJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlY2hvZWQifQ.ZWNob2VkLWNhbmFyeS1zaWduYXR1cmU"_s;
const QString Password = u"pw-Canary-Hunter-22"_s;
const QString AppToken = u"app-canary-token-9f8e7d6c5b4a"_s;
const QString ShortSecret = u"k-short-9"_s; // under SecretPolicy::MinLengthForLastFour

const QStringList& canaries()
{
    static const QStringList all { RefreshToken, AccessToken, JwtAccessToken, HeaderJwt, Password, AppToken,
        ShortSecret };
    return all;
}

// The same headers and JSON for every surface: a refused call whose reply echoes every kind of secret.
AuthTicketResult resultWithSecrets()
{
    AuthTicketResult result;
    result.httpStatus = 401;
    result.elapsedMs = 42;
    result.error.kind = KiboError::Kind::HttpKibo;
    result.error.httpStatus = 401;
    result.error.errorCode = u"INVALID_CREDENTIALS"_s;
    result.error.message = u"Login failed."_s;
    result.error.correlationId = u"corr-secret-surfaces"_s;
    result.error.additionalErrorData = { { u"RefreshToken"_s, RefreshToken }, { u"password"_s, Password } };
    result.request.verb = "POST";
    result.request.operation = u"customer login"_s;
    result.request.url = QUrl(u"https://t1.example.invalid/api/commerce/customer/authtickets"_s);
    result.responseHeaders = {
        { "Content-Type", "application/json" },
        { "Authorization", "Bearer " + AppToken.toLatin1() },
        { "X-Debug-Echo", HeaderJwt.toLatin1() },
        { "X-Api-Key", ShortSecret.toLatin1() },
        { "x-vol-correlation", "corr-secret-surfaces" },
    };
    result.rawJson = QJsonObject {
        { u"accessToken"_s, AccessToken },
        { u"refreshToken"_s, RefreshToken },
        { u"jwtAccessToken"_s, JwtAccessToken },
        { u"password"_s, Password },
        { u"apiKey"_s, ShortSecret },
        { u"accessTokenExpiration"_s, u"2026-11-29T03:15:00Z"_s },
    };
    result.rawBody = QJsonDocument(result.rawJson).toJson(QJsonDocument::Compact);
    return result;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

// One secret policy, three surfaces: the Problem tab (a real TroubleshootingPanel, offscreen), the
// support bundle and the CLI's output are fed the same headers and JSON and must redact them alike.
class TestSecretSurfaces final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noSurfaceShowsASecret_data();
    void noSurfaceShowsASecret();
    void headersAreRedactedAlike();
    void jsonIsRedactedAlike_data();
    void jsonIsRedactedAlike();

private:
    // The Problem tab's header table, name → shown value.
    QHash<QString, QString> problemTabHeaders() const;
    QString problemTabText() const;
    QJsonObject bundle() const;

    AuthTicketResult m_result;
    TroubleshootingPanel* m_panel = nullptr;
};

void TestSecretSurfaces::init()
{
    m_result = resultWithSecrets();
    m_panel = new TroubleshootingPanel;
    m_panel->showResult(m_result);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestSecretSurfaces::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

QHash<QString, QString> TestSecretSurfaces::problemTabHeaders() const
{
    QHash<QString, QString> shown;
    const auto* table = m_panel->findChild<QTableWidget*>(u"headersTableWidget"_s);
    for (int row = 0; table && row < table->rowCount(); ++row) {
        shown.insert(table->item(row, 0)->text().toLower(), table->item(row, 1)->text());
    }
    return shown;
}

QString TestSecretSurfaces::problemTabText() const
{
    QStringList texts;
    const QHash<QString, QString> headers = problemTabHeaders();
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        texts << it.key() << it.value();
    }
    const QList<QLabel*> labels = m_panel->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        texts << label->text() << label->toolTip();
    }
    return texts.join(u'\n');
}

QJsonObject TestSecretSurfaces::bundle() const
{
    const QDateTime now(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    return SupportBundle::toJson(m_result, KiboProfile::demo(QUrl(u"http://127.0.0.1:1"_s)), now);
}

void TestSecretSurfaces::noSurfaceShowsASecret_data()
{
    QTest::addColumn<QString>("surface");
    QTest::newRow("Problem tab") << u"problem"_s;
    QTest::newRow("support bundle, JSON") << u"bundle-json"_s;
    QTest::newRow("support bundle, Markdown") << u"bundle-markdown"_s;
    QTest::newRow("CLI --json") << u"cli-json"_s;
    QTest::newRow("CLI text") << u"cli-text"_s;
}

void TestSecretSurfaces::noSurfaceShowsASecret()
{
    QFETCH(QString, surface);
    const QDateTime now(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    QString text;
    if (surface == u"problem"_s) {
        text = problemTabText();
        QVERIFY(text.contains(u"corr-secret-surfaces"_s)); // the panel did show the result
    } else if (surface == u"bundle-json"_s) {
        text = compact(bundle());
    } else if (surface == u"bundle-markdown"_s) {
        text = SupportBundle::markdownFromJson(bundle());
    } else if (surface == u"cli-json"_s) {
        text = compact(TicketReport::toJson(m_result, false));
        QVERIFY(text.contains(u"\"ticket\""_s));
    } else {
        text = TicketReport::toText(m_result, false, now);
    }
    QVERIFY(!text.isEmpty());
    for (const QString& secret : canaries()) {
        QVERIFY2(!Canary::foundIn(secret.toUtf8(), text.toUtf8()), qPrintable(surface + u": "_s + secret.left(6)));
    }
}

void TestSecretSurfaces::headersAreRedactedAlike()
{
    const QHash<QString, QString> problemTab = problemTabHeaders();
    QHash<QString, QString> bundled;
    const QJsonArray headers = bundle().value(u"response"_s)[u"headers"_s].toArray();
    for (const QJsonValue& header : headers) {
        bundled.insert(header[u"name"_s].toString().toLower(), header[u"value"_s].toString());
    }
    QCOMPARE(bundled.size(), m_result.responseHeaders.size());

    // A secret header: the Problem tab names its kind only; the bundle adds its shape, last four only
    // when the secret is long enough.
    QCOMPARE(problemTab.value(u"authorization"_s), SecretPolicy::hidden(u"authorization"_s));
    QCOMPARE(bundled.value(u"authorization"_s), SecretPolicy::describe(u"Authorization"_s, u"Bearer "_s + AppToken));
    QCOMPARE(problemTab.value(u"x-api-key"_s), SecretPolicy::hidden(u"x-api-key"_s));
    QCOMPARE(bundled.value(u"x-api-key"_s), SecretPolicy::describe(u"X-Api-Key"_s, ShortSecret));
    QVERIFY(!bundled.value(u"x-api-key"_s).contains(u"ends"_s));

    // A JWT under a header name that says nothing: both show the same redaction.
    QCOMPARE(problemTab.value(u"x-debug-echo"_s), SecretPolicy::describe(u"jwt"_s, HeaderJwt));
    QCOMPARE(bundled.value(u"x-debug-echo"_s), problemTab.value(u"x-debug-echo"_s));

    // What is no secret is shown as it came.
    QCOMPARE(problemTab.value(u"content-type"_s), u"application/json"_s);
    QCOMPARE(bundled.value(u"content-type"_s), u"application/json"_s);
}

void TestSecretSurfaces::jsonIsRedactedAlike_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("refresh token") << u"refreshToken"_s << RefreshToken;
    QTest::newRow("access token") << u"accessToken"_s << AccessToken;
    QTest::newRow("JWT access token") << u"jwtAccessToken"_s << JwtAccessToken;
    QTest::newRow("password") << u"password"_s << Password;
    QTest::newRow("short secret") << u"apiKey"_s << ShortSecret;
}

void TestSecretSurfaces::jsonIsRedactedAlike()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    const bool hidden = SecretPolicy::classifyKey(key) == SecretPolicy::KeyClass::Hidden;

    // The CLI prints the policy's text shape.
    const QJsonObject cliTicket = TicketReport::toJson(m_result, false).value(u"ticket"_s).toObject();
    const QString cli = cliTicket.value(key).toString();
    QCOMPARE(cli, hidden ? SecretPolicy::hidden(key) : SecretPolicy::describe(key, secret));

    // The support bundle holds the same facts as an object: kind, length, last four (when long enough).
    const QJsonObject summary = bundle().value(u"response"_s)[u"body"_s][key].toObject();
    QCOMPARE(summary.value(u"redacted"_s).toBool(), true);
    QCOMPARE(summary.value(u"kind"_s).toString(), key);
    if (hidden) {
        QVERIFY(!summary.contains(u"length"_s));
        QVERIFY(!summary.contains(u"last4"_s));
        return;
    }
    QCOMPARE(summary.value(u"length"_s).toInteger(), secret.size());
    QCOMPARE(summary.value(u"last4"_s).toString(), SecretPolicy::lastFour(secret));
    const QString ending = SecretPolicy::lastFour(secret);
    QCOMPARE(cli.contains(u"ends …"_s), !ending.isEmpty());
    if (!ending.isEmpty()) {
        QVERIFY(cli.endsWith(u"ends …"_s + ending + u'>'));
    }
    // The non-secret neighbour stays readable on both.
    QCOMPARE(cliTicket.value(u"accessTokenExpiration"_s).toString(), u"2026-11-29T03:15:00Z"_s);
}

QTEST_MAIN(TestSecretSurfaces)
#include "testsecretsurfaces.moc"
