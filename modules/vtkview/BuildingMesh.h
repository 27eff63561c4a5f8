#pragma once

#include "vtkview/vtkview_export.h"

#include <QList>
#include <QPolygonF>

#include <vtkSmartPointer.h>

class vtkPolyData;

// Building footprints extruded to their heights, all in one polydata (one actor for the whole
// city: thousands of actors would cost a draw call each). Each building has a bottom and a top
// ring of points; the roof is triangulated (concave footprints and courtyards included), the walls
// are quads between the rings. Points carry the building's index ("building") so that colours
// are updated by writing scalars, never by rebuilding geometry, and so that a pick finds the
// building. Coordinates are local metres (x east, y north, z up).
class CITYDECK_VTKVIEW_EXPORT BuildingMesh
{
public:
    struct Footprint
    {
        Footprint() = default;
        Footprint(QList<QPolygonF> rings_, double height_, double base_ = 0, QList<int> parts_ = {})
            : rings(std::move(rings_)), height(height_), base(base_), parts(std::move(parts_))
        {
        }
        QList<QPolygonF> rings; // the outline first, then its holes; closed or not
        double height = 0;      // metres above the ground
        double base = 0;        // metres (a building on a podium)
        QList<int> parts;       // MultiPolygon: where each polygon's outline starts in rings (empty: one)
    };

    // Footprints with fewer than three distinct points or no height are skipped (still
    // counted, so building indices stay the caller's).
    static vtkSmartPointer<vtkPolyData> build(const QList<Footprint> &footprints);
    // The name of the point array holding each point's building index, and of the scalar array.
    static const char *buildingArray() { return "building"; }
    static const char *valueArray() { return "value"; }
    // Writes one value per building into the scalar array (NaN: no value, drawn in the NaN colour).
    static void setValues(vtkPolyData *mesh, const std::vector<double> &perBuilding);
    // A ring's signed area (shoelace): positive when counter-clockwise with x east, y north.
    static double signedArea(const QPolygonF &ring);
    // The building a point belongs to, -1 when none.
    static int buildingOfPoint(vtkPolyData *mesh, long long pointId);
};
