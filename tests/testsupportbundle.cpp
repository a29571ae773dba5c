#include "helpers/canary.h"
#include "helpers/demologinrig.h"
#include "secrets/secretpolicy.h"
#include "secrets/secretscrubber.h"
#include "share/supportbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A JWT of our own, to hide under a bland key: the scrubber must recognise it by its shape.
const QString ForeignJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzb21lb25lLWVsc2UifQ.c2lnbmF0dXJlLW9mLWEtZm9yZWlnbi1qd3Q"_s;

QList<QByteArray> correlationIds(const AuthTicketResult& result)
{
    QList<QByteArray> ids;
    for (const auto& [name, value] : result.responseHeaders) {
        if (name.compare("x-vol-correlation", Qt::CaseInsensitive) == 0) {
            ids.append(value);
        }
    }
    return ids;
}

// Adds members the auth-ticket reply never has but a future one might: each secret-looking.
AuthTicketResult withUnknownSecrets(AuthTicketResult result, QList<std::pair<QString, QByteArray>>* secrets)
{
    const QString sessionToken = u"sess-7f3a9c2e8b1d4f6a0e5c3b7d9a1f2e4c"_s;
    const QString clientSecret = u"nested-client-secret-55aa"_s;
    const QString apiKey = u"api-key-0123456789abcdefXYZ"_s;
    QJsonObject raw = result.rawJson;
    raw.insert(u"sessionToken"_s, sessionToken);
    raw.insert(u"extensions"_s,
        QJsonObject { { u"clientSecret"_s, clientSecret }, { u"apiKey"_s, apiKey }, { u"note"_s, ForeignJwt } });
    result.rawJson = raw;
    result.rawBody = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    result.responseHeaders.append({ "x-session-token", sessionToken.toLatin1() });
    secrets->append({ u"sessionToken"_s, sessionToken.toUtf8() });
    secrets->append({ u"clientSecret"_s, clientSecret.toUtf8() });
    secrets->append({ u"apiKey"_s, apiKey.toUtf8() });
    secrets->append({ u"foreign JWT"_s, ForeignJwt.toUtf8() });
    secrets->append({ u"foreign JWT signature"_s, ForeignJwt.section(u'.', 2).toUtf8() });
    return result;
}

QStringList fencedJsonBlocks(const QString& markdown)
{
    static const QRegularExpression fence(u"(?s)```json\\n(.*?)\\n```"_s);
    QStringList blocks;
    auto it = fence.globalMatch(markdown);
    while (it.hasNext()) {
        blocks << it.next().captured(1);
    }
    return blocks;
}

} // namespace

class TestSupportBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretEscapes_data();
    void noSecretEscapes();
    void personalDataOnlyWhenAsked();
    void tokenEndsSurviveThePersonalPass();
    void markdownReadsAsATicket();
    void scrubberFindsSecretsByKeyAndShape_data();
    void scrubberFindsSecretsByKeyAndShape();
    void scrubTextRemovesSecretsFromProse_data();
    void scrubTextRemovesSecretsFromProse();
};

void TestSupportBundle::noSecretEscapes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("unknownSecrets");
    QTest::newRow("ada: ticket") << u"ada"_s << u"ticket"_s << false;
    QTest::newRow("locked: refusal") << u"locked"_s << u"error"_s << false;
    QTest::newRow("mfa: 2FA pending") << u"mfa pending"_s << u"twoFactorPending"_s << false;
    QTest::newRow("mfa: 2FA finished") << u"mfa finish"_s << u"ticket"_s << false;
    QTest::newRow("b2b: wrong account") << u"b2b wrong account"_s << u"error"_s << false;
    QTest::newRow("refresh") << u"refresh"_s << u"ticket"_s << false;
    QTest::newRow("anonymous") << u"anonymous"_s << u"ticket"_s << false;
    QTest::newRow("anonymous upgrade: x-vol-user-claims") << u"anonymous upgrade"_s << u"ticket"_s << false;
    QTest::newRow("big account: lists shortened") << u"big account"_s << u"ticket"_s << false;
    QTest::newRow("wrong client secret: no request sent") << u"wrong client secret"_s << u"error"_s << false;
    QTest::newRow("unknown secret-looking keys") << u"ada"_s << u"ticket"_s << true;
}

