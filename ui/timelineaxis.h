#pragma once

#include "jwt/tokentimeline.h"

#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QWidget>
#include <deque>
#include <utility>

// The drawing of a TokenTimeline for TimelineView: markers in time order, equal steps, spans written
// between them, elapsed part shaded, "now" in the highlight colour. Colours come from the palette, so
// dark themes work; sizes come from the font, so scaling works; a label that does not fit its room
// wraps, and the axis is as tall as that takes at its width. The accessible description and the
// tool tips say in words what the picture shows.
class TimelineAxis final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineAxis)

public:
    explicit TimelineAxis(QWidget* parent = nullptr);

    void setTimeline(const TokenTimeline& timeline);

    // One marker: the events that share its time.
    struct Marker
    {
        QDateTime at;
        QList<TokenTimeline::Event> events;
        bool isNow = false;
    };
    const QList<Marker>& markers() const { return m_markers; }
    // Where marker i is drawn, in widget coordinates (for tests and tool tips).
    QPointF markerPosition(int index) const;

    // The local time under a marker: the time alone today, else day, month and time, in the interface's language.
    static QString timeLabel(const QDateTime& at, const QDateTime& now);

    // One text the axis draws: a span between two markers, a marker's names or its time. It is never cut:
    // what does not fit its room goes on more lines, and the axis grows as tall as its labels need.
    struct Label
    {
        QString text; // the whole text
        QStringList lines; // as drawn, top to bottom
        QRectF rect; // where, in widget coordinates
        QFont font;
    };
    // The labels as laid out at the axis's width.
    QList<Label> labels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout
    {
        QList<Label> spans; // span i-1 lies between markers i-1 and i
        QList<Label> names; // one per marker
        QList<Label> times; // one per marker
        qreal axisY = 0;
        int height = 0;
    };
    // Laid out at that width; the last one is kept until the timeline or the font changes.
    const Layout& layout(int width) const;
    Layout computeLayout(int width) const;
    qreal markerX(int index, int width) const;
    int markerAt(const QPoint& position) const;
    QString describe(const Marker& marker) const;

    QList<Marker> m_markers;
    static constexpr std::size_t MaxLayouts = 6;
    mutable std::deque<std::pair<int, Layout>> m_layouts; // width, layout; the latest last
};
