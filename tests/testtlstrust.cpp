#include "demo/demotenant.h"
#include "helpers/faultserver.h"
#include "helpers/testca.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/kibocall.h"
#include "kibo/networkkibocall.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A profile's private CA, end to end over real HTTPS on loopback: AuthTicketClient → KiboCall → the TLS
// configuration. The CA is added to the system's, never instead of them; every certificate failure names
// what failed and the certificate (subject, issuer, validity, SHA-256 fingerprint), and nothing reaches
// a server that was not trusted.
class TestTlsTrust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginOverHttps_data();
    void loginOverHttps();
    void caBundleIsAddedToSystemTrust();
    void removingTheCaEndsTrustAtOnce();
    void unusableBundle_data();
    void unusableBundle();

private:
    QString writeFile(const QString& name, const QByteArray& contents);

    TestCa m_ca;
    QTemporaryDir m_files;
};

void TestTlsTrust::initTestCase()
{
    qRegisterMetaType<AuthTicketResult>();
    QString error;
    QVERIFY2(m_ca.create(&error), qPrintable(error));
    QVERIFY(m_files.isValid());
}

QString TestTlsTrust::writeFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(contents);
    }
    return path;
}

void TestTlsTrust::loginOverHttps_data()
{
    QTest::addColumn<int>("serverKind");
    QTest::addColumn<bool>("withBundle");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("issuer");
    using K = TestCa::ServerKind;
    QTest::newRow("trusted through the profile's bundle")
        << int(K::Good) << true << QString() << QString() << QString() << QString();
    QTest::newRow("untrusted without the bundle")
        << int(K::Good) << false << u"untrusted"_s << u"does not trust"_s << u"127.0.0.1"_s << u"KTI Test CA"_s;
    QTest::newRow("wrong host name") << int(K::WrongHost) << true << u"host-mismatch"_s
                                     << u"issued for a different host name"_s << u"wrong.example.test"_s
                                     << u"KTI Test CA"_s;
    QTest::newRow("expired") << int(K::Expired) << true << u"expired"_s << u"has expired"_s << u"127.0.0.1"_s
                             << u"KTI Test CA"_s;
    QTest::newRow("self-signed") << int(K::SelfSigned) << true << u"self-signed"_s << u"self-signed"_s << u"127.0.0.1"_s
                                 << u"127.0.0.1"_s;
}

