#include "secrets/secretpolicy.h"
#include "secrets/secretscrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(SecretPolicy::KeyClass)

using namespace Qt::StringLiterals;

namespace {

// {"alg":"HS256"}.{"sub":"someone-else"}.signature-of-a-foreign-jwt
const QString ForeignJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzb21lb25lLWVsc2UifQ.c2lnbmF0dXJlLW9mLWEtZm9yZWlnbi1qd3Q"_s;
// {"alg":"none"}.{}. : 24 characters, under the 40 the JSON tree once asked for.
const QString ShortJwt = u"eyJhbGciOiJub25lIn0.e30."_s;
// {"alg":"dir","enc":"A256GCM"} and four more parts: a JWE.
const QString Jwe = u"eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXYtaXYtaXY.Y2lwaGVy.dGFn"_s;

} // namespace

// The one secret policy (app/secrets): what is a secret, and how a redacted one looks everywhere.
class TestSecretPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyKey_data();
    void classifyKey();
    void classifyHeader_data();
    void classifyHeader();
    void namesSecret_data();
    void namesSecret();
    void looksLikeJwt_data();
    void looksLikeJwt();
    void describe_data();
    void describe();
    void redactIfSecret_data();
    void redactIfSecret();
    void tokenFields();
    void summaries();
    void recognisesItsOwnRedactions();
    void aRedactionBesideASecretIsNoRedaction_data();
    void aRedactionBesideASecretIsNoRedaction();
    void scrubbingReachesJwtsInsideTextAndKeys();
    void scrubTextLeavesNoNamedSecret_data();
    void scrubTextLeavesNoNamedSecret();
    void scrubTextKeepsWhatIsNoSecret();
};

void TestSecretPolicy::classifyKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<SecretPolicy::KeyClass>("expected");
    QTest::newRow("password") << u"password"_s << SecretPolicy::KeyClass::Hidden;
    QTest::newRow("client_secret") << u"client_secret"_s << SecretPolicy::KeyClass::Hidden;
    QTest::newRow("otpCode") << u"otpCode"_s << SecretPolicy::KeyClass::Hidden;
    QTest::newRow("otp") << u"otp"_s << SecretPolicy::KeyClass::Hidden;
    QTest::newRow("pin") << u"pin"_s << SecretPolicy::KeyClass::Hidden;
    QTest::newRow("accessToken") << u"accessToken"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("refreshToken") << u"refreshToken"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("jwtAccessToken") << u"jwtAccessToken"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("RefreshToken pair name") << u"RefreshToken"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("x-vol-user-claims") << u"x-vol-user-claims"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("Authorization") << u"Authorization"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("apiKey") << u"apiKey"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("expiration is a time") << u"accessTokenExpiration"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("token type") << u"token_type"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("ttl") << u"refreshTokenTtlMinutes"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("username") << u"username"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("CredentialsName names the client id") << u"CredentialsName"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("empty") << QString() << SecretPolicy::KeyClass::Plain;
}

void TestSecretPolicy::classifyKey()
{
    QFETCH(QString, key);
    QFETCH(SecretPolicy::KeyClass, expected);
    QCOMPARE(SecretPolicy::classifyKey(key), expected);
}

void TestSecretPolicy::classifyHeader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<SecretPolicy::KeyClass>("expected");
    QTest::newRow("Authorization") << u"Authorization"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("Proxy-Authorization") << u"Proxy-Authorization"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("Set-Cookie") << u"Set-Cookie"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("x-vol-user-claims") << u"x-vol-user-claims"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("x-vol-app-claims") << u"x-vol-app-claims"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("X-Api-Key") << u"X-Api-Key"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("X-Refresh-Token") << u"X-Refresh-Token"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("a session header") << u"X-Session-Id"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("a token header named like a time") << u"X-Token-Expires"_s << SecretPolicy::KeyClass::Token;
    QTest::newRow("X-Client-Secret") << u"X-Client-Secret"_s << SecretPolicy::KeyClass::Hidden;
    QTest::newRow("Content-Type") << u"Content-Type"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("x-vol-correlation") << u"x-vol-correlation"_s << SecretPolicy::KeyClass::Plain;
    QTest::newRow("Retry-After") << u"Retry-After"_s << SecretPolicy::KeyClass::Plain;
}

