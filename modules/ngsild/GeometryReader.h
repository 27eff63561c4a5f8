#pragma once

#include "core/EntityBody.h"
#include "core/Geometry.h"

#include <simdjson.h>

#include <QString>
#include <QVarLengthArray>

#include <string_view>

// Reads a GeoJSON geometry straight from simdjson On-Demand into core's flat Geometry
// (internal to the parser): one pass over the members in any order, no intermediate JSON
// tree, altitudes dropped. The nesting of "coordinates" is read as it comes and checked
// against the type at the end, so "coordinates" may come before "type".
class GeometryReader
{
public:
    GeometryReader() = default;
    explicit GeometryReader(Geometry::Type type) : m_type(type) {}

    // One member of the object: "type" and "coordinates" are used, the others ignored.
    void field(std::string_view key, simdjson::ondemand::value value);
    // An invalid Geometry and *problem set when it cannot be read; a valid one may still come
    // with a problem (coordinates outside WGS 84).
    Geometry finish(QString *problem);
    // As finish(), straight into an entity body: the geometry's offset for
    // ExtraRecord::geometry, 0 when it cannot be read.
    quint32 write(EntityBody::Writer &writer, QString *problem);

private:
    int readCoordinates(simdjson::ondemand::value value, int level);
    bool complete(QString *problem) const;

    Geometry::Type m_type = Geometry::Type::None; // None until a known "type" is read
    int m_depth = 0; // 0: no coordinates, -1: unreadable ones
    QVarLengthArray<double, 32> m_xy; // x, y of each point
    QVarLengthArray<qint32, 4> m_ringEnds;
    QVarLengthArray<qint32, 4> m_partEnds;
};
