#include "screenfit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QWindow>
#include <algorithm>

QRect ScreenFit::availableGeometry(const QWidget* reference)
{
    QScreen* screen = reference ? reference->window()->screen() : nullptr;
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    return screen ? screen->availableGeometry() : QRect();
}

QMargins ScreenFit::frameMargins(const QWidget* window)
{
    const QWidget* top = window->window();
    if (const QWindow* handle = top->windowHandle(); handle && handle->isVisible()) {
        const QMargins real = handle->frameMargins();
        if (!real.isNull()) {
            return real;
        }
    }
    // Not shown yet, or a window system that does not say: a title bar and thin borders, from the style.
    const QStyle* style = top->style();
    const int border = std::max(2, style->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, top));
    const int title = std::max(top->fontMetrics().height() + 8, style->pixelMetric(QStyle::PM_TitleBarHeight));
    return { border, title + border, border, border };
}

QSize ScreenFit::maximumSize(const QWidget* window, const QWidget* anchor)
{
    const QRect area = availableGeometry(anchor ? anchor : window);
    if (!area.isValid()) {
        return window->maximumSize();
    }
    return area.size().shrunkBy(frameMargins(window)).expandedTo(QSize(1, 1));
}

void ScreenFit::resize(QWidget* window, const QSize& wanted, const QWidget* anchor)
{
    window->resize(wanted.boundedTo(maximumSize(window, anchor)).expandedTo(window->minimumSize()));
}

void ScreenFit::place(QWidget* window, const QWidget* anchor)
{
    const QRect area = availableGeometry(anchor ? anchor : window);
    if (!area.isValid()) {
        return;
    }
    const QMargins frame = frameMargins(window);
    QRect outer(window->pos(), window->size().grownBy(frame));
    if (anchor) {
        outer.moveCenter(anchor->window()->frameGeometry().center());
    } else if (!window->isVisible() && !window->testAttribute(Qt::WA_Moved)) {
        outer.moveCenter(area.center()); // never placed: the middle of the screen
    }
    // Into the available geometry; the top left corner wins when the window is larger than the screen.
    if (outer.right() > area.right()) {
        outer.moveRight(area.right());
    }
    if (outer.bottom() > area.bottom()) {
        outer.moveBottom(area.bottom());
    }
    if (outer.left() < area.left()) {
        outer.moveLeft(area.left());
    }
    if (outer.top() < area.top()) {
        outer.moveTop(area.top());
    }
    window->move(outer.topLeft());
}

void ScreenFit::fit(QWidget* window, const QSize& wanted, const QWidget* anchor)
{
    resize(window, wanted, anchor);
    place(window, anchor);
}

void ScreenFit::growToContents(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout) {
        return;
    }
    layout->activate();
    const QSize minimum = layout->totalMinimumSize();
    const int width = std::max(window->width(), minimum.width());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : std::max(layout->totalSizeHint().height(), minimum.height());
    const QSize wanted = QSize(width, std::max(window->height(), height)).boundedTo(maximumSize(window));
    if (wanted != window->size()) {
        window->resize(wanted);
    }
    if (window->isVisible()) {
        place(window);
    }
}
