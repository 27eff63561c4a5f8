#include "core/EntityDraft.h"

#include <algorithm>

EntityDraft::EntityDraft(const Entity &entity)
    : id(entity.id)
    , types(entity.types)
{
    attributes.reserve(size_t(entity.attributeCount()));
    for (const AttributeGroup &g : entity.attributes())
        attributes.emplace_back(g);
}

AttributeGroupDraft &EntityDraft::groupFor(const QString &name)
{
    for (AttributeGroupDraft &g : attributes) {
        if (g.name == name)
            return g;
    }
    return attributes.emplace_back(name);
}

AttributeDraft &EntityDraft::add(const QString &name, AttributeDraft instance)
{
    std::vector<AttributeDraft> &instances = groupFor(name).instances;
    instances.push_back(std::move(instance));
    return instances.back();
}

Entity EntityDraft::toEntity() &&
{
    Entity e;
    e.id = std::move(id);
    e.types = std::move(types);
    e.m_attributes = std::move(frozen);
    // Drafted names are already unique (groupFor): only the frozen groups can share one.
    const size_t frozenCount = e.m_attributes.size();
    e.m_attributes.reserve(frozenCount + attributes.size());
    for (AttributeGroupDraft &g : attributes) {
        const auto frozenEnd = e.m_attributes.begin() + qsizetype(frozenCount);
        const auto same = std::find_if(e.m_attributes.begin(), frozenEnd,
                                       [&g](const AttributeGroup &f) { return f.m_name == g.name; });
        if (same == frozenEnd) {
            e.m_attributes.push_back(std::move(g).toGroup());
            continue;
        }
        for (AttributeDraft &a : g.instances)
            same->m_instances.push_back(std::move(a).toAttribute());
    }
    return e;
}

Entity EntityDraft::toEntity() const &
{
    return EntityDraft(*this).toEntity();
}
