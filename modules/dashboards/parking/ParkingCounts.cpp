#include "parking/ParkingCounts.h"

#include "parking/ParkingNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
bool known(double v)
{
    return std::isfinite(v);
}
} // namespace

ParkingCounts ParkingCounts::resolve(double total, double available, double occupied, double occupancy)
{
    ParkingCounts c;
    for (double *v : {&total, &available, &occupied}) {
        if (known(*v) && *v < 0) {
            c.flags |= NegativeCount;
            *v = std::nan("");
        }
    }
    if (known(occupancy) && (occupancy < 0 || occupancy > 100)) {
        c.flags |= OccupancyOutOfRange;
        occupancy = std::nan("");
    } else if (known(occupancy) && occupancy > 1) {
        c.flags |= OccupancyAsPercent;
        occupancy /= 100;
    }
    if (!known(total) && known(available) && known(occupied))
        total = available + occupied;
    if (known(total)) {
        for (double *v : {&available, &occupied}) {
            if (known(*v) && *v > total) {
                c.flags |= OverTotal;
                *v = std::nan("");
            }
        }
    }
    if (known(total) && known(available) && known(occupied) && std::abs(available + occupied - total) > 1)
        c.flags |= CountsDisagree;

    c.total = total;
    c.occupancy = occupancy;
    const bool counted = known(total) && total > 0;
    double fromCounts = std::nan("");
    if (counted && known(occupied))
        fromCounts = occupied / total;
    else if (counted && known(available))
        fromCounts = 1 - available / total;
    if (known(fromCounts)) {
        // One bay either way is rounding, not a contradiction.
        if (known(occupancy) && std::abs(occupancy - fromCounts) > std::max(0.05, 1 / total))
            c.flags |= CountsDisagree;
        c.occupancy = fromCounts;
    }
    if (counted && known(c.occupancy)) {
        c.available = known(available) ? available : std::round(total * (1 - c.occupancy));
        c.occupied = known(occupied) ? occupied : total - c.available;
    } else {
        c.available = available;
        c.occupied = occupied;
    }
    return c;
}

double ParkingCounts::occupancyFrom(const QString &attribute, double value, double total)
{
    if (!known(value) || value < 0)
        return std::nan("");
    if (attribute == ParkingNames::occupancy())
        return value <= 1 ? value : value <= 100 ? value / 100 : std::nan("");
    if (!known(total) || total <= 0 || value > total)
        return std::nan("");
    if (attribute == ParkingNames::occupied())
        return value / total;
    if (attribute == ParkingNames::available())
        return 1 - value / total;
    return std::nan("");
}

QStringList ParkingCounts::problems() const
{
    QStringList out;
    auto say = [](const char *text) { return QCoreApplication::translate("ParkingCounts", text); };
    if (flags & NegativeCount)
        out << say(QT_TRANSLATE_NOOP("ParkingCounts", "a negative count was ignored"));
    if (flags & OverTotal)
        out << say(QT_TRANSLATE_NOOP("ParkingCounts", "more spaces available or occupied than the total: ignored"));
    if (flags & OccupancyOutOfRange)
        out << say(QT_TRANSLATE_NOOP("ParkingCounts", "occupancy outside 0–100 % was ignored"));
    if (flags & OccupancyAsPercent)
        out << say(QT_TRANSLATE_NOOP("ParkingCounts", "occupancy sent as a percentage"));
    if (flags & NotNumeric)
        out << say(QT_TRANSLATE_NOOP("ParkingCounts", "a count or occupancy is not a number"));
    if (flags & CountsDisagree)
        out << say(QT_TRANSLATE_NOOP("ParkingCounts", "counts and occupancy disagree"));
    return out;
}