void TestSupportBundle::noSecretEscapes()
{
    QFETCH(QString, scenario);
    QFETCH(QString, outcome);
    QFETCH(bool, unknownSecrets);
    DemoLoginRig rig;
    QVERIFY(rig.start());
    AuthTicketResult result = rig.run(scenario);
    if (QTest::currentTestFailed()) {
        return;
    }
    const bool sent = scenario != u"wrong client secret"_s;
    QCOMPARE(result.request.isValid(), sent);
    QList<std::pair<QString, QByteArray>> secrets = rig.secrets();
    if (unknownSecrets) {
        result = withUnknownSecrets(result, &secrets);
    }

    const QJsonObject bundle = SupportBundle::toJson(result, rig.profile(), rig.now());
    const QByteArray json = QJsonDocument(bundle).toJson();
    const QByteArray markdown = SupportBundle::toMarkdown(result, rig.profile(), rig.now()).toUtf8();
    QCOMPARE(bundle.value(u"outcome"_s).toString(), outcome);

    // The search can find these secrets: the raw material holds them in plain sight.
    QVERIFY(Canary::foundIn(DemoTenant::sharedSecret().toUtf8(), DemoTenant::sharedSecret().toUtf8()));
    if (result.ticket) {
        QVERIFY(Canary::foundIn(result.ticket->accessToken.toUtf8(), result.rawBody));
    }
    QVERIFY(secrets.size() >= 3); // client secret, app token, and a password or a token

    for (const auto& [name, secret] : std::as_const(secrets)) {
        QVERIFY2(!Canary::foundIn(secret, json), qPrintable(u"JSON holds the "_s + name));
        QVERIFY2(!Canary::foundIn(secret, markdown), qPrintable(u"Markdown holds the "_s + name));
    }

    // The correlation id is what support needs most: it is there, in both forms.
    QList<QByteArray> ids = correlationIds(result);
    if (!result.error.correlationId.isEmpty()) {
        ids.append(result.error.correlationId.toLatin1());
    }
    QVERIFY(!ids.isEmpty());
    for (const QByteArray& id : ids) {
        QVERIFY2(json.contains(id), id.constData());
        QVERIFY2(markdown.contains(id), id.constData());
        QVERIFY(bundle.value(u"correlationIds"_s).toArray().contains(QString::fromLatin1(id)));
    }

    // Each token is recognisable by its last four characters.
    if (result.ticket) {
        for (const QString& token :
            { result.ticket->accessToken, result.ticket->refreshToken, result.ticket->jwtAccessToken }) {
            const QString last4 = SecretPolicy::lastFour(token);
            QVERIFY(!last4.isEmpty());
            QVERIFY(json.contains(QByteArray("\"last4\": \"" + last4.toUtf8() + '"')));
            QVERIFY(markdown.contains(QString(u"…"_s + last4).toUtf8()));
        }
        QCOMPARE(bundle.value(u"ticket"_s)[u"accessToken"_s][u"length"_s].toInt(), result.ticket->accessToken.size());
        QVERIFY(bundle.value(u"jwt"_s)[u"claims"_s].isObject());
    }

    if (!sent) {
        QVERIFY(!bundle.contains(u"request"_s));
        QVERIFY(json.contains("\"noRequestSent\""));
        QCOMPARE(bundle.value(u"error"_s)[u"errorCode"_s].toString(), u"INVALID_CREDENTIALS"_s);
        // The app-token call's refusal is the evidence: its call, status, date, headers and body.
        const QJsonObject response = bundle.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"call"_s).toString(), u"POST /api/platform/applications/authtickets/oauth"_s);
        QCOMPARE(response.value(u"status"_s).toInt(), 401);
        QVERIFY(response.value(u"serverDate"_s).isString());
        QCOMPARE(response.value(u"bodyBytes"_s).toInt(), result.rawBody.size());
        QVERIFY(result.rawBody.size() > 100);
        QCOMPARE(response.value(u"body"_s)[u"errorCode"_s].toString(), u"INVALID_CREDENTIALS"_s);
        QVERIFY(markdown.contains("| Reply to | POST /api/platform/applications/authtickets/oauth |"));
        // The client id is no secret (the client secret is): it reads as itself; the kind of failure in words.
        const QString clientIdRow = u"| CredentialsName | "_s + rig.profile().clientId + u" |"_s;
        QVERIFY2(markdown.contains(clientIdRow.toUtf8()), markdown.constData());
        QVERIFY(markdown.contains("| Kind of failure | Kibo refused the call with an error reply |"));
        QVERIFY(!markdown.contains("kiboError"));
        return;
    }
    // What was sent: method, path, and the secrets' places marked.
    const QJsonObject request = bundle.value(u"request"_s).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), QString::fromLatin1(result.request.verb));
    QVERIFY(request.value(u"path"_s).toString().startsWith(u"/api/commerce/customer/authtickets"_s));
    const QJsonObject body = request.value(u"body"_s).toObject();
    if (result.request.body.contains(u"password"_s)) {
        QCOMPARE(body.value(u"password"_s).toString(), SecretPolicy::hidden(u"password"_s));
    }
    if (scenario == u"refresh"_s) {
        const QJsonArray query = request.value(u"query"_s).toArray();
        QCOMPARE(query.size(), 1);
        QCOMPARE(query.at(0)[u"value"_s].toString(), SecretPolicy::describe(u"refreshToken"_s, rig.lastRefreshToken()));
    }
    if (scenario == u"mfa finish"_s) {
        QCOMPARE(body.value(u"otpCode"_s).toString(), SecretPolicy::hidden(u"otpCode"_s));
    }

    QString authorization;
    const QJsonArray sentHeaders = request.value(u"headers"_s).toArray();
    for (const QJsonValue& header : sentHeaders) {
        if (header[u"name"_s].toString() == u"Authorization"_s) {
            authorization = header[u"value"_s].toString();
        }
    }
    QCOMPARE(authorization, u"Bearer "_s + SecretPolicy::describe(u"app token"_s, rig.lastAppToken()));
    // In a table cell, "<" is escaped so that renderers do not take the redaction for an HTML tag.
    QVERIFY(markdown.contains(QString(authorization).replace(u"<"_s, u"\\<"_s).toUtf8()));

    if (result.error.isError()) {
        for (const auto& [name, value] : result.error.additionalErrorData) {
            QVERIFY2(markdown.contains(QByteArray("| " + name.toUtf8() + " | ")), qPrintable(name));
        }
        QCOMPARE(bundle.value(u"error"_s)[u"errorCode"_s].toString(), result.error.errorCode);
        QVERIFY(!bundle.value(u"diagnosis"_s)[u"cause"_s].toString().isEmpty());
        QVERIFY(markdown.contains(result.error.errorCode.toUtf8()));
    }
    if (unknownSecrets) {
        const QJsonObject reply = bundle.value(u"response"_s)[u"body"_s].toObject();
        QCOMPARE(reply.value(u"sessionToken"_s)[u"kind"_s].toString(), u"sessionToken"_s);
        QCOMPARE(reply.value(u"extensions"_s)[u"clientSecret"_s][u"redacted"_s].toBool(), true);
        QCOMPARE(reply.value(u"extensions"_s)[u"note"_s][u"length"_s].toInt(), ForeignJwt.size());
    }
    if (scenario == u"big account"_s) {
        const QJsonObject account = bundle.value(u"response"_s)[u"body"_s][u"customerAccount"_s].toObject();
        const QJsonArray contacts = account.value(u"contacts"_s).toArray();
        QCOMPARE(contacts.size(), 51);
        QCOMPARE(contacts.last()[u"omittedItems"_s].toInt(), 5000 - 50);
        QVERIFY(json.contains("\"listsShortened\""));
        QVERIFY(json.size() < 1024 * 1024);
    }
    // Personal data is out by default: no email address, no name.
    QVERIFY(!json.contains("@example.com"));
    QVERIFY(!markdown.contains("@example.com"));
    QVERIFY(!markdown.contains("Lovelace"));
}

