#pragma once

#include "sdk/sdk_export.h"

#include <QLoggingCategory>

// "citydeck.sdk": exported so that tests and executables can filter and use it.
// (Q_DECLARE_EXPORTED_LOGGING_CATEGORY only exists from Qt 6.5.)
CITYDECK_SDK_EXPORT const QLoggingCategory &lcSdk();
