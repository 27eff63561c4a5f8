#include "ModelFloor.h"

#include "core/EntityDraft.h"
#include "core/EntityJson.h"

ModelFloor::ModelFloor(std::vector<Entity> prototypes)
    : m_prototypes(std::move(prototypes))
{
}

size_t ModelFloor::buildAndFree(size_t count) const
{
    if (m_prototypes.empty())
        return 0;
    size_t attributes = 0;
    std::vector<Entity> entities;
    entities.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        Entity &e = entities.emplace_back();
        rebuild(m_prototypes[i % m_prototypes.size()], &e);
        attributes += e.attributes().size();
    }
    return attributes;
}

QStringList ModelFloor::unfaithful() const
{
    QStringList ids;
    for (const Entity &prototype : m_prototypes) {
        Entity copy;
        rebuild(prototype, &copy);
        if (EntityJson::toLine(copy) != EntityJson::toLine(prototype))
            ids << prototype.id;
    }
    return ids;
}

void ModelFloor::rebuild(const Entity &source, Entity *out)
{
    // A fresh id and a fresh body: every record, text and geometry written again through the
    // body writer and packed into one allocation, as the parser does; the type list is shared,
    // as the parser shares it.
    EntityDraft draft;
    draft.id = QString(source.id.constData(), source.id.size());
    draft.types = source.types;
    draft.base = source;
    *out = std::move(draft).toEntity();
}