void TestSupportBundle::personalDataOnlyWhenAsked()
{
    DemoLoginRig rig;
    QVERIFY(rig.start());
    const AuthTicketResult result = rig.run(u"ada"_s);
    QVERIFY(result.ticket);
    const int customerId = result.ticket->customerAccount.value(u"id"_s).toInt();
    QVERIFY(customerId > 0);

    const QJsonObject hidden = SupportBundle::toJson(result, rig.profile(), rig.now());
    const QJsonObject shown = SupportBundle::toJson(result, rig.profile(), rig.now(), { .includePersonalData = true });
    const QJsonObject hiddenAccount = hidden.value(u"response"_s)[u"body"_s][u"customerAccount"_s].toObject();
    const QJsonObject shownAccount = shown.value(u"response"_s)[u"body"_s][u"customerAccount"_s].toObject();
    QCOMPARE(hiddenAccount.value(u"id"_s).toInt(), customerId);
    QCOMPARE(hiddenAccount.value(u"userId"_s).toString(), result.ticket->userId);
    QCOMPARE(hiddenAccount.value(u"emailAddress"_s).toString(), SecretScrubber::personalDataRemoved());
    QCOMPARE(hiddenAccount.value(u"firstName"_s).toString(), SecretScrubber::personalDataRemoved());
    QCOMPARE(shownAccount.value(u"emailAddress"_s).toString(), u"ada.lovelace@example.com"_s);
    QCOMPARE(shownAccount.value(u"id"_s).toInt(), customerId);

    const QString userClaims = u"https://www.kibocommerce.com/user_claims"_s;
    QCOMPARE(hidden.value(u"jwt"_s)[u"claims"_s][userClaims][u"b.UserFirstName"_s].toString(),
        SecretScrubber::personalDataRemoved());
    QCOMPARE(shown.value(u"jwt"_s)[u"claims"_s][userClaims][u"b.UserFirstName"_s].toString(), u"Ada"_s);
    QCOMPARE(hidden.value(u"request"_s)[u"body"_s][u"username"_s].toString(), SecretScrubber::personalDataRemoved());
    QCOMPARE(shown.value(u"request"_s)[u"body"_s][u"username"_s].toString(), u"ada.lovelace@example.com"_s);
    QCOMPARE(hidden.value(u"options"_s)[u"includePersonalData"_s].toBool(), false);

    const QByteArray shownText = QJsonDocument(shown).toJson();
    for (const auto& [name, secret] : rig.secrets()) {
        QVERIFY2(!Canary::foundIn(secret, shownText), qPrintable(name)); // personal data yes, secrets never
    }
    const QString markdown = SupportBundle::markdownFromJson(shown);
    QVERIFY(markdown.contains(u"ada.lovelace@example.com"_s));
}

