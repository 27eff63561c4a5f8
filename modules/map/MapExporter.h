#pragma once

#include "map/map_export.h"

#include <QImage>
#include <QString>

#include <functional>

class MapView;
class QPainter;

// The current view to a file at a chosen resolution, legend, scale bar, north arrow and
// attribution included: PNG for slides and reports, PDF for print (vector text and shapes where
// the layers draw them).
class CITYDECK_MAP_EXPORT MapExporter
{
public:
    // dpi: 96 is the screen's size; 300 for print. Files are written whole or not at all.
    static bool exportPng(MapView *view, const QString &path, int dpi, QString *error);
    static bool exportPdf(MapView *view, const QString &path, int dpi, const QString &title, QString *error);

    // The same writers for any picture (a dashboard's chart): a PNG tagged with its dpi, and a
    // one-page PDF of `size` screen pixels under a title line, drawn by paint.
    static bool writePng(QImage image, const QString &path, int dpi, QString *error);
    static bool writePdf(QSize size, const QString &path, int dpi, const QString &title, QString *error,
                         const std::function<void(QPainter &)> &paint);
};
