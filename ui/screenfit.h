#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

// Keeps windows on the screen: every window's size and place go through here, so none opens larger than
// the available geometry (the screen without panels and docks) or partly off it, whatever the screen size.
// The frame (title bar, borders) counts: once a window is shown its real frame, before that an estimate.
class ScreenFit final
{
public:
    ScreenFit() = delete;

    // The available geometry of the screen that `reference` is on (the primary screen when it has none).
    static QRect availableGeometry(const QWidget* reference);
    // The room the window system adds around the window's contents.
    static QMargins frameMargins(const QWidget* window);
    // The largest contents size the window may have on the screen of `anchor` (the window's own when null).
    static QSize maximumSize(const QWidget* window, const QWidget* anchor = nullptr);

    // Resizes the window to `wanted`, bounded by maximumSize() (and never below its minimum size).
    static void resize(QWidget* window, const QSize& wanted, const QWidget* anchor = nullptr);
    // Moves the window over `anchor` (centred; the window's own place when null), then so that its frame lies
    // within the available geometry of the anchor's screen.
    static void place(QWidget* window, const QWidget* anchor = nullptr);
    // Both: a tool window opened from `anchor` at its preferred size.
    static void fit(QWidget* window, const QSize& wanted, const QWidget* anchor = nullptr);
    // Grows the window to what its layout asks for at its current width (word-wrapped messages included),
    // within the screen, and keeps it on the screen; it never shrinks.
    static void growToContents(QWidget* window);
};
