#include "services/services.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

std::atomic<Services*> loaded { nullptr };
std::once_flag loading;

// The module's file name, e.g. libkti-services.so.
QString moduleFileName()
{
    return u"" KTI_SERVICES_MODULE_FILE ""_s;
}

Services* load()
{
    // Linked in (the tests do): its entry point is already in the process.
    if (auto entry = reinterpret_cast<KtiServicesEntry>(dlsym(RTLD_DEFAULT, KtiServicesEntryName))) {
        return entry();
    }
    QStringList reasons;
    for (const QString& path : Services::searchPaths()) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            reasons.append(library.errorString());
            continue;
        }
        if (auto entry = reinterpret_cast<KtiServicesEntry>(library.resolve(KtiServicesEntryName))) {
            return entry();
        }
        reasons.append(library.errorString());
    }
    // Nothing can be called, stored or checked without the module: say which file is missing and why, once.
    const QString message = reasons.isEmpty()
        ? u"%1: its network and keychain module %2 is not installed (looked in %3)."_s.arg(
            QCoreApplication::applicationName(), moduleFileName(), Services::searchPaths().join(u", "_s))
        : u"%1: its network and keychain module could not be loaded: %2"_s.arg(
            QCoreApplication::applicationName(), reasons.join(u"; "_s));
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    std::exit(70); // EX_SOFTWARE: a broken installation, not a user error
}

} // namespace

Services::~Services() = default;

Services& Services::instance()
{
    std::call_once(loading, [] { loaded.store(load()); });
    return *loaded.load();
}

bool Services::isLoaded()
{
    return loaded.load() != nullptr;
}

QStringList Services::searchPaths()
{
    // Beside the executable (the build tree), then where the package installs it (<libdir>/kibo-token-inspector).
    const QDir executableDir(QCoreApplication::applicationDirPath());
    return { executableDir.filePath(moduleFileName()),
        QDir::cleanPath(executableDir.filePath(u"" KTI_SERVICES_MODULE_RELATIVE_DIR ""_s + u'/' + moduleFileName())) };
}
