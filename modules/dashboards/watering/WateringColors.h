#pragma once

#include "watering/WateringField.h"
#include "watering/WateringRule.h"

#include <QColor>

// The soil classes the map and the list share: against the field's own threshold and target.
namespace WateringColors {

enum class Soil { Dry, Ok, Wet, NoData };

inline Soil classify(const WateringField &f, const WateringRule &rule, qint64 t)
{
    if (!std::isfinite(f.moisture) || f.moistureAt == IsoTime::invalid || f.moistureAt <= t - 3 * 3600 * 1000LL)
        return Soil::NoData;
    if (f.moisture < rule.dryThreshold)
        return Soil::Dry;
    return f.moisture > rule.targetMoisture + 0.03 ? Soil::Wet : Soil::Ok;
}

// Colour-blind safe (Okabe–Ito): dry orange, ok green, wet blue, no data grey.
inline QColor color(Soil s)
{
    switch (s) {
    case Soil::Dry:
        return QColor(0xe6, 0x9f, 0x00);
    case Soil::Ok:
        return QColor(0x00, 0x9e, 0x73);
    case Soil::Wet:
        return QColor(0x00, 0x72, 0xb2);
    case Soil::NoData:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace WateringColors
