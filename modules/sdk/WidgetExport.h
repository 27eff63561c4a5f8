#pragma once

#include "sdk/sdk_export.h"

#include <QString>

class QWidget;

// A dashboard's chart or table as a file for a report: PNG (at the chosen dpi) or PDF (vector
// where the widget paints vectors, under a title line), chosen by the file's suffix. Files are
// written whole or not at all.
class CITYDECK_SDK_EXPORT WidgetExport
{
public:
    static bool write(QWidget *widget, const QString &path, const QString &title, QString *error, int dpi = 0);
    // For a save dialog.
    static QString fileFilter();
};
