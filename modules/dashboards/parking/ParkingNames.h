#pragma once

#include <QString>
#include <QStringList>

// The Smart Data Models names the parking dashboard reads (dataModel.Parking).
namespace ParkingNames {
inline QString offStreet() { return QStringLiteral("OffStreetParking"); }
inline QString onStreet() { return QStringLiteral("OnStreetParking"); }
inline QString group() { return QStringLiteral("ParkingGroup"); }
inline QString spot() { return QStringLiteral("ParkingSpot"); }
inline QStringList siteTypes() { return {offStreet(), onStreet(), group()}; }

inline QString total() { return QStringLiteral("totalSpotNumber"); }
inline QString available() { return QStringLiteral("availableSpotNumber"); }
inline QString occupied() { return QStringLiteral("occupiedSpotNumber"); }
inline QString occupancy() { return QStringLiteral("occupancy"); }
inline QString entrances() { return QStringLiteral("vehicleEntranceCount"); }
inline QString status() { return QStringLiteral("status"); }
inline QString refSite() { return QStringLiteral("refParkingSite"); }
} // namespace ParkingNames
