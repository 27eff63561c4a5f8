#include "map/MapLog.h"

Q_LOGGING_CATEGORY(lcMap, "citydeck.map", QtInfoMsg)
