#pragma once

#include "ngsild/ngsild_export.h"

#include "core/Entity.h"
#include "core/IsoTime.h"

#include <QString>
#include <QStringList>

#include <vector>

// What a payload held: its shape, the entities in the one model, tolerated defects as
// warnings, and an error when the payload could not be read (then no entity is returned,
// so that nothing consumes a silent partial result).
struct CITYDECK_NGSILD_EXPORT ParseResult
{
    enum class Shape { Unknown, Entity, EntityArray, Notification, FeatureCollection, Feature };

    Shape shape = Shape::Unknown;
    std::vector<Entity> entities;
    QStringList warnings;
    QString error;
    // Notifications only.
    QString subscriptionId;
    qint64 notifiedAt = IsoTime::invalid;

    bool ok() const { return error.isEmpty(); }
};
