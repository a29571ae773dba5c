#include "jsontreedelegate.h"

#include "json/jsontreemodel.h"
#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>
#include <optional>

JsonTreeDelegate::JsonTreeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

JsonTreeDelegate::~JsonTreeDelegate() = default;

namespace {

// A cell of one line of text and nothing else, not being edited: what the delegate measures and paints itself.
bool isPlainText(const QStyleOptionViewItem& cell)
{
    constexpr QStyleOptionViewItem::ViewItemFeatures Plain
        = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::Alternate;
    const auto isLineBreak = [](QChar c) {
        return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    };
    return !(cell.features & ~Plain) && cell.features.testFlag(QStyleOptionViewItem::HasDisplay)
        && !cell.state.testFlag(QStyle::State_Editing) && !cell.text.isEmpty()
        && std::none_of(cell.text.cbegin(), cell.text.cend(), isLineBreak);
}

} // namespace

void JsonTreeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == JsonTreeModel::KeyColumn) {
        option->textElideMode = Qt::ElideMiddle;
    }
}

void JsonTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (m_alwaysStylePainted || !isPlainText(cell)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = cell.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();

    // The text laid out once, as QCommonStyle lays it out to draw it: its margins, options and line width.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(cell.direction);
    textOption.setAlignment(QStyle::visualAlignment(cell.direction, cell.displayAlignment));
    QTextLayout layout(cell.text, cell.font);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true); // the glyphs shaped for the line are drawn, not shaped again
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    line.setPosition(QPointF(0, 0));
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    // Text too wide is elided as the style elides it: by the text engine's eliding of the whole line, at the text
    // rectangle's width (U+009C would make QFontMetrics read length variants, which the style does not).
    const bool toElide = line.naturalTextWidth() > textRect.width();
    if (more || (toElide && (cell.textElideMode == Qt::ElideNone || cell.text.contains(QChar(0x9c))))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    std::optional<QTextLayout> elided;
    if (toElide) {
        elided.emplace(QFontMetrics(cell.font).elidedText(cell.text, cell.textElideMode, textRect.width()), cell.font);
        elided->setTextOption(textOption);
        elided->setCacheEnabled(true);
        elided->beginLayout();
        QTextLine elidedLine = elided->createLine();
        elidedLine.setLineWidth(textRect.width());
        elidedLine.setPosition(QPointF(0, 0));
        elided->endLayout();
    }

    QStyleOptionViewItem withoutText = cell;
    withoutText.text.clear();
    withoutText.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &withoutText, painter, widget);

    QPalette::ColorGroup group = cell.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !cell.state.testFlag(QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    const QRect layoutRect = QStyle::alignedRect(
        Qt::LayoutDirectionAuto, cell.displayAlignment, layout.boundingRect().size().toSize(), textRect);
    painter->save();
    painter->setClipRect(cell.rect);
    painter->setPen(cell.palette.color(
        group, cell.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    (elided ? *elided : layout).draw(painter, QPointF(textRect.x(), layoutRect.top()));
    painter->restore();
    ++m_textsPainted;
}

QSize JsonTreeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (m_alwaysStylePainted || !isPlainText(cell)) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    // The text's one line as QCommonStyle measures it, with its margins; the style gives the rest (an empty cell's
    // height, at least a line of the font) without laying anything out.
    const QWidget* widget = cell.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(cell.direction);
    QTextLayout layout(cell.text, cell.font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    constexpr qreal Unbounded = 8'000'000; // wider than any text line (Qt's text layout stops at 2^23)
    line.setLineWidth(Unbounded);
    layout.endLayout();
    QStyleOptionViewItem withoutText = cell;
    withoutText.text.clear();
    withoutText.features &= ~QStyleOptionViewItem::HasDisplay;
    const QSize empty = style->sizeFromContents(QStyle::CT_ItemViewItem, &withoutText, QSize(), widget);
    return QSize(qCeil(line.naturalTextWidth()) + 2 * margin, qCeil(line.height())).expandedTo(empty);
}
