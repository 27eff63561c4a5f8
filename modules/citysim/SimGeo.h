#pragma once

#include "citysim/citysim_export.h"

#include <QPointF>
#include <QPolygonF>

// Local metric frame around the city centre (x east, y north, metres) ↔ WGS 84 longitude/latitude.
// An equirectangular projection is exact enough for a city a few kilometres wide.
class CITYDECK_CITYSIM_EXPORT SimGeo
{
public:
    explicit SimGeo(QPointF centreLonLat = {3.2876, 49.8489});

    QPointF centre() const { return m_centre; }
    QPointF toLonLat(QPointF metres) const;
    QPointF toMetres(QPointF lonLat) const;
    QPolygonF toLonLat(const QPolygonF &metres) const;

    // Great-circle distance in metres.
    static double distance(QPointF a, QPointF b);
    // Closed ring in lon/lat from a rectangle in metres (GeoJSON wants the first point repeated).
    QPolygonF rectangle(QPointF centreMetres, double width, double height, double angleDegrees = 0) const;

private:
    QPointF m_centre;
    double m_metresPerDegreeLon;
    static constexpr double kMetresPerDegreeLat = 111320.0;
};
