#include "core/Entity.h"

const AttributeGroup *Entity::group(QStringView name) const
{
    for (const AttributeGroup &g : m_attributes) {
        if (g.name() == name)
            return &g;
    }
    return nullptr;
}

AttributeGroup &Entity::groupFor(const QString &name)
{
    for (AttributeGroup &g : m_attributes) {
        if (g.name() == name)
            return g;
    }
    m_attributes.emplace_back(name);
    return m_attributes.back();
}

const Attribute *Entity::attribute(QStringView name, QStringView datasetId) const
{
    const AttributeGroup *g = group(name);
    if (!g || g->instances().empty())
        return nullptr;
    for (const Attribute &a : g->instances()) {
        if (a.datasetIdRef() == datasetId)
            return &a;
    }
    return datasetId.isEmpty() ? &g->instances().front() : nullptr;
}

double Entity::number(QStringView name, bool *ok) const
{
    const Attribute *a = attribute(name);
    if (!a) {
        if (ok)
            *ok = false;
        return 0.0;
    }
    return a->toNumber(ok);
}

Geometry Entity::location() const
{
    if (const Attribute *a = attribute(u"location"); a && a->kind() == Attribute::Kind::GeoProperty)
        return a->geometry();
    for (const AttributeGroup &g : m_attributes) {
        for (const Attribute &a : g.instances()) {
            if (a.kind() == Attribute::Kind::GeoProperty && a.hasGeometry())
                return a.geometry();
        }
    }
    return {};
}

void Entity::mergeTemporal(Entity &&other)
{
    for (AttributeGroup &g : other.m_attributes) {
        AttributeGroup &target = groupFor(g.m_name);
        for (Attribute &a : g.m_instances)
            target.mergeSamples(std::move(a));
    }
}
