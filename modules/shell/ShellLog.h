#pragma once

#include "shell/shell_export.h"

#include <QLoggingCategory>

// "citydeck.shell": exported so that tests and executables can filter and use it.
// (Q_DECLARE_EXPORTED_LOGGING_CATEGORY only exists from Qt 6.5.)
CITYDECK_SHELL_EXPORT const QLoggingCategory &lcShell();
