// `kibo-token-inspector verify` on the real executable: each key source, the exit codes of its
// --help, the --json object, the algorithm-confusion refusal, kid selection and a JWKS URL served
// over real loopback HTTP by this test. The secret never appears in any output.
#include "helpers/cliprocess.h"
#include "helpers/faultserver.h"
#include "helpers/testca.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultServer::Reply)

namespace {

const QString DataDir = QStringLiteral(KTI_TEST_DATA_DIR "/jws/");

// verify, run on the real executable (see helpers/cliprocess.h).
CliResult runVerify(const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(QStringList { u"verify"_s } + arguments, input);
}

QByteArray readData(const QString& name)
{
    QFile file(DataDir + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("test data %s missing", qPrintable(name));
    }
    return file.readAll();
}

QByteArray opensslToken(const QByteArray& name)
{
    for (const QByteArray& line : readData(u"tokens.txt"_s).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[0] == name) {
            return parts[1];
        }
    }
    qFatal("no token %s", name.constData());
}

QByteArray rfcToken(const QString& name)
{
    const QJsonArray vectors
        = QJsonDocument::fromJson(readData(u"rfc-vectors.json"_s)).object().value(u"vectors"_s).toArray();
    for (const QJsonValue& vector : vectors) {
        if (vector.toObject().value(u"name"_s).toString() == name) {
            return vector.toObject().value(u"token"_s).toString().toLatin1();
        }
    }
    qFatal("no vector %s", qPrintable(name));
}

QByteArray withPayloadByteChanged(const QByteArray& token)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray& payload = parts[1];
    payload[4] = payload[4] == 'A' ? 'B' : 'A';
    return parts.join('.');
}

// The token with one byte of its decoded payload changed (one bit flipped), encoded again as canonical base64url.
QByteArray withPayloadOctetChanged(const QByteArray& token)
{
    constexpr auto Encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QList<QByteArray> parts = token.split('.');
    QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x01);
    parts[1] = payload.toBase64(Encoding);
    return parts.join('.');
}

QJsonObject rfcJwk(const QString& name)
{
    const QJsonArray vectors
        = QJsonDocument::fromJson(readData(u"rfc-vectors.json"_s)).object().value(u"vectors"_s).toArray();
    for (const QJsonValue& vector : vectors) {
        if (vector.toObject().value(u"name"_s).toString() == name) {
            return vector.toObject().value(u"jwk"_s).toObject();
        }
    }
    qFatal("no vector %s", qPrintable(name));
}

QByteArray withHeader(const QByteArray& token, const QByteArray& header)
{
    QList<QByteArray> parts = token.split('.');
    parts[0] = header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return parts.join('.');
}

QStringList noticeCodes(const QJsonObject& json)
{
    QStringList codes;
    for (const QJsonValue& notice : json.value(u"notices"_s).toArray()) {
        codes << notice.toObject().value(u"code"_s).toString();
    }
    return codes;
}

QString key(const QString& name)
{
    return DataDir + name;
}

} // namespace

class TestCliVerify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpNamesTheExitCodes();
    void exitCodes_data();
    void exitCodes();
    void jsonObject();
    void payloadsThatAreNotJson_data();
    void payloadsThatAreNotJson();
    void secretFromStdinIsNeverPrinted();
    void jwksUrl_data();
    void jwksUrl();
    void jwksUrlUnreachable();
};

