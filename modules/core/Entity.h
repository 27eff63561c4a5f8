#pragma once

#include "core/core_export.h"

#include "core/Attribute.h"

#include <QString>
#include <QStringList>

#include <vector>

// An NGSI-LD entity: id, type(s) and its attributes by name (short terms, never expanded IRIs).
// Its attributes are read-only: EntityDraft (core/EntityDraft.h) edits a copy.
class CITYDECK_CORE_EXPORT Entity
{
public:
    Entity() noexcept {} // as Attribute(): no zeroing before the members initialise

    QString id;
    QStringList types;

    QString type() const { return types.value(0); }
    ConstSpan<AttributeGroup> attributes() const { return {m_attributes.data(), qsizetype(m_attributes.size())}; }

    const AttributeGroup *group(QStringView name) const;
    // The instance with that datasetId (empty = the default instance, else the first one).
    const Attribute *attribute(QStringView name, QStringView datasetId = {}) const;
    double number(QStringView name, bool *ok = nullptr) const;
    // The first GeoProperty named "location" (or any GeoProperty when there is none).
    Geometry location() const;
    int attributeCount() const { return int(m_attributes.size()); }

    // Temporal pages of the same entity (a broker pages long histories): adds the other page's
    // samples to the instances with the same name and datasetId.
    void mergeTemporal(Entity &&other);

private:
    friend class EntityDraft;
    friend class PayloadReader;
    friend class ModelFloor;

    AttributeGroup &groupFor(const QString &name); // created when missing (first-seen order kept)

    std::vector<AttributeGroup> m_attributes;
};
