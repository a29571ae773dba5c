#include "fallbackiconstyle.h"

#include "pngiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QStyleOption>
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
    if (!isWithoutIconTheme()) {
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    // The pictures QCommonStyle falls back to (part of QtWidgets' own resources), read only when drawn.
    const QString images = u":/qt-project.org/styles/commonstyle/images/"_s;
    if (standardIcon == SP_LineEditClearButton && QFile::exists(images + u"cleartext-16.png"_s)) {
        return PngIconEngine::icon(
            { { images + u"cleartext-16.png"_s, QSize(16, 16) }, { images + u"cleartext-32.png"_s, QSize(32, 32) } });
    }
    // The menu bar's "more" button, made with every menu bar.
    const bool rightToLeft = option ? option->direction == Qt::RightToLeft : QGuiApplication::isRightToLeft();
    const QString extension = images + (rightToLeft ? u"toolbar-ext-h-rtl-%1.png"_s : u"toolbar-ext-h-%1.png"_s);
    if (standardIcon == SP_ToolBarHorizontalExtensionButton && QFile::exists(extension.arg(16))) {
        return PngIconEngine::icon({ { extension.arg(8), QSize(8, 5) }, { extension.arg(16), QSize(16, 10) },
            { extension.arg(32), QSize(32, 20) } });
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}
