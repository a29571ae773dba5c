#include "demo/demotenant.h"
#include "helpers/cliprocess.h"
#include "helpers/faultserver.h"
#include "helpers/loopbackproxy.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The CLI reads the network settings the GUI saves (proxy, timeouts) and shows TLS failures with the
// certificate details. Each run gets its own XDG_CONFIG_HOME, so the settings file is the child's alone.
class TestCliNetwork final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explicitProxyFromSettings();
    void refusedProxyFromSettings();
    void defaultSettingsGoDirect();
    void untrustedDemoServerShowsCertificate();
    void profileCaBundleIsTrusted();
    void jwksFetchUsesTheProxy();

private:
    QProcessEnvironment environmentWith(const QList<std::pair<QString, QVariant>>& values);
    CliResult loginAda(const QUrl& server, const QProcessEnvironment& environment);

    QTemporaryDir m_config;
    int m_runs = 0;
    DemoTenant m_tenant;
};

void TestCliNetwork::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY2(m_tenant.listen(), qPrintable(m_tenant.errorString()));
}

QProcessEnvironment TestCliNetwork::environmentWith(const QList<std::pair<QString, QVariant>>& values)
{
    const QString configHome = m_config.filePath(u"config-%1"_s.arg(++m_runs));
    QDir().mkpath(configHome);
    {
        QSettings file(configHome + u"/" KTI_APP_ID "/" KTI_EXECUTABLE ".conf"_s, QSettings::IniFormat);
        for (const auto& [key, value] : values) {
            file.setValue(key, value);
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    return environment;
}

CliResult TestCliNetwork::loginAda(const QUrl& server, const QProcessEnvironment& environment)
{
    return runCli({ u"login"_s, u"--demo-server"_s, server.toString(), u"--username"_s, u"ada.lovelace@example.com"_s,
                      u"--password-stdin"_s, u"--no-store"_s },
        DemoTenant::defaultPassword().toUtf8() + '\n', environment);
}

void TestCliNetwork::explicitProxyFromSettings()
{
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    const CliResult result = loginAda(m_tenant.baseUrl(),
        environmentWith({ { u"network/proxyMode"_s, u"explicit"_s }, { u"network/proxyHost"_s, u"127.0.0.1"_s },
            { u"network/proxyLoopback"_s, true }, { u"network/proxyPort"_s, proxy.serverPort() } }));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(proxy.count("POST", "/api/platform/applications/authtickets/oauth"), 1);
    QCOMPARE(proxy.count("POST", "/api/commerce/customer/authtickets"), 1);
}

void TestCliNetwork::refusedProxyFromSettings()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const CliResult result = loginAda(m_tenant.baseUrl(),
        environmentWith({ { u"network/proxyMode"_s, u"explicit"_s }, { u"network/proxyHost"_s, u"127.0.0.1"_s },
            { u"network/proxyLoopback"_s, true }, { u"network/proxyPort"_s, port } }));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("The proxy refused the connection"), result.err.constData());
    const QByteArray proxyAddress = "127.0.0.1:" + QByteArray::number(port);
    QVERIFY2(result.err.contains(proxyAddress), result.err.constData());
}

void TestCliNetwork::defaultSettingsGoDirect()
{
    // No settings saved: the system configuration, which never sends loopback through a proxy.
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    QProcessEnvironment environment = environmentWith({});
    environment.insert(u"http_proxy"_s, u"http://127.0.0.1:"_s + QString::number(proxy.serverPort()));
    const CliResult result = loginAda(m_tenant.baseUrl(), environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(proxy.requests().size(), 0);
}

void TestCliNetwork::untrustedDemoServerShowsCertificate()
{
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    DemoTenant tlsTenant;
    QVERIFY2(tlsTenant.listenTls(tlsDir.path()), qPrintable(tlsTenant.errorString()));
    const CliResult result
        = runCli({ u"login"_s, u"--demo-server"_s, tlsTenant.baseUrl().toString(), u"--username"_s,
                     u"ada.lovelace@example.com"_s, u"--password-stdin"_s, u"--no-store"_s, u"--json"_s },
            DemoTenant::defaultPassword().toUtf8() + '\n', environmentWith({}));
    QCOMPARE(result.exitCode, 3);
    const QJsonObject error = result.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"tls"_s);
    const QString details = error.value(u"tlsDetails"_s).toString();
    for (const QString& part : { u"does not trust"_s, u"Subject: localhost"_s,
             u"Issuer: Kibo Token Inspector demo CA"_s, u"Valid from "_s, u"SHA-256 fingerprint: "_s }) {
        QVERIFY2(details.contains(part), qPrintable(details));
    }
    QVERIFY(!result.out.contains("Demo-pass-1") && !result.err.contains("Demo-pass-1"));
}

