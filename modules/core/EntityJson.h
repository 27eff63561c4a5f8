#pragma once

#include "core/core_export.h"

#include "core/EntityDraft.h"

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

    // The way back, for the store and for `citydeck-cli state`: kinds, values, times, units,
    // datasets, sub-attributes and temporal values as written by toJson(). Integral numbers come
    // back as qint64, JSON-LD DateTime value objects as QDateTime, lists of texts of a
    // VocabProperty as QStringList.
    static Entity entityFromJson(const QJsonObject &json);
    static AttributeDraft attributeFromJson(const QJsonObject &json);
    static std::vector<AttributeGroupDraft> groupsFromJson(const QJsonObject &json);
    static QVariant valueFromJson(const QJsonValue &value);
};
