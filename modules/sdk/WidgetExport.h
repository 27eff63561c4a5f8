#pragma once

#include "sdk/sdk_export.h"

#include <QString>

#include <functional>

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
    // Asks where to save (a file dialog) and writes there: the line to show the user ("Written
    // to …" or why not), empty when they cancelled.
    static QString askAndWrite(QWidget *parent, const QString &caption, const QString &filter,
                               const std::function<bool(const QString &path, QString *error)> &write);
    // The same for the widget itself (a chart) as PNG or PDF under a title.
    static QString askAndWrite(QWidget *widget, const QString &title);
};
