#include "fallbackiconstyle.h"

#include <QFile>
#include <QIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

bool FallbackIconStyle::isWithoutIconTheme()
{
    const QString theme = QIcon::themeName();
    return theme.isEmpty() || theme == u"hicolor"_s;
}

bool FallbackIconStyle::answersClearIconAtOnce(const QWidget* widget)
{
    return qobject_cast<const FallbackIconStyle*>(widget->style()) && isWithoutIconTheme();
}

QIcon FallbackIconStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    if (standardIcon == SP_LineEditClearButton && isWithoutIconTheme()) {
        // The pictures QCommonStyle falls back to (part of QtWidgets' own resources).
        const QString small = u":/qt-project.org/styles/commonstyle/images/cleartext-16.png"_s;
        if (QFile::exists(small)) {
            QIcon icon;
            icon.addFile(small, QSize(16, 16));
            icon.addFile(u":/qt-project.org/styles/commonstyle/images/cleartext-32.png"_s, QSize(32, 32));
            return icon;
        }
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}
