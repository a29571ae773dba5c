#include "helpers/rfcvectors.h"
#include "jwt/base64url.h"
#include "jwt/jwsverifier.h"
#include "jwt/jwtdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DecodedToken::Kind)
Q_DECLARE_METATYPE(DecodedToken::PayloadOctets)

class TestJwtDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kiboToken();
    void malformed_data();
    void malformed();
    void payloadNotJson_data();
    void payloadNotJson();
    void rfcVectors_data();
    void rfcVectors();
    void fastReaderIsQtReader_data();
    void fastReaderIsQtReader();
    void readerOfEachSegment_data();
    void readerOfEachSegment();
    void kiboTokenClaims();
    void signingInputSharesOrOwnsItsBytes();
    void noticesAreSentences();
    void mutationsNeverCrash();
    void badCharacterOffsetIsInTheToken();
    void jweHeaderOnly();
    void hmacVectors_data();
    void hmacVectors();
    void verifyRfc7515Example();
    void verifyKiboToken();
    void verifyRefusals();
};

namespace {

const QByteArray Secret = "demo-tenant-signing-secret-0123456789";

DecodedToken decodeBytes(const QByteArray& token)
{
    return JwtDecoder::decode(token);
}

QByteArray seg(const QByteArray& bytes)
{
    return Base64Url::encode(bytes);
}

QByteArray kiboPayload()
{
    const QByteArray session = R"({"i":"0f6d3b1c9e8a4f2b8c7d6e5f4a3b2c1d","c":"2025-11-29T01:40:00.1234567",)"
                               R"("p":false,"p2":null,"bt":false,"e":"2025-11-30T01:40:00"})";
    QJsonObject user { { u"uid"_s, u"6e1d2c3b4a5f60718293a4b5c6d7e8f9"_s }, { u"anon"_s, u"0"_s },
        { u"st"_s, u"Shopper"_s }, { u"bv"_s, QJsonArray { 31, 4194304 } }, { u"env"_s, u"dev07"_s },
        { u"rnd"_s, -123456789 }, { u"exp"_s, u"2025-11-29T01:55:00"_s }, { u"b.TenantId"_s, u"100"_s },
        { u"b.SiteId"_s, u"200"_s }, { u"b.AccountId"_s, u"1001"_s }, { u"b.UserFirstName"_s, u"Ada"_s },
        { u"b.UserLastName"_s, u"Lovelace"_s }, { u"b._sess_"_s, QString::fromUtf8(session) } };
    QJsonObject app { { u"aid"_s, u"3b6a1f0e2d4c5b6a798081726354a5b6"_s },
        { u"akey"_s, u"mozuadmin.mpoc_app.1.0.0.Release"_s }, { u"b.AppName"_s, u"mpoc app"_s },
        { u"bv"_s, QJsonArray { 0, -2147483618, 31, 4194304 } }, { u"env"_s, u"dev07"_s },
        { u"exp"_s, u"2025-11-29T02:40:00"_s }, { u"rnd"_s, 987654321 }, { u"ssl"_s, u"0"_s }, { u"ent"_s, u"0"_s },
        { u"mtr"_s, u"0"_s }, { u"uc"_s, u"0"_s } };
    QJsonObject payload { { u"iss"_s, u"https://www.kibocommerce.com"_s },
        { u"aud"_s, u"https://www.kibocommerce.com"_s }, { u"sub"_s, u"6e1d2c3b4a5f60718293a4b5c6d7e8f9"_s },
        { u"unique_name"_s, u"6e1d2c3b4a5f60718293a4b5c6d7e8f9"_s },
        { u"sid"_s, u"0f6d3b1c9e8a4f2b8c7d6e5f4a3b2c1d"_s }, { u"nbf"_s, 1764380400 }, { u"iat"_s, 1764380400 },
        { u"exp"_s, 1764384000 }, { u"https://www.kibocommerce.com/app_claims"_s, app },
        { u"https://www.kibocommerce.com/user_claims"_s, user } };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray signedToken(const QByteArray& header, const QByteArray& payload, const QByteArray& secret = Secret,
    const QString& algorithm = u"HS256"_s)
{
    const QByteArray signingInput = seg(header) + '.' + seg(payload);
    return signingInput + '.' + seg(JwsVerifier::signHmac(signingInput, secret, algorithm));
}

QByteArray kiboToken()
{
    return signedToken(R"({"alg":"HS256","typ":"JWT"})", kiboPayload());
}

const QByteArray Hs256Header = R"({"alg":"HS256","typ":"JWT"})";
const QByteArray SmallPayload = R"({"sub":"42","exp":1764384000})";
const QByteArray FakeSignature = seg("0123456789abcdef0123456789abcdef");

QByteArray jws(const QByteArray& headerSegment, const QByteArray& payloadSegment,
    const QByteArray& signatureSegment = FakeSignature)
{
    return headerSegment + '.' + payloadSegment + '.' + signatureSegment;
}

} // namespace

void TestJwtDecoder::kiboToken()
{
    const QByteArray token = ::kiboToken();
    const DecodedToken decoded = decodeBytes(token);
    QCOMPARE(decoded.kind, DecodedToken::Kind::Jws);
    QCOMPARE(decoded.algorithm, u"HS256"_s);
    QCOMPARE(decoded.header().value(u"typ"_s).toString(), u"JWT"_s);
    QCOMPARE(decoded.signatureState, DecodedToken::SignatureState::NotVerified);
    QCOMPARE(decoded.payloadJson, kiboPayload());
    QCOMPARE(decoded.signingInput().toByteArray(), token.left(token.lastIndexOf('.')));
    QCOMPARE(decoded.signature.size(), 32);
    const QJsonObject payload = decoded.payload().toObject();
    QCOMPARE(payload.value(u"exp"_s).toInteger(), 1764384000);
    QCOMPARE(payload.value(u"https://www.kibocommerce.com/user_claims"_s).toObject().value(u"b.TenantId"_s).toString(),
        u"100"_s);
    QVERIFY(decoded.hasNotice(u"not-verified"_s));
    QVERIFY(!decoded.hasErrors());
    QCOMPARE(decoded.notices.size(), 1);
}

void TestJwtDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<DecodedToken::Kind>("kind");
    QTest::addColumn<QString>("notice");

    using K = DecodedToken::Kind;
    const QByteArray h = seg(Hs256Header);
    const QByteArray p = seg(SmallPayload);

