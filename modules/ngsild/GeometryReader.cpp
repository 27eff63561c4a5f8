#include "ngsild/GeometryReader.h"

using namespace simdjson;

namespace {
// GeoJSON coordinates straight from simdjson, one level per function: no QJsonDocument.
bool readPosition(ondemand::value value, QPointF *out)
{
    if (value.type() != ondemand::json_type::array)
        return false;
    double xy[2] = {0, 0};
    int n = 0;
    for (ondemand::value c : value.get_array()) {
        if (c.type() != ondemand::json_type::number)
            return false;
        const double d = c.get_double();
        if (n < 2)
            xy[n] = d;
        ++n; // altitude and beyond are read and dropped
    }
    if (n < 2)
        return false;
    *out = QPointF(xy[0], xy[1]);
    return true;
}

bool readRing(ondemand::value value, QPolygonF *out)
{
    if (value.type() != ondemand::json_type::array)
        return false;
    for (ondemand::value p : value.get_array()) {
        QPointF point;
        if (!readPosition(p, &point))
            return false;
        out->append(point);
    }
    return true;
}

bool readRings(ondemand::value value, QList<QPolygonF> *out)
{
    if (value.type() != ondemand::json_type::array)
        return false;
    for (ondemand::value r : value.get_array()) {
        QPolygonF ring;
        if (!readRing(r, &ring))
            return false;
        out->append(std::move(ring));
    }
    return true;
}
} // namespace

Geometry GeometryReader::read(ondemand::object object, Geometry::Type type, QString *problem)
{
    if (type == Geometry::Type::None) {
        *problem = QStringLiteral("unknown or missing geometry type");
        return {};
    }
    QList<QList<QPolygonF>> lifted;
    bool ok = false;
    bool seen = false;
    for (auto field : object) {
        if (std::string_view(field.unescaped_key()) != "coordinates")
            continue;
        seen = true;
        ondemand::value c = field.value();
        switch (Geometry::coordinateDepth(type)) {
        case 1: {
            QPointF p;
            ok = readPosition(c, &p);
            lifted = {{QPolygonF({p})}};
            break;
        }
        case 2: {
            QPolygonF ring;
            ok = readRing(c, &ring);
            lifted = {{ring}};
            break;
        }
        case 3: {
            QList<QPolygonF> rings;
            ok = readRings(c, &rings);
            lifted = {rings};
            break;
        }
        case 4:
            ok = c.type() == ondemand::json_type::array;
            if (ok) {
                for (ondemand::value polygon : c.get_array()) {
                    QList<QPolygonF> rings;
                    ok = ok && readRings(polygon, &rings);
                    lifted.append(std::move(rings));
                }
            }
            break;
        }
    }
    if (!ok || !seen) {
        *problem = QStringLiteral("invalid coordinates for a %1").arg(Geometry::typeName(type));
        return {};
    }
    Geometry g = Geometry::fromCoordinates(type, std::move(lifted));
    const QRectF box = g.bounds();
    if (box.top() < -90.0 || box.bottom() > 90.0 || box.left() < -180.0 || box.right() > 180.0)
        *problem = QStringLiteral("coordinates outside WGS 84 (latitude/longitude swapped?)");
    return g;
}
