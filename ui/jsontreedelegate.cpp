#include "jsontreedelegate.h"

#include "json/jsontreemodel.h"

JsonTreeDelegate::JsonTreeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

JsonTreeDelegate::~JsonTreeDelegate() = default;

void JsonTreeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == JsonTreeModel::KeyColumn) {
        option->textElideMode = Qt::ElideMiddle;
    }
}