void TestCliVerify::helpNamesTheExitCodes()
{
    const CliResult help = runVerify({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--secret-stdin"));
    QVERIFY(help.out.contains("--jwks"));
    QVERIFY(help.out.contains("1 verification failed"));
    QVERIFY(help.out.contains("3 the JWKS URL could not be fetched"));
}

void TestCliVerify::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said"); // in standard output or standard error

    const QByteArray secretLine = readData(u"hmac-secret.txt"_s);
    const QByteArray hs256 = opensslToken("HS256");
    const QString hs256Arg = QString::fromLatin1(hs256);

    // 0: verified.
    QTest::newRow("secret, token as argument")
        << QStringList { hs256Arg, u"--secret-stdin"_s } << secretLine << 0 << QByteArray("Signature verified: HS256");
    QTest::newRow("secret, then token on stdin") << QStringList { u"-"_s, u"--secret-stdin"_s } << secretLine + hs256
                                                 << 0 << QByteArray("shared secret from standard input");
    QTest::newRow("RS256 public key, token on stdin")
        << QStringList { u"--key"_s, key(u"rsa2048-public.pem"_s) } << opensslToken("RS256") << 0
        << QByteArray("RSA 2048-bit public key from rsa2048-public.pem");
    QTest::newRow("PS512 certificate") << QStringList { QString::fromLatin1(opensslToken("PS512")), u"--key"_s,
        key(u"rsa2048-cert.pem"_s) } << QByteArray()
                                       << 0 << QByteArray("PS512");
    QTest::newRow("ES384 private key") << QStringList { QString::fromLatin1(opensslToken("ES384")), u"--key"_s,
        key(u"ec-P-384-private.pem"_s) }
                                       << QByteArray() << 0 << QByteArray("only its public part");
    QTest::newRow("Ed448") << QStringList { QString::fromLatin1(opensslToken("EdDSA-Ed448")), u"--key"_s,
        key(u"ed448-public.pem"_s) }
                           << QByteArray() << 0 << QByteArray("Ed448 public key");
    QTest::newRow("JWKS file, kid picks the RSA key")
        << QStringList { u"--jwks"_s, key(u"jwks-three.json"_s) } << rfcToken(u"RFC 7520 4.1 RS256"_s) << 0
        << QByteArray("bilbo.baggins@hobbiton.example");
    QTest::newRow("JWKS file, no kid, EC key by type")
        << QStringList { u"--jwks"_s, key(u"jwks-three.json"_s) } << rfcToken(u"RFC 7515 A.3 ES256"_s) << 0
        << QByteArray("rfc7515-a3-p256");
    QTest::newRow("weak RSA key verifies with a notice")
        << QStringList { QString::fromLatin1(opensslToken("RS256-weak")), u"--key"_s, key(u"rsa1024-public.pem"_s) }
        << QByteArray() << 0 << QByteArray("1024 bits");

    // 1: verification failed.
    QTest::newRow("tampered payload") << QStringList { u"--key"_s, key(u"rsa2048-public.pem"_s) }
                                      << withPayloadByteChanged(opensslToken("RS256")) << 1
                                      << QByteArray("does not match");
    QTest::newRow("wrong secret") << QStringList { hs256Arg, u"--secret-stdin"_s } << QByteArray("wrong-secret\n") << 1
                                  << QByteArray("does not match");
    QTest::newRow("wrong key") << QStringList { u"--key"_s, key(u"other-rsa2048-public.pem"_s) }
                               << opensslToken("RS256") << 1 << QByteArray("does not match");
    QTest::newRow("algorithm confusion refused")
        << QStringList { u"--key"_s, key(u"rsa2048-public.pem"_s) } << opensslToken("HS256-confusion") << 1
        << QByteArray("algorithm-confusion");
    QTest::newRow("JWK alg mismatch refused") << QStringList { u"--key"_s, key(u"jwk-p256-alg-es384.json"_s) }
                                              << rfcToken(u"RFC 7515 A.3 ES256"_s) << 1 << QByteArray("ES384");
    QTest::newRow("ES signature of wrong length")
        << QStringList { u"--key"_s, key(u"ec-P-256-public.pem"_s) } << opensslToken("ES256").chopped(4) << 1
        << QByteArray("not the length ES256 requires");
    QTest::newRow("alg none never verified")
        << QStringList { u"--secret-stdin"_s, QString::fromLatin1(withHeader(hs256, R"({"alg":"none"})")) }
        << secretLine << 1 << QByteArray("unsigned");

    // 2: usage errors.
    QTest::newRow("no key") << QStringList { hs256Arg } << QByteArray() << 2 << QByteArray("Name the key");
    QTest::newRow("two key sources") << QStringList { hs256Arg, u"--secret-stdin"_s, u"--key"_s,
        key(u"rsa2048-public.pem"_s) }
                                     << secretLine << 2 << QByteArray("only one");
    QTest::newRow("two tokens") << QStringList { hs256Arg, hs256Arg, u"--secret-stdin"_s } << secretLine << 2
                                << QByteArray("one token");
    QTest::newRow("jwks ftp url") << QStringList { hs256Arg, u"--jwks"_s, u"ftp://127.0.0.1/jwks"_s } << QByteArray()
                                  << 2 << QByteArray("http://");
    QTest::newRow("empty secret line") << QStringList { hs256Arg, u"--secret-stdin"_s } << QByteArray("\n") << 2
                                       << QByteArray("is empty");
    QTest::newRow("secret as an option value is not an option")
        << QStringList { hs256Arg, u"--secret=Canary-Argv-9"_s } << QByteArray() << 2 << QByteArray("Unknown option");

    // 4: not understood.
    QTest::newRow("unknown kid") << QStringList { u"--jwks"_s, key(u"jwks-three.json"_s) }
                                 << withHeader(
                                        rfcToken(u"RFC 7520 4.1 RS256"_s), R"({"alg":"RS256","kid":"nobody@example"})")
                                 << 4 << QByteArray("nobody@example");
    QTest::newRow("unsupported alg") << QStringList { u"--secret-stdin"_s,
        QString::fromLatin1(withHeader(hs256, R"({"alg":"HS1"})")) }
                                     << secretLine << 4 << QByteArray("HS1");
    QTest::newRow("not a token") << QStringList { u"--secret-stdin"_s, u"not-a-token"_s } << secretLine << 4
                                 << QByteArray("JWS");
    QTest::newRow("missing key file") << QStringList { hs256Arg, u"--key"_s, key(u"no-such.pem"_s) } << QByteArray()
                                      << 4 << QByteArray("could not be read");
    QTest::newRow("encrypted private key") << QStringList { hs256Arg, u"--key"_s, key(u"rsa2048-encrypted.pem"_s) }
                                           << QByteArray() << 4 << QByteArray("encrypted");
}

void TestCliVerify::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);

    const CliResult result = runVerify(arguments, input);
    const QByteArray both = result.out + result.err;
    QVERIFY2(result.exitCode == exitCode, both.constData());
    QVERIFY2(both.contains(said), both.constData());
    if (exitCode != 0) {
        QVERIFY2(!result.out.contains("Signature verified"), both.constData());
    }
}

