#pragma once

#include "core/core_export.h"

#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

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
