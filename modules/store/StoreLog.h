#pragma once

#include "store/store_export.h"

#include <QLoggingCategory>

// "citydeck.store": cache files opened, migrated, moved aside; journal batches.
CITYDECK_STORE_EXPORT const QLoggingCategory &lcStore();