void TestCliVerify::payloadsThatAreNotJson_data()
{
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QByteArray>("payloadStart"); // the start of the payload's text in the output

    // RFC 7515 A.4 signs "Payload" and RFC 7520 section 4 a line of prose: JWSs that are not JWTs. Each with the key
    // the RFC gives, as a JWK file.
    QTest::newRow("RFC 7515 A.4 ES512") << u"RFC 7515 A.4 ES512"_s << QByteArray("Payload");
    QTest::newRow("RFC 7520 4.1 RS256") << u"RFC 7520 4.1 RS256"_s
                                        << QByteArray("It\xE2\x80\x99s a dangerous business");
    QTest::newRow("RFC 7520 4.2 PS384") << u"RFC 7520 4.2 PS384"_s
                                        << QByteArray("It\xE2\x80\x99s a dangerous business");
    QTest::newRow("RFC 7520 4.3 ES512") << u"RFC 7520 4.3 ES512"_s
                                        << QByteArray("It\xE2\x80\x99s a dangerous business");
    QTest::newRow("RFC 7520 4.4 HS256") << u"RFC 7520 4.4 HS256"_s
                                        << QByteArray("It\xE2\x80\x99s a dangerous business");
}

void TestCliVerify::payloadsThatAreNotJson()
{
    QFETCH(QString, vector);
    QFETCH(QByteArray, payloadStart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString jwkFile = dir.filePath(u"key.jwk.json"_s);
    QFile file(jwkFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(rfcJwk(vector)).toJson());
    file.close();

    const QByteArray token = rfcToken(vector);
    const CliResult verified = runVerify({ u"--key"_s, jwkFile }, token);
    QVERIFY2(verified.exitCode == 0, QByteArray(verified.out + verified.err).constData());
    QVERIFY(verified.out.contains("Signature verified"));
    QVERIFY2(verified.out.contains(QByteArray("Payload (text):\n" + payloadStart)), verified.out.constData());

    const CliResult json = runVerify({ u"--key"_s, jwkFile, u"--json"_s }, token);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json().value(u"verified"_s).toBool());
    QVERIFY(json.json()
                .value(u"jwt"_s)
                .toObject()
                .value(u"payloadText"_s)
                .toString()
                .startsWith(QString::fromUtf8(payloadStart)));

    // One changed payload byte: the token still decodes, and the signature no longer matches.
    const QByteArray tampered = withPayloadOctetChanged(token);
    QVERIFY(tampered != token);
    const CliResult refused = runVerify({ u"--key"_s, jwkFile }, tampered);
    QVERIFY2(refused.exitCode == 1, QByteArray(refused.out + refused.err).constData());
    QVERIFY(refused.err.contains("does not match"));
    QVERIFY(!refused.out.contains("Signature verified"));
}