void TestCliNetwork::profileCaBundleIsTrusted()
{
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    DemoTenant tlsTenant;
    QVERIFY2(tlsTenant.listenTls(tlsDir.path()), qPrintable(tlsTenant.errorString()));
    const QString base = tlsTenant.baseUrl().toString();
    const QString caPath = tlsDir.filePath(u"ca.pem"_s);
    const QProcessEnvironment environment = environmentWith({});
    const QString name = u"tls-demo-%1"_s.arg(m_runs);
    const CliResult added
        = runCli({ u"profile"_s, u"add"_s, name, u"--tenant"_s, QString::number(DemoTenant::tenantId()), u"--site"_s,
                     QString::number(DemoTenant::siteId()), u"--auth-host"_s, base, u"--client-id"_s,
                     DemoTenant::clientId(), u"--ca-bundle"_s, caPath, u"--client-secret-stdin"_s },
            DemoTenant::sharedSecret().toUtf8() + '\n', environment);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QStringList login { u"login"_s, u"--profile"_s, name, u"--username"_s, u"ada.lovelace@example.com"_s,
        u"--password-stdin"_s, u"--no-store"_s, u"--json"_s };
    const QByteArray password = DemoTenant::defaultPassword().toUtf8() + '\n';

    // The profile's private CA is added to the system's: the demo's certificate is trusted.
    const CliResult trusted = runCli(login, password, environment);
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    QVERIFY(trusted.json().contains(u"ticket"_s));

    // The file has changed since (here: it is no longer PEM): a specific message, and nothing is sent.
    {
        QFile file(caPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a certificate\n");
    }
    const CliResult broken = runCli(login, password, environment);
    QCOMPARE(broken.exitCode, 3);
    const QJsonObject error = broken.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"tls"_s);
    QVERIFY2(error.value(u"tlsDetails"_s).toString().contains(u"holds no PEM certificate"_s),
        qPrintable(error.value(u"tlsDetails"_s).toString()));

    QVERIFY(QFile::remove(caPath));
    const CliResult missing = runCli(login, password, environment);
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(
        missing.json().value(u"error"_s).toObject().value(u"tlsDetails"_s).toString().contains(u"does not exist"_s),
        missing.out.constData());
    runCli({ u"profile"_s, u"remove"_s, name }, {}, environment);
}

void TestCliNetwork::jwksFetchUsesTheProxy()
{
    FaultServer jwksHost;
    QVERIFY(jwksHost.listenLocal());
    jwksHost.script("/jwks.json", { FaultServer::json(200, R"({"keys":[]})") });
    LoopbackProxy proxy;
    QVERIFY(proxy.listenLocal());
    QUrl jwks = jwksHost.baseUrl();
    jwks.setPath(u"/jwks.json"_s);
    // Any JWS will do: what is checked is the way the key set was fetched.
    const QString token = u"eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"_s;
    runCli({ u"verify"_s, token, u"--jwks"_s, jwks.toString() }, {},
        environmentWith({ { u"network/proxyMode"_s, u"explicit"_s }, { u"network/proxyHost"_s, u"127.0.0.1"_s },
            { u"network/proxyLoopback"_s, true }, { u"network/proxyPort"_s, proxy.serverPort() } }));
    QCOMPARE(proxy.count("GET", jwks.toEncoded()), 1);
    QCOMPARE(jwksHost.count("/jwks.json"), 1);
}

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "testclinetwork.moc"
