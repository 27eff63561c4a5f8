#pragma once

#include <QPointF>
#include <QString>

// One bay with its own sensor (ParkingSpot), drawn when the map is zoomed into its site.
struct ParkingBay
{
    enum class State { Free, Occupied, Closed, Unknown };

    QString id;
    QString name;
    QString siteId; // refParkingSite
    QPointF metres;
    State state = State::Unknown;
    bool stale = false;
    qint64 observedAt = 0;

    static State stateOf(const QString &status)
    {
        if (status == QLatin1String("free"))
            return State::Free;
        if (status == QLatin1String("occupied"))
            return State::Occupied;
        if (status == QLatin1String("closed"))
            return State::Closed;
        return State::Unknown;
    }
};
