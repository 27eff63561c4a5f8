#include "sdk/EntityGeometry.h"

#include "map/WebMercator.h"

namespace {
QPolygonF projected(std::span<const QPointF> lonLat)
{
    QPolygonF out;
    out.reserve(qsizetype(lonLat.size()));
    for (QPointF p : lonLat)
        out << WebMercator::project(p.x(), p.y());
    return out;
}
} // namespace

EntityGeometry EntityGeometry::project(const Geometry &g)
{
    EntityGeometry out;
    if (!g.isValid())
        return out;
    out.valid = true;
    switch (g.type()) {
    case Geometry::Type::LineString:
    case Geometry::Type::MultiLineString: {
        for (int r = 0; r < g.ringCount(); ++r)
            out.lines << projected(g.ring(r));
        // The middle of the first line: a counter across a street sits on the street.
        const QPolygonF &first = out.lines.constFirst();
        const qsizetype n = first.size();
        out.anchor = n % 2 == 0 && n >= 2 ? (first.at(n / 2 - 1) + first.at(n / 2)) / 2 : first.value(n / 2);
        break;
    }
    case Geometry::Type::Polygon:
    case Geometry::Type::MultiPolygon:
        for (int p = 0; p < g.partCount(); ++p) {
            out.polygonStarts << int(out.rings.size());
            for (int r = g.partBegin(p); r < g.partEnd(p); ++r)
                out.rings << projected(g.ring(r));
        }
        out.anchor = out.rings.constFirst().boundingRect().center();
        break;
    default: {
        const QPointF p = g.type() == Geometry::Type::Point ? g.firstPoint() : g.bounds().center();
        out.anchor = WebMercator::project(p.x(), p.y());
    }
    }
    return out;
}
