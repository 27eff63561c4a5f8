#pragma once

#include "core/core_export.h"

#include "core/Attribute.h"

#include <QString>
#include <QStringList>

#include <vector>

// An NGSI-LD entity: id, type(s) and its attributes by name (short terms, never expanded IRIs).
class CITYDECK_CORE_EXPORT Entity
{
public:
    Entity() noexcept {} // as Attribute(): no zeroing before the members initialise

    QString id;
    QStringList types;
    std::vector<AttributeGroup> attributes;

    QString type() const { return types.value(0); }

    const AttributeGroup *group(QStringView name) const;
    // Creates the group when missing (keeps first-seen order).
    AttributeGroup &groupFor(const QString &name);
    // The instance with that datasetId (empty = the default instance, else the first one).
    const Attribute *attribute(QStringView name, QStringView datasetId = {}) const;
    double number(QStringView name, bool *ok = nullptr) const;
    // The first GeoProperty named "location" (or any GeoProperty when there is none).
    Geometry location() const;
    int attributeCount() const { return int(attributes.size()); }
};
