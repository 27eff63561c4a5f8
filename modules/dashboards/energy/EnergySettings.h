#pragma once

#include "energy/EnergyMeasures.h"

#include "map/ColorRamp.h"
#include "sdk/ThresholdMonitor.h"

class QSettings;

// What the operator chose in the 3D energy dashboard (dashboards/org.citydeck.energy).
struct EnergySettings
{
    EnergyMeasures::Measure measure = EnergyMeasures::Measure::Power;
    EnergyMeasures::Period period = EnergyMeasures::Period::Day;
    ColorRamp::Name ramp = ColorRamp::Viridis;
    QList<ThresholdRule> rules;

    // A building drawing twice its typical power for the hour.
    static QList<ThresholdRule> defaultRules();
    static EnergySettings load(QSettings *settings);
    void save(QSettings *settings) const;
};
