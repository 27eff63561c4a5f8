#pragma once

#include "ngsild/ngsild_export.h"

#include <QLoggingCategory>

// "citydeck.ngsild". Authorization headers never reach it (see RequestRunner::redact).
CITYDECK_NGSILD_EXPORT const QLoggingCategory &lcNgsiLd();
