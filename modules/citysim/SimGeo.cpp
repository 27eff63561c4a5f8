#include "citysim/SimGeo.h"

#include <cmath>

SimGeo::SimGeo(QPointF centreLonLat)
    : m_centre(centreLonLat)
    , m_metresPerDegreeLon(kMetresPerDegreeLat * std::cos(centreLonLat.y() * M_PI / 180.0))
{
}

QPointF SimGeo::toLonLat(QPointF m) const
{
    return {m_centre.x() + m.x() / m_metresPerDegreeLon, m_centre.y() + m.y() / kMetresPerDegreeLat};
}

QPointF SimGeo::toMetres(QPointF ll) const
{
    return {(ll.x() - m_centre.x()) * m_metresPerDegreeLon, (ll.y() - m_centre.y()) * kMetresPerDegreeLat};
}

QPolygonF SimGeo::toLonLat(const QPolygonF &metres) const
{
    QPolygonF out;
    out.reserve(metres.size());
    for (QPointF p : metres)
        out << toLonLat(p);
    return out;
}

double SimGeo::distance(QPointF a, QPointF b)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (b.y() - a.y()) * toRad;
    const double dLon = (b.x() - a.x()) * toRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.y() * toRad) * std::cos(b.y() * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371008.8 * std::asin(std::min(1.0, std::sqrt(h)));
}

QPolygonF SimGeo::rectangle(QPointF c, double width, double height, double angleDegrees) const
{
    const double a = angleDegrees * M_PI / 180.0;
    const double ca = std::cos(a), sa = std::sin(a);
    QPolygonF ring;
    for (auto [dx, dy] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}, {-0.5, -0.5}}) {
        const double x = dx * width, y = dy * height;
        ring << toLonLat(QPointF(c.x() + x * ca - y * sa, c.y() + x * sa + y * ca));
    }
    return ring;
}
