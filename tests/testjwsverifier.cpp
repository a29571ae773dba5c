// Signature verification against published vectors (RFC 7515 appendix A, RFC 7520 section 4,
// RFC 8037 appendix A.4) and against tokens the openssl command line made (tests/data/jws/README.md),
// with the refusals that stop algorithm confusion, kid selection in a JWK Set, and the JWKS fetch
// over real loopback HTTP.
#include "helpers/faultserver.h"
#include "helpers/testca.h"
#include "jwt/base64url.h"
#include "jwt/jwksfetcher.h"
#include "jwt/jwsverifier.h"
#include "jwt/jwtdecoder.h"
#include "jwt/keyloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(JwsVerifier::Outcome)
Q_DECLARE_METATYPE(JwksFetcher::Error)
Q_DECLARE_METATYPE(FaultServer::Reply)

namespace {

const QString DataDir = QStringLiteral(KTI_TEST_DATA_DIR "/jws/");

QByteArray readData(const QString& name)
{
    QFile file(DataDir + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("test data %s missing", qPrintable(name));
    }
    return file.readAll();
}

QJsonArray rfcVectors()
{
    return QJsonDocument::fromJson(readData(u"rfc-vectors.json"_s)).object().value(u"vectors"_s).toArray();
}

QJsonObject rfcVector(const QString& name)
{
    for (const QJsonValue& vector : rfcVectors()) {
        if (vector.toObject().value(u"name"_s).toString() == name) {
            return vector.toObject();
        }
    }
    qFatal("no vector %s", qPrintable(name));
}

// The openssl-made tokens of tokens.txt: "NAME TOKEN" per line.
QByteArray opensslToken(const QByteArray& name)
{
    const QList<QByteArray> lines = readData(u"tokens.txt"_s).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[0] == name) {
            return parts[1];
        }
    }
    qFatal("no token %s", name.constData());
}

QByteArray hmacSecret()
{
    return readData(u"hmac-secret.txt"_s).trimmed();
}

// A key reference of the data tables: "file:NAME", "jwk:VECTOR NAME", "secret:TEXT" or "hmac-secret".
KeyLoadResult loadKeys(const QString& reference)
{
    if (reference.startsWith(u"file:"_s)) {
        return KeyLoader::fromFile(DataDir + reference.mid(5));
    }
    if (reference.startsWith(u"jwk:"_s)) {
        return KeyLoader::fromJwk(rfcVector(reference.mid(4)).value(u"jwk"_s).toObject(), u"the RFC"_s);
    }
    if (reference.startsWith(u"secret:"_s)) {
        return KeyLoader::fromSecret(reference.mid(7).toUtf8(), u"the test"_s);
    }
    if (reference == u"hmac-secret"_s) {
        return KeyLoader::fromSecret(hmacSecret(), u"hmac-secret.txt"_s);
    }
    qFatal("bad key reference %s", qPrintable(reference));
}

JwsVerifier::Result verify(const QByteArray& token, const QString& keyReference)
{
    const KeyLoadResult keys = loadKeys(keyReference);
    if (!keys.ok()) {
        qWarning("key %s did not load: %s", qPrintable(keyReference), qPrintable(keys.error));
    }
    return JwsVerifier::verify(JwtDecoder::decode(token), keys.keys);
}

QByteArray segment(const QByteArray& token, int index)
{
    return token.split('.').value(index);
}

QByteArray withPayloadChanged(const QByteArray& token)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray payload = Base64Url::decode(parts[1]).data;
    payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x01);
    parts[1] = Base64Url::encode(payload);
    return parts.join('.');
}

QByteArray withSignatureChanged(const QByteArray& token)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray signature = Base64Url::decode(parts[2]).data;
    signature[signature.size() / 2] = char(signature[signature.size() / 2] ^ 0x40);
    parts[2] = Base64Url::encode(signature);
    return parts.join('.');
}

QByteArray withSignature(const QByteArray& token, const QByteArray& signature)
{
    QList<QByteArray> parts = token.split('.');
    parts[2] = Base64Url::encode(signature);
    return parts.join('.');
}

QByteArray withHeader(const QByteArray& token, const QByteArray& header)
{
    QList<QByteArray> parts = token.split('.');
    parts[0] = Base64Url::encode(header);
    return parts.join('.');
}

bool hasNotice(const JwsVerifier::Result& result, const QString& code)
{
    for (const TokenNotice& notice : result.notices) {
        if (notice.code == code) {
            return true;
        }
    }
    return false;
}

QString codes(const JwsVerifier::Result& result)
{
    QStringList list;
    for (const TokenNotice& notice : result.notices) {
        list << notice.code;
    }
    return list.join(u", "_s) + u" | "_s + result.message;
}

} // namespace

class TestJwsVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void algorithmConfusion();
    void jwkAlgorithmMustMatch();
    void curveMustMatch_data();
    void curveMustMatch();
    void kidSelection_data();
    void kidSelection();
    void ecdsaSignatureLength_data();
    void ecdsaSignatureLength();
    void algNoneNeverVerifies_data();
    void algNoneNeverVerifies();
    void notVerifiable_data();
    void notVerifiable();
    void weakRsaKeyIsReported();
    void appliedSetsTheStateFromTheResult();
    void keyLoading_data();
    void keyLoading();
    void descriptionsHoldNoKeyMaterial();
    void pastedKeys_data();
    void pastedKeys();
    void jwksFetch_data();
    void jwksFetch();
    void jwksFetchSendsNoCredentials();
    void jwksFetchOverUntrustedTlsFails();
};

void TestJwsVerifier::vectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("wrongKey");
    QTest::addColumn<QString>("algorithm");

    // Published vectors: the token and key exactly as the RFCs print them.
    const QHash<QString, QString> wrongKeyFor {
        { u"RFC 7515 A.1 HS256"_s, u"secret:not-the-rfc-key"_s },
        { u"RFC 7515 A.2 RS256"_s, u"file:other-rsa2048-public.pem"_s },
        { u"RFC 7515 A.3 ES256"_s, u"file:ec-P-256-public.pem"_s },
        { u"RFC 7515 A.4 ES512"_s, u"file:ec-P-521-public.pem"_s },
        { u"RFC 7520 4.1 RS256"_s, u"file:rsa2048-public.pem"_s },
        { u"RFC 7520 4.2 PS384"_s, u"file:rsa2048-public.pem"_s },
        { u"RFC 7520 4.3 ES512"_s, u"jwk:RFC 7515 A.4 ES512"_s },
        { u"RFC 7520 4.4 HS256"_s, u"jwk:RFC 7515 A.1 HS256"_s },
        { u"RFC 8037 A.4 Ed25519"_s, u"file:ed25519-public.pem"_s },
    };
    for (const QJsonValue& value : rfcVectors()) {
        const QJsonObject vector = value.toObject();
        const QString name = vector.value(u"name"_s).toString();
        QTest::newRow(qPrintable(name)) << vector.value(u"token"_s).toString().toLatin1() << u"jwk:"_s + name
                                        << wrongKeyFor.value(name) << vector.value(u"alg"_s).toString();
    }

    // openssl-made tokens (make-vectors.sh), keyed by PEM files or the HMAC secret.
    struct Row
    {
        const char* name;
        const char* key;
        const char* wrongKey;
        const char* algorithm;
    };
    const Row rows[] = {
        { "RS256", "file:rsa2048-public.pem", "file:other-rsa2048-public.pem", "RS256" },
        { "RS384", "file:rsa2048-cert.pem", "file:other-rsa2048-public.pem", "RS384" },
        { "RS512", "file:rsa2048-pkcs1-public.pem", "file:other-rsa2048-public.pem", "RS512" },
        { "PS256", "file:rsa2048-public.pem", "file:other-rsa2048-public.pem", "PS256" },
        { "PS384", "file:rsa2048-private.pem", "file:other-rsa2048-public.pem", "PS384" },
        { "PS512", "file:rsa2048-public.pem", "file:other-rsa2048-private.pem", "PS512" },
        { "HS256", "hmac-secret", "secret:another-secret-of-decent-length-0123456789", "HS256" },
        { "HS384", "hmac-secret", "secret:another-secret-of-decent-length-0123456789", "HS384" },
        { "HS512", "hmac-secret", "secret:another-secret-of-decent-length-0123456789", "HS512" },
        { "ES256", "file:ec-P-256-public.pem", "jwk:RFC 7515 A.3 ES256", "ES256" },
        { "ES384", "file:ec-P-384-private.pem", "file:other-ec-P-384-public.pem", "ES384" },
        { "ES512", "file:ec-P-521-public.pem", "jwk:RFC 7515 A.4 ES512", "ES512" },
        { "EdDSA-Ed25519", "file:ed25519-public.pem", "jwk:RFC 8037 A.4 Ed25519", "EdDSA" },
        { "EdDSA-Ed448", "file:ed448-public.pem", "file:other-ed448-private.pem", "EdDSA" },
    };
    for (const Row& row : rows) {
        QTest::addRow("openssl %s", row.name)
            << opensslToken(row.name) << QString::fromLatin1(row.key) << QString::fromLatin1(row.wrongKey)
            << QString::fromLatin1(row.algorithm);
    }
}

void TestJwsVerifier::vectors()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, key);
    QFETCH(QString, wrongKey);
    QFETCH(QString, algorithm);

    const JwsVerifier::Result result = verify(token, key);
    QVERIFY2(result.verified, qPrintable(codes(result)));
    QCOMPARE(result.outcome, JwsVerifier::Outcome::Verified);
    QCOMPARE(result.signatureState, DecodedToken::SignatureState::Verified);
    QCOMPARE(result.algorithm, algorithm);
    QVERIFY(!result.keyDescription.isEmpty());
    QVERIFY(result.message.contains(result.keyDescription));
    QVERIFY(hasNotice(result, u"verified"_s));

    const JwsVerifier::Result tamperedPayload = verify(withPayloadChanged(token), key);
    QVERIFY2(!tamperedPayload.verified, "a changed payload must not verify");
    QCOMPARE(tamperedPayload.outcome, JwsVerifier::Outcome::Invalid);
    QCOMPARE(tamperedPayload.signatureState, DecodedToken::SignatureState::Invalid);

    const JwsVerifier::Result tamperedSignature = verify(withSignatureChanged(token), key);
    QVERIFY(!tamperedSignature.verified);
    QCOMPARE(tamperedSignature.outcome, JwsVerifier::Outcome::Invalid);
    QVERIFY(hasNotice(tamperedSignature, u"signature-invalid"_s));

    const JwsVerifier::Result otherKey = verify(token, wrongKey);
    QVERIFY(!otherKey.verified);
    QVERIFY2(otherKey.outcome == JwsVerifier::Outcome::Invalid || otherKey.outcome == JwsVerifier::Outcome::Refused,
        qPrintable(codes(otherKey)));
}

