#pragma once

#include "ngsild/ngsild_export.h"

#include "ngsild/EntityQuery.h"

#include <QDateTime>

// GET /ngsi-ld/v1/temporal/entities: the entity selection plus the time window and format.
struct CITYDECK_NGSILD_EXPORT TemporalQuery
{
    enum class TimeRel { Before, After, Between };
    enum class Format { Normalized, TemporalValues, Aggregated };

    EntityQuery entities;
    TimeRel timerel = TimeRel::Between;
    QDateTime timeAt;
    QDateTime endTimeAt;
    QString timeproperty;           // observedAt (default), createdAt, modifiedAt
    int lastN = 0;
    Format format = Format::Normalized;
    QStringList aggrMethods;        // avg, min, max, sum, totalCount, …
    QString aggrPeriodDuration;     // ISO 8601 duration, e.g. PT1H

    QString toQueryString() const;
};
