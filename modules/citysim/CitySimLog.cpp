#include "citysim/CitySimLog.h"

Q_LOGGING_CATEGORY(lcCitySim, "citydeck.citysim", QtInfoMsg)