void TestJwsVerifier::algorithmConfusion()
{
    const QByteArray token = opensslToken("HS256-confusion");
    // The attack is real: HMAC over the token with the PEM's bytes as the secret does verify...
    const KeyLoadResult pemAsSecret = KeyLoader::fromSecret(readData(u"rsa2048-public.pem"_s), u"the PEM"_s);
    QVERIFY(JwsVerifier::verify(JwtDecoder::decode(token), pemAsSecret.keys).verified);

    // ...but given as a key, the PEM is an RSA public key and never an HMAC secret.
    for (const QString& key :
        { u"file:rsa2048-public.pem"_s, u"file:rsa2048-cert.pem"_s, u"file:rsa2048-private.pem"_s }) {
        const JwsVerifier::Result result = verify(token, key);
        QVERIFY(!result.verified);
        QCOMPARE(result.outcome, JwsVerifier::Outcome::Refused);
        QCOMPARE(result.signatureState, DecodedToken::SignatureState::NotVerified);
        QVERIFY2(hasNotice(result, u"alg-confusion"_s), qPrintable(codes(result)));
        QCOMPARE(result.keysTried, 0);
    }
}

void TestJwsVerifier::jwkAlgorithmMustMatch()
{
    const QByteArray token = rfcVector(u"RFC 7515 A.3 ES256"_s).value(u"token"_s).toString().toLatin1();
    // The same key without "alg" verifies; with "alg": "ES384" it must refuse the ES256 header.
    QVERIFY(verify(token, u"jwk:RFC 7515 A.3 ES256"_s).verified);
    const JwsVerifier::Result result = verify(token, u"file:jwk-p256-alg-es384.json"_s);
    QVERIFY(!result.verified);
    QCOMPARE(result.outcome, JwsVerifier::Outcome::Refused);
    QVERIFY2(hasNotice(result, u"key-alg-mismatch"_s), qPrintable(codes(result)));
    QVERIFY(result.message.contains(u"ES384"_s));

    // An HS256 token against a JWK "oct" key restricted to HS512.
    QJsonObject jwk = rfcVector(u"RFC 7515 A.1 HS256"_s).value(u"jwk"_s).toObject();
    const QByteArray hs256 = rfcVector(u"RFC 7515 A.1 HS256"_s).value(u"token"_s).toString().toLatin1();
    jwk.insert(u"alg"_s, u"HS512"_s);
    const JwsVerifier::Result restricted
        = JwsVerifier::verify(JwtDecoder::decode(hs256), KeyLoader::fromJwk(jwk, u"test"_s).keys);
    QCOMPARE(restricted.outcome, JwsVerifier::Outcome::Refused);
    QVERIFY(hasNotice(restricted, u"key-alg-mismatch"_s));
}

void TestJwsVerifier::curveMustMatch_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("key");

    QTest::newRow("ES256 with a P-384 key") << opensslToken("ES256") << u"file:ec-P-384-public.pem"_s;
    QTest::newRow("ES384 with a P-256 key") << opensslToken("ES384") << u"file:ec-P-256-public.pem"_s;
    QTest::newRow("ES512 with a P-256 key") << opensslToken("ES512") << u"file:ec-P-256-public.pem"_s;
    QTest::newRow("ES256 header over an ES384 signature")
        << withHeader(opensslToken("ES384"), R"({"alg":"ES256"})") << u"file:ec-P-384-public.pem"_s;
}

void TestJwsVerifier::curveMustMatch()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, key);
    const JwsVerifier::Result result = verify(token, key);
    QVERIFY(!result.verified);
    QCOMPARE(result.outcome, JwsVerifier::Outcome::Refused);
    QVERIFY2(hasNotice(result, u"curve-mismatch"_s), qPrintable(codes(result)));
}

