#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "displayprobe.h"
#include "fallbackiconstyle.h"
#include "firstframe.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "translator.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"" KTI_APP_ID ""_s);
    QCoreApplication::setOrganizationDomain(u"kibotokeninspector.github.io"_s);
    QCoreApplication::setApplicationName(u"" KTI_EXECUTABLE ""_s);
    QCoreApplication::setApplicationVersion(u"" KTI_VERSION ""_s);
}

// --lang is taken out before anything else parses the arguments, so that every message, the
// CLI's included, is already translated. Returns the other arguments.
QStringList takeLanguage(int argc, char** argv, QString* language)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (i > 0 && argument == u"--lang"_s && i + 1 < argc) {
            *language = QString::fromLocal8Bit(argv[++i]);
        } else if (i > 0 && argument.startsWith(u"--lang="_s)) {
            *language = argument.mid(7);
        } else {
            arguments.append(argument);
        }
    }
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    ProcessHardening::apply();
#endif
    QString language;
    const QStringList arguments = takeLanguage(argc, argv, &language);

    if (CliRunner::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Translator::install(&app, language);
        return CliRunner::run(arguments);
    }

    if (!DisplayProbe::canOpenDisplay(arguments)) {
        // QApplication would abort (SIGABRT, a core dump) when no platform plugin starts: say it in one line instead,
        // and where the headless commands are.
        QCoreApplication app(argc, argv);
        describeApplication();
        Translator::install(&app, language);
        CliOutput::err(QCoreApplication::translate("main",
            "No display could be opened (Qt platform %1), so the window cannot start. Run 'kibo-token-inspector "
            "--help' for the command-line tool, or 'kibo-token-inspector demo-server' for the demo tenant.")
                           .arg(DisplayProbe::platforms(arguments).join(u", "_s)));
        return CliRunner::UsageError;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new FallbackIconStyle);
    describeApplication();
    QApplication::setApplicationDisplayName(u"" KTI_APP_NAME ""_s);
    QGuiApplication::setDesktopFileName(u"" KTI_APP_ID ""_s);
    Translator::install(&app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Inspect Kibo Commerce customer auth tickets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"demo"_s, QCoreApplication::translate("main", "Start the built-in demo tenant and log in against it.") },
        { u"profile"_s, QCoreApplication::translate("main", "Open with a saved profile."),
            QCoreApplication::translate("main", "NAME") },
        { u"lang"_s, QCoreApplication::translate("main", "The interface language, e.g. de."),
            QCoreApplication::translate("main", "LANG") },
    });
    // QApplication took its own options out of argv (-platform, -display, -style, …): the parser sees the rest.
    const QStringList guiArguments = takeLanguage(argc, argv, &language);
    // A usage error is exit 2, as for the commands (QCommandLineParser::process() would exit with 1).
    if (!parser.parse(guiArguments)) {
        CliOutput::err(parser.errorText());
        return CliRunner::UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::err(QCoreApplication::translate("main",
            "The window takes no arguments besides its options. Run 'kibo-token-inspector --help' for the commands."));
        return CliRunner::UsageError;
    }
    parser.process(guiArguments); // --help and --version

    FirstFrame::expect();
    MainWindow window;
    if (parser.isSet(u"demo"_s)) {
        // The form and banner now, the server once the first frame is on screen: nothing blocks the window.
        window.startDemoTenant();
    }
    FirstFrame::show(&window);
    if (parser.isSet(u"profile"_s)) {
        // After the first frame; the Demo profile starts the demo tenant.
        const QString name = parser.value(u"profile"_s);
        FirstFrame::whenShown(&window, [&window, name] { window.chooseProfile(name); });
    }
    return QApplication::exec();
}
