#pragma once

#include <QList>
#include <QPair>
#include <QPolygonF>
#include <QString>

#include <cmath>

// One building of the energy twin at the time cursor: its footprint in the scene's local metres,
// its size, and what its meter says.
struct EnergyBuilding
{
    QString id;
    QString name;
    QString use;          // Smart Data Models category: residential, office, school, …
    QString district;     // from the city plan
    QList<QPolygonF> rings; // local metres: outline, then courtyards
    QList<int> parts;       // a MultiPolygon's polygons: where each outline starts in rings
    double height = 0;    // metres
    int floors = 0;
    double floorArea = 0; // m², footprint × floors
    QList<QPair<QString, QString>> details; // the entity's other attributes, as text, for the panel
    QString meterId;      // the ThreePhaseAcMeasurement whose refBuilding is this building
    double powerW = std::nan("");
    double energyKwh = std::nan(""); // the meter's cumulative import at the cursor
    qint64 observedAt = 0;
    bool stale = false;
};
