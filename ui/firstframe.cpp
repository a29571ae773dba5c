#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace {

struct Pending
{
    QPointer<QObject> context;
    std::function<void()> work;
};

bool s_awaited = false;
QList<Pending>& pending()
{
    static QList<Pending> list;
    return list;
}

void runPending()
{
    s_awaited = false;
    const QList<Pending> list = std::exchange(pending(), {});
    for (const Pending& item : list) {
        if (item.context) {
            item.work();
        }
    }
}

// Sees the window's first paint; the frame is flushed when that paint's event returns, so the work runs
// from the event loop right after it.
class FirstPaintFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                // A label with a text control (rich or selectable text) lays its document out as it first paints
                // and asks for a second paint from inside the first. That repaint completes the frame: it reaches
                // the screen before the deferred work holds the event loop.
                QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateLater);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
                runPending();
                deleteLater();
            });
        }
        return false;
    }
};

} // namespace

void FirstFrame::expect()
{
    s_awaited = true;
}

void FirstFrame::watch(QWidget* window)
{
    window->installEventFilter(new FirstPaintFilter(window));
}

void FirstFrame::show(QWidget* window)
{
    watch(window);
    // Buttons update their geometry when their posted polish request arrives: before the window shows.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::PolishRequest);
    window->show();
    // show() activates the top-level layout; each nested one posts a request to its parent as it settles, so the
    // chain is as long as the widget tree is deep. The bound is only a guard: an empty queue costs nothing.
    constexpr int MaxLayoutLevels = 16;
    for (int level = 0; level < MaxLayoutLevels; ++level) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::PolishRequest);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

void FirstFrame::whenShown(QObject* context, std::function<void()> work)
{
    if (!s_awaited) {
        work();
        return;
    }
    pending().append({ context, std::move(work) });
}

bool FirstFrame::isAwaited()
{
    return s_awaited;
}
