#include "cliprocess.h"

#include <QJsonDocument>
#include <QProcess>
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
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}
