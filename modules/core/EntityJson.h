#pragma once

#include "core/core_export.h"

#include "core/Entity.h"

#include <QByteArray>
#include <QJsonObject>

// The entity model as one line of JSON, the exchange format of citydeck-cli and of the store's
// text columns: {"id":…,"type":…,"attrs":{"name":[{"kind":…,"value":…,"observedAt":…,…}]}}.
// Every attribute is a list of instances; temporal values are a "values" list.
class CITYDECK_CORE_EXPORT EntityJson
{
public:
    static QJsonObject toJson(const Entity &entity);
    static QJsonObject toJson(const Attribute &attribute);
    static QByteArray toLine(const Entity &entity); // compact, no trailing newline
    static QJsonValue valueToJson(const QVariant &value);
};
