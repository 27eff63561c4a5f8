#include "core/AttributeDraft.h"

AttributeDraft::AttributeDraft() = default;

AttributeDraft::AttributeDraft(Attribute::Kind k)
    : kind(k)
{
}

AttributeDraft::AttributeDraft(const Attribute &a)
    : kind(a.kind())
    , observedAt(a.observedAt())
    , value(a.value())
    , unitCode(a.unitCode())
{
    if (!a.m_details)
        return;
    const AttributeDetails &d = *a.m_details;
    geometry = d.geometry;
    languageMap = d.languageMap;
    datasetId = d.datasetId;
    samples = d.samples;
    for (const AttributeGroup &g : d.sub)
        sub.emplace_back(g);
    if (kind == Attribute::Kind::Relationship) {
        objects = a.objects();
        value = QVariant();
    }
}

Attribute AttributeDraft::toAttribute() &&
{
    Attribute a;
    a.m_kind = kind;
    a.m_observedAt = observedAt;
    a.m_value = std::move(value);
    a.m_unitCode = std::move(unitCode);
    if (kind == Attribute::Kind::Relationship && !objects.isEmpty())
        a.setObjects(std::move(objects));
    a.setGeometry(std::move(geometry));
    if (!languageMap.isEmpty())
        a.details().languageMap = std::move(languageMap);
    if (!datasetId.isEmpty())
        a.details().datasetId = std::move(datasetId);
    if (!samples.isEmpty())
        a.details().samples = std::move(samples);
    if (!sub.empty()) {
        std::vector<AttributeGroup> &groups = a.details().sub;
        groups.reserve(sub.size());
        for (AttributeGroupDraft &g : sub)
            groups.push_back(std::move(g).toGroup());
    }
    return a;
}

AttributeGroupDraft::AttributeGroupDraft(const AttributeGroup &group)
    : name(group.name())
{
    instances.reserve(size_t(group.instances().size()));
    for (const Attribute &a : group.instances())
        instances.emplace_back(a);
}

AttributeGroup AttributeGroupDraft::toGroup() &&
{
    AttributeGroup g(std::move(name));
    for (AttributeDraft &a : instances)
        g.m_instances.push_back(std::move(a).toAttribute());
    return g;
}
