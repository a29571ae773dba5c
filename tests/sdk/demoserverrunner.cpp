// A stand-alone demo tenant for the official-SDK test, until the CLI's `demo-server` takes over:
//   demoserverrunner [--port N] [--tls-dir DIR]
// prints "listening on <base URL>" once it accepts connections and "outbox: <user> code <digits>" per code.
#include "demo/demotenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0 = any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption tlsOption(u"tls-dir"_s, u"Serve HTTPS; write the CA to DIR/ca.pem."_s, u"DIR"_s);
    parser.addOption(portOption);
    parser.addOption(tlsOption);
    parser.addHelpOption();
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fputs("invalid port\n", stderr);
        return 2;
    }

    DemoTenant tenant;
    QObject::connect(&tenant, &DemoTenant::codeSent, &tenant, [](const QString& userName, const QString& code) {
        std::fprintf(stdout, "outbox: %s code %s\n", qPrintable(userName), qPrintable(code));
        std::fflush(stdout);
    });
    const auto listenPort = static_cast<quint16>(port);
    const bool listening = parser.isSet(tlsOption)
        ? tenant.listenTls(parser.value(tlsOption), QHostAddress::LocalHost, listenPort)
        : tenant.listen(QHostAddress::LocalHost, listenPort);
    if (!listening) {
        std::fprintf(stderr, "%s\n", qPrintable(tenant.errorString()));
        return 3;
    }
    std::fprintf(stdout, "listening on %s\n", qPrintable(tenant.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
