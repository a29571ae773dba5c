#pragma once

#include <QProxyStyle>

// The application's style: the platform's own, with one shortcut. Where the desktop names no icon theme (Qt then
// uses "hicolor", which holds application icons only), a line edit's clear button would read the whole hicolor
// index — about 30 M instructions, a quarter of the start — only to find no "edit-clear" and fall back to Qt's own
// picture. Here that picture is answered at once, as is the menu bar's extension button's, both read only when drawn
// (PngIconEngine: QIcon::addFile would load every image-format plugin to learn their format). With a real icon theme
// everything goes to the base style.
class FallbackIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    FallbackIconStyle() = default;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;

    // True where no icon theme is named: the shortcut above applies.
    static bool isWithoutIconTheme();
    // True when the widget's style gives a clear button its icon without an icon-theme look-up.
    static bool answersClearIconAtOnce(const QWidget* widget);
};
