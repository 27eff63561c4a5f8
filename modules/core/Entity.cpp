#include "core/Entity.h"

#include "core/EntityDraft.h"

#include <utility>

using namespace EntityBody;

Entity::Entity(const Entity &other)
    : id(other.id)
    , types(other.types)
    , m_body(other.m_body)
{
    if (m_body)
        m_body->ref.ref();
}

Entity::Entity(Entity &&other) noexcept
    : id(std::move(other.id))
    , types(std::move(other.types))
    , m_body(std::exchange(other.m_body, nullptr))
{
}

Entity &Entity::operator=(const Entity &other)
{
    if (this != &other)
        *this = Entity(other);
    return *this;
}

Entity &Entity::operator=(Entity &&other) noexcept
{
    if (this != &other) {
        id = std::move(other.id);
        types = std::move(other.types);
        release(std::exchange(m_body, std::exchange(other.m_body, nullptr)));
    }
    return *this;
}

Entity::~Entity()
{
    release(m_body);
}

void Entity::setBody(Header *body)
{
    release(std::exchange(m_body, body));
}

ConstSpan<AttributeGroup> Entity::attributes() const
{
    if (!m_body)
        return {};
    return {reinterpret_cast<const AttributeGroup *>(groups(m_body) + m_body->top.first), qsizetype(m_body->top.size)};
}

const AttributeGroup *Entity::group(QStringView name) const
{
    for (const AttributeGroup &g : attributes()) {
        if (g.name() == name)
            return &g;
    }
    return nullptr;
}

const Attribute *Entity::attribute(QStringView name, QStringView datasetId) const
{
    const AttributeGroup *g = group(name);
    if (!g || g->instances().empty())
        return nullptr;
    if (datasetId.isEmpty() && g->instances().size() == 1)
        return &g->instances().front();
    const QByteArray wanted = datasetId.toUtf8();
    for (const Attribute &a : g->instances()) {
        if (a.datasetBytes() == std::string_view(wanted.constData(), size_t(wanted.size())))
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
    for (const AttributeGroup &g : attributes()) {
        for (const Attribute &a : g.instances()) {
            if (a.kind() == Attribute::Kind::GeoProperty && a.hasGeometry())
                return a.geometry();
        }
    }
    return {};
}

void Entity::mergeTemporal(Entity &&other)
{
    EntityDraft merged(*this);
    for (const AttributeGroup &g : other.attributes()) {
        AttributeGroupDraft &target = merged.groupFor(g.name());
        for (const Attribute &a : g.instances())
            target.mergeSamples(AttributeDraft(a));
    }
    *this = std::move(merged).toEntity();
}