    QTest::newRow("empty") << QByteArray() << K::Empty << u"empty"_s;
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t ") << K::Empty << u"whitespace"_s;
    QTest::newRow("only bearer") << QByteArray("Bearer  ") << K::Empty << u"empty"_s;
    QTest::newRow("one segment with spaces") << QByteArray("hello world") << K::Malformed << u"not-a-token"_s;
    QTest::newRow("one segment with control") << QByteArray("abc\x01"
                                                            "def")
                                              << K::Malformed << u"not-a-token"_s;
    QTest::newRow("two segments") << QByteArray(h + '.' + p) << K::Malformed << u"segment-count"_s;
    QTest::newRow("four segments") << QByteArray(h + '.' + p + ".a.b") << K::Malformed << u"segment-count"_s;
    QTest::newRow("six segments") << QByteArray(h + '.' + p + ".a.b.c.d") << K::Malformed << u"too-many-dots"_s;
    QTest::newRow("60,000 dots") << QByteArray(60000, '.') << K::Malformed << u"too-many-dots"_s;
    QTest::newRow("100,000 dots") << QByteArray(100000, '.') << K::Malformed << u"oversize"_s;
    QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, 'A') << K::Malformed << u"oversize"_s;
    QTest::newRow("one byte over the cap")
        << QByteArray(JwtDecoder::MaxInputBytes + 1, 'A') << K::Malformed << u"oversize"_s;
    QTest::newRow("JWE five segments") << QByteArray(
        seg(R"({"alg":"dir","enc":"A256GCM","zip":"DEF"})") + "..aXY.Y2lwaGVy.dGFn")
                                       << K::Jwe << u"jwe"_s;
    QTest::newRow("JWE with a bad header") << QByteArray("e+J.a.b.c.d") << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("alg none") << QByteArray(seg(R"({"alg":"none"})") + '.' + p + '.') << K::Jws << u"alg-none"_s;
    QTest::newRow("alg NoNe with a signature") << jws(seg(R"({"alg":"NoNe"})"), p) << K::Jws << u"alg-none"_s;
    QTest::newRow("missing alg") << jws(seg(R"({"typ":"JWT"})"), p) << K::Jws << u"missing-alg"_s;
    QTest::newRow("alg not a string") << jws(seg(R"({"alg":256})"), p) << K::Jws << u"missing-alg"_s;
    QTest::newRow("empty signature") << QByteArray(h + '.' + p + '.') << K::Jws << u"missing-signature"_s;
    QTest::newRow("plus in header") << jws("eyJhbGciOiJIUzI1NiJ9+", p) << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("star in payload") << jws(h, "eyJzdWIiOiI0MiJ9*") << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("slash in signature") << jws(h, p, "abc/def") << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("payload length 1 mod 4")
        << jws(h, p.left(p.size() - p.size() % 4) + "A") << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("padding in payload") << jws(h, QByteArray(R"({"sub":"4"})").toBase64(QByteArray::Base64UrlEncoding))
                                        << K::Jws << u"non-canonical-base64url"_s;
    QTest::newRow("trailing bits in signature") << jws(h, p, "YR") << K::Jws << u"non-canonical-base64url"_s;
    // A JWS payload is any octets (RFC 7515 §2): text that is not JSON makes a JWS that is not a JWT.
    QTest::newRow("non-JSON payload") << jws(h, seg("hello")) << K::Jws << u"non-json-payload"_s;
    QTest::newRow("binary payload") << jws(h, seg(QByteArray("\xff\xfe\x00\x01", 4))) << K::Jws
                                    << u"non-json-payload"_s;
    QTest::newRow("empty payload") << jws(h, {}) << K::Jws << u"non-json-payload"_s;
    QTest::newRow("number payload") << jws(h, seg("42")) << K::Jws << u"non-json-payload"_s;
    QTest::newRow("text payload after a BOM") << jws(h, seg("\xEF\xBB\xBFhello")) << K::Jws << u"non-json-payload"_s;
    QTest::newRow("text payload, header not JSON") << jws(seg("nope"), seg("hello")) << K::Malformed << u"bad-json"_s;
    QTest::newRow("broken object after whitespace") << jws(h, seg(" \r\n{\"sub\"")) << K::Malformed << u"bad-json"_s;
    QTest::newRow("broken array payload") << jws(h, seg("[1,")) << K::Malformed << u"bad-json"_s;
    QTest::newRow("truncated JSON") << jws(h, seg(R"({"sub":"42")")) << K::Malformed << u"bad-json"_s;
    QTest::newRow("JSON with garbage after") << jws(h, seg(R"({"sub":"42"} x)")) << K::Malformed << u"bad-json"_s;
    QTest::newRow("empty header segment") << jws({}, p) << K::Malformed << u"bad-json"_s;
    QTest::newRow("only dots") << QByteArray("..") << K::Malformed << u"bad-json"_s;
    QTest::newRow("array payload") << jws(h, seg("[1,2,3]")) << K::Malformed << u"not-an-object"_s;
    QTest::newRow("scalar payload") << jws(h, seg(R"("sub")")) << K::Malformed << u"bad-json"_s;
    QTest::newRow("array header") << jws(seg(R"(["HS256"])"), p) << K::Malformed << u"not-an-object"_s;
    QTest::newRow("duplicate key") << jws(h, seg(R"({"sub":"42","sub":"admin"})")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("escaped duplicate key")
        << jws(h, seg(R"({"sub":"42","\u0073ub":"admin"})")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("nested duplicate key")
        << jws(h, seg(R"({"a":{"x":1,"x":2},"b":{"x":3}})")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("duplicate alg in header")
        << jws(seg(R"({"alg":"none","alg":"HS256"})"), p) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("BOM in payload") << jws(h, seg("\xEF\xBB\xBF" + SmallPayload)) << K::Jws << u"bom"_s;
    QTest::newRow("BOM in header") << jws(seg("\xEF\xBB\xBF" + Hs256Header), p) << K::Jws << u"bom"_s;
    QTest::newRow("invalid UTF-8") << jws(h, seg("{\"sub\":\"\xC3\x28\"}")) << K::Malformed << u"invalid-utf8"_s;
    QTest::newRow("overlong UTF-8") << jws(h, seg("{\"sub\":\"\xC0\xAF\"}")) << K::Malformed << u"invalid-utf8"_s;
    QTest::newRow("deep nesting") << jws(h, seg("{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}"))
                                  << K::Malformed << u"too-deep"_s;
    QTest::newRow("deep nesting unclosed") << jws(h, seg(QByteArray(5000, '{'))) << K::Malformed << u"too-deep"_s;
    QTest::newRow("Bearer prefix") << QByteArray("Bearer " + jws(h, p)) << K::Jws << u"bearer-prefix"_s;
    QTest::newRow("lower-case bearer") << QByteArray("bearer   " + jws(h, p)) << K::Jws << u"bearer-prefix"_s;
    QTest::newRow("surrounding whitespace") << QByteArray("\n  " + jws(h, p) + " \r\n") << K::Jws << u"whitespace"_s;
    QTest::newRow("opaque Kibo accessToken")
        << QByteArray(QByteArray(320, '\xfb').toBase64().replace(0, 4, "ab+/")) << K::Opaque << u"opaque"_s;
    QTest::newRow("opaque refresh token") << QByteArray("0f6d3b1c9e8a4f2b8c7d6e5f4a3b2c1d") << K::Opaque << u"opaque"_s;
    QTest::newRow("nested JWT") << jws(seg(R"({"alg":"HS256","cty":"JWT"})"), seg(jws(h, p))) << K::Jws
                                << u"nested-jwt"_s;
    QTest::newRow("three dots only") << QByteArray("...") << K::Malformed << u"segment-count"_s;
    QTest::newRow("five dots only") << QByteArray(".....") << K::Malformed << u"too-many-dots"_s;
    QTest::newRow("JWE of empty parts") << QByteArray("....") << K::Malformed << u"bad-json"_s;
    QTest::newRow("space inside payload") << jws(h, p.left(8) + ' ' + p.mid(8)) << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("newline inside signature") << jws(h, p, "abcd\nefgh") << K::Malformed << u"bad-base64url"_s;
    QTest::newRow("padding on signature") << jws(h, p, FakeSignature + '=') << K::Jws << u"non-canonical-base64url"_s;
    QTest::newRow("null header") << jws(seg("null"), p) << K::Malformed << u"bad-json"_s;
    QTest::newRow("raw control character") << jws(h,
        seg("{\"sub\":\"a\x01"
            "b\"}")) << K::Jws << u"raw-control-character"_s;
    QTest::newRow("escaped NUL is accepted") << jws(h, seg(R"({"sub":"a\u0000b"})")) << K::Jws << u"not-verified"_s;
    QTest::newRow("lone surrogate is accepted") << jws(h, seg(R"({"sub":"\ud800"})")) << K::Jws << u"not-verified"_s;
    QTest::newRow("nesting at the limit") << jws(h,
        seg("{\"a\":" + QByteArray(JwtDecoder::MaxJsonDepth - 1, '[') + QByteArray(JwtDecoder::MaxJsonDepth - 1, ']')
            + "}")) << K::Jws << u"not-verified"_s;
    QTest::newRow("nesting one past the limit") << jws(
        h, seg("{\"a\":" + QByteArray(JwtDecoder::MaxJsonDepth, '[') + QByteArray(JwtDecoder::MaxJsonDepth, ']') + "}"))
                                                << K::Malformed << u"too-deep"_s;
    QTest::newRow("brackets inside strings are not depth")
        << jws(h, seg("{\"a\":\"" + QByteArray(200, '[') + "\"}")) << K::Jws << u"not-verified"_s;
    QTest::newRow("Bearer and tab") << QByteArray("Bearer\t" + jws(h, p)) << K::Jws << u"bearer-prefix"_s;
    QTest::newRow("BEARER upper case") << QByteArray("BEARER " + jws(h, p)) << K::Jws << u"bearer-prefix"_s;
    QTest::newRow("alg NONE") << QByteArray(seg(R"({"alg":"NONE"})") + '.' + p + '.') << K::Jws << u"alg-none"_s;
    QTest::newRow("opaque base64url text") << QByteArray("abc-_def") << K::Opaque << u"opaque"_s;
    QTest::newRow("opaque padded base64") << QByteArray("YWJjZA==") << K::Opaque << u"opaque"_s;
    QTest::newRow("JWE without zip") << QByteArray(seg(R"({"alg":"A128KW","enc":"A128GCM"})") + ".a.b.c.d") << K::Jwe
                                     << u"jwe"_s;
    QTest::newRow("JWE header not JSON") << QByteArray(seg("nope") + ".a.b.c.d") << K::Malformed << u"bad-json"_s;
    QTest::newRow("duplicate key deep inside")
        << jws(h, seg(R"({"https://www.kibocommerce.com/user_claims":{"b.TenantId":"1","b.TenantId":"2"}})")) << K::Jws
        << u"duplicate-key"_s;
    QTest::newRow("duplicate key spelled with escapes")
        << jws(h, seg(R"({"a\n\t\r\b\f\/":1,"a\u000a\u0009\u000d\u0008\u000c/":2})")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("duplicate key after thirty-two others") << jws(h, seg([]() -> QByteArray {
        QByteArray json("{");
        for (int i = 0; i < 40; ++i) {
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        }
        return json + "\"k0\":1}";
    }())) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("escaped duplicate of an earlier plain key")
        << jws(h, seg(R"({"iss":"a","sub":"42","aud":"b","s\u0075b":"admin"})")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("duplicate non-ASCII key")
        << jws(h, seg("{\"n\xC3\xA9\":1,\"n\xC3\xA9\":2}")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("keys sharing a prefix are distinct")
        << jws(h, seg(R"({"ab":1,"a":2,"abc":3,"b":{"a":4}})")) << K::Jws << u"not-verified"_s;
    QTest::newRow("bad unicode escape in a key") << jws(h, seg(R"({"\u00zz":1})")) << K::Malformed << u"bad-json"_s;
    // Found by fuzz_jsontreemodel: Qt drops a raw U+FEFF that starts a string, so "\uFEFFexp" shows as "exp".
    QTest::newRow("BOM starting a payload key") << jws(h,
        seg("{\"sub\":\"42\",\"\xEF\xBB\xBF"
            "exp\":4102444800}")) << K::Jws << u"bom"_s;
    QTest::newRow("BOM starting a payload value") << jws(h,
        seg("{\"sub\":\"\xEF\xBB\xBF"
            "admin\"}")) << K::Jws << u"bom"_s;
    QTest::newRow("BOM starting a header value") << jws(seg("{\"alg\":\"\xEF\xBB\xBF"
                                                            "HS256\"}"),
        p) << K::Jws << u"bom"_s;
    QTest::newRow("escaped BOM is kept") << jws(h, seg(R"({"sub":"\ufeff42"})")) << K::Jws << u"not-verified"_s;
    QTest::newRow("well-formed") << jws(h, p) << K::Jws << u"not-verified"_s;
}

void TestJwtDecoder::malformed()
{
    QFETCH(QByteArray, token);
    QFETCH(DecodedToken::Kind, kind);
    QFETCH(QString, notice);

    const DecodedToken decoded = decodeBytes(token);
    QStringList codes;
    for (const TokenNotice& n : decoded.notices) {
        codes.append(n.code);
    }
    QVERIFY2(decoded.hasNotice(notice), qPrintable(codes.join(u", "_s)));
    QCOMPARE(decoded.kind, kind);
    QVERIFY(decoded.signatureState != DecodedToken::SignatureState::Verified);
    QVERIFY(decoded.signatureState != DecodedToken::SignatureState::Invalid);
    if (kind == DecodedToken::Kind::Malformed) {
        QVERIFY(decoded.hasErrors());
    }
    if (decoded.hasNotice(u"alg-none"_s)) {
        QCOMPARE(decoded.signatureState, DecodedToken::SignatureState::Unsigned);
    }
    if (kind != DecodedToken::Kind::Jws) {
        QVERIFY(!decoded.hasNotice(u"not-verified"_s));
    }
    if (notice == u"not-verified"_s) { // an accepted token: nothing to warn about
        QCOMPARE(codes, QStringList { u"not-verified"_s });
    }
    if (notice == u"oversize"_s) {
        QVERIFY(decoded.header().isEmpty());
        QVERIFY(decoded.signingInput().isEmpty());
        QCOMPARE(decoded.notices.size(), 1);
    }
}

void TestJwtDecoder::payloadNotJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<DecodedToken::PayloadOctets>("octets");
    QTest::addColumn<QString>("shown"); // payloadText() or payloadHex()

    using O = DecodedToken::PayloadOctets;
    QTest::newRow("ASCII text") << QByteArray("Payload") << O::Text << u"Payload"_s;
    QTest::newRow("UTF-8 text") << QByteArray("It\xE2\x80\x99s") << O::Text << u"It\u2019s"_s;
    QTest::newRow("empty") << QByteArray() << O::Text << QString();
    // Found by fuzz_jwtdecoder: the byte order mark was dropped, and a payload of only one showed as nothing.
    QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << O::Text << u"\uFEFF"_s;
    QTest::newRow("text after a byte order mark") << QByteArray("\xEF\xBB\xBFhi") << O::Text << u"\uFEFFhi"_s;
    QTest::newRow("bytes") << QByteArray("\xff\x00\x10", 3) << O::Binary << u"ff0010"_s;
    QTest::newRow("truncated UTF-8") << QByteArray("ab\xE2\x80") << O::Binary << u"6162e280"_s;
}

void TestJwtDecoder::payloadNotJson()
{
    QFETCH(QByteArray, payload);
    QFETCH(DecodedToken::PayloadOctets, octets);
    QFETCH(QString, shown);

    for (const JwtDecoder::JsonReader reader : { JwtDecoder::JsonReader::Fast, JwtDecoder::JsonReader::QtOnly }) {
        const DecodedToken decoded = JwtDecoder::decode(jws(seg(Hs256Header), seg(payload)), reader);
        QCOMPARE(decoded.kind, DecodedToken::Kind::Jws);
        QVERIFY(!decoded.hasErrors());
        QCOMPARE(decoded.payloadOctets, octets);
        QCOMPARE(decoded.payloadJson, payload);
        QCOMPARE(octets == DecodedToken::PayloadOctets::Text ? decoded.payloadText() : decoded.payloadHex(), shown);
        QVERIFY(octets == DecodedToken::PayloadOctets::Text ? decoded.payloadHex().isEmpty()
                                                            : decoded.payloadText().isEmpty());
        QVERIFY(decoded.payload().isUndefined());
        QVERIFY(!decoded.payloadIsObject);
        QCOMPARE(decoded.header().value(u"alg"_s).toString(), u"HS256"_s);
        QCOMPARE(decoded.algorithm, u"HS256"_s);
        QCOMPARE(decoded.signature.size(), 32);
        QStringList codes;
        for (const TokenNotice& notice : decoded.notices) {
            codes << notice.code;
        }
        QCOMPARE(codes, (QStringList { u"non-json-payload"_s, u"not-verified"_s }));
        QCOMPARE(decoded.notices.first().severity, TokenNotice::Severity::Warning);
        QVERIFY(decoded.notices.first().text.contains(u"a JWS whose payload is not JSON: not a JWT"_s));
    }
}

void TestJwtDecoder::rfcVectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("payloadText"); // empty: a JWT whose claims are RFC 7515's example
    const QList<RfcJwsVector> vectors = rfcJwsVectors();
    QVERIFY(!vectors.isEmpty());
    for (const RfcJwsVector& vector : vectors) {
        QTest::newRow(qPrintable(vector.name))
            << vector.token << vector.algorithm << vector.keyId << vector.payloadText;
    }
}

void TestJwtDecoder::rfcVectors()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, algorithm);
    QFETCH(QString, keyId);
    QFETCH(QString, payloadText);

    for (const JwtDecoder::JsonReader reader : { JwtDecoder::JsonReader::Fast, JwtDecoder::JsonReader::QtOnly }) {
        const DecodedToken decoded = JwtDecoder::decode(token, reader);
        QStringList codes;
        for (const TokenNotice& notice : decoded.notices) {
            codes << notice.code;
        }
        QCOMPARE(decoded.kind, DecodedToken::Kind::Jws);
        QVERIFY2(!decoded.hasErrors(), qPrintable(codes.join(u", "_s)));
        QCOMPARE(decoded.algorithm, algorithm);
        QCOMPARE(decoded.header().value(u"alg"_s).toString(), algorithm);
        QCOMPARE(decoded.keyId, keyId);
        QCOMPARE(decoded.signingInput().toByteArray(), token.left(token.lastIndexOf('.')));
        QVERIFY(!decoded.signature.isEmpty());
        if (payloadText.isEmpty()) {
            QCOMPARE(codes, QStringList { u"not-verified"_s });
            QCOMPARE(decoded.payloadOctets, DecodedToken::PayloadOctets::None);
            QCOMPARE(decoded.payload().toObject().value(u"iss"_s).toString(), u"joe"_s);
            QCOMPARE(decoded.claims.exp.toInteger(), 1300819380);
        } else {
            QCOMPARE(codes, (QStringList { u"non-json-payload"_s, u"not-verified"_s }));
            QCOMPARE(decoded.payloadOctets, DecodedToken::PayloadOctets::Text);
            QCOMPARE(decoded.payloadText(), payloadText);
            QCOMPARE(decoded.payloadJson, payloadText.toUtf8());
            QVERIFY(decoded.payload().isUndefined());
            QVERIFY(!decoded.payloadIsObject);
        }
    }
}

void TestJwtDecoder::fastReaderIsQtReader_data()
{
    // Every row of malformed(), and the texts where simdjson and QJsonDocument could read otherwise.
    malformed_data();
    using K = DecodedToken::Kind;
    const QByteArray h = seg(Hs256Header);
    const auto payload = [&h](const QByteArray& json) {
        return jws(h, seg(json));
    };
    QTest::newRow("Kibo token") << ::kiboToken() << K::Jws << u"not-verified"_s;
    QTest::newRow("underflowing exp") << payload(R"({"exp":1e-400})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("zero as a fraction") << payload(R"({"exp":0.0,"iat":-0e5})") << K::Jws << u"not-verified"_s;
    QTest::newRow("overflowing exp") << payload(R"({"exp":1e400})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("exp beyond 64 bits") << payload(R"({"exp":123456789012345678901234567890})") << K::Jws
                                        << u"not-verified"_s;
    QTest::newRow("exp beyond int64") << payload(R"({"exp":18446744073709551615})") << K::Jws << u"not-verified"_s;
    QTest::newRow("exp as a whole double")
        << payload(R"({"exp":1.7643840e9,"nbf":1.5})") << K::Jws << u"not-verified"_s;
    QTest::newRow("exp as a string") << payload(R"({"exp":"1764384000","iat":null,"nbf":true})") << K::Jws
                                     << u"not-verified"_s;
    QTest::newRow("exp as an object") << payload(R"({"exp":{"a":[1,{"b":2}]},"auth_time":[1]})") << K::Jws
                                      << u"not-verified"_s;
    QTest::newRow("duplicate exp, the last counts")
        << payload(R"({"exp":1,"exp":"two"})") << K::Jws << u"duplicate-key"_s;
    QTest::newRow("escaped claim names") << payload(R"({"e\u0078p":1764384000,"\u0069at":5})") << K::Jws
                                         << u"not-verified"_s;
    QTest::newRow("user claims twice") << payload(R"({"https://www.kibocommerce.com/user_claims":)"
                                                  R"({"exp":"2025-11-29T01:55:00","b.PreviousAnonymousId":"a1"},)"
                                                  R"("https://www.kibocommerce.com/user_claims":"gone"})")
                                       << K::Jws << u"duplicate-key"_s;
    QTest::newRow("previous anonymous id not a string")
        << payload(R"({"https://www.kibocommerce.com/user_claims":{"b.PreviousAnonymousId":42},)"
                   R"("https://www.kibocommerce.com/app_claims":{"exp":"2025-11-29T02:40:00","exp":"x"}})")
        << K::Jws << u"duplicate-key"_s;
    QTest::newRow("lone low surrogate") << payload(R"({"sub":"\udc00","exp":1})") << K::Jws << u"not-verified"_s;
    QTest::newRow("lone surrogate keys") << payload(R"({"\ud800":1,"\udbff":2})") << K::Jws << u"not-verified"_s;
    QTest::newRow("escaped BOM starting a key")
        << payload(R"({"\ufeffexp":4102444800,"exp":1})") << K::Jws << u"not-verified"_s;
    QTest::newRow("escaped BOM starting alg")
        << jws(seg(R"({"alg":"\uFEFFnone"})"), seg(SmallPayload)) << K::Jws << u"not-verified"_s;
    QTest::newRow("noncharacters") << payload("{\"sub\":\"\xEF\xBF\xBF\xEF\xBF\xBE\",\"exp\":1}") << K::Jws
                                   << u"not-verified"_s;
    QTest::newRow("emoji key") << payload("{\"\xF0\x9F\x98\x80\":1,\"\xEE\x80\x80\":2,\"exp\":1}") << K::Jws
                               << u"not-verified"_s;
    QTest::newRow("escaped backslash before u")
        << payload(R"({"sub":"\\ud800","exp":1})") << K::Jws << u"not-verified"_s;
    QTest::newRow("header fields") << jws(
        seg(R"({"alg":"RS256","typ":"at+jwt","kid":"k1","kid":"k2","x":[{}]})"), seg(SmallPayload))
                                   << K::Jws << u"duplicate-key"_s;
    QTest::newRow("header fields not strings")
        << jws(seg(R"({"alg":["RS256"],"typ":1,"kid":null})"), seg(SmallPayload)) << K::Jws << u"missing-alg"_s;
    QTest::newRow("empty header object") << jws(seg("{}"), seg(SmallPayload)) << K::Jws << u"not-verified"_s;
    QTest::newRow("whitespace around the JSON")
        << jws(seg(" \t{\"alg\":\"HS256\"}\r\n"), seg("\n[ ]\n")) << K::Malformed << u"not-an-object"_s;
    QTest::newRow("array of a deep array")
        << payload("[" + QByteArray(40, '[') + QByteArray(40, ']') + "]") << K::Malformed << u"too-deep"_s;
    const auto manyKeys = [](int count, const QByteArray& last) {
        QByteArray json("{");
        for (int k = 0; k < count; ++k) {
            json.append("\"k").append(QByteArray::number(k)).append("\":").append(QByteArray::number(k)).append(',');
        }
        return json.append(last).append('}');
    };
    QTest::newRow("a duplicate among many keys")
        << payload(manyKeys(40, R"("k3":"again","k39":0,"exp":1)")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("a duplicate among a few keys")
        << payload(manyKeys(20, R"("k19":"again")")) << K::Jws << u"duplicate-key"_s;
    QTest::newRow("the same keys in sibling objects")
        << payload(R"({"a":{"x":1,"y":{"x":2}},"b":{"x":3,"a":4},"x":5,"exp":1})") << K::Jws << u"not-verified"_s;
    QTest::newRow("numbers Qt reads its way")
        << payload(R"({"a":-0,"b":1E2,"c":9007199254740993,"d":-1.5e-3})") << K::Jws << u"not-verified"_s;
    // The edges of the byte reader's subset (see readerOfEachSegment): inside it, and just outside.
    QTest::newRow("plain escapes in values")
        << payload(R"({"sub":"a\"b\\c\/d\b\f\n\r\t","exp":1,"x":["\"",{"y":"\\"}]})") << K::Jws << u"not-verified"_s;
    QTest::newRow("escapes in header fields") << jws(seg(R"({"alg":"HS\/256","typ":"J\"WT","kid":"k\\1"})"),
        seg(SmallPayload)) << K::Jws << u"not-verified"_s;
    QTest::newRow("escape in a claim read")
        << payload(R"({"https://www.kibocommerce.com/user_claims":{"exp":"2025\/11","b.PreviousAnonymousId":"a\"1"}})")
        << K::Jws << u"not-verified"_s;
    QTest::newRow("escape in a key") << payload(R"({"a\"b":1,"a\"b":2})") << K::Jws << u"duplicate-key"_s;
    QTest::newRow("unknown escape") << payload(R"({"sub":"\x41"})") << K::Jws << u"not-verified"_s;
    QTest::newRow("integers at the subset's edge")
        << payload(R"({"exp":999999999999999999,"nbf":-999999999999999999,"iat":1000000000000000000,)"
                   R"("auth_time":-1000000000000000000,"a":0,"b":-1,"c":[0,-7,10]})")
        << K::Jws << u"not-verified"_s;
    QTest::newRow("negative zero claim") << payload(R"({"exp":-0,"iat":0})") << K::Jws << u"not-verified"_s;
    QTest::newRow("leading zero") << payload(R"({"exp":01})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("minus alone") << payload(R"({"exp":-})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("minus before a letter") << payload(R"({"exp":-a})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("number then a letter") << payload(R"({"exp":12a})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("literals") << payload(R"({"a":true,"b":false,"c":null,"d":[true,false,null],"exp":null})") << K::Jws
                              << u"not-verified"_s;
    QTest::newRow("truncated literal") << payload(R"({"a":tru})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("literal at the end") << payload(R"({"a":nul)") << K::Malformed << u"bad-json"_s;
    QTest::newRow("longer literal") << payload(R"({"a":truex})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("trailing comma in an object") << payload(R"({"a":1,})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("trailing comma in an array") << payload(R"({"a":[1,]})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("leading comma in an array") << payload(R"({"a":[,1]})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("missing colon") << payload(R"({"a" 1})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("missing comma") << payload(R"({"a":1 "b":2})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("key not a string") << payload(R"({a:1})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("mismatched close") << payload(R"({"a":[1}})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("unclosed object") << payload(R"({"a":{"b":1})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("unterminated string") << payload(R"({"a":"abc})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("backslash at the end") << payload("{\"a\":\"abc\\") << K::Malformed << u"bad-json"_s;
    QTest::newRow("two roots") << payload(R"({"a":1}{"b":2})") << K::Malformed << u"bad-json"_s;
    QTest::newRow("whitespace everywhere")
        << jws(seg(" \t\r\n{ \"alg\" :\t\"HS256\" ,\n\"x\" : [ 1 , { } , [ ] , \"s\" ] }\n"),
               seg("{\r\n \"exp\" : 1 ,\"https://www.kibocommerce.com/app_claims\" :\n{ \"exp\" : \"t\" } }"))
        << K::Jws << u"not-verified"_s;
    QTest::newRow("vertical tab is no JSON space") << payload("{\"a\":1\v}") << K::Malformed << u"bad-json"_s;
    QTest::newRow("form feed is no JSON space") << payload("{\"a\":1\f}") << K::Malformed << u"bad-json"_s;
    QTest::newRow("delete character") << payload("{\"a\x7f\":\"\x7f\",\"exp\":1}") << K::Jws << u"not-verified"_s;
    QTest::newRow("empty keys") << payload(R"({"":1,"b":{"":2},"":3})") << K::Jws << u"duplicate-key"_s;
    QTest::newRow("long strings") << payload("{\"" + QByteArray(40, 'k') + "\":\"" + QByteArray(100, 'v') + "\\\""
        + QByteArray(31, 'w') + "\",\"exp\":\"" + QByteArray(47, 'e') + "\"}")
                                  << K::Jws << u"not-verified"_s;
    QTest::newRow("a user claims value not an object")
        << payload(R"({"https://www.kibocommerce.com/user_claims":[{"exp":"x"}],"exp":1})") << K::Jws
        << u"not-verified"_s;
    QTest::newRow("claims at the wrong depth")
        << payload(R"({"a":{"exp":5,"https://www.kibocommerce.com/app_claims":{"exp":"y"}},"iat":2})") << K::Jws
        << u"not-verified"_s;
}

// The fast reader (simdjson, Qt values made on first use) must give what an eager QJsonDocument decode gives: the
// same notices word for word, the same extracted fields, and header() and payload() equal to Qt's reading.
void TestJwtDecoder::fastReaderIsQtReader()
{
    QFETCH(QByteArray, token);
    QFETCH(DecodedToken::Kind, kind);
    QFETCH(QString, notice);

    const DecodedToken fast = JwtDecoder::decode(token);
    const DecodedToken qt = JwtDecoder::decode(token, JwtDecoder::JsonReader::QtOnly);
    QCOMPARE(fast.kind, kind);
    QVERIFY(fast.hasNotice(notice));

    QCOMPARE(fast.notices.size(), qt.notices.size());
    for (qsizetype i = 0; i < qt.notices.size(); ++i) {
        QCOMPARE(fast.notices.at(i).code, qt.notices.at(i).code);
        QCOMPARE(int(fast.notices.at(i).severity), int(qt.notices.at(i).severity));
        QCOMPARE(fast.notices.at(i).text, qt.notices.at(i).text);
    }
    QCOMPARE(fast.kind, qt.kind);
    QCOMPARE(fast.signatureState, qt.signatureState);
    QCOMPARE(fast.algorithm, qt.algorithm);
    QCOMPARE(fast.type, qt.type);
    QCOMPARE(fast.keyId, qt.keyId);
    QCOMPARE(fast.headerSize, qt.headerSize);
    QCOMPARE(fast.payloadIsObject, qt.payloadIsObject);
    QCOMPARE(fast.payloadOctets, qt.payloadOctets);
    QCOMPARE(fast.payloadText(), qt.payloadText());
    QCOMPARE(fast.payloadHex(), qt.payloadHex());
    QCOMPARE(fast.claims.nbf.toJsonValue(), qt.claims.nbf.toJsonValue());
    QCOMPARE(fast.claims.nbf, qt.claims.nbf);
    QCOMPARE(fast.claims.iat.toJsonValue(), qt.claims.iat.toJsonValue());
    QCOMPARE(fast.claims.iat, qt.claims.iat);
    QCOMPARE(fast.claims.exp.toJsonValue(), qt.claims.exp.toJsonValue());
    QCOMPARE(fast.claims.exp, qt.claims.exp);
    QCOMPARE(fast.claims.authTime.toJsonValue(), qt.claims.authTime.toJsonValue());
    QCOMPARE(fast.claims.authTime, qt.claims.authTime);
    QCOMPARE(fast.claims.userClaimsExp.toJsonValue(), qt.claims.userClaimsExp.toJsonValue());
    QCOMPARE(fast.claims.userClaimsExp, qt.claims.userClaimsExp);
    QCOMPARE(fast.claims.appClaimsExp.toJsonValue(), qt.claims.appClaimsExp.toJsonValue());
    QCOMPARE(fast.claims.appClaimsExp, qt.claims.appClaimsExp);
    QCOMPARE(fast.claims.previousAnonymousId, qt.claims.previousAnonymousId);
    QCOMPARE(fast.headerJson, qt.headerJson);
    QCOMPARE(fast.payloadJson, qt.payloadJson);
    QCOMPARE(fast.headerJsonText(), qt.headerJsonText());
    QCOMPARE(fast.payloadJsonText(), qt.payloadJsonText());

    // The lazy values: made from the bytes on first call, equal to the eager ones, and kept.
    QCOMPARE(fast.header(), qt.header());
    QCOMPARE(fast.payload(), qt.payload());
    QCOMPARE(fast.payload().isUndefined(), qt.payload().isUndefined());
    QCOMPARE(&fast.payload(), &fast.payload());
    QCOMPARE(fast.headerSize, fast.header().size());
    QCOMPARE(fast.payloadIsObject, fast.payload().isObject());
    if (fast.payloadIsObject) {
        QCOMPARE(fast.claims, DecodedToken::Claims::fromPayload(fast.payload().toObject()));
    } else {
        QCOMPARE(fast.claims, DecodedToken::Claims());
    }
    // payload() is QJsonDocument's reading of payloadJsonText(), header() of headerJsonText().
    if (!fast.payloadJsonText().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(fast.payloadJsonText());
        QCOMPARE(fast.payload(), document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    }
    if (!fast.headerJsonText().isEmpty()) {
        QCOMPARE(fast.header(), QJsonDocument::fromJson(fast.headerJsonText()).object());
    }
    // A copy made before the first call makes the same values.
    const DecodedToken fresh = JwtDecoder::decode(token);
    const DecodedToken copy = fresh; // NOLINT(performance-unnecessary-copy-initialization): the copy is the point
    QCOMPARE(copy.payload(), qt.payload());
    QCOMPARE(copy.header(), qt.header());
}

void TestJwtDecoder::readerOfEachSegment_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("payload");
    const QByteArray h = seg(Hs256Header);
    const auto payload = [&h](const QByteArray& json) {
        return jws(h, seg(json));
    };
    const QString bytes = u"the byte reader"_s;
    const QString simdjson = u"simdjson"_s;
    const QString qt = u"QJsonDocument"_s;
    // A Kibo token is plain JSON: its bytes are read without a parser.
    QTest::newRow("Kibo token") << ::kiboToken() << bytes << bytes;
    QTest::newRow("escapes in values") << payload(R"({"sub":"a\"b","x":["\\"]})") << bytes << bytes;
    QTest::newRow("whitespace") << jws(seg(" {\n\"alg\" : \"HS256\" }\t"), seg(SmallPayload)) << bytes << bytes;
    // Outside the subset: simdjson, or Qt where simdjson reads otherwise.
    QTest::newRow("non-ASCII") << payload("{\"name\":\"Zo\xC3\xAB\"}") << bytes << simdjson;
    QTest::newRow("escape in a key") << payload(R"({"a\"b":1})") << bytes << simdjson;
    QTest::newRow("escape in a header field")
        << jws(seg(R"({"alg":"HS\/256"})"), seg(SmallPayload)) << simdjson << bytes;
    QTest::newRow("unicode escape") << payload(R"({"sub":"\u0041"})") << bytes << simdjson;
    QTest::newRow("fraction") << payload(R"({"exp":1.5})") << bytes << simdjson;
    QTest::newRow("nineteen digits") << payload(R"({"exp":1000000000000000000})") << bytes << simdjson;
    QTest::newRow("root array") << payload("[1]") << bytes << simdjson;
    QTest::newRow("a time claim that is an object") << payload(R"({"exp":{}})") << bytes << simdjson;
    QTest::newRow("negative zero") << payload(R"({"a":-0})") << bytes << simdjson;
    QTest::newRow("unknown escape") << payload(R"({"sub":"\x41"})") << bytes << qt;
    QTest::newRow("noncharacter") << payload("{\"sub\":\"\xEF\xBF\xBF\"}") << bytes << qt;
    QTest::newRow("not JSON") << payload(R"({"a":1,})") << bytes << qt;
}

// Which reader reads each segment (the decoder says so at the info level): the byte reader takes what it can read
// as Qt does, and leaves the rest to simdjson and QJsonDocument as before.
void TestJwtDecoder::readerOfEachSegment()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, header);
    QFETCH(QString, payload);

    QLoggingCategory::setFilterRules(u"kti.jwt.info=true"_s);
    const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    QTest::ignoreMessage(QtInfoMsg, qPrintable(u"the header was read by "_s + header));
    QTest::ignoreMessage(QtInfoMsg, qPrintable(u"the payload was read by "_s + payload));
    (void)JwtDecoder::decode(token);
}

// The signing input shares a QByteArray's own bytes (no copy of a kilobyte per decode) and copies any other: a token
// decoded from raw data or a view outlives the buffer it was read from.
void TestJwtDecoder::signingInputSharesOrOwnsItsBytes()
{
    const QByteArray token = ::kiboToken();
    const QByteArray expected = token.left(token.lastIndexOf('.'));
    const DecodedToken shared = JwtDecoder::decode(token);
    QCOMPARE(shared.signingInput().toByteArray(), expected);
    QCOMPARE(shared.signingInput().constData(), token.constData());

    const QByteArray padded = "  Bearer " + token + '\n';
    const DecodedToken fromPadded = JwtDecoder::decode(padded);
    QCOMPARE(fromPadded.signingInput().toByteArray(), expected);

    QByteArray buffer = padded;
    buffer.detach(); // its own bytes, which fill() below overwrites in place
    DecodedToken fromRaw;
    DecodedToken fromView;
    {
        const QByteArray raw = QByteArray::fromRawData(buffer.constData(), buffer.size());
        fromRaw = JwtDecoder::decode(raw);
        fromView = JwtDecoder::decode(QByteArrayView(buffer));
    }
    buffer.fill('x');
    buffer.squeeze();
    buffer = QByteArray();
    QCOMPARE(fromRaw.signingInput().toByteArray(), expected);
    QCOMPARE(fromView.signingInput().toByteArray(), expected);
}

void TestJwtDecoder::kiboTokenClaims()
{
    const DecodedToken decoded = decodeBytes(::kiboToken());
    QCOMPARE(decoded.type, u"JWT"_s);
    QCOMPARE(decoded.headerSize, 2);
    QVERIFY(decoded.payloadIsObject);
    QCOMPARE(decoded.claims.nbf.toJsonValue(), QJsonValue(1764380400));
    QCOMPARE(decoded.claims.iat.toJsonValue(), QJsonValue(1764380400));
    QCOMPARE(decoded.claims.exp.toJsonValue(), QJsonValue(1764384000));
    QVERIFY(decoded.claims.authTime.isUndefined());
    QCOMPARE(decoded.claims.userClaimsExp.toJsonValue(), QJsonValue(u"2025-11-29T01:55:00"_s));
    QVERIFY(decoded.claims.userClaimsExp.isString());
    QCOMPARE(decoded.claims.appClaimsExp.toJsonValue(), QJsonValue(u"2025-11-29T02:40:00"_s));
    QVERIFY(decoded.claims.previousAnonymousId.isEmpty());
    QCOMPARE(decoded.payloadJsonText(), kiboPayload());
}

void TestJwtDecoder::noticesAreSentences()
{
    const QList<QByteArray> tokens { QByteArray(), "a.b", "a.b.c", ::kiboToken(), QByteArray(70000, 'x'),
        jws(seg(R"({"alg":"none","alg":"none"})"), seg("[1]"), "YR") };
    for (const QByteArray& token : tokens) {
        for (const TokenNotice& notice : decodeBytes(token).notices) {
            QVERIFY(!notice.code.isEmpty());
            QVERIFY2(notice.text.endsWith(u'.'), qPrintable(notice.text));
            QVERIFY(notice.text.front().isUpper());
        }
    }
}

void TestJwtDecoder::mutationsNeverCrash()
{
    // A fixed-seed sweep over byte flips, truncations, insertions and dot moves of a real token: every
    // result must be consistent, whatever the input.
    const QByteArray original = ::kiboToken();
    QRandomGenerator generator(1764384000);
    const char interesting[] = { '.', '=', '+', '/', '-', '_', ' ', '\0', '"', '{', '[', '\xff', 'A' };
    int jws = 0;
    int malformed = 0;
    for (int round = 0; round < 5000; ++round) {
        QByteArray token = original;
        const int edits = 1 + int(generator.bounded(4));
        for (int e = 0; e < edits && !token.isEmpty(); ++e) {
            const qsizetype at = generator.bounded(token.size());
            switch (generator.bounded(4)) {
            case 0:
                token[at] = interesting[generator.bounded(int(sizeof(interesting)))];
                break;
            case 1:
                token.truncate(at);
                break;
            case 2:
                token.insert(at, interesting[generator.bounded(int(sizeof(interesting)))]);
                break;
            default:
                token[at] = char(generator.bounded(256));
            }
        }
        const DecodedToken decoded = decodeBytes(token);
        QVERIFY(!decoded.notices.isEmpty());
        QVERIFY(decoded.signatureState != DecodedToken::SignatureState::Verified);
        if (decoded.kind == DecodedToken::Kind::Malformed) {
            QVERIFY(decoded.hasErrors());
        }
        if (decoded.kind == DecodedToken::Kind::Jws) {
            ++jws;
            // Anything changed in the signed part never verifies.
            const bool verified = JwsVerifier::verifyHmac(decoded, Secret, u"HS256"_s).verified;
            QCOMPARE(verified,
                decoded.signingInput() == original.left(original.lastIndexOf('.'))
                    && decoded.signature == decodeBytes(original).signature);
        } else {
            ++malformed;
        }
    }
    QVERIFY(jws > 0);
    QVERIFY(malformed > 0);
}

void TestJwtDecoder::badCharacterOffsetIsInTheToken()
{
    const QByteArray h = seg(Hs256Header);
    const QByteArray token = "Bearer " + h + ".eyJz*WIiOiI0MiJ9." + FakeSignature;
    const DecodedToken decoded = decodeBytes(token);
    QCOMPARE(decoded.kind, DecodedToken::Kind::Malformed);
    const qsizetype offset = token.indexOf('*');
    bool found = false;
    for (const TokenNotice& notice : decoded.notices) {
        if (notice.code == u"bad-base64url"_s) {
            found = true;
            QVERIFY2(notice.text.contains(u"character %1 of the token"_s.arg(offset)), qPrintable(notice.text));
            QVERIFY(notice.text.contains(u"'*'"_s));
            QCOMPARE(notice.severity, TokenNotice::Severity::Error);
        }
    }
    QVERIFY(found);
}

void TestJwtDecoder::jweHeaderOnly()
{
    const QByteArray header = R"({"alg":"RSA-OAEP","enc":"A256GCM","zip":"DEF","kid":"k1"})";
    const DecodedToken decoded = decodeBytes(seg(header) + ".ZW5j.aXY.Y2lwaGVydGV4dA.dGFn");
    QCOMPARE(decoded.kind, DecodedToken::Kind::Jwe);
    QCOMPARE(decoded.header().value(u"enc"_s).toString(), u"A256GCM"_s);
    QCOMPARE(decoded.algorithm, u"RSA-OAEP"_s);
    QVERIFY(decoded.payload().isUndefined());
    QVERIFY(decoded.payloadJson.isEmpty());
    QVERIFY(decoded.signature.isEmpty());
    QVERIFY(decoded.signingInput().isEmpty());
    QVERIFY(!JwsVerifier::verifyHmac(decoded, "k", u"HS256"_s).verified);
}

void TestJwtDecoder::hmacVectors_data()
{
    // RFC 4231 test case 2.
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("HS256") << u"HS256"_s
                           << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("HS384") << u"HS384"_s
                           << QByteArray(
                                  "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c7"
                                  "8b3239ecfab21649");
    QTest::newRow("HS512") << u"HS512"_s
                           << QByteArray(
                                  "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a99"
                                  "4a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    QTest::newRow("unknown") << u"RS256"_s << QByteArray();
    QTest::newRow("lower case is unknown") << u"hs256"_s << QByteArray();
}

void TestJwtDecoder::hmacVectors()
{
    QFETCH(QString, algorithm);
    QFETCH(QByteArray, hex);
    QCOMPARE(JwsVerifier::signHmac("what do ya want for nothing?", "Jefe", algorithm).toHex(), hex);
}

void TestJwtDecoder::verifyRfc7515Example()
{
    // RFC 7515 appendix A.1: its header has CR LF inside, and its key is given as a JWK.
    const QByteArray token
        = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
          "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
          "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const Base64UrlResult key
        = Base64Url::decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
    QVERIFY(key.ok);
    const DecodedToken decoded = decodeBytes(token);
    QCOMPARE(decoded.kind, DecodedToken::Kind::Jws);
    QCOMPARE(decoded.payload().toObject().value(u"iss"_s).toString(), u"joe"_s);
    const JwsVerifier::Result result = JwsVerifier::verifyHmac(decoded, key.data, u"HS256"_s);
    QVERIFY2(result.verified, qPrintable(result.message));
    QVERIFY(!JwsVerifier::verifyHmac(decoded, key.data.chopped(1), u"HS256"_s).verified);
}

void TestJwtDecoder::verifyKiboToken()
{
    const DecodedToken decoded = decodeBytes(::kiboToken());
    const JwsVerifier::Result right = JwsVerifier::verifyHmac(decoded, Secret, u"HS256"_s);
    QVERIFY2(right.verified, qPrintable(right.message));

    const JwsVerifier::Result wrong = JwsVerifier::verifyHmac(decoded, "another-secret", u"HS256"_s);
    QVERIFY(!wrong.verified);
    QVERIFY(!wrong.message.isEmpty());
    QVERIFY(!wrong.message.contains(u"another-secret"_s));

    // One claim changed, signature kept.
    const QByteArray token = ::kiboToken();
    const QList<QByteArray> parts = token.split('.');
    const QByteArray tamperedPayload = kiboPayload().replace("\"b.TenantId\":\"100\"", "\"b.TenantId\":\"101\"");
    QVERIFY(tamperedPayload != kiboPayload());
    const DecodedToken tampered = decodeBytes(parts[0] + '.' + seg(tamperedPayload) + '.' + parts[2]);
    QCOMPARE(tampered.kind, DecodedToken::Kind::Jws);
    QVERIFY(!JwsVerifier::verifyHmac(tampered, Secret, u"HS256"_s).verified);

    // Signature with a flipped bit.
    QByteArray signature = decoded.signature;
    signature[31] = char(signature[31] ^ 1);
    const DecodedToken flipped = decodeBytes(parts[0] + '.' + parts[1] + '.' + seg(signature));
    QVERIFY(!JwsVerifier::verifyHmac(flipped, Secret, u"HS256"_s).verified);

    // Truncated signature.
    const DecodedToken truncated = decodeBytes(parts[0] + '.' + parts[1] + '.' + seg(signature.left(16)));
    QVERIFY(!JwsVerifier::verifyHmac(truncated, Secret, u"HS256"_s).verified);

    // The key decides the algorithm: an HS256 token checked with an HS512 key is not verified.
    const JwsVerifier::Result mismatch = JwsVerifier::verifyHmac(decoded, Secret, u"HS512"_s);
    QVERIFY(!mismatch.verified);
    QVERIFY2(
        mismatch.message.contains(u"HS256"_s) && mismatch.message.contains(u"HS512"_s), qPrintable(mismatch.message));

    // HS512 token signed correctly, verified with the HS512 key.
    const DecodedToken hs512 = decodeBytes(signedToken(R"({"alg":"HS512"})", SmallPayload, Secret, u"HS512"_s));
    QVERIFY(JwsVerifier::verifyHmac(hs512, Secret, u"HS512"_s).verified);
    QVERIFY(!JwsVerifier::verifyHmac(hs512, Secret, u"HS256"_s).verified);
}

void TestJwtDecoder::verifyRefusals()
{
    // alg none never verifies, whatever the key.
    const DecodedToken none = decodeBytes(seg(R"({"alg":"none"})") + '.' + seg(SmallPayload) + '.');
    QCOMPARE(none.signatureState, DecodedToken::SignatureState::Unsigned);
    QVERIFY(!JwsVerifier::verifyHmac(none, Secret, u"HS256"_s).verified);
    QVERIFY(!JwsVerifier::verifyHmac(none, "", u"HS256"_s).verified);

    // A header that claims HS256 over a signature made with an empty key: an empty key is refused.
    const DecodedToken emptyKey = decodeBytes(signedToken(Hs256Header, SmallPayload, QByteArray()));
    QVERIFY(!JwsVerifier::verifyHmac(emptyKey, QByteArray(), u"HS256"_s).verified);

    // Unsupported algorithms and non-JWS kinds.
    const DecodedToken decoded = decodeBytes(::kiboToken());
    QVERIFY(!JwsVerifier::verifyHmac(decoded, Secret, u"RS256"_s).verified);
    QVERIFY(!JwsVerifier::verifyHmac(decoded, Secret, u"none"_s).verified);
    QVERIFY(!JwsVerifier::verifyHmac(decodeBytes("opaque"), Secret, u"HS256"_s).verified);
    QVERIFY(!JwsVerifier::verifyHmac(decodeBytes(""), Secret, u"HS256"_s).verified);
    const JwsVerifier::Result result = JwsVerifier::verifyHmac(decoded, Secret, u"HS256"_s);
    QVERIFY(!result.message.contains(QString::fromLatin1(Secret)));
}

QTEST_GUILESS_MAIN(TestJwtDecoder)
#include "testjwtdecoder.moc"