void TestJwsVerifier::kidSelection_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<JwsVerifier::Outcome>("outcome");
    QTest::addColumn<QString>("notice");
    QTest::addColumn<QString>("keyMentions");
    QTest::addColumn<int>("keysTried");

    const auto token = [](const QString& name) {
        return rfcVector(name).value(u"token"_s).toString().toLatin1();
    };
    QTest::newRow("right kid, RS256") << token(u"RFC 7520 4.1 RS256"_s) << JwsVerifier::Outcome::Verified
                                      << u"verified"_s << u"bilbo.baggins@hobbiton.example"_s << 1;
    QTest::newRow("right kid, PS384") << token(u"RFC 7520 4.2 PS384"_s) << JwsVerifier::Outcome::Verified
                                      << u"verified"_s << u"bilbo.baggins@hobbiton.example"_s << 1;
    QTest::newRow("unknown kid") << withHeader(
        token(u"RFC 7520 4.1 RS256"_s), R"({"alg":"RS256","kid":"nobody@example"})")
                                 << JwsVerifier::Outcome::NoMatchingKey << u"unknown-kid"_s << QString() << 0;
    QTest::newRow("no kid, only the EC key is tried")
        << token(u"RFC 7515 A.3 ES256"_s) << JwsVerifier::Outcome::Verified << u"verified"_s << u"rfc7515-a3-p256"_s
        << 1;
    QTest::newRow("no kid, only the Ed25519 key is tried")
        << token(u"RFC 8037 A.4 Ed25519"_s) << JwsVerifier::Outcome::Verified << u"verified"_s
        << u"rfc8037-a4-ed25519"_s << 1;
    QTest::newRow("no kid, tampered: one key tried, invalid")
        << withSignatureChanged(token(u"RFC 7515 A.3 ES256"_s)) << JwsVerifier::Outcome::Invalid
        << u"signature-invalid"_s << u"rfc7515-a3-p256"_s << 1;
    QTest::newRow("no kid, no key of that type")
        << token(u"RFC 7515 A.4 ES512"_s) << JwsVerifier::Outcome::Refused << u"key-alg-mismatch"_s << QString() << 0;
    QTest::newRow("kid of an RSA key on an ES256 header")
        << withHeader(token(u"RFC 7515 A.3 ES256"_s), R"({"alg":"ES256","kid":"bilbo.baggins@hobbiton.example"})")
        << JwsVerifier::Outcome::Refused << u"key-alg-mismatch"_s << u"bilbo"_s << 0;
    QTest::newRow("kid on an HS256 header: no confusion")
        << withHeader(token(u"RFC 7515 A.1 HS256"_s), R"({"alg":"HS256","kid":"bilbo.baggins@hobbiton.example"})")
        << JwsVerifier::Outcome::Refused << u"alg-confusion"_s << u"bilbo"_s << 0;
}

void TestJwsVerifier::kidSelection()
{
    QFETCH(QByteArray, token);
    QFETCH(JwsVerifier::Outcome, outcome);
    QFETCH(QString, notice);
    QFETCH(QString, keyMentions);
    QFETCH(int, keysTried);

    const KeyLoadResult keys = KeyLoader::fromFile(DataDir + u"jwks-three.json"_s);
    QVERIFY2(keys.ok(), qPrintable(keys.error));
    QCOMPARE(keys.keys.size(), 3);
    const JwsVerifier::Result result = JwsVerifier::verify(JwtDecoder::decode(token), keys.keys);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.verified, outcome == JwsVerifier::Outcome::Verified);
    QVERIFY2(hasNotice(result, notice), qPrintable(codes(result)));
    if (!keyMentions.isEmpty()) {
        QVERIFY2(result.keyDescription.contains(keyMentions), qPrintable(result.keyDescription));
    }
    QCOMPARE(result.keysTried, keysTried);
}

void TestJwsVerifier::ecdsaSignatureLength_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("key");

    const QByteArray es256 = opensslToken("ES256");
    const QByteArray signature = Base64Url::decode(segment(es256, 2)).data;
    QTest::newRow("ES256 one byte short")
        << withSignature(es256, signature.chopped(1)) << u"file:ec-P-256-public.pem"_s;
    QTest::newRow("ES256 one byte long") << withSignature(es256, signature + '\0') << u"file:ec-P-256-public.pem"_s;
    QTest::newRow("ES256 zero byte in front")
        << withSignature(es256, '\0' + signature) << u"file:ec-P-256-public.pem"_s;
    QTest::newRow("ES256 R only") << withSignature(es256, signature.left(32)) << u"file:ec-P-256-public.pem"_s;
    const QByteArray es512 = rfcVector(u"RFC 7515 A.4 ES512"_s).value(u"token"_s).toString().toLatin1();
    const QByteArray signature512 = Base64Url::decode(segment(es512, 2)).data;
    QTest::newRow("ES512 as 2 x 65 bytes")
        << withSignature(es512, signature512.mid(1, 65) + signature512.mid(67)) << u"jwk:RFC 7515 A.4 ES512"_s;
}

void TestJwsVerifier::ecdsaSignatureLength()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, key);
    const JwsVerifier::Result result = verify(token, key);
    QVERIFY(!result.verified);
    QCOMPARE(result.outcome, JwsVerifier::Outcome::Invalid);
    QVERIFY2(hasNotice(result, u"bad-signature-length"_s), qPrintable(codes(result)));
}

void TestJwsVerifier::algNoneNeverVerifies_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray payload = segment(opensslToken("HS256"), 1);
    QTest::newRow("none, empty signature") << Base64Url::encode(R"({"alg":"none"})") + '.' + payload + '.';
    QTest::newRow("None, empty signature") << Base64Url::encode(R"({"alg":"None"})") + '.' + payload + '.';
    QTest::newRow("none with the HS256 signature")
        << Base64Url::encode(R"({"alg":"none"})") + '.' + payload + '.' + segment(opensslToken("HS256"), 2);
}

