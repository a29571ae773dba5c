#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

// What one run of the real kibo-token-inspector executable gave: exit code (-1 when it crashed or
// hung past the deadline), standard output and standard error.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Runs KTI_EXECUTABLE_PATH with the arguments, writes input to its standard input and closes it. The
// wait keeps this thread's event loop turning, so a loopback server that the test runs (a JWKS host, a
// fault server) can answer the child meanwhile.
CliResult runCli(const QStringList& arguments, const QByteArray& input = {},
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// Starts `demo-server --port 0 OPTIONS` of KTI_EXECUTABLE_PATH in server and waits for its "listening on URL"
// line. Returns the base URL, or an empty string (and a warning with what the server said) when it does not
// listen. *output, when given, gets everything the server printed so far, that line first.
QString startDemoServer(QProcess& server, const QStringList& options = {}, QByteArray* output = nullptr);
