#pragma once

#include "core/core_export.h"

#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <span>
#include <string_view>

// A GeoJSON geometry in WGS 84 (x = longitude, y = latitude; altitudes are dropped).
// Every type is stored the same flat way: all points in one list, cut into rings, the rings
// grouped into parts. A Point is one part with one ring of one point; a LineString one part
// with one ring; a Polygon one part whose first ring is the outer boundary and the others
// holes; Multi* types have several parts. A single ring or part needs no cut list, so the
// common geometries (points, lines, polygons without holes) cost one allocation.
class CITYDECK_CORE_EXPORT Geometry
{
public:
    enum class Type { None, Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon };

    Geometry() = default;
    // ringEnds: where each ring ends in points (exclusive), partEnds: where each part ends in
    // rings; empty means "a single one". Every constructor splits Multi* types here (each point
    // of a MultiPoint, each line of a MultiLineString is a part), so that every reader shapes
    // geometries the same way.
    Geometry(Type type, QList<QPointF> points, std::span<const qint32> ringEnds = {},
             std::span<const qint32> partEnds = {});
    static Geometry point(double lon, double lat);

    static Type typeFromName(QStringView name);
    static Type typeFromName(std::string_view name);
    // How deep the GeoJSON "coordinates" of a type nest: 1 for a Point's position, 2 for a
    // LineString/MultiPoint, 3 for a Polygon/MultiLineString, 4 for a MultiPolygon.
    static int coordinateDepth(Type type);
    // A geometry from coordinates lifted to polygons → rings → points (a position is {{[p]}}, a
    // line {{line}}, a polygon {rings}).
    static Geometry fromCoordinates(Type type, const QList<QList<QPolygonF>> &lifted);
    static QString typeName(Type type);

    Type type() const { return m_type; }
    bool isValid() const { return m_type != Type::None && !m_points.isEmpty(); }
    const QList<QPointF> &points() const { return m_points; }
    int partCount() const;
    int ringCount() const;
    // Rings [partBegin(part), partEnd(part)) make up that part.
    int partBegin(int part) const;
    int partEnd(int part) const;
    std::span<const QPointF> ring(int index) const;
    QPolygonF ringPolygon(int index) const;
    // The nested form (parts → rings), built on demand: for code that is not on a hot path.
    QList<QList<QPolygonF>> parts() const;
    // The first point (for a Point, the point itself); a null point when empty.
    QPointF firstPoint() const { return m_points.isEmpty() ? QPointF() : m_points.first(); }
    QRectF bounds() const;
    int pointCount() const { return int(m_points.size()); }

    QJsonObject toGeoJson() const;
    // Parses a GeoJSON geometry object; errors name what is wrong.
    static Geometry fromGeoJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Geometry &other) const
    {
        return m_type == other.m_type && m_points == other.m_points && m_ringEnds == other.m_ringEnds
            && m_partEnds == other.m_partEnds;
    }

private:
    Type m_type = Type::None;
    QList<QPointF> m_points;
    QList<qint32> m_ringEnds;
    QList<qint32> m_partEnds;
};