void TestJwsVerifier::algNoneNeverVerifies()
{
    QFETCH(QByteArray, token);
    QList<VerificationKey> everyKey;
    for (const QString& key : { u"hmac-secret"_s, u"file:rsa2048-public.pem"_s, u"file:jwks-three.json"_s }) {
        everyKey << loadKeys(key).keys;
    }
    const DecodedToken decoded = JwtDecoder::decode(token);
    const JwsVerifier::Result result = JwsVerifier::verify(decoded, everyKey);
    QVERIFY(!result.verified);
    QCOMPARE(result.outcome, JwsVerifier::Outcome::Refused);
    QCOMPARE(result.signatureState, DecodedToken::SignatureState::Unsigned);
    QVERIFY(hasNotice(result, u"alg-none"_s));
    QCOMPARE(JwsVerifier::applied(decoded, result).signatureState, DecodedToken::SignatureState::Unsigned);
}

void TestJwsVerifier::notVerifiable_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("notice");

    const QByteArray hs256 = opensslToken("HS256");
    QTest::newRow("opaque") << QByteArray("b2c1a4f0e9d8c7b6a5f4e3d2c1b0a9f8") << u"not-a-jws"_s;
    QTest::newRow("empty") << QByteArray() << u"not-a-jws"_s;
    QTest::newRow("jwe") << QByteArray("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d") << u"not-a-jws"_s;
    QTest::newRow("unsupported alg HS1") << withHeader(hs256, R"({"alg":"HS1"})") << u"unsupported-alg"_s;
    QTest::newRow("unsupported alg ES256K") << withHeader(hs256, R"({"alg":"ES256K"})") << u"unsupported-alg"_s;
    QTest::newRow("lower-case hs256") << withHeader(hs256, R"({"alg":"hs256"})") << u"unsupported-alg"_s;
    QTest::newRow("no alg") << withHeader(hs256, R"({"typ":"JWT"})") << u"missing-alg"_s;
    QTest::newRow("no signature") << hs256.left(hs256.lastIndexOf('.') + 1) << u"missing-signature"_s;
    QTest::newRow("signature not base64url")
        << hs256.left(hs256.lastIndexOf('.') + 1) + "a*b" << u"missing-signature"_s;
}

void TestJwsVerifier::notVerifiable()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, notice);
    const JwsVerifier::Result result = verify(token, u"hmac-secret"_s);
    QVERIFY(!result.verified);
    QCOMPARE(result.outcome, JwsVerifier::Outcome::NotVerifiable);
    QVERIFY2(hasNotice(result, notice), qPrintable(codes(result)));
    QCOMPARE(result.keysTried, 0);
}

void TestJwsVerifier::weakRsaKeyIsReported()
{
    const JwsVerifier::Result weak = verify(opensslToken("RS256-weak"), u"file:rsa1024-public.pem"_s);
    QVERIFY2(weak.verified, qPrintable(codes(weak)));
    QVERIFY(hasNotice(weak, u"weak-rsa-key"_s));
    QVERIFY(weak.keyDescription.contains(u"1024-bit"_s));
    const JwsVerifier::Result strong = verify(opensslToken("RS256"), u"file:rsa2048-public.pem"_s);
    QVERIFY(strong.verified);
    QVERIFY(!hasNotice(strong, u"weak-rsa-key"_s));
}

void TestJwsVerifier::appliedSetsTheStateFromTheResult()
{
    const DecodedToken decoded = JwtDecoder::decode(opensslToken("HS256"));
    QCOMPARE(decoded.signatureState, DecodedToken::SignatureState::NotVerified);
    QVERIFY(decoded.hasNotice(u"not-verified"_s));

    const JwsVerifier::Result good = JwsVerifier::verify(decoded, loadKeys(u"hmac-secret"_s).keys);
    const DecodedToken verified = JwsVerifier::applied(decoded, good);
    QCOMPARE(verified.signatureState, DecodedToken::SignatureState::Verified);
    QVERIFY(!verified.hasNotice(u"not-verified"_s));
    // The input is a value and stays as it was.
    QCOMPARE(decoded.signatureState, DecodedToken::SignatureState::NotVerified);

    const JwsVerifier::Result bad = JwsVerifier::verify(decoded, loadKeys(u"secret:wrong"_s).keys);
    QCOMPARE(JwsVerifier::applied(decoded, bad).signatureState, DecodedToken::SignatureState::Invalid);

    const JwsVerifier::Result refused = JwsVerifier::verify(decoded, loadKeys(u"file:rsa2048-public.pem"_s).keys);
    QCOMPARE(JwsVerifier::applied(decoded, refused).signatureState, DecodedToken::SignatureState::NotVerified);
}

