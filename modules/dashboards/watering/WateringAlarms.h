#pragma once

#include "watering/WateringReader.h"
#include "watering/WateringSettings.h"

#include "core/Alarm.h"

#include <QCoreApplication>

class EntityStore;

// The watering pilot's alarm conditions at an instant: a soil sensor silent, a field below its
// critical moisture for more than a day, water metered while it rains, no weather forecast.
// Each has a key that stays the same while the condition lasts, so it is raised once.
class WateringAlarms
{
    Q_DECLARE_TR_FUNCTIONS(WateringAlarms)
public:
    struct Condition
    {
        QString key;
        QString entityId;
        Alarm::Severity severity = Alarm::Severity::Warning;
        QString title;
        QString message;
    };

    static QList<Condition> check(const EntityStore &store, const WateringReader::Snapshot &snap, const WateringSettings &settings,
                                  const QTimeZone &zone);

    static constexpr qint64 kSilentMs = 3 * 3600LL * 1000;
    static constexpr qint64 kDryMs = 24 * 3600LL * 1000;
    static constexpr double kRainMm = 0.5;   // an hour with at least this much is raining
    static constexpr double kWaterM3 = 0.05; // a meter's step from this on is a watering
};
