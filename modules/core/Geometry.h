#pragma once

#include "core/core_export.h"

#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <string_view>

// A GeoJSON geometry in WGS 84 (x = longitude, y = latitude; altitudes are dropped).
// Every type is stored the same way: parts → rings → points. A Point is one part with one ring
// of one point; a LineString one part with one ring; a Polygon one part whose first ring is
// the outer boundary and the others holes; Multi* types have several parts.
class CITYDECK_CORE_EXPORT Geometry
{
public:
    enum class Type { None, Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon };

    Geometry() = default;
    Geometry(Type type, QList<QList<QPolygonF>> parts) : m_type(type), m_parts(std::move(parts)) {}
    static Geometry point(double lon, double lat);

    static Type typeFromName(QStringView name);
    static Type typeFromName(std::string_view name);
    // How deep the GeoJSON "coordinates" of a type nest: 1 for a Point's position, 2 for a
    // LineString/MultiPoint, 3 for a Polygon/MultiLineString, 4 for a MultiPolygon.
    static int coordinateDepth(Type type);
    // A geometry from its coordinates read at their depth and lifted to polygons → rings →
    // points (a position is {{[p]}}, a line {{line}}, a polygon {rings}); Multi* types are
    // split into their parts here, so that every reader shapes geometries the same way.
    static Geometry fromCoordinates(Type type, QList<QList<QPolygonF>> lifted);
    static QString typeName(Type type);

    Type type() const { return m_type; }
    bool isValid() const { return m_type != Type::None && !m_parts.isEmpty(); }
    const QList<QList<QPolygonF>> &parts() const { return m_parts; }
    // The first point (for a Point, the point itself); a null point when empty.
    QPointF firstPoint() const;
    QRectF bounds() const;
    int pointCount() const;

    QJsonObject toGeoJson() const;
    // Parses a GeoJSON geometry object; errors name what is wrong.
    static Geometry fromGeoJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const Geometry &other) const { return m_type == other.m_type && m_parts == other.m_parts; }

private:
    Type m_type = Type::None;
    QList<QList<QPolygonF>> m_parts;
};