void TestCliVerify::jsonObject()
{
    const CliResult ok
        = runVerify({ u"--jwks"_s, key(u"jwks-three.json"_s), u"--json"_s }, rfcToken(u"RFC 7520 4.2 PS384"_s));
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject json = ok.json();
    QCOMPARE(json.value(u"verified"_s).toBool(), true);
    QCOMPARE(json.value(u"algorithm"_s).toString(), u"PS384"_s);
    QVERIFY(json.value(u"key"_s).toString().startsWith(u"RSA 2048-bit public key from jwks-three.json"_s));
    QCOMPARE(json.value(u"kid"_s).toString(), u"bilbo.baggins@hobbiton.example"_s);
    QVERIFY(noticeCodes(json).contains(u"verified"_s));
    for (const QJsonValue& notice : json.value(u"notices"_s).toArray()) {
        QVERIFY(notice.toObject().contains(u"code"_s));
        QVERIFY(notice.toObject().contains(u"severity"_s));
        QVERIFY(notice.toObject().contains(u"text"_s));
    }
    const QJsonObject jwt = json.value(u"jwt"_s).toObject();
    QCOMPARE(jwt.value(u"header"_s).toObject().value(u"alg"_s).toString(), u"PS384"_s);
    QCOMPARE(jwt.value(u"signature"_s).toObject().value(u"state"_s).toString(), u"verified"_s);

    const CliResult confused
        = runVerify({ u"--key"_s, key(u"rsa2048-public.pem"_s), u"--json"_s }, opensslToken("HS256-confusion"));
    QCOMPARE(confused.exitCode, 1);
    QCOMPARE(confused.json().value(u"verified"_s).toBool(true), false);
    QVERIFY(noticeCodes(confused.json()).contains(u"alg-confusion"_s));
    QCOMPARE(confused.json().value(u"jwt"_s).toObject().value(u"signature"_s).toObject().value(u"state"_s).toString(),
        u"not verified"_s);
    QVERIFY(confused.json().value(u"kid"_s).isNull());

    const CliResult unknownKid = runVerify({ u"--jwks"_s, key(u"jwks-three.json"_s), u"--json"_s },
        withHeader(rfcToken(u"RFC 7520 4.1 RS256"_s), R"({"alg":"RS256","kid":"nobody@example"})"));
    QCOMPARE(unknownKid.exitCode, 4);
    QVERIFY(noticeCodes(unknownKid.json()).contains(u"unknown-kid"_s));
}

void TestCliVerify::secretFromStdinIsNeverPrinted()
{
    const QByteArray canary = "Canary-Verify-Secret-3e1f";
    for (const QStringList& extra : { QStringList {}, QStringList { u"--json"_s } }) {
        const CliResult result = runVerify(
            QStringList { QString::fromLatin1(opensslToken("HS256")), u"--secret-stdin"_s } + extra, canary + '\n');
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.out.contains(canary));
        QVERIFY(!result.err.contains(canary));
        QVERIFY(!result.out.contains(canary.toBase64()));
    }
    // A key file's bytes are never printed either.
    const CliResult pem = runVerify({ u"--key"_s, key(u"rsa2048-private.pem"_s), u"--json"_s }, opensslToken("RS256"));
    QCOMPARE(pem.exitCode, 0);
    const QList<QByteArray> pemLines = readData(u"rsa2048-private.pem"_s).split('\n');
    const QByteArray both = pem.out + pem.err;
    QVERIFY(!pemLines.value(1).isEmpty());
    QVERIFY(!both.contains(pemLines.value(1)));
}

