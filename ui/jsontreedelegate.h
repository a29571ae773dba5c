#pragma once

#include <QStyledItemDelegate>

// The item delegate of every JSON tree (JsonTreePane): a name too wide for its column loses its middle, not
// its end, so that namespaced claims such as https://www.kibocommerce.com/app_claims and …/user_claims stay
// apart in a narrow column; values and meanings are cut at the end as usual. Delegates that add to it (the
// compare window's tints) derive from it.
class JsonTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeDelegate)

public:
    explicit JsonTreeDelegate(QObject* parent = nullptr);
    ~JsonTreeDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
