#pragma once

#include "energy/EnergyBuilding.h"

#include <QHash>
#include <QTimeZone>

#include <array>
#include <vector>

class EntityStore;

// What each building usually draws at each local hour: the mean of its meter's power at that hour
// over the days before the cursor's day (up to a week, what the cache holds). The yardstick of the
// deviation colouring and of the anomaly alarms. Computed once per day, from the store.
class TypicalProfile
{
public:
    using Day = std::array<double, 24>; // W by local hour, NaN where never seen

    // Recomputes when the day of t changed (or the buildings did); true when it did.
    bool update(const EntityStore &store, const std::vector<EnergyBuilding> &buildings, qint64 t, const QTimeZone &zone, int days = 7);
    // The typical power of a meter at the local hour holding t; NaN when unknown.
    double at(const QString &meterId, qint64 t) const;

private:
    static Day empty();

    QHash<QString, Day> m_profiles;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_dayStart = -1;
    size_t m_buildings = 0;
};
