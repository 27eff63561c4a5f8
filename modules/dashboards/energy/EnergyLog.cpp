#include "energy/EnergyLog.h"

Q_LOGGING_CATEGORY(lcEnergy, "citydeck.energy", QtInfoMsg)