void TestSecretPolicy::classifyHeader()
{
    QFETCH(QString, name);
    QFETCH(SecretPolicy::KeyClass, expected);
    QCOMPARE(SecretPolicy::classifyHeader(name), expected);
}

void TestSecretPolicy::namesSecret_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("expected");
    // What classifyKey takes for a secret…
    QTest::newRow("client secret") << u"clientSecret"_s << true;
    QTest::newRow("refresh token") << u"refreshToken"_s << true;
    QTest::newRow("password") << u"password"_s << true;
    QTest::newRow("otp code") << u"otpCode"_s << true;
    // …and what it lets through as harmless, which a profile import still refuses.
    QTest::newRow("token type") << u"tokenType"_s << true;
    QTest::newRow("token expiration") << u"refreshTokenExpiration"_s << true;
    QTest::newRow("session id") << u"sessionId"_s << true;
    QTest::newRow("api key id") << u"apiKeyTtl"_s << true;
    // A profile's own keys name no secret.
    QTest::newRow("client id") << u"clientId"_s << false;
    QTest::newRow("tenant id") << u"tenantId"_s << false;
    QTest::newRow("auth host") << u"authHost"_s << false;
    QTest::newRow("ca bundle") << u"caBundlePath"_s << false;
    QTest::newRow("data view mode") << u"dataViewMode"_s << false;
}

void TestSecretPolicy::namesSecret()
{
    QFETCH(QString, key);
    QFETCH(bool, expected);
    QCOMPARE(SecretPolicy::namesSecret(key), expected);
    // A key that names a secret is a secret header too: headers have no harmless cousin.
    QCOMPARE(SecretPolicy::classifyHeader(key) != SecretPolicy::KeyClass::Plain, expected);
}

void TestSecretPolicy::looksLikeJwt_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("JWS") << ForeignJwt << true;
    QTest::newRow("JWS under 40 characters") << ShortJwt << true;
    QTest::newRow("JWE") << Jwe << true;
    QTest::newRow("too short") << u"eyJhIjoxfQ.e30."_s << false;
    QTest::newRow("header not JSON") << u"aGVsbG8td29ybGQ.aGVsbG8td29ybGQ.aGVsbG8"_s << false;
    QTest::newRow("three dots") << u"eyJhbGciOiJub25lIn0.e30.e30.e30"_s << false;
    QTest::newRow("a host name") << u"tenant-1.example.invalid"_s << false;
    QTest::newRow("space inside") << u"eyJhbGciOiJub25lIn0.e30. x"_s << false;
    QTest::newRow("an opaque token") << u"MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSecretPolicy::looksLikeJwt()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(SecretPolicy::looksLikeJwt(value), expected);
    // A JWT is a secret under any key; under a plain key nothing else is.
    QCOMPARE(SecretPolicy::isSecret(u"note"_s, value), expected);
}

void TestSecretPolicy::describe_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("last4");
    QTest::newRow("empty") << QString() << u"<redacted refreshToken: empty>"_s << QString();
    QTest::newRow("one under the threshold")
        << u"abcdefghijklm15"_s << u"<redacted refreshToken: 15 characters>"_s << QString();
    QTest::newRow("at the threshold") << u"abcdefghijkl-16x"_s
                                      << u"<redacted refreshToken: 16 characters, ends …-16x>"_s << u"-16x"_s;
    QTest::newRow("a JWT")
        << ForeignJwt
        << u"<redacted refreshToken: %1 characters, ends …%2>"_s.arg(ForeignJwt.size()).arg(ForeignJwt.right(4))
        << ForeignJwt.right(4);
}

void TestSecretPolicy::describe()
{
    QFETCH(QString, secret);
    QFETCH(QString, shown);
    QFETCH(QString, last4);
    QCOMPARE(SecretPolicy::MinLengthForLastFour, qsizetype(16));
    QCOMPARE(SecretPolicy::describe(u"refreshToken"_s, secret), shown);
    QCOMPARE(SecretPolicy::lastFour(secret), last4);
    QCOMPARE(SecretPolicy::hidden(u"password"_s), u"<redacted password>"_s);
}

