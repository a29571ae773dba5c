#pragma once

#include <functional>

class QObject;
class QWidget;

// Work the first frame of the main window does not need waits until that frame is on screen (issue
// "Measured speed": nothing blocks the first frame). main() calls expect() before it builds the window and
// watch() before it shows it; from expect() on, whenShown() queues its work until the window's first paint
// has been flushed, and runs it in the order given. Where no first frame is awaited (a test building one widget, or
// later in the run) the work runs at once, so a widget behaves the same on its own.
class FirstFrame final
{
public:
    FirstFrame() = delete;

    static void expect();
    static void watch(QWidget* window);
    // Watches and shows the window with its layouts settled first: Qt activates nested layouts from posted
    // events, one level per event-loop turn, so a window shown plainly paints its first frame and then repaints
    // whole areas two or three times while its layouts and its buttons' polish catch up. Here the pending polish
    // and layout requests are sent before the window's first expose, and the first frame is the final one.
    static void show(QWidget* window);
    // Runs work once the first frame is shown (or at once, see above); dropped when context is gone first.
    static void whenShown(QObject* context, std::function<void()> work);
    // True while a watched window has not yet painted its first frame.
    static bool isAwaited();
};
