#pragma once

#include <QStringList>

#include <cmath>

// A parking site's spaces as its sensors report them, made whole and checked: occupancy from the
// counts when the broker sends none (OnStreetParking in the Smart Data Models example), available
// from occupancy and total when it sends no count, and every contradiction flagged — shown to the
// operator, never trusted blindly, never a crash. Counts win over a disagreeing occupancy: they
// are what the map's "available / total" label says.
struct ParkingCounts
{
    enum Flag {
        NegativeCount = 1,        // a count under zero: dropped
        OverTotal = 2,            // available or occupied above the total: dropped
        OccupancyOutOfRange = 4,  // occupancy outside 0–1 (and not a percentage): dropped
        OccupancyAsPercent = 8,   // 0–100 where 0–1 is due: read as a percentage
        CountsDisagree = 16,      // available + occupied ≠ total, or occupancy ≠ the counts
        NotNumeric = 32,          // a count or occupancy that is not a number (set by the reader)
    };

    double total = std::nan("");
    double available = std::nan("");
    double occupied = std::nan("");
    double occupancy = std::nan(""); // 0–1
    int flags = 0;

    // Values as reported; NaN where an attribute is absent or not a number.
    static ParkingCounts resolve(double total, double available, double occupied, double occupancy);
    // Occupancy (0–1) from one value of the attribute a site's history is kept in; NaN when the
    // value cannot say.
    static double occupancyFrom(const QString &attribute, double value, double total);

    bool isKnown() const { return std::isfinite(occupancy); }
    bool isInconsistent() const { return flags != 0; }
    // The flags in words, for tooltips and the site list.
    QStringList problems() const;
};
