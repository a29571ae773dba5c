#include "timelineaxis.h"

#include "jwt/claimcatalogue.h"
#include "translator.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int LabelRows = 2; // labels alternate between two rows so neighbours never overlap
constexpr int LabelLines = 2; // the moment's name, then its local time

qreal margin(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(u'M') * 5.0;
}

// The names of a marker's moments; "Now" leads, so that eliding never hides it.
QStringList labelsOf(const TimelineAxis::Marker& marker)
{
    QStringList labels;
    for (const TokenTimeline::Event& event : marker.events) {
        if (event.moment == TokenTimeline::Moment::Now) {
            labels.prepend(event.label);
        } else {
            labels.append(event.label);
        }
    }
    return labels;
}

} // namespace

QString TimelineAxis::timeLabel(const QDateTime& at, const QDateTime& now)
{
    // In the interface's language ("7 Dez." under German), whatever the system's locale.
    const QDateTime local = at.toLocalTime();
    //: The date and time under a timeline marker of another day than today (a QDateTime format, e.g. "7 Dec 14:05").
    const QString format = local.date() == now.toLocalTime().date() ? u"HH:mm:ss"_s : tr("d MMM HH:mm");
    return Translator::locale().toString(local, format);
}

TimelineAxis::TimelineAxis(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineAxis::setTimeline(const TokenTimeline& timeline)
{
    m_markers.clear();
    for (const TokenTimeline::Event& event : timeline.events()) {
        // Kibo writes some times to the millisecond and others to the second: within a second is "the same".
        if (m_markers.isEmpty() || m_markers.last().at.msecsTo(event.at) >= 1000) {
            m_markers.append({ event.at, {}, false });
        }
        m_markers.last().events.append(event);
        m_markers.last().isNow = m_markers.last().isNow || event.moment == TokenTimeline::Moment::Now;
    }
    QStringList lines;
    for (const Marker& marker : std::as_const(m_markers)) {
        lines.append(describe(marker));
    }
    setAccessibleDescription(lines.join(u'\n'));
    update();
}

QString TimelineAxis::describe(const Marker& marker) const
{
    const QStringList labels = labelsOf(marker);
    const QString when = marker.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    const QString local = Translator::locale().toString(marker.at.toLocalTime(), QLocale::LongFormat);
    return tr("%1: %2 (%3)").arg(labels.join(tr(", ")), when, local);
}

QSize TimelineAxis::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int height = metrics.height() * (2 + LabelRows * LabelLines) + metrics.height();
    return { metrics.horizontalAdvance(u'M') * 70, height };
}

QSize TimelineAxis::minimumSizeHint() const
{
    return { fontMetrics().horizontalAdvance(u'M') * 30, sizeHint().height() };
}

QPointF TimelineAxis::markerPosition(int index) const
{
    const QFontMetrics metrics = fontMetrics();
    const qreal left = margin(metrics);
    const qreal span = qMax<qreal>(1.0, width() - 2 * left);
    const qreal y = metrics.height() * 1.75;
    if (m_markers.size() <= 1) {
        return { left + span / 2, y };
    }
    return { left + span * index / (m_markers.size() - 1), y };
}

int TimelineAxis::markerAt(const QPoint& position) const
{
    const qreal reach = fontMetrics().horizontalAdvance(u'M') * 1.5;
    for (int i = 0; i < m_markers.size(); ++i) {
        if (qAbs(markerPosition(i).x() - position.x()) <= reach) {
            return i;
        }
    }
    return -1;
}

