#pragma once

#include "sync/sync_export.h"

#include <QLoggingCategory>

// "citydeck.sync": loads, back-fills and the live phase of each connection.
CITYDECK_SYNC_EXPORT const QLoggingCategory &lcSync();
