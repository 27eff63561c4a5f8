#include "core/EntityDraft.h"

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

Entity EntityDraft::toEntity() const &
{
    // A writer per thread, its buffers reused: the store drafts thousands of entities a move.
    thread_local EntityBody::Writer writer;
    writer.clear(); // what a throwing call (out of memory) may have left
    for (const AttributeGroup &g : base.attributes())
        writer.copy(base.body(), g.m_record);
    for (const AttributeGroupDraft &g : attributes)
        g.writeTo(writer);
    Entity e;
    e.id = id;
    e.types = types;
    e.setBody(writer.finish());
    return e;
}

Entity EntityDraft::toEntity() &&
{
    return std::as_const(*this).toEntity();
}
