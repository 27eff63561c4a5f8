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

Geometry GeometryReader::read(ondemand::object object, QString *problem)
{
    std::string_view typeText;
    for (const char *key : {"type"}) {
        auto field = object.find_field_unordered(key);
        if (field.error() != SUCCESS && field.error() != NO_SUCH_FIELD)
            throw simdjson_error(field.error());
        if (field.error() == SUCCESS && field.value_unsafe().type() == ondemand::json_type::string)
            typeText = field.value_unsafe().get_string();
        if (const error_code e = object.reset().error())
            throw simdjson_error(e);
    }
    const Geometry::Type type = Geometry::typeFromName(QString::fromUtf8(typeText.data(), qsizetype(typeText.size())));
    QList<QList<QPolygonF>> parts;
    bool ok = false;
    bool seen = false;
    for (auto field : object) {
        if (std::string_view(field.unescaped_key()) != "coordinates")
            continue;
        seen = true;
        ondemand::value c = field.value();
        switch (type) {
        case Geometry::Type::Point: {
            QPointF p;
            ok = readPosition(c, &p);
            parts = {{QPolygonF({p})}};
            break;
        }
        case Geometry::Type::LineString: {
            QPolygonF ring;
            ok = readRing(c, &ring);
            parts = {{ring}};
            break;
        }
        case Geometry::Type::MultiPoint: {
            QPolygonF ring;
            ok = readRing(c, &ring);
            for (const QPointF &p : std::as_const(ring))
                parts.append({QPolygonF({p})});
            break;
        }
        case Geometry::Type::Polygon: {
            QList<QPolygonF> rings;
            ok = readRings(c, &rings);
            parts = {rings};
            break;
        }
        case Geometry::Type::MultiLineString: {
            QList<QPolygonF> rings;
            ok = readRings(c, &rings);
            for (const QPolygonF &r : std::as_const(rings))
                parts.append({r});
            break;
        }
        case Geometry::Type::MultiPolygon:
            ok = c.type() == ondemand::json_type::array;
            if (ok) {
                for (ondemand::value polygon : c.get_array()) {
                    QList<QPolygonF> rings;
                    ok = ok && readRings(polygon, &rings);
                    parts.append(std::move(rings));
                }
            }
            break;
        case Geometry::Type::None:
            break;
        }
    }
    if (type == Geometry::Type::None) {
        *problem = QStringLiteral("unknown or missing geometry type");
        return {};
    }
    if (!ok || !seen) {
        *problem = QStringLiteral("invalid coordinates for a %1").arg(Geometry::typeName(type));
        return {};
    }
    Geometry g(type, std::move(parts));
    const QRectF box = g.bounds();
    if (box.top() < -90.0 || box.bottom() > 90.0 || box.left() < -180.0 || box.right() > 180.0)
        *problem = QStringLiteral("coordinates outside WGS 84 (latitude/longitude swapped?)");
    return g;
}

