#pragma once

#include "map/map_export.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

// What the map shows: a centre in projected metres, a fractional zoom and a size in pixels.
// Every layer draws through it; it is a value, so a frame rendered in a worker thread keeps the
// viewport it was asked for.
class CITYDECK_MAP_EXPORT MapViewport
{
public:
    static constexpr double kMinZoom = 1;
    static constexpr double kMaxZoom = 20;

    MapViewport() = default;
    MapViewport(QPointF centre, double zoom, QSize size);

    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    double resolution() const { return m_resolution; } // metres per pixel

    void setCentre(QPointF metres);
    void setCentre(const QGeoCoordinate &c);
    void setZoom(double zoom);
    void setSize(QSize size) { m_size = size; }

    QPointF toScreen(QPointF metres) const
    {
        return {(metres.x() - m_centre.x()) / m_resolution + m_size.width() / 2.0,
                (m_centre.y() - metres.y()) / m_resolution + m_size.height() / 2.0};
    }
    QPointF toMetres(QPointF screen) const
    {
        return {m_centre.x() + (screen.x() - m_size.width() / 2.0) * m_resolution,
                m_centre.y() - (screen.y() - m_size.height() / 2.0) * m_resolution};
    }
    QGeoCoordinate toCoordinate(QPointF screen) const;
    // Projected metres → screen pixels, for painters drawing geometry kept in metres.
    QTransform transform() const;
    QRectF extent() const;          // visible area in projected metres
    QGeoRectangle geoExtent() const;

    // Zooms keeping the point under `screen` where it is (wheel and pinch at the cursor).
    void zoomAround(QPointF screen, double zoom);
    void panBy(QPointF pixels);
    // The zoom and centre that show `metres` whole with a margin in pixels.
    void fit(const QRectF &metres, int margin = 48); // room for the legend and the map controls

    bool operator==(const MapViewport &o) const = default;

private:
    QPointF m_centre;
    double m_zoom = 2;
    double m_resolution = 0;
    QSize m_size{256, 256};
};
