#pragma once

#include "citysim/SimDomain.h"

#include <vector>

// The city's parking: 8 car parks (OffStreetParking) filling with office hours, Saturday shopping
// and the week's event, with their entrances counted; kerb-side strips (OnStreetParking) that
// report free and occupied bays but no occupancy, the first three with two disabled bays each
// (ParkingGroup); the individual bays (ParkingSpot) of the first car park, whose free bays always
// add up to its availableSpotNumber. Observed every 5 minutes — except one kerb sensor whose
// battery died before the simulation started: it keeps its last values, as real brokers do.
class CITYDECK_CITYSIM_EXPORT ParkingDomain : public SimDomain
{
public:
    ParkingDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs);

    QStringList types() const override;
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return 5 * kMinute; }
    // Values depend on time alone: a month of history for the forecasts.
    int historyDays() const override { return 35; }

    int capacity(int site) const { return int(m_city.carParks.at(site).weight); }
    // Occupied bays of a car park at t (its status may be "closed": then nearly empty).
    int occupied(int site, qint64 t) const;
    bool isOpen(int site, qint64 t) const;
    // Occupied bays of a kerb strip at t.
    int kerbOccupied(int kerb, qint64 t) const;
    // Vehicles that entered a car park during the 5 minutes ending at t's slot.
    int entrances(int site, qint64 t) const;
    static constexpr int kSpotSite = 0; // the car park whose bays are reported one by one
    static constexpr int kDeadKerb = 7; // the kerb sensor that went silent
    static constexpr int kGroupKerbs = 3; // kerbs with a group of disabled bays
    qint64 deadSince() const { return m_deadSince; }

private:
    double occupancy(const CityLayout::Site &site, quint64 key, qint64 slot, bool kerb) const;
    double siteOccupancy(int site, qint64 slot) const;
    bool spotOccupied(int spot, qint64 t) const;
    QJsonObject carPark(int site, qint64 t) const;
    QJsonObject kerb(int kerb, qint64 t) const;
    QJsonObject group(int kerb, qint64 t) const;
    QJsonObject spot(int spot, qint64 t) const;
    static QString groupId(const QString &kerbId) { return kerbId + QStringLiteral("-disabled"); }

    QStringList m_spotIds;
    qint64 m_deadSince;
    mutable std::vector<int> m_rank; // bay → its rank in the hour's order
    mutable qint64 m_rankHour = 0;
};
