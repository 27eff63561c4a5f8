#include "core/AttributeDraft.h"

#include "core/CoreLog.h"
#include "core/NameTable.h"

#include <algorithm>

using namespace EntityBody;

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
    , geometry(a.geometry())
    , languageMap(a.languageMap())
    , datasetId(a.datasetId())
    , samples(a.samples())
{
    for (const AttributeGroup &g : a.sub())
        sub.emplace_back(g);
    if (kind == Attribute::Kind::Relationship) {
        objects = a.objects();
        value = QVariant();
    }
}

void AttributeDraft::writeTo(Writer &w, quint32 name) const
{
    AttributeRecord &r = w.attribute(name);
    r.kind = quint8(kind);
    r.observedAt = observedAt;
    r.unit = unitCode.isEmpty() ? 0 : NameTable::id(unitCode);
    if (r.unit == NameTable::none)
        r.unit = 0;
    // Writing texts and extras leaves r in place: records of a level are staged apart.
    if (kind == Attribute::Kind::Relationship && !objects.isEmpty())
        w.setObjects(r, objects);
    else
        w.value(r.type, r.value, value);
    if (geometry.isValid()) {
        const quint32 at = w.geometry(geometry);
        w.extra().geometry = at;
    }
    if (!languageMap.isEmpty()) {
        QStringList pairs;
        for (auto it = languageMap.cbegin(); it != languageMap.cend(); ++it)
            pairs << it.key() << it.value();
        const Span list = w.texts(pairs);
        w.extra().languages = list;
    }
    if (!datasetId.isEmpty()) {
        const Span dataset = w.text(QStringView(datasetId));
        w.extra().dataset = dataset;
    }
    for (const TemporalSample &s : samples) {
        SampleRecord &x = w.sample();
        x.observedAt = s.observedAt;
        x.endAt = s.endAt;
        x.method = s.method.isEmpty() ? 0 : NameTable::id(s.method);
        w.value(x.type, x.value, s.value);
    }
    if (!sub.empty()) {
        w.enterSub();
        for (const AttributeGroupDraft &g : sub)
            g.writeTo(w);
        w.leaveSub();
    }
}

AttributeGroupDraft::AttributeGroupDraft(const AttributeGroup &group)
    : name(group.name())
{
    instances.reserve(size_t(group.instances().size()));
    for (const Attribute &a : group.instances())
        instances.emplace_back(a);
}

void AttributeGroupDraft::writeTo(Writer &w) const
{
    const quint32 id = NameTable::id(name);
    if (id == NameTable::none) {
        qCWarning(lcCore) << "attribute" << name << "dropped: too many distinct names";
        return;
    }
    for (const AttributeDraft &a : instances)
        a.writeTo(w, id);
}

void AttributeGroupDraft::mergeSamples(AttributeDraft &&instance)
{
    auto same = std::find_if(instances.begin(), instances.end(),
                             [&instance](const AttributeDraft &a) { return a.datasetId == instance.datasetId; });
    if (same == instances.end()) {
        instances.push_back(std::move(instance));
        return;
    }
    const auto ensureSamples = [](AttributeDraft &a) {
        if (a.samples.isEmpty()) {
            a.samples.append({a.kind == Attribute::Kind::Relationship && !a.objects.isEmpty() ? QVariant(a.objects.first()) : a.value,
                              a.observedAt, IsoTime::invalid, QString()});
        }
    };
    ensureSamples(*same);
    ensureSamples(instance);
    QList<TemporalSample> &held = same->samples;
    for (const TemporalSample &s : std::as_const(instance.samples)) {
        const bool known = s.observedAt != IsoTime::invalid
            && std::any_of(held.cbegin(), held.cend(), [&s](const TemporalSample &t) {
                   return t.observedAt == s.observedAt && t.endAt == s.endAt && t.method == s.method;
               });
        if (!known)
            held.append(s);
    }
}
