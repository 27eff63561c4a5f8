#pragma once

#include "map/map_export.h"

#include <QString>

class MapView;

// The current view to a file at a chosen resolution, legend, scale bar, north arrow and
// attribution included: PNG for slides and reports, PDF for print (vector text and shapes where
// the layers draw them).
class CITYDECK_MAP_EXPORT MapExporter
{
public:
    // dpi: 96 is the screen's size; 300 for print. Files are written whole or not at all.
    static bool exportPng(MapView *view, const QString &path, int dpi, QString *error);
    static bool exportPdf(MapView *view, const QString &path, int dpi, const QString &title, QString *error);
};
