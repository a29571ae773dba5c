#pragma once

#include <QStyledItemDelegate>

// The item delegate of every JSON tree (JsonTreePane): a name too wide for its column loses its middle, not
// its end, so that namespaced claims such as https://www.kibocommerce.com/app_claims and …/user_claims stay
// apart in a narrow column; values and meanings are cut at the end as usual. Delegates that add to it (the
// compare window's tints) derive from it.
//
// It paints the text of a cell of one line of plain text itself, exactly as the style would: the style's item
// painting lays the text out three times more to place it, once per rectangle it asks for, which made most of a
// login's first paint of the JWT and account trees. The style still paints the cell's background, selection and
// focus; a cell of any other kind (a check box, an icon, several lines, an editor) is the style's alone.
class JsonTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeDelegate)

public:
    explicit JsonTreeDelegate(QObject* parent = nullptr);
    ~JsonTreeDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The style's own painting of every cell, for a comparison (the tests); off by default.
    void setAlwaysStylePainted(bool on) { m_alwaysStylePainted = on; }
    // How many cells' text it painted itself (the tests).
    int textsPainted() const { return m_textsPainted; }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    bool m_alwaysStylePainted = false;
    mutable int m_textsPainted = 0;
};
