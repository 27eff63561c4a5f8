#pragma once

#include "connections/connections_export.h"

#include <QLoggingCategory>

// "citydeck.connections": connection tests and the live data source's state changes.
CITYDECK_CONNECTIONS_EXPORT const QLoggingCategory &lcConnections();