void TestJwsVerifier::keyLoading_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("keys");
    QTest::addColumn<QString>("describes"); // in the first key's description, or in the error
    QTest::addColumn<bool>("hasNote");

    QTest::newRow("SPKI public key") << u"rsa2048-public.pem"_s << true << 1
                                     << u"RSA 2048-bit public key from rsa2048-public.pem"_s << false;
    QTest::newRow("PKCS#1 public key") << u"rsa2048-pkcs1-public.pem"_s << true << 1 << u"RSA 2048-bit"_s << false;
    QTest::newRow("certificate") << u"rsa2048-cert.pem"_s << true << 1 << u"RSA 2048-bit"_s << false;
    QTest::newRow("private key, public part used")
        << u"rsa2048-private.pem"_s << true << 1 << u"RSA 2048-bit"_s << true;
    QTest::newRow("encrypted private key") << u"rsa2048-encrypted.pem"_s << false << 0 << u"encrypted"_s << false;
    QTest::newRow("EC P-256") << u"ec-P-256-public.pem"_s << true << 1 << u"EC P-256 public key"_s << false;
    QTest::newRow("EC P-521 private") << u"ec-P-521-private.pem"_s << true << 1 << u"EC P-521"_s << true;
    QTest::newRow("EC secp256k1 refused") << u"ec-secp256k1-public.pem"_s << false << 0 << u"secp256k1"_s << false;
    QTest::newRow("Ed25519") << u"ed25519-public.pem"_s << true << 1 << u"Ed25519 public key"_s << false;
    QTest::newRow("Ed448") << u"ed448-public.pem"_s << true << 1 << u"Ed448 public key"_s << false;
    QTest::newRow("JWK Set of three") << u"jwks-three.json"_s << true << 3 << u"bilbo.baggins"_s << false;
    QTest::newRow("JWK with private d") << u"jwk-p256-with-d.json"_s << true << 1 << u"EC P-256"_s << true;
    QTest::newRow("not a key") << u"tokens.txt"_s << false << 0 << u"neither"_s << false;
    QTest::newRow("JSON but no key") << u"rfc-vectors.json"_s << false << 0 << u"neither a JWK"_s << false;
    QTest::newRow("missing file") << u"no-such-file.pem"_s << false << 0 << u"could not be read"_s << false;
}

void TestJwsVerifier::keyLoading()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, keys);
    QFETCH(QString, describes);
    QFETCH(bool, hasNote);

    const KeyLoadResult result = KeyLoader::fromFile(DataDir + file);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.keys.size(), keys);
    const QString text = ok ? result.keys.constFirst().description : result.error;
    QVERIFY2(text.contains(describes), qPrintable(text));
    QCOMPARE(!result.notes.isEmpty(), hasNote);
    for (const VerificationKey& key : result.keys) {
        QVERIFY(key.publicKey || key.type == VerificationKey::Type::Secret);
        QVERIFY(!key.algorithms().isEmpty());
    }
}

void TestJwsVerifier::descriptionsHoldNoKeyMaterial()
{
    // A JWK's "k" given as the secret, decoded from base64url: the same key as the secret itself. A secret that is
    // not base64url is refused without naming any of its characters.
    const QByteArray k = Base64Url::encode(hmacSecret());
    QVERIFY(KeyLoader::looksLikeBase64Url(k));
    QVERIFY(!KeyLoader::looksLikeBase64Url(QByteArray(hmacSecret() + " !")));
    QVERIFY(!KeyLoader::looksLikeBase64Url("short-one"));
    const KeyLoadResult decoded = KeyLoader::fromBase64UrlSecret(k, u"the secret field"_s);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.keys.constFirst().secret, hmacSecret());
    QCOMPARE(decoded.keys.constFirst().description, u"shared secret decoded from base64url from the secret field"_s);
    QVERIFY(JwsVerifier::verify(JwtDecoder::decode(opensslToken("HS256")), decoded.keys).verified);
    const KeyLoadResult notBase64Url = KeyLoader::fromBase64UrlSecret("Canary+Secret/7f3a9c=!", u"stdin"_s);
    QVERIFY(!notBase64Url.ok());
    QVERIFY2(!notBase64Url.error.contains(u"Canary"_s) && !notBase64Url.error.contains(u"'+'"_s),
        qPrintable(notBase64Url.error));

    const QByteArray secret = "Canary-Verifier-Secret-7f3a9c";
    const KeyLoadResult fromSecret = KeyLoader::fromSecret(secret, u"standard input"_s);
    QCOMPARE(fromSecret.keys.size(), 1);
    QVERIFY(!fromSecret.keys.constFirst().description.contains(QString::fromLatin1(secret)));
    const JwsVerifier::Result wrong = JwsVerifier::verify(JwtDecoder::decode(opensslToken("HS256")), fromSecret.keys);
    QVERIFY(!wrong.verified);
    QVERIFY(!wrong.message.contains(QString::fromLatin1(secret)));
    for (const TokenNotice& notice : wrong.notices) {
        QVERIFY(!notice.text.contains(QString::fromLatin1(secret)));
    }

    const QJsonObject jwk = rfcVector(u"RFC 7520 4.4 HS256"_s).value(u"jwk"_s).toObject();
    const KeyLoadResult oct = KeyLoader::fromJwk(jwk, u"test"_s);
    QVERIFY(!oct.keys.constFirst().description.contains(jwk.value(u"k"_s).toString()));

    const KeyLoadResult pem = KeyLoader::fromFile(DataDir + u"rsa2048-private.pem"_s);
    QVERIFY(!pem.keys.constFirst().description.contains(u"BEGIN"_s));
}

