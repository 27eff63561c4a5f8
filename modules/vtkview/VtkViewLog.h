#pragma once

#include "vtkview/vtkview_export.h"

#include <QLoggingCategory>

// "citydeck.vtkview" (exported: Q_DECLARE_EXPORTED_LOGGING_CATEGORY only exists from Qt 6.5).
CITYDECK_VTKVIEW_EXPORT const QLoggingCategory &lcVtkView();
