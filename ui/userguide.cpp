#include "userguide.h"

#include "version.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QUrl UserGuide::url()
{
    // Installed beside the executable's prefix (bin/ and share/ side by side, also in a relocated install) …
    const QString besideExecutable
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/"_s + InstalledPath);
    if (QFileInfo(besideExecutable).isFile()) {
        return QUrl::fromLocalFile(besideExecutable);
    }
    // … or wherever the system keeps shared data ($XDG_DATA_DIRS) …
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation, InstalledPath);
    if (!installed.isEmpty()) {
        return QUrl::fromLocalFile(installed);
    }
    // … else the project's page: a build tree installs nothing.
    return QUrl(QStringLiteral(KTI_HOMEPAGE_URL) + u"/blob/main/docs/user-guide.md"_s);
}

QAction* UserGuide::addTo(QMenu* menu)
{
    auto* action = new QAction(tr("&User Guide"), menu);
    action->setObjectName(u"userGuideAction"_s);
    action->setShortcut(QKeySequence::HelpContents);
    action->setStatusTip(tr("Open the user guide: how to log in, read the result, verify tokens and share a problem"));
    QObject::connect(action, &QAction::triggered, menu, [] { QDesktopServices::openUrl(url()); });
    QAction* first = menu->actions().value(0);
    menu->insertAction(first, action);
    menu->insertSeparator(first);
    return action;
}