void TestJwsVerifier::pastedKeys_data()
{
    QTest::addColumn<QString>("text"); // what was pasted; "file:NAME" is that file's text
    QTest::addColumn<QString>("read"); // "key", "error", "not a key" (std::nullopt: the caller reads it as a path)
    QTest::addColumn<QString>("describes"); // in the first key's description, or in the error

    const QString octJwk
        = u"{\"kty\":\"oct\",\"k\":\"%1\"}"_s.arg(QString::fromLatin1(Base64Url::encode(hmacSecret())));
    QTest::newRow("PEM public key") << u"file:rsa2048-public.pem"_s << u"key"_s
                                    << u"RSA 2048-bit public key from the clipboard"_s;
    QTest::newRow("PEM certificate, one line")
        << u"oneline:rsa2048-cert.pem"_s << u"key"_s << u"RSA 2048-bit public key from the clipboard"_s;
    QTest::newRow("PEM private key, one line")
        << u"oneline:ec-P-256-private.pem"_s << u"key"_s << u"EC P-256 public key from the clipboard"_s;
    QTest::newRow("PEM without its end") << u"-----BEGIN PUBLIC KEY----- MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"_s
                                         << u"error"_s << u"no “-----END” line"_s;
    QTest::newRow("oct JWK") << octJwk << u"key"_s << u"shared secret (JWK) from the clipboard"_s;
    QTest::newRow("JWK Set") << u"file:jwks-three.json"_s << u"key"_s << u"bilbo.baggins"_s;
    QTest::newRow("JSON that is no key") << u"{\"hello\":1}"_s << u"error"_s << u"neither a JWK"_s;
    QTest::newRow("a path") << u"/home/ada/keys/issuer.pem"_s << u"not a key"_s << QString();
    QTest::newRow("a base64url secret") << QString::fromLatin1(Base64Url::encode(hmacSecret())) << u"not a key"_s
                                        << QString();
}

// A key pasted where a path or a secret was expected: a PEM block (also one whose line breaks were lost), a JWK or
// a JWK Set is read; anything else is left to the caller, and no message repeats what was pasted.
void TestJwsVerifier::pastedKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, read);
    QFETCH(QString, describes);

    if (text.startsWith(u"file:"_s)) {
        text = QString::fromLatin1(readData(text.mid(5)));
    } else if (text.startsWith(u"oneline:"_s)) {
        text = QString::fromLatin1(readData(text.mid(8))).simplified();
        QVERIFY(!text.contains(u'\n'));
    }
    const std::optional<KeyLoadResult> result = KeyLoader::fromPastedText(text, u"the clipboard"_s);
    QCOMPARE(result.has_value(), read != u"not a key"_s);
    if (!result) {
        return;
    }
    QCOMPARE(result->ok(), read == u"key"_s);
    const QString said = result->ok() ? result->keys.constFirst().description : result->error;
    QVERIFY2(said.contains(describes), qPrintable(said));
    const QString k = QString::fromLatin1(Base64Url::encode(hmacSecret()));
    for (const QString& message : QStringList { said, result->notes.join(u' ') }) {
        QVERIFY2(
            !message.contains(k) && !message.contains(u"MII"_s) && !message.contains(u"BEGIN"_s), qPrintable(message));
    }
}

void TestJwsVerifier::jwksFetch_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<JwksFetcher::Error>("error");
    QTest::addColumn<QString>("message");

    const QByteArray jwks = readData(u"jwks-three.json"_s);
    QTest::newRow("200 JWK Set") << FaultServer::json(200, jwks) << JwksFetcher::Error::None << QString();
    QTest::newRow("404") << FaultServer::json(404, "{}") << JwksFetcher::Error::HttpStatus << u"404"_s;
    QTest::newRow("500") << FaultServer::json(500, "{}") << JwksFetcher::Error::HttpStatus << u"500"_s;
    FaultServer::Reply html;
    html.headers.emplaceBack("Content-Type", "text/html");
    html.body = "<!doctype html><title>Sign in</title>";
    QTest::newRow("200 HTML") << html << JwksFetcher::Error::NotJson << u"HTML"_s;
    QTest::newRow("200 empty") << FaultServer::json(200, {}) << JwksFetcher::Error::NotJson << u"empty"_s;
    QTest::newRow("200 oversize") << FaultServer::json(200, QByteArray(JwksFetcher::MaxBytes + 1, ' '))
                                  << JwksFetcher::Error::Oversize << u"1 MiB"_s;
    FaultServer::Reply stream = FaultServer::fault(FaultServer::Fault::Stream);
    stream.streamBytes = 3 * JwksFetcher::MaxBytes;
    QTest::newRow("chunked stream past the cap") << stream << JwksFetcher::Error::Oversize << u"1 MiB"_s;
    FaultServer::Reply redirect = FaultServer::json(302, {});
    redirect.headers.emplaceBack("Location", "http://elsewhere.example/jwks.json");
    QTest::newRow("302 not followed") << redirect << JwksFetcher::Error::Redirect << u"elsewhere.example"_s;
    QTest::newRow("stall before headers") << FaultServer::fault(FaultServer::Fault::StallBeforeHeaders)
                                          << JwksFetcher::Error::Timeout << u"did not arrive"_s;
    QTest::newRow("closed without reply")
        << FaultServer::fault(FaultServer::Fault::CloseWithoutReply) << JwksFetcher::Error::Network << u"127.0.0.1"_s;
}

