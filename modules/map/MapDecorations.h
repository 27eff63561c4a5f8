#pragma once

#include "map/map_export.h"

#include "map/MapLayer.h"
#include "map/MapViewport.h"

#include <QList>
#include <QStringList>

class QPainter;

// What a map must carry besides its layers, drawn the same on screen and in exports: a scale
// bar with a round length, a north arrow, the attribution line and the layers' legends.
class CITYDECK_MAP_EXPORT MapDecorations
{
public:
    // A round length (1, 2 or 5 × 10ⁿ metres) whose bar is at most maxPixels long.
    static double scaleLength(const MapViewport &viewport, double maxPixels, double *pixels);
    static QString lengthText(double metres);
    // Each draws inside `area` (the map's rectangle on the device) and returns what it covered.
    static QRectF paintScaleBar(QPainter &painter, const MapViewport &viewport, const QRectF &area);
    static QRectF paintNorthArrow(QPainter &painter, const QRectF &area);
    static QRectF paintAttribution(QPainter &painter, const QStringList &sources, const QRectF &area);
    static QRectF paintLegends(QPainter &painter, const QList<MapLegend> &legends, const QRectF &area);
};
