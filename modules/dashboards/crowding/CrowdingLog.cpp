#include "crowding/CrowdingLog.h"

Q_LOGGING_CATEGORY(lcCrowding, "citydeck.crowding", QtInfoMsg)