void TestTlsTrust::loginOverHttps()
{
    QFETCH(int, serverKind);
    QFETCH(bool, withBundle);
    QFETCH(QString, detail);
    QFETCH(QString, reason);
    QFETCH(QString, subject);
    QFETCH(QString, issuer);
    QString error;
    const TestCa::ServerCertificate served = m_ca.server(TestCa::ServerKind(serverKind), &error);
    QVERIFY2(!served.certificate.isNull(), qPrintable(error));
    FaultServer server;
    server.setTls(served.certificate, served.key);
    QVERIFY(server.listenLocal());

    KiboProfile profile = KiboProfile::demo(server.baseUrl());
    if (withBundle) {
        profile.caBundlePath = m_ca.caPemPath();
    }
    QNetworkAccessManager manager; // a fresh manager per trust setting (reliability.md)
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(profile, u"Canary-Secret-5e1f"_s);
    client.setDeadlines(5'000, 10'000);
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = u"Canary-Pa55-77aa"_s;
    request.responseFields = u"accessToken,refreshToken"_s; // a query on the customer call
    client.login(request);
    QVERIFY(finished.wait(15'000));
    const AuthTicketResult result = finished.first().first().value<AuthTicketResult>();

    if (detail.isEmpty()) {
        // Trusted: the app-authentication request reached the server (which answers it with a 404).
        QVERIFY2(result.error.kind != KiboError::Kind::Tls, qPrintable(result.error.tlsDetails));
        QVERIFY(server.count("/api/platform/applications/authtickets/oauth") >= 1);
        return;
    }
    QCOMPARE(result.error.kind, KiboError::Kind::Tls);
    QCOMPARE(result.error.detail, detail);
    QCOMPARE(server.requests().size(), 0); // not even the request line reached an untrusted server
    QCOMPARE(result.error.cliExitCode(), 3);
    const QString details = result.error.tlsDetails;
    const QString fingerprint
        = QString::fromLatin1(served.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    const QStringList parts { reason, u"Subject: "_s + subject, u"Issuer: "_s + issuer,
        u"Valid from "_s + served.certificate.effectiveDate().toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
        u" to "_s + served.certificate.expiryDate().toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
        u"SHA-256 fingerprint: "_s + fingerprint };
    for (const QString& part : parts) {
        QVERIFY2(details.contains(part), qPrintable(u"missing “"_s + part + u"” in:\n"_s + details));
    }

    const Diagnosis diagnosis = Diagnoser::diagnose(result.error);
    QVERIFY(diagnosis.cause.contains(fingerprint));
    QVERIFY(diagnosis.nextStep.contains(u"never ignored"_s));
    const QByteArray shown = (diagnosis.title + diagnosis.cause + diagnosis.nextStep + details).toUtf8()
        + QJsonDocument(result.error.toJson()).toJson();
    for (const QByteArray& leak : { QByteArray("?"), QByteArray("responseFields"), QByteArray("/api/"),
             QByteArray("Canary-Secret-5e1f"), QByteArray("Canary-Pa55-77aa") }) {
        QVERIFY2(!shown.contains(leak), shown.constData());
    }
}

void TestTlsTrust::caBundleIsAddedToSystemTrust()
{
    QString error;
    const std::optional<QSslConfiguration> plain = NetworkKiboCall::sslConfiguration({}, &error);
    const std::optional<QSslConfiguration> withCa = NetworkKiboCall::sslConfiguration(m_ca.caPemPath(), &error);
    QVERIFY2(plain && withCa, qPrintable(error));
    const QList<QSslCertificate> system = QSslConfiguration::defaultConfiguration().caCertificates();
    const QList<QSslCertificate> ours = QSslCertificate::fromPath(m_ca.caPemPath());
    QCOMPARE(ours.size(), 1);
    QCOMPARE(plain->caCertificates().size(), system.size());
    QVERIFY(!plain->caCertificates().contains(ours.constFirst()));
    QCOMPARE(withCa->caCertificates().size(), system.size() + 1);
    for (const QSslCertificate& certificate : system) {
        QVERIFY(withCa->caCertificates().contains(certificate)); // nothing of the system's trust is dropped
    }
    QVERIFY(withCa->caCertificates().contains(ours.constFirst()));
    QCOMPARE(withCa->peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestTlsTrust::removingTheCaEndsTrustAtOnce()
{
    // Qt keeps a TLS connection open after a reply and does not key it by the CA set: without care, the next
    // request would ride the connection the old, wider trust accepted.
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    DemoTenant tenant;
    QVERIFY2(tenant.listenTls(tlsDir.path()), qPrintable(tenant.errorString()));
    QNetworkAccessManager manager; // one manager throughout, as a session keeps it
    AuthTicketClient client(&manager, nullptr);
    KiboProfile profile = KiboProfile::demo(tenant.baseUrl());
    profile.caBundlePath = tlsDir.filePath(u"ca.pem"_s);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    const auto login = [&] {
        QSignalSpy finished(&client, &AuthTicketClient::finished);
        client.login(request);
        [&] {
            QVERIFY(finished.wait(15'000));
        }();
        return finished.isEmpty() ? AuthTicketResult {} : finished.first().first().value<AuthTicketResult>();
    };
    client.setProfile(profile, DemoTenant::sharedSecret());
    const AuthTicketResult trusted = login();
    QVERIFY2(trusted.ticket, qPrintable(trusted.error.tlsDetails));

    profile.caBundlePath.clear();
    client.setProfile(profile, DemoTenant::sharedSecret());
    const AuthTicketResult untrusted = login();
    QCOMPARE(untrusted.error.kind, KiboError::Kind::Tls);
    QVERIFY(!untrusted.ticket);
}

void TestTlsTrust::unusableBundle_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << m_files.filePath(u"nothing-here.pem"_s) << u"does not exist"_s;
    QTest::newRow("a folder") << m_files.path() << u"is a folder, not a file"_s;
    QTest::newRow("empty") << writeFile(u"empty.pem"_s, {}) << u"holds no PEM certificate"_s;
    QTest::newRow("text") << writeFile(u"notes.txt"_s, "ask Kibo for the CA\n") << u"holds no PEM certificate"_s;
    QTest::newRow("DER") << writeFile(u"ca.der"_s, QSslCertificate::fromPath(m_ca.caPemPath()).value(0).toDer())
                         << u"DER files must be converted to PEM"_s;
    QTest::newRow("broken PEM") << writeFile(
        u"broken.pem"_s, "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n")
                                << u"not a valid certificate"_s;
    QTest::newRow("private key only") << writeFile(u"key.pem"_s,
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END "
        "PRIVATE KEY-----\n") << u"holds no PEM certificate"_s;
}

void TestTlsTrust::unusableBundle()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!KiboCall::checkCaBundle(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.contains(path));

    // Through the client: the failure comes before any request, with the same words.
    FaultServer server;
    QString caError;
    const TestCa::ServerCertificate served = m_ca.server(TestCa::ServerKind::Good, &caError);
    QVERIFY2(!served.certificate.isNull(), qPrintable(caError));
    server.setTls(served.certificate, served.key);
    QVERIFY(server.listenLocal());
    KiboProfile profile = KiboProfile::demo(server.baseUrl());
    profile.caBundlePath = path;
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(profile, u"secret"_s);
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = u"x"_s;
    client.login(request);
    QVERIFY(finished.wait(10'000));
    const AuthTicketResult result = finished.first().first().value<AuthTicketResult>();
    QCOMPARE(result.error.kind, KiboError::Kind::Tls);
    QCOMPARE(result.error.detail, u"ca-file"_s);
    QVERIFY(result.error.tlsDetails.contains(message));
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "testtlstrust.moc"
