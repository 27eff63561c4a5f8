#include "ngsild/GeometryReader.h"

using namespace simdjson;

namespace {
constexpr int kMaxDepth = 4; // a MultiPolygon's coordinates nest four arrays deep
} // namespace

void GeometryReader::field(std::string_view key, ondemand::value value)
{
    if (key == "type") {
        m_type = value.type() == ondemand::json_type::string ? Geometry::typeFromName(std::string_view(value.get_string()))
                                                             : Geometry::Type::None;
    } else if (key == "coordinates") {
        // A repeated member replaces the first, as in every JSON reader.
        m_points.clear();
        m_ringEnds.clear();
        m_partEnds.clear();
        m_depth = readCoordinates(value, 1);
    }
}

// Reads one level of nested arrays and returns its depth (1: a position), or -1 when the
// arrays are not GeoJSON coordinates. Points, ring ends and part ends are recorded on the way.
int GeometryReader::readCoordinates(ondemand::value value, int level)
{
    if (level > kMaxDepth || value.type() != ondemand::json_type::array)
        return -1;
    int depth = 0;
    int numbers = 0;
    double xy[2] = {0, 0};
    for (ondemand::value item : value.get_array()) {
        int itemDepth = 0;
        if (item.type() == ondemand::json_type::number) {
            if (numbers < 2)
                xy[numbers] = item.get_double();
            ++numbers; // altitude and beyond are read and dropped
        } else if ((itemDepth = readCoordinates(item, level + 1)) < 0) {
            return -1;
        }
        const int here = itemDepth + 1;
        if (depth != 0 && depth != here)
            return -1; // positions and arrays mixed, or arrays of unequal depth
        depth = here;
    }
    switch (depth) {
    case 1:
        if (numbers < 2)
            return -1;
        m_points.append(QPointF(xy[0], xy[1]));
        break;
    case 2:
        m_ringEnds.append(qint32(m_points.size()));
        break;
    case 3:
        m_partEnds.append(qint32(m_ringEnds.size()));
        break;
    case 0:
        return -1; // an empty array holds no position
    }
    return depth;
}

Geometry GeometryReader::finish(QString *problem)
{
    if (m_type == Geometry::Type::None) {
        *problem = QStringLiteral("unknown or missing geometry type");
        return {};
    }
    if (m_depth != Geometry::coordinateDepth(m_type)) {
        *problem = QStringLiteral("invalid coordinates for a %1").arg(Geometry::typeName(m_type));
        return {};
    }
    Geometry g(m_type, QList<QPointF>(m_points.cbegin(), m_points.cend()), m_ringEnds, m_partEnds);
    const QRectF box = g.bounds();
    if (box.top() < -90.0 || box.bottom() > 90.0 || box.left() < -180.0 || box.right() > 180.0)
        *problem = QStringLiteral("coordinates outside WGS 84 (latitude/longitude swapped?)");
    return g;
}