void TestJwsVerifier::jwksFetch()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(JwksFetcher::Error, error);
    QFETCH(QString, message);

    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/.well-known/jwks.json", { reply });
    JwksFetcher fetcher;
    fetcher.setDeadline(std::chrono::milliseconds(1500));
    QSignalSpy finished(&fetcher, &JwksFetcher::finished);
    QUrl url = server.baseUrl();
    url.setPath(u"/.well-known/jwks.json"_s);
    url.setQuery(u"canary=Query-Canary-55"_s);
    fetcher.fetch(url);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<JwksFetcher::Result>();
    QCOMPARE(result.error, error);
    QVERIFY(!fetcher.isRunning());
    QVERIFY(!result.message.contains(u"Query-Canary-55"_s));
    QVERIFY(!result.source.contains(u"Query-Canary-55"_s));
    if (error == JwksFetcher::Error::None) {
        QVERIFY(result.message.isEmpty());
        const KeyLoadResult keys = KeyLoader::fromJwkSet(result.body, result.source);
        QCOMPARE(keys.keys.size(), 3);
        QVERIFY(keys.keys.constFirst().description.contains(u"127.0.0.1"_s));
    } else {
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        QVERIFY(result.body.isEmpty());
    }
}

void TestJwsVerifier::jwksFetchSendsNoCredentials()
{
    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/jwks", { FaultServer::json(200, readData(u"jwks-three.json"_s)) });
    JwksFetcher fetcher;
    QSignalSpy finished(&fetcher, &JwksFetcher::finished);
    QUrl url = server.baseUrl();
    url.setPath(u"/jwks"_s);
    url.setUserName(u"user"_s);
    url.setPassword(u"Password-Canary-91"_s);
    fetcher.fetch(url);
    QVERIFY(finished.wait(10000));
    const auto result = finished.constFirst().constFirst().value<JwksFetcher::Result>();
    QCOMPARE(result.error, JwksFetcher::Error::None);
    QVERIFY(!result.source.contains(u"Password-Canary-91"_s));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().constFirst().header("Authorization").isEmpty());
    QVERIFY(server.requests().constFirst().header("Cookie").isEmpty());

    // A refused connection (a fresh fetcher: the first one's manager keeps its connection alive), and a URL
    // that is not http(s).
    const quint16 port = server.serverPort();
    server.close();
    JwksFetcher refusedFetcher;
    QSignalSpy again(&refusedFetcher, &JwksFetcher::finished);
    refusedFetcher.fetch(QUrl(u"http://127.0.0.1:%1/jwks"_s.arg(port)));
    QVERIFY(again.wait(10000));
    const auto refused = again.constFirst().constFirst().value<JwksFetcher::Result>();
    QCOMPARE(refused.error, JwksFetcher::Error::Network);
    QVERIFY2(refused.message.contains(u"refused"_s), qPrintable(refused.message));
    QSignalSpy invalid(&fetcher, &JwksFetcher::finished);
    fetcher.fetch(QUrl(u"ftp://127.0.0.1/jwks"_s));
    QVERIFY(invalid.wait(10000));
    QCOMPARE(invalid.constFirst().constFirst().value<JwksFetcher::Result>().error, JwksFetcher::Error::InvalidUrl);
}

void TestJwsVerifier::jwksFetchOverUntrustedTlsFails()
{
    // HTTPS from a CA nobody trusts: the fetch fails as TLS, and nothing is ignored to get the keys.
    TestCa ca;
    QString error;
    QVERIFY2(ca.create(&error), qPrintable(error));
    const TestCa::ServerCertificate certificate = ca.server(TestCa::ServerKind::Good, &error);
    QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
    FaultServer server;
    server.setTls(certificate.certificate, certificate.key);
    QVERIFY(server.listenLocal());
    server.script("/jwks", { FaultServer::json(200, readData(u"jwks-three.json"_s)) });
    JwksFetcher fetcher;
    QSignalSpy finished(&fetcher, &JwksFetcher::finished);
    QUrl url = server.baseUrl();
    QCOMPARE(url.scheme(), u"https"_s);
    url.setPath(u"/jwks"_s);
    fetcher.fetch(url);
    QVERIFY(finished.wait(10000));
    const auto result = finished.constFirst().constFirst().value<JwksFetcher::Result>();
    QCOMPARE(result.error, JwksFetcher::Error::Tls);
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.message.contains(u"127.0.0.1"_s), qPrintable(result.message));
    QCOMPARE(server.count("/jwks"), 0);
}

QTEST_GUILESS_MAIN(TestJwsVerifier)
#include "testjwsverifier.moc"
