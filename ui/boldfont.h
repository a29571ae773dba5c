#pragma once

#include <QFont>

// A bold copy of base, scaled for headings (1.0 keeps its size): the one way our views make a title.
inline QFont boldFont(const QFont& base, qreal scale = 1.0)
{
    QFont font = base;
    font.setBold(true);
    if (scale != 1.0) {
        font.setPointSizeF(font.pointSizeF() * scale);
    }
    return font;
}
