#include "map/WebMercator.h"

#include <algorithm>
#include <cmath>

QPointF WebMercator::project(double longitude, double latitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude);
    const double x = kRadius * longitude * M_PI / 180.0;
    const double y = kRadius * std::log(std::tan(M_PI / 4 + lat * M_PI / 360.0));
    return {x, y};
}

QGeoCoordinate WebMercator::unproject(QPointF metres)
{
    // Clamped: a rounding step past ±180° would make an invalid coordinate.
    const double lon = std::clamp(metres.x() / kRadius * 180.0 / M_PI, -180.0, 180.0);
    const double lat = std::clamp((2 * std::atan(std::exp(metres.y() / kRadius)) - M_PI / 2) * 180.0 / M_PI, -90.0, 90.0);
    return QGeoCoordinate(lat, lon);
}

QRectF WebMercator::project(const QGeoRectangle &r)
{
    const QPointF a = project(r.topLeft()), b = project(r.bottomRight());
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())), QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

QGeoRectangle WebMercator::unproject(const QRectF &m)
{
    const QGeoCoordinate sw = unproject(QPointF(m.left(), m.top())), ne = unproject(QPointF(m.right(), m.bottom()));
    return QGeoRectangle(QGeoCoordinate(ne.latitude(), sw.longitude()), QGeoCoordinate(sw.latitude(), ne.longitude()));
}

double WebMercator::resolution(double zoom)
{
    return 2 * kHalfWorld / (kTileSize * std::exp2(zoom));
}

QPointF WebMercator::toWorldPixel(QPointF m, double zoom)
{
    const double r = resolution(zoom);
    return {(m.x() + kHalfWorld) / r, (kHalfWorld - m.y()) / r};
}

QPointF WebMercator::fromWorldPixel(QPointF p, double zoom)
{
    const double r = resolution(zoom);
    return {p.x() * r - kHalfWorld, kHalfWorld - p.y() * r};
}

TileId WebMercator::tileAt(const QGeoCoordinate &c, int zoom)
{
    const QPointF p = toWorldPixel(project(c), zoom);
    const int n = 1 << zoom;
    return {zoom, std::clamp(int(std::floor(p.x() / kTileSize)), 0, n - 1), std::clamp(int(std::floor(p.y() / kTileSize)), 0, n - 1)};
}

QRectF WebMercator::tileRect(const TileId &t)
{
    const double size = 2 * kHalfWorld / (1 << t.z);
    const double left = -kHalfWorld + t.x * size, top = kHalfWorld - t.y * size;
    return QRectF(left, top - size, size, size);
}
