#pragma once

#include <QString>

// What an annotator adds to one JSON node in a JsonTreeModel. Empty fields keep the default
// rendering; isSecret masks the value while the model masks secrets.
struct JsonAnnotation
{
    QString valueText; // replaces the rendered value in the value column
    QString note; // shown in the "Meaning" column
    QString toolTip; // shown on every column of the row
    bool isSecret = false;
};
