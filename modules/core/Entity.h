#pragma once

#include "core/core_export.h"

#include "core/Attribute.h"

#include <QString>
#include <QStringList>

// An NGSI-LD entity: id, type(s) and its attributes by name (short terms, never expanded IRIs).
// The attributes live in one packed, read-only body (core/EntityBody.h) that copies of the
// entity share; EntityDraft (core/EntityDraft.h) edits a copy.
class CITYDECK_CORE_EXPORT Entity
{
public:
    Entity() noexcept {}
    Entity(const Entity &other);
    Entity(Entity &&other) noexcept;
    Entity &operator=(const Entity &other);
    Entity &operator=(Entity &&other) noexcept;
    ~Entity();

    QString id;
    QStringList types;

    QString type() const { return types.value(0); }
    ConstSpan<AttributeGroup> attributes() const;

    const AttributeGroup *group(QStringView name) const;
    // The instance with that datasetId (empty = the default instance, else the first one).
    const Attribute *attribute(QStringView name, QStringView datasetId = {}) const;
    double number(QStringView name, bool *ok = nullptr) const;
    // The first GeoProperty named "location" (or any GeoProperty when there is none).
    Geometry location() const;
    int attributeCount() const { return int(attributes().size()); }

    // Temporal pages of the same entity (a broker pages long histories): adds the other page's
    // samples to the instances with the same name and datasetId.
    void mergeTemporal(Entity &&other);

    // The body (for those that write one: EntityDraft, the payload reader); the entity takes
    // over the reference it comes with.
    void setBody(EntityBody::Header *body);
    const EntityBody::Header *body() const { return m_body; }

private:
    EntityBody::Header *m_body = nullptr;
};
