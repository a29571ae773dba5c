#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

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
