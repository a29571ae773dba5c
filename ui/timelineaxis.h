#pragma once

#include "jwt/tokentimeline.h"

#include <QWidget>

// The drawing of a TokenTimeline for TimelineView: markers in time order, equal steps, spans written
// between them, elapsed part shaded, "now" in the highlight colour. Colours come from the palette, so
// dark themes work; sizes come from the font, so scaling works. The accessible description and the
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int markerAt(const QPoint& position) const;
    QString describe(const Marker& marker) const;

    QList<Marker> m_markers;
};
