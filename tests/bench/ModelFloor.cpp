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
        attributes += e.attributes.size();
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
    out->attributes.reserve(source.attributes.size());
    for (const AttributeGroup &g : source.attributes)
        rebuild(g, &out->attributes.emplace_back());
}

void ModelFloor::rebuild(const AttributeGroup &source, AttributeGroup *out)
{
    out->name = source.name;
    for (const Attribute &a : source.instances)
        rebuild(a, &out->instances.emplace_back());
}

void ModelFloor::rebuild(const Attribute &source, Attribute *out)
{
    out->kind = source.kind;
    out->observedAt = source.observedAt;
    out->unitCode = source.unitCode;
    if (source.value.typeId() == QMetaType::QString && source.kind != Attribute::Kind::Relationship) {
        const QString text = source.value.toString();
        out->value = QString(text.constData(), text.size());
    } else {
        out->value = source.value;
    }
    if (!source.hasDetails())
        return;
    const Geometry &g = source.geometry();
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
    for (const AttributeGroup &sub : source.sub())
        rebuild(sub, &out->details().sub.emplace_back());
    if (!source.datasetId().isEmpty())
        out->details().datasetId = source.datasetId();
    if (!source.languageMap().isEmpty())
        out->details().languageMap = source.languageMap();
    if (source.objects().size() > 1)
        out->setObjects(source.objects());
    if (!source.samples().isEmpty())
        out->details().samples = source.samples();
}
