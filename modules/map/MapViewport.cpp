#include "map/MapViewport.h"

#include "map/WebMercator.h"

#include <algorithm>
#include <cmath>

MapViewport::MapViewport(QPointF centre, double zoom, QSize size)
    : m_size(size)
{
    setZoom(zoom);
    setCentre(centre);
}

void MapViewport::setCentre(QPointF m)
{
    m_centre = QPointF(std::clamp(m.x(), -WebMercator::kHalfWorld, WebMercator::kHalfWorld),
                       std::clamp(m.y(), -WebMercator::kHalfWorld, WebMercator::kHalfWorld));
}

void MapViewport::setCentre(const QGeoCoordinate &c)
{
    setCentre(WebMercator::project(c));
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    m_resolution = WebMercator::resolution(m_zoom);
}

QGeoCoordinate MapViewport::toCoordinate(QPointF screen) const
{
    return WebMercator::unproject(toMetres(screen));
}

QTransform MapViewport::transform() const
{
    const double s = 1 / m_resolution;
    return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_centre.x() * s, m_size.height() / 2.0 + m_centre.y() * s);
}

QRectF MapViewport::extent() const
{
    const double w = m_size.width() * m_resolution, h = m_size.height() * m_resolution;
    return QRectF(m_centre.x() - w / 2, m_centre.y() - h / 2, w, h);
}

QGeoRectangle MapViewport::geoExtent() const
{
    return WebMercator::unproject(extent());
}

void MapViewport::zoomAround(QPointF screen, double zoom)
{
    const QPointF anchor = toMetres(screen);
    setZoom(zoom);
    // Put the anchor back under the cursor.
    const QPointF moved = toScreen(anchor);
    setCentre(QPointF(m_centre.x() + (moved.x() - screen.x()) * m_resolution, m_centre.y() - (moved.y() - screen.y()) * m_resolution));
}

void MapViewport::panBy(QPointF pixels)
{
    setCentre(QPointF(m_centre.x() - pixels.x() * m_resolution, m_centre.y() + pixels.y() * m_resolution));
}

void MapViewport::fit(const QRectF &metres, int margin)
{
    if (metres.isNull() && metres.width() == 0 && metres.height() == 0) {
        setCentre(metres.center());
        setZoom(17);
        return;
    }
    const double w = std::max(1, m_size.width() - 2 * margin), h = std::max(1, m_size.height() - 2 * margin);
    const double res = std::max(metres.width() / w, metres.height() / h);
    const double zoom = res > 0 ? std::log2(2 * WebMercator::kHalfWorld / (WebMercator::kTileSize * res)) : kMaxZoom;
    setZoom(std::min(zoom, 18.0));
    setCentre(metres.center());
}
