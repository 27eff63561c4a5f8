#pragma once

#include "sdk/sdk_export.h"

#include "core/Geometry.h"

#include <QList>
#include <QPolygonF>

// An entity's location as a dashboard draws it, in projected metres (Web Mercator): the point
// where its marker goes — the point itself, the middle of a counted segment, the centre of an
// area — and its lines or rings for the dashboards that draw shapes (kerb-side parking, streets).
struct CITYDECK_SDK_EXPORT EntityGeometry
{
    QPointF anchor;
    QList<QPolygonF> lines; // LineString parts
    QList<QPolygonF> rings; // Polygon rings (holes included)
    QList<int> polygonStarts; // where each polygon's outline is in rings (one entry for a Polygon)
    bool valid = false;

    static EntityGeometry project(const Geometry &geometry);
};
