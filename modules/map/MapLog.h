#pragma once

#include "map/map_export.h"

#include <QLoggingCategory>

CITYDECK_MAP_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcMap)
