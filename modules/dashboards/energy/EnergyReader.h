#pragma once

#include "energy/EnergyBuilding.h"

#include "core/Entity.h"

#include <QHash>
#include <QPointF>

#include <vector>

class CityPlan;

// Turns Building and meter entities (ThreePhaseAcMeasurement, or any entity with a refBuilding
// and totalActivePower / totalActiveEnergyImport) into the buildings the 3D view extrudes: the
// footprint moved into local metres around the first building (x east, y north, z up, true
// metres), the height from `height` or from floorsAboveGround × the storey height.
class EnergyReader
{
public:
    static constexpr double kStoreyHeight = 3.0;
    static constexpr double kDefaultHeight = 6.0;

    // Web Mercator metres → the scene's local metres (a uniform scale: shapes are kept).
    struct Frame
    {
        QPointF origin; // Web Mercator metres
        double scale = 1; // cos(latitude of the origin)
        bool valid = false;
        QPointF toLocal(QPointF mercator) const { return (mercator - origin) * scale; }
        QPolygonF toLocal(const QPolygonF &mercator) const;
    };

    struct Result
    {
        std::vector<EnergyBuilding> buildings;
        Frame frame;
        int skipped = 0; // buildings without a usable footprint
    };

    // previous: the frame of a previous read, kept so that the scene does not move.
    static Result read(const std::vector<Entity> &buildings, const std::vector<Entity> &meters, const CityPlan *plan, qint64 t,
                       qint64 staleAfterMs, const Frame *previous = nullptr);
    // Meter values at t into buildings already read (the colours' update path: no geometry).
    static void readMeters(std::vector<EnergyBuilding> &buildings, const std::vector<Entity> &meters, qint64 t, qint64 staleAfterMs);
    // Cumulative energy (kWh) per meter id.
    static QHash<QString, double> cumulative(const std::vector<Entity> &meters);
};
