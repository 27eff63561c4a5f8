#pragma once

#include "core/Geometry.h"

#include <simdjson.h>

#include <QString>

// Reads a GeoJSON geometry straight from a simdjson On-Demand object into core's Geometry
// (internal to the parser): no intermediate JSON tree, altitudes dropped.
class GeometryReader
{
public:
    // type is the object's "type", already peeked by the caller (the object is not consumed
    // yet). An invalid Geometry and *problem set when it cannot be read; a valid one may still
    // come with a problem (coordinates outside WGS 84).
    static Geometry read(simdjson::ondemand::object object, Geometry::Type type, QString *problem);
};
