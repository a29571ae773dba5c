#include "cliprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deadline = 60000;

} // namespace

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliResult runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(KTI_EXECUTABLE_PATH), arguments);
    if (!process.waitForStarted(Deadline)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(Deadline)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QString startDemoServer(QProcess& server, const QStringList& options, QByteArray* output)
{
    server.start(QStringLiteral(KTI_EXECUTABLE_PATH), QStringList { u"demo-server"_s, u"--port"_s, u"0"_s } + options);
    QByteArray out;
    if (server.waitForStarted(Deadline)) {
        while (!out.contains('\n') && server.waitForReadyRead(Deadline)) {
            out += server.readAllStandardOutput();
        }
    }
    if (output) {
        *output = out;
    }
    const QRegularExpressionMatch match
        = QRegularExpression(u"^listening on (https?://127\\.0\\.0\\.1:\\d+)\\n"_s).match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        qWarning("demo-server did not listen: %s", out.constData());
        return {};
    }
    return match.captured(1);
}
