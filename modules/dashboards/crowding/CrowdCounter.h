#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <cmath>

// One people counter at the time cursor, as the crowding dashboard shows it.
struct CrowdCounter
{
    QString id;
    QString type;
    QString name;
    QString district;   // from the city plan; empty outside every district
    QPointF metres;     // where it is drawn (the middle of its segment)
    QPolygonF segment;  // the counted street segment, projected; empty for a point counter
    double count = std::nan("");
    double occupancy = std::nan("");
    double towards = std::nan("");
    double away = std::nan("");
    bool congested = false;
    bool stale = false;
    int trend = 0;      // against the previous value: +1 rising, −1 falling
    qint64 observedAt = 0;
};
