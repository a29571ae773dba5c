#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QAction;
class QMenu;

// Help ▸ User Guide: the guide installed with the app (share/doc/kibo-token-inspector/user-guide.md under the
// executable's prefix, else in the system's data directories), or the guide on the project's page when none is
// installed (a build tree). Opened by the desktop's handler for the URL (QDesktopServices).
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    // Where packaging/CMakeLists.txt installs the guide, below the data directory (share/).
    static inline const QString InstalledPath = QStringLiteral("doc/kibo-token-inspector/user-guide.md");

    static QUrl url();
    // Puts "User Guide" (F1) first in menu, above a separator.
    static QAction* addTo(QMenu* menu);
};
