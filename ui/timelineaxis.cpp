#include "timelineaxis.h"

#include "jwt/claimcatalogue.h"
#include "translator.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int LabelRows = 2; // labels alternate between two rows so neighbours never overlap

qreal margin(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(u'M') * 5.0;
}

QFont smallFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

// The text in lines no wider than width: broken between words, or inside one when a word alone is wider.
QStringList wrapped(const QString& text, const QFont& font, qreal width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(1.0, width));
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// A label of these lines, centred on centreX as far as [roomLeft, roomRight] allows, its top at top.
TimelineAxis::Label placed(const QString& text, const QFont& font, const QStringList& lines, qreal centreX,
    qreal roomLeft, qreal roomRight, qreal top)
{
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const QString& line : lines) {
        width = std::max(width, metrics.horizontalAdvance(line));
    }
    width = std::ceil(width) + 1;
    const qreal x = std::max(roomLeft, std::min(centreX - width / 2, roomRight - width));
    return { text, lines, QRectF(x, top, width, metrics.height() * lines.size()), font };
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
    // As tall as the labels need at the width given (heightForWidth), and no taller.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
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
    m_layouts.clear();
    updateGeometry(); // longer labels may need more lines
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
    const int width = fontMetrics().horizontalAdvance(u'M') * 70;
    return { width, heightForWidth(width) };
}

QSize TimelineAxis::minimumSizeHint() const
{
    // The height follows the width (heightForWidth); at the least, one line of each kind.
    return { fontMetrics().horizontalAdvance(u'M') * 30, sizeHint().height() };
}

int TimelineAxis::heightForWidth(int width) const
{
    return layout(width).height;
}

qreal TimelineAxis::markerX(int index, int width) const
{
    const qreal left = margin(fontMetrics());
    const qreal span = std::max<qreal>(1.0, width - 2 * left);
    if (m_markers.size() <= 1) {
        return left + span / 2;
    }
    return left + span * index / (m_markers.size() - 1);
}

QPointF TimelineAxis::markerPosition(int index) const
{
    return { markerX(index, width()), layout(width()).axisY };
}

QList<TimelineAxis::Label> TimelineAxis::labels() const
{
    const Layout& laidOut = layout(width());
    return laidOut.spans + laidOut.names + laidOut.times;
}

const TimelineAxis::Layout& TimelineAxis::layout(int width) const
{
    // One pass of the layouts around asks for several widths (the size hint's, the minimum's, the one given, the
    // tab's): each is laid out once, not again each time another width was asked for in between.
    for (const auto& [laidOutWidth, laidOut] : m_layouts) {
        if (laidOutWidth == width) {
            return laidOut;
        }
    }
    if (m_layouts.size() >= MaxLayouts) {
        m_layouts.pop_front();
    }
    return m_layouts.emplace_back(width, computeLayout(width)).second;
}

