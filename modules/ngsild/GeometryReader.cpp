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
        m_xy.clear();
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
        m_xy.append(xy[0]);
        m_xy.append(xy[1]);
        break;
    case 2:
        m_ringEnds.append(qint32(m_xy.size() / 2));
        break;
    case 3:
        m_partEnds.append(qint32(m_ringEnds.size()));
        break;
    case 0:
        return -1; // an empty array holds no position
    }
    return depth;
}

bool GeometryReader::complete(QString *problem) const
{
    if (m_type == Geometry::Type::None) {
        *problem = QStringLiteral("unknown or missing geometry type");
        return false;
    }
    if (m_depth != Geometry::coordinateDepth(m_type)) {
        *problem = QStringLiteral("invalid coordinates for a %1").arg(Geometry::typeName(m_type));
        return false;
    }
    for (qsizetype i = 0; i + 1 < m_xy.size(); i += 2) {
        if (m_xy[i + 1] < -90.0 || m_xy[i + 1] > 90.0 || m_xy[i] < -180.0 || m_xy[i] > 180.0) {
            *problem = QStringLiteral("coordinates outside WGS 84 (latitude/longitude swapped?)");
            break; // still a geometry: kept, with the problem told
        }
    }
    return true;
}

Geometry GeometryReader::finish(QString *problem)
{
    if (!complete(problem))
        return {};
    QList<QPointF> points;
    points.reserve(m_xy.size() / 2);
    for (qsizetype i = 0; i + 1 < m_xy.size(); i += 2)
        points.append(QPointF(m_xy[i], m_xy[i + 1]));
    return Geometry(m_type, std::move(points), m_ringEnds, m_partEnds);
}

quint32 GeometryReader::write(EntityBody::Writer &writer, QString *problem)
{
    if (!complete(problem))
        return 0;
    return writer.geometry(quint8(m_type), m_xy, m_ringEnds, m_partEnds);
}
