#include "parking/ParkingSettings.h"

#include <QSettings>

QList<ThresholdRule> ParkingSettings::defaultRules()
{
    return {ThresholdRule{QStringLiteral("*"), QStringLiteral("occupancy"), 0.95, Alarm::Severity::Warning},
            ThresholdRule{QStringLiteral("*"), QStringLiteral("silentMinutes"), 30, Alarm::Severity::Warning}};
}

ParkingSettings ParkingSettings::load(QSettings *settings)
{
    ParkingSettings s;
    settings->beginGroup(group());
    s.rules = ThresholdRule::load(settings, QStringLiteral("rules"), defaultRules());
    s.resolution = OccupancyHistory::Resolution(std::clamp(settings->value(QStringLiteral("resolution"), 0).toInt(), 0, 2));
    settings->endGroup();
    return s;
}

void ParkingSettings::save(QSettings *settings) const
{
    settings->beginGroup(group());
    ThresholdRule::save(settings, QStringLiteral("rules"), rules);
    settings->setValue(QStringLiteral("resolution"), int(resolution));
    settings->endGroup();
}