// Random tokens sometimes end in letters that spell the customer's first name ("…adA=" for Ada): the
// pass that removes personal data must leave each token's last four alone.
void TestSupportBundle::tokenEndsSurviveThePersonalPass()
{
    DemoLoginRig rig;
    QVERIFY(rig.start());
    AuthTicketResult result = rig.run(u"ada"_s);
    QVERIFY(result.ticket);
    result.ticket->accessToken = result.ticket->accessToken.chopped(4) + u"adA="_s;
    result.ticket->refreshToken = result.ticket->refreshToken.chopped(4) + u"-Ada"_s;

    const QJsonObject bundle = SupportBundle::toJson(result, rig.profile(), rig.now());
    QCOMPARE(bundle.value(u"ticket"_s)[u"accessToken"_s][u"last4"_s].toString(), u"adA="_s);
    QCOMPARE(bundle.value(u"ticket"_s)[u"refreshToken"_s][u"last4"_s].toString(), u"-Ada"_s);
    const QString markdown = SupportBundle::markdownFromJson(bundle);
    QVERIFY(markdown.contains(u"…adA="_s));
    QVERIFY(markdown.contains(u"…-Ada"_s));
    // The name itself is still removed wherever it stands on its own.
    QCOMPARE(bundle.value(u"jwt"_s)[u"claims"_s][u"https://www.kibocommerce.com/user_claims"_s][u"b.UserFirstName"_s]
                 .toString(),
        SecretScrubber::personalDataRemoved());
}

void TestSupportBundle::markdownReadsAsATicket()
{
    DemoLoginRig rig;
    QVERIFY(rig.start());
    const AuthTicketResult result = rig.run(u"ada"_s);
    QVERIFY(result.ticket);
    const QJsonObject bundle = SupportBundle::toJson(result, rig.profile(), rig.now());
    const QString markdown = SupportBundle::markdownFromJson(bundle);
    QCOMPARE(markdown, SupportBundle::toMarkdown(result, rig.profile(), rig.now()));

    QVERIFY(markdown.startsWith(u"# Kibo Token Inspector support bundle\n"_s));
    for (const QString& heading : { u"\n## Expiries\n"_s, u"\n## Ticket\n"_s, u"\n## Request\n"_s, u"\n## Response\n"_s,
             u"\n## Decoded JWT\n"_s, u"\n## Profile\n"_s }) {
        QVERIFY2(markdown.contains(heading), qPrintable(heading));
    }
    // The ticket was issued at the tenant's 03:00 with a 15-minute lifetime; the bundle is made then too.
    QVERIFY2(markdown.contains(u"| Access ticket (accessTokenExpiration) | 2026-11-29 03:15:00 UTC | in 15 min |"_s),
        qPrintable(markdown));
    QVERIFY(markdown.contains(u"| Refresh token (refreshTokenExpiration) | 2026-11-30 03:00:00 UTC |"_s));
    // The request went to the tenant's host as the lookup found it, not to the home host.
    QVERIFY(result.tenant);
    QVERIFY(markdown.contains(u"`POST http://"_s + result.tenant->domain + u"/api/"_s));

    // Every fenced block is JSON a reader can paste into a tool.
    const QStringList blocks = fencedJsonBlocks(markdown);
    QCOMPARE(blocks.size(), 4); // request body, response body, JWT header, JWT claims
    for (const QString& block : blocks) {
        QJsonParseError error;
        QJsonDocument::fromJson(block.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(block.left(200)));
    }
    QCOMPARE(bundle.value(u"app"_s)[u"qtRuntime"_s].toString(), QString::fromLatin1(qVersion()));
    QCOMPARE(bundle.value(u"format"_s).toString(), u"kibo-token-inspector-support-bundle"_s);
    QCOMPARE(bundle.value(u"createdAt"_s).toString(), u"2026-11-29T03:00:00.000Z"_s);
}

