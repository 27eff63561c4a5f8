#pragma once

#include "core/core_export.h"

#include <QLoggingCategory>

// "citydeck.core": exported so that tests and executables can filter and use it.
// (Q_DECLARE_EXPORTED_LOGGING_CATEGORY only exists from Qt 6.5.)
CITYDECK_CORE_EXPORT const QLoggingCategory &lcCore();
