#include "ModelFloor.h"

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
    // Fresh storage wherever the parser needs it; shared wherever the parser shares too
    // (type lists, attribute names, unit codes, relationship targets).
    out->id = QString(source.id.constData(), source.id.size());
    out->types = source.types;
    out->m_attributes.reserve(source.m_attributes.size());
    for (const AttributeGroup &g : source.m_attributes)
        rebuild(g, &out->m_attributes.emplace_back());
}

void ModelFloor::rebuild(const AttributeGroup &source, AttributeGroup *out)
{
    out->m_name = source.m_name;
    for (const Attribute &a : source.m_instances)
        rebuild(a, &out->m_instances.emplace_back());
}

void ModelFloor::rebuild(const Attribute &source, Attribute *out)
{
    out->m_kind = source.m_kind;
    out->m_observedAt = source.m_observedAt;
    out->m_unitCode = source.m_unitCode;
    if (source.m_value.typeId() == QMetaType::QString && source.m_kind != Attribute::Kind::Relationship) {
        const QString text = source.m_value.toString();
        out->m_value = QString(text.constData(), text.size());
    } else {
        out->m_value = source.m_value;
    }
    if (!source.m_details)
        return;
    const Geometry &g = source.m_details->geometry;
    if (g.isValid()) {
        // Cut lists only where the geometry has them: a single ring or part needs none.
        std::vector<qint32> ringEnds, partEnds;
        if (g.ringCount() > 1) {
            for (int r = 0; r < g.ringCount(); ++r)
                ringEnds.push_back(qint32(g.ring(r).data() + g.ring(r).size() - g.points().constData()));
        }
        if (g.partCount() > 1) {
            for (int p = 0; p < g.partCount(); ++p)
                partEnds.push_back(qint32(g.partEnd(p)));
        }
        out->setGeometry(Geometry(g.type(), QList<QPointF>(g.points().cbegin(), g.points().cend()), ringEnds, partEnds));
    }
    const AttributeDetails &d = *source.m_details;
    for (const AttributeGroup &sub : d.sub)
        rebuild(sub, &out->details().sub.emplace_back());
    if (!d.datasetId.isEmpty())
        out->details().datasetId = d.datasetId;
    if (!d.languageMap.isEmpty())
        out->details().languageMap = d.languageMap;
    if (d.objects.size() > 1)
        out->setObjects(d.objects);
    if (!d.samples.isEmpty())
        out->details().samples = d.samples;
}
