#pragma once

#include "parking/ParkingCounts.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>

// One parking site at the time cursor — a car park (OffStreetParking), a kerb strip
// (OnStreetParking) or a group of bays within either (ParkingGroup) — as the dashboard shows it.
struct ParkingSite
{
    enum class Kind { OffStreet, OnStreet, Group };

    QString id;
    Kind kind = Kind::OffStreet;
    QString name;
    QString district;         // from the city plan; empty outside every district
    QString parentId;         // a group's site (refParkingSite)
    QPointF metres;           // where its marker goes
    QList<QPolygonF> outline; // its area when the broker gives one (kerb strips)
    ParkingCounts counts;
    QString seriesAttribute;  // the attribute its history is read from (counts first)
    bool closed = false;      // status says closed (a closed car park is not "empty")
    bool stale = false;
    double trend = std::nan(""); // occupancy change over the last 30 minutes (0–1 points)
    qint64 observedAt = 0;
    int bays = 0;             // ParkingSpot entities reporting for it
};
