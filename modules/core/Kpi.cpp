#include "core/Kpi.h"

bool Kpi::meetsTarget() const
{
    if (!hasTarget() || !std::isfinite(value))
        return false;
    return higherIsBetter ? value >= target : value <= target;
}