void TestSecretPolicy::redactIfSecret_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a token") << u"refreshToken"_s << u"0123456789abcdef0123"_s
                             << u"<redacted refreshToken: 20 characters, ends …0123>"_s;
    QTest::newRow("a short token") << u"apiKey"_s << u"k-123"_s << u"<redacted apiKey: 5 characters>"_s;
    QTest::newRow("a password") << u"password"_s << u"Hunter-22-secret"_s << u"<redacted password>"_s;
    QTest::newRow("a JWT under a plain key")
        << u"note"_s << ShortJwt << u"<redacted note: 24 characters, ends …e30.>"_s;
    QTest::newRow("plain") << u"username"_s << u"ada@example.com"_s << u"ada@example.com"_s;
    QTest::newRow("already redacted") << u"refreshToken"_s << u"<redacted refreshToken: 5 characters>"_s
                                      << u"<redacted refreshToken: 5 characters>"_s;
    QTest::newRow("empty") << u"refreshToken"_s << QString() << QString();
}

void TestSecretPolicy::redactIfSecret()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QCOMPARE(SecretPolicy::redactIfSecret(key, value), shown);
}

void TestSecretPolicy::tokenFields()
{
    QCOMPARE(SecretPolicy::tokenFields(), QStringList({ u"accessToken"_s, u"refreshToken"_s, u"jwtAccessToken"_s }));
    for (const QString& field : SecretPolicy::tokenFields()) {
        QCOMPARE(SecretPolicy::classifyKey(field), SecretPolicy::KeyClass::Token);
    }
}

void TestSecretPolicy::summaries()
{
    QCOMPARE(SecretPolicy::tokenSummary(u"accessToken"_s, u"0123456789abcdefWXYZ"_s),
        QJsonObject({ { u"redacted"_s, true }, { u"kind"_s, u"accessToken"_s }, { u"length"_s, 20 },
            { u"last4"_s, u"WXYZ"_s } }));
    // Under the threshold the summary has no last4 either.
    QCOMPARE(SecretPolicy::tokenSummary(u"apiKey"_s, u"k-123"_s),
        QJsonObject({ { u"redacted"_s, true }, { u"kind"_s, u"apiKey"_s }, { u"length"_s, 5 } }));
    QCOMPARE(SecretPolicy::hiddenSummary(u"password"_s),
        QJsonObject({ { u"redacted"_s, true }, { u"kind"_s, u"password"_s } }));
}

void TestSecretPolicy::recognisesItsOwnRedactions()
{
    const QString bearer = u"Bearer "_s + SecretPolicy::describe(u"app token"_s, u"0123456789abcdef0123"_s);
    QVERIFY(SecretPolicy::containsRedaction(bearer));
    QCOMPARE(SecretPolicy::redactionStart(bearer), qsizetype(7));
    QVERIFY(!SecretPolicy::containsRedaction(u"Bearer 0123456789abcdef0123"_s));
    QCOMPARE(SecretPolicy::redactionStart(u"<redacted but open"_s), qsizetype(-1));
}

// A server chooses what its reply holds: a redaction's look beside a token must not pass the token off as redacted.
void TestSecretPolicy::aRedactionBesideASecretIsNoRedaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("redacted");
    const QString redaction = SecretPolicy::describe(u"app token"_s, u"0123456789abcdef0123"_s);
    QTest::newRow("a redaction") << redaction << true;
    QTest::newRow("Bearer and a redaction") << u"Bearer "_s + redaction << true;
    QTest::newRow("a hidden password") << SecretPolicy::hidden(u"password"_s) << true;
    QTest::newRow("a token, then a redaction") << u"Q2FuYXJ5T3BhcXVl "_s + redaction << false;
    QTest::newRow("a JWT, then a redaction")
        << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl<redacted x>"_s << false;
    QTest::newRow("no redaction") << u"Bearer abc"_s << false;
}

