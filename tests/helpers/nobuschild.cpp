#include "helpers/nobuschild.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

bool isNoSessionBusChild()
{
    return !qEnvironmentVariableIsEmpty("KTI_TEST_NO_BUS_CHILD");
}

NoBusChildRun runWithoutSessionBus(const QString& testFunction)
{
    NoBusChildRun run;
    QTemporaryDir sandbox;
    if (!sandbox.isValid()) {
        run.output = "no temporary folder for the child's bus address";
        return run;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KTI_TEST_NO_BUS_CHILD"_s, u"1"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + sandbox.filePath(u"no-bus"_s));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), { testFunction });
    run.finished = child.waitForFinished(120000);
    run.output = child.readAllStandardOutput() + child.readAllStandardError();
    run.passed = run.finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    return run;
}