void TestCliVerify::jwksUrl_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said");

    QTest::newRow("200 JWK Set") << FaultServer::json(200, readData(u"jwks-three.json"_s)) << 0
                                 << QByteArray("from http://127.0.0.1");
    QTest::newRow("404") << FaultServer::json(404, "{}") << 3 << QByteArray("404");
    FaultServer::Reply html;
    html.headers.emplaceBack("Content-Type", "text/html; charset=utf-8");
    html.body = "<html><body>Log in</body></html>";
    QTest::newRow("200 HTML") << html << 4 << QByteArray("web page (HTML)");
    QTest::newRow("200 oversize") << FaultServer::json(200, QByteArray(1024 * 1024 + 1, ' ')) << 4
                                  << QByteArray("larger than 1 MiB");
    QTest::newRow("200 JSON without keys")
        << FaultServer::json(200, R"({"issuer":"x"})") << 4 << QByteArray("neither a JWK");
    FaultServer::Reply redirect = FaultServer::json(301, {});
    redirect.headers.emplaceBack("Location", "https://elsewhere.example/jwks");
    QTest::newRow("301 not followed") << redirect << 3 << QByteArray("elsewhere.example");
}

void TestCliVerify::jwksUrl()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);

    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/.well-known/jwks.json", { reply });
    QUrl url = server.baseUrl();
    url.setPath(u"/.well-known/jwks.json"_s);
    url.setQuery(u"tenant=Query-Canary-12"_s);
    const CliResult result = runVerify({ u"--jwks"_s, url.toString(), u"--json"_s }, rfcToken(u"RFC 7520 4.1 RS256"_s));
    const QByteArray both = result.out + result.err;
    QVERIFY2(result.exitCode == exitCode, both.constData());
    QVERIFY2(both.contains(said), both.constData());
    QVERIFY2(!both.contains("Query-Canary-12"), both.constData());
    QCOMPARE(server.count("/.well-known/jwks.json"), 1);
    QCOMPARE(result.json().value(u"verified"_s).toBool(), exitCode == 0);
}

void TestCliVerify::jwksUrlUnreachable()
{
    // HTTPS with a certificate from a CA the system does not trust: exit 3, no keys.
    TestCa ca;
    QString error;
    QVERIFY2(ca.create(&error), qPrintable(error));
    const TestCa::ServerCertificate certificate = ca.server(TestCa::ServerKind::Good, &error);
    QVERIFY2(!certificate.certificate.isNull(), qPrintable(error));
    FaultServer tlsServer;
    tlsServer.setTls(certificate.certificate, certificate.key);
    QVERIFY(tlsServer.listenLocal());
    tlsServer.script("/jwks", { FaultServer::json(200, readData(u"jwks-three.json"_s)) });
    QUrl url = tlsServer.baseUrl();
    url.setPath(u"/jwks"_s);
    const CliResult untrusted = runVerify({ u"--jwks"_s, url.toString() }, rfcToken(u"RFC 7520 4.1 RS256"_s));
    QVERIFY2(untrusted.exitCode == 3, untrusted.err.constData());
    QVERIFY2(untrusted.err.contains("TLS"), untrusted.err.constData());
    QCOMPARE(tlsServer.count("/jwks"), 0);

    // Nobody listening: exit 3.
    FaultServer closed;
    QVERIFY(closed.listenLocal());
    QUrl refusedUrl = closed.baseUrl();
    refusedUrl.setPath(u"/jwks"_s);
    closed.close();
    const CliResult refused = runVerify({ u"--jwks"_s, refusedUrl.toString() }, rfcToken(u"RFC 7520 4.1 RS256"_s));
    QVERIFY2(refused.exitCode == 3, refused.err.constData());
    QVERIFY2(refused.err.contains("refused"), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "testcliverify.moc"