void TestSecretPolicy::aRedactionBesideASecretIsNoRedaction()
{
    QFETCH(QString, text);
    QFETCH(bool, redacted);
    QCOMPARE(SecretPolicy::isRedacted(text), redacted);
    if (!redacted && SecretPolicy::containsRedaction(text)) {
        QVERIFY(SecretPolicy::redactIfSecret(u"accessToken"_s, text) != text);
    }
}

void TestSecretPolicy::scrubbingReachesJwtsInsideTextAndKeys()
{
    const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJjYW5hcnkiOiJqd3QifQ.Q2FuYXJ5U2lnbmF0dXJlMDAx"_s;
    // Kibo's error data names a secret in "name", which then names its redaction (found by fuzz_redaction).
    const QJsonObject pair { { u"name"_s, QString(u"re"_s + jwt + u"eshToken"_s) }, { u"value"_s, u"word"_s } };
    const QJsonObject reply { { u"note"_s, QString(u"see "_s + jwt + u" now"_s) }, { jwt, 1 },
        { u"accessToken"_s, QString(u"<redacted x> "_s + jwt) }, { u"email"_s, u"ada.lovelace@example.com"_s },
        { u"additionalErrorData"_s, QJsonArray { pair } } };
    for (const SecretScrubber::Form form : { SecretScrubber::Form::Summary, SecretScrubber::Form::Text }) {
        const QJsonObject scrubbed = SecretScrubber::scrubJson(reply, form).toObject();
        const QByteArray shown = QJsonDocument(scrubbed).toJson();
        QVERIFY2(!shown.contains(jwt.toLatin1()), shown.constData());
        QVERIFY(scrubbed.value(u"note"_s).toString().startsWith(u"see <redacted jwt"_s));
        QCOMPARE(scrubbed.value(u"email"_s).toString(), u"ada.lovelace@example.com"_s); // plain words stay
    }
}

// What fuzz_redaction found: one replacement must not take away what the next one looks for.
void TestSecretPolicy::scrubTextLeavesNoNamedSecret_data()
{
    QTest::addColumn<QString>("text");
    const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJjYW5hcnkiOiJqd3QifQ.Q2FuYXJ5U2lnbmF0dXJlMDAx"_s;
    QTest::newRow("a scheme after a secret's name") << u"token: Bearer Q2FuYXJ5T3BhcXVl"_s;
    QTest::newRow("a name right after a JWT") << jwt + u"password=Q2FuYXJ5T3BhcXVl"_s;
    QTest::newRow("a query") << u"GET /x?refreshToken=Q2FuYXJ5T3BhcXVl&y=1"_s;
    QTest::newRow("Bearer") << u"Authorization: Bearer Q2FuYXJ5T3BhcXVl"_s;
    QTest::newRow("a key taken for the value before it") << u"{\"x_token\": \"refreshToken\":\"Q2FuYXJ5T3BhcXVl \"}"_s;
    QTest::newRow("a scheme taken for the value") << u"q`Bearer Bearer Q2FuYXJ5T3BhcXVl oted"_s;
    QTest::newRow("a value followed by a colon") << u"\"refreshTokepassword=Q2FuYXJ5T3BhcXVln\":\"x\""_s;
}

void TestSecretPolicy::scrubTextLeavesNoNamedSecret()
{
    QFETCH(QString, text);
    const QString scrubbed = SecretScrubber::scrubText(text);
    QVERIFY2(!scrubbed.contains(u"Q2FuYXJ5T3BhcXVl"_s), qPrintable(scrubbed));
    QVERIFY2(!scrubbed.contains(u"Q2FuYXJ5U2lnbmF0dXJlMDAx"_s), qPrintable(scrubbed));
}

// Plain values stay: a key's value is scrubbed, not the text around it.
void TestSecretPolicy::scrubTextKeepsWhatIsNoSecret()
{
    QCOMPARE(SecretScrubber::scrubText(u"password=abc:443 next"_s), u"password=… next"_s);
    QCOMPARE(
        SecretScrubber::scrubText(u"\"token\":\"abc\", \"name\":\"Ada\""_s), u"\"token\":\"…\", \"name\":\"Ada\""_s);
}

QTEST_GUILESS_MAIN(TestSecretPolicy)
#include "testsecretpolicy.moc"
