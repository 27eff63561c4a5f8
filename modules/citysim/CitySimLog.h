#pragma once

#include "citysim/citysim_export.h"

#include <QLoggingCategory>

// "citydeck.citysim": requests served by the simulated broker (debug), notifications (info).
CITYDECK_CITYSIM_EXPORT const QLoggingCategory &lcCitySim();
