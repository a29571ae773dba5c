#pragma once

#include <QTabWidget>

// A tab widget that takes the room its layout gives it and asks nothing of its pages' heights for a width. A plain
// QTabWidget has height-for-width as soon as one page has (a word-wrapped label), and then every layout pass of the
// window asks each of its pages, hidden ones included, how tall it would be at the offered width: each wrapped label
// laid out again, a tenth of the work between a login's reply and its trees on screen. The page shown still lays its
// own labels out for its own width when it is given its geometry.
class FillingTabWidget final : public QTabWidget
{
    Q_OBJECT

public:
    using QTabWidget::QTabWidget;

    bool hasHeightForWidth() const override { return false; }
};
