#include "energy/EnergySettings.h"

#include <QSettings>

QList<ThresholdRule> EnergySettings::defaultRules()
{
    return {ThresholdRule{QStringLiteral("*"), QStringLiteral("ratio"), 2.0, Alarm::Severity::Warning}};
}

EnergySettings EnergySettings::load(QSettings *settings)
{
    EnergySettings s;
    settings->beginGroup(QStringLiteral("dashboards/org.citydeck.energy"));
    s.measure = EnergyMeasures::Measure(std::clamp(settings->value(QStringLiteral("measure"), 0).toInt(), 0, 3));
    s.period = EnergyMeasures::Period(std::clamp(settings->value(QStringLiteral("period"), 0).toInt(), 0, 2));
    const int ramp = settings->value(QStringLiteral("ramp"), int(s.ramp)).toInt();
    if (ColorRamp::all().contains(ColorRamp::Name(ramp)) && ColorRamp::colourBlindSafe(ColorRamp::Name(ramp)))
        s.ramp = ColorRamp::Name(ramp);
    s.rules = ThresholdRule::load(settings, QStringLiteral("rules"), defaultRules());
    settings->endGroup();
    return s;
}

void EnergySettings::save(QSettings *settings) const
{
    settings->beginGroup(QStringLiteral("dashboards/org.citydeck.energy"));
    settings->setValue(QStringLiteral("measure"), int(measure));
    settings->setValue(QStringLiteral("period"), int(period));
    settings->setValue(QStringLiteral("ramp"), int(ramp));
    ThresholdRule::save(settings, QStringLiteral("rules"), rules);
    settings->endGroup();
}
