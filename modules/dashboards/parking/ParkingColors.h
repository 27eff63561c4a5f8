#pragma once

#include <QColor>

#include <cmath>

// Okabe–Ito colours, readable with the common colour-vision deficiencies: the same classes on
// the map, in the list and in the legend.
namespace ParkingColors {
inline QColor plenty() { return QColor(0x00, 0x9e, 0x73); }   // under 70 %
inline QColor filling() { return QColor(0xe6, 0x9f, 0x00); }  // 70–90 %
inline QColor nearlyFull() { return QColor(0xd5, 0x5e, 0x00); } // 90 % and more
inline QColor unknown() { return QColor(0x99, 0x99, 0x99); }  // closed, silent or no data
inline QColor forOccupancy(double occupancy)
{
    if (!std::isfinite(occupancy))
        return unknown();
    return occupancy >= 0.9 ? nearlyFull() : occupancy >= 0.7 ? filling() : plenty();
}
} // namespace ParkingColors
