#pragma once

#include "citysim/SimDomain.h"

#include <vector>

// 8 car parks (OffStreetParking) filling with office hours, Saturday shopping and the week's
// event, and the individual bays (ParkingSpot) of the first one, whose free bays always add up
// to its availableSpotNumber. Observed every 5 minutes.
class CITYDECK_CITYSIM_EXPORT ParkingDomain : public SimDomain
{
public:
    ParkingDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs);

    QStringList types() const override { return {QStringLiteral("OffStreetParking"), QStringLiteral("ParkingSpot")}; }
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return 5 * kMinute; }

    int capacity(int site) const { return int(m_city.carParks.at(site).weight); }
    // Occupied bays of a car park at t (its status may be "closed": then nearly empty).
    int occupied(int site, qint64 t) const;
    bool isOpen(int site, qint64 t) const;
    static constexpr int kSpotSite = 0; // the car park whose bays are reported one by one

private:
    double occupancy(int site, qint64 slot) const;
    bool spotOccupied(int spot, qint64 t) const;

    QStringList m_spotIds;
    mutable std::vector<int> m_rank; // bay → its rank in the hour's order
    mutable qint64 m_rankHour = 0;
};