TimelineAxis::Layout TimelineAxis::computeLayout(int width) const
{
    Layout result;
    const QFontMetricsF metrics(font());
    const QFont small = smallFont(font());
    const QFontMetricsF smallMetrics(small);
    const qreal lineHeight = metrics.height();
    const qsizetype count = m_markers.size();
    const qreal step = count > 1 ? markerX(1, width) - markerX(0, width) : width;

    // The spans between neighbours, above the axis: each in the room between its two markers, bottom-aligned.
    QStringList spanTexts;
    QList<QStringList> spanLines;
    qsizetype spanRows = 1;
    for (qsizetype i = 1; i < count; ++i) {
        const qint64 seconds = m_markers.at(i - 1).at.secsTo(m_markers.at(i).at);
        spanTexts.append(tr("+%1").arg(TokenTimeline::durationText(seconds)));
        spanLines.append(wrapped(spanTexts.constLast(), small, step - 4));
        spanRows = std::max(spanRows, spanLines.constLast().size());
    }
    const qreal spansTop = lineHeight * 0.15;
    result.axisY = spansTop + spanRows * smallMetrics.height() + lineHeight * 0.6;
    for (qsizetype i = 1; i < count; ++i) {
        const QStringList& lines = spanLines.at(i - 1);
        const qreal left = markerX(int(i) - 1, width);
        const qreal top = result.axisY - lineHeight * 0.6 - lines.size() * smallMetrics.height();
        result.spans.append(placed(spanTexts.at(i - 1), small, lines, left + step / 2, left + 2, left + step - 2, top));
    }

    // Names and times under the markers, alternating between two rows so that neighbours never meet: a label
    // may use the room up to (almost) the next marker of its row on either side.
    const qreal rowsTop = result.axisY + lineHeight * 0.9;
    qreal rowHeight[LabelRows] = { 0, 0 };
    QStringList nameTexts;
    QStringList timeTexts;
    QList<QStringList> nameLines;
    QList<QStringList> timeLines;
    const QDateTime now = [this] {
        for (const Marker& marker : m_markers) {
            if (marker.isNow) {
                return marker.at;
            }
        }
        return QDateTime::currentDateTimeUtc();
    }();
    const auto roomOf = [&](qsizetype i) {
        const qreal centre = markerX(int(i), width);
        return std::pair { i == 0 ? 0.0 : centre - step + 3, i == count - 1 ? qreal(width) : centre + step - 3 };
    };
    for (qsizetype i = 0; i < count; ++i) {
        const auto [roomLeft, roomRight] = roomOf(i);
        QFont nameFont = font();
        nameFont.setBold(m_markers.at(i).isNow);
        nameTexts.append(labelsOf(m_markers.at(i)).join(tr(" = ")));
        nameLines.append(wrapped(nameTexts.constLast(), nameFont, roomRight - roomLeft));
        timeTexts.append(timeLabel(m_markers.at(i).at, now));
        timeLines.append(wrapped(timeTexts.constLast(), small, roomRight - roomLeft));
        const qreal height = nameLines.constLast().size() * QFontMetricsF(nameFont).height()
            + timeLines.constLast().size() * smallMetrics.height();
        rowHeight[i % LabelRows] = std::max(rowHeight[i % LabelRows], height);
    }
    for (qsizetype i = 0; i < count; ++i) {
        const auto [roomLeft, roomRight] = roomOf(i);
        const qreal centre = markerX(int(i), width);
        const qreal top = rowsTop + (i % LabelRows == 0 ? 0.0 : rowHeight[0]);
        QFont nameFont = font();
        nameFont.setBold(m_markers.at(i).isNow);
        result.names.append(placed(nameTexts.at(i), nameFont, nameLines.at(i), centre, roomLeft, roomRight, top));
        result.times.append(placed(timeTexts.at(i), small, timeLines.at(i), centre, roomLeft, roomRight,
            result.names.constLast().rect.bottom()));
    }
    result.height = int(std::ceil(rowsTop + rowHeight[0] + rowHeight[1] + lineHeight * 0.3));
    return result;
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

void TimelineAxis::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_layouts.clear();
        updateGeometry();
    }
    QWidget::changeEvent(event);
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

    // Every text where the layout put it: the spans above the axis in a softer colour, then names and times.
    const Layout& laidOut = layout(width());
    // Secondary text: the text colour, softened, so it reads on light and dark palettes alike.
    QColor secondary = pal.color(QPalette::Text);
    secondary.setAlphaF(0.65);
    const auto draw = [&painter](const Label& label, const QColor& colour) {
        painter.setFont(label.font);
        painter.setPen(colour);
        const qreal lineHeight = QFontMetricsF(label.font).height();
        for (qsizetype line = 0; line < label.lines.size(); ++line) {
            const QRectF box(label.rect.x(), label.rect.y() + line * lineHeight, label.rect.width(), lineHeight);
            painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, label.lines.at(line));
        }
    };
    for (const Label& span : laidOut.spans) {
        draw(span, secondary);
    }

    // Markers and their labels.
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

        draw(laidOut.names.at(i), pal.color(QPalette::Text));
        draw(laidOut.times.at(i), secondary);
    }
}