void TestSupportBundle::scrubberFindsSecretsByKeyAndShape_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // SecretPolicy::KeyClass, as int
    const int plain = int(SecretPolicy::KeyClass::Plain);
    const int token = int(SecretPolicy::KeyClass::Token);
    const int hidden = int(SecretPolicy::KeyClass::Hidden);
    QTest::newRow("password") << u"password"_s << u"x"_s << hidden;
    QTest::newRow("client_secret") << u"client_secret"_s << u"x"_s << hidden;
    QTest::newRow("otpCode") << u"otpCode"_s << u"123456"_s << hidden;
    QTest::newRow("accessToken") << u"accessToken"_s << u"abc"_s << token;
    QTest::newRow("sessionToken") << u"sessionToken"_s << u"abc"_s << token;
    QTest::newRow("x-vol-user-claims") << u"x-vol-user-claims"_s << u"abc"_s << token;
    QTest::newRow("set-cookie") << u"Set-Cookie"_s << u"a=b"_s << token;
    QTest::newRow("expiration is a time") << u"accessTokenExpiration"_s << u"2026-11-29T03:15:00Z"_s << plain;
    QTest::newRow("token type") << u"token_type"_s << u"Bearer"_s << plain;
    QTest::newRow("ttl") << u"refreshTokenTtlMinutes"_s << u"60"_s << plain;
    QTest::newRow("username") << u"username"_s << u"ada"_s << plain;
}

void TestSupportBundle::scrubberFindsSecretsByKeyAndShape()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, expected);
    QCOMPARE(int(SecretPolicy::classifyKey(key)), expected);
    const QJsonObject scrubbed = SecretScrubber::scrubJson(QJsonObject { { key, value } }).toObject();
    QCOMPARE(scrubbed.value(key).isString(), expected == int(SecretPolicy::KeyClass::Plain));
    // The same value under a bland key is kept, unless it is a JWT.
    QCOMPARE(
        SecretScrubber::scrubJson(QJsonObject { { u"note"_s, value } }).toObject().value(u"note"_s).toString(), value);
    QVERIFY(
        SecretScrubber::scrubJson(QJsonObject { { u"note"_s, ForeignJwt } }).toObject().value(u"note"_s).isObject());
    // The same key as the name of a Kibo additionalErrorData pair.
    const QJsonObject pair
        = SecretScrubber::scrubJson(QJsonObject { { u"name"_s, key }, { u"value"_s, value } }).toObject();
    QCOMPARE(pair.value(u"value"_s).isString(), expected == int(SecretPolicy::KeyClass::Plain));
    QCOMPARE(pair.value(u"name"_s).toString(), key);
}

void TestSupportBundle::scrubTextRemovesSecretsFromProse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("url query") << u"GET https://t1.example/api/x?refreshToken=feedface0123456789abcdef failed"_s
                               << u"feedface0123456789abcdef"_s;
    QTest::newRow("key=value") << u"login failed: password=Hunter-22-secret"_s << u"Hunter-22-secret"_s;
    QTest::newRow("json member") << uR"(echo {"clientSecret": "abcDEF123456"})"_s << u"abcDEF123456"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer app-token-9f8e7d6c"_s << u"app-token-9f8e7d6c"_s;
    QTest::newRow("jwt in prose") << u"token "_s + ForeignJwt + u" was refused"_s << ForeignJwt;
}

void TestSupportBundle::scrubTextRemovesSecretsFromProse()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QVERIFY(Canary::foundIn(secret.toUtf8(), text.toUtf8()));
    QVERIFY(!Canary::foundIn(secret.toUtf8(), SecretScrubber::scrubText(text).toUtf8()));
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "testsupportbundle.moc"