bool TimelineAxis::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = markerAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), describe(m_markers.at(index)), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineAxis::paintEvent(QPaintEvent*)
{
    if (m_markers.isEmpty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const qreal lineHeight = metrics.height();
    const qreal radius = qMax<qreal>(3.0, lineHeight * 0.28);
    const qreal left = markerPosition(0).x();
    const qreal right = markerPosition(int(m_markers.size()) - 1).x();
    const qreal axisY = markerPosition(0).y();

    int nowIndex = -1;
    for (int i = 0; i < m_markers.size(); ++i) {
        if (m_markers.at(i).isNow) {
            nowIndex = i;
        }
    }
    const QDateTime now = nowIndex >= 0 ? m_markers.at(nowIndex).at : QDateTime::currentDateTimeUtc();

    // The axis, and the elapsed part up to now drawn thicker in the highlight colour.
    painter.setPen(QPen(pal.color(QPalette::Mid), qMax<qreal>(1.5, lineHeight / 8), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    if (nowIndex > 0) {
        painter.setPen(
            QPen(pal.color(QPalette::Highlight), qMax<qreal>(3.0, lineHeight / 4), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(left, axisY), markerPosition(nowIndex));
    }

    // The span between neighbours, above the axis.
    const qreal step = m_markers.size() > 1 ? (right - left) / (m_markers.size() - 1) : right - left;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetrics smallMetrics(small);
    // Secondary text: the text colour, softened, so it reads on light and dark palettes alike.
    QColor secondary = pal.color(QPalette::Text);
    secondary.setAlphaF(0.65);
    painter.setPen(secondary);
    for (int i = 1; i < m_markers.size(); ++i) {
        const qint64 seconds = m_markers.at(i - 1).at.secsTo(m_markers.at(i).at);
        const QString text = smallMetrics.elidedText(
            tr("+%1").arg(TokenTimeline::durationText(seconds)), Qt::ElideRight, int(step - 4));
        const QRectF box(markerPosition(i - 1).x(), axisY - lineHeight * 1.6, step, lineHeight);
        painter.drawText(box, Qt::AlignCenter, text);
    }

    // Markers and their labels, alternating between two rows.
    painter.setFont(font());
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker& marker = m_markers.at(i);
        const QPointF centre = markerPosition(i);
        if (marker.isNow) {
            QPainterPath diamond;
            diamond.moveTo(centre + QPointF(0, -radius * 1.6));
            diamond.lineTo(centre + QPointF(radius * 1.6, 0));
            diamond.lineTo(centre + QPointF(0, radius * 1.6));
            diamond.lineTo(centre + QPointF(-radius * 1.6, 0));
            diamond.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawPath(diamond);
        } else if (std::any_of(marker.events.cbegin(), marker.events.cend(),
                       [](const TokenTimeline::Event& e) { return e.moment == TokenTimeline::Moment::Refresh; })) {
            // A refresh the session made (the latest one shares its time with the new JWT's iat): a triangle
            // pointing up, in the link colour (failed: hollow).
            const bool failed = std::any_of(marker.events.cbegin(), marker.events.cend(),
                [](const TokenTimeline::Event& e) { return e.id == u"refresh-failed"_s; });
            QPainterPath triangle;
            triangle.moveTo(centre + QPointF(0, -radius * 1.7));
            triangle.lineTo(centre + QPointF(radius * 1.5, radius * 1.1));
            triangle.lineTo(centre + QPointF(-radius * 1.5, radius * 1.1));
            triangle.closeSubpath();
            painter.setPen(QPen(pal.color(QPalette::Text), 1.0)); // an outline that reads on the elapsed part too
            painter.setBrush(failed ? pal.color(QPalette::Base) : pal.color(QPalette::Link));
            painter.drawPath(triangle);
        } else {
            const bool past = marker.at < now;
            painter.setPen(QPen(pal.color(QPalette::Text), 1.5));
            painter.setBrush(past ? pal.color(QPalette::Base) : pal.color(QPalette::Text));
            painter.drawEllipse(centre, radius, radius);
        }

        const QStringList labels = labelsOf(marker);
        // A label may use the room up to halfway to the next marker of its row, and stays under its marker.
        const int row = i % LabelRows;
        const qreal top = axisY + lineHeight * 0.9 + row * lineHeight * LabelLines;
        const qreal roomLeft = i == 0 ? 0.0 : centre.x() - step + 3;
        const qreal roomRight = i == m_markers.size() - 1 ? width() : centre.x() + step - 3;
        QFont nameFont = font();
        nameFont.setBold(marker.isNow);
        const QFontMetrics nameMetrics(nameFont);
        const QString name = nameMetrics.elidedText(labels.join(tr(" = ")), Qt::ElideRight, int(roomRight - roomLeft));
        const QString time = timeLabel(marker.at, now);
        const auto place = [&](qreal textWidth) {
            const qreal x = qBound(roomLeft, centre.x() - textWidth / 2, roomRight - textWidth);
            return x;
        };
        const qreal nameWidth = nameMetrics.horizontalAdvance(name);
        const qreal timeWidth = smallMetrics.horizontalAdvance(time);
        painter.setFont(nameFont);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(place(nameWidth), top, nameWidth + 1, lineHeight), Qt::AlignLeft | Qt::AlignTop, name);
        painter.setFont(small);
        painter.setPen(secondary);
        const QRectF timeBox(place(timeWidth), top + lineHeight, timeWidth + 1, lineHeight);
        painter.drawText(timeBox, Qt::AlignLeft | Qt::AlignTop, time);
    }
}
