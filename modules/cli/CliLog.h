#pragma once

#include "cli/cli_export.h"

#include <QLoggingCategory>

// "citydeck.cli"
CITYDECK_CLI_EXPORT const QLoggingCategory &lcCli();
