#include "core/Attribute.h"

#include <algorithm>

QString Attribute::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Property:
        return QStringLiteral("Property");
    case Kind::GeoProperty:
        return QStringLiteral("GeoProperty");
    case Kind::Relationship:
        return QStringLiteral("Relationship");
    case Kind::LanguageProperty:
        return QStringLiteral("LanguageProperty");
    case Kind::JsonProperty:
        return QStringLiteral("JsonProperty");
    case Kind::VocabProperty:
        return QStringLiteral("VocabProperty");
    }
    return {};
}

bool Attribute::kindFromName(std::string_view name, Kind *kind)
{
    static const std::pair<std::string_view, Kind> names[] = {
        {"Property", Kind::Property},
        {"GeoProperty", Kind::GeoProperty},
        {"Relationship", Kind::Relationship},
        {"LanguageProperty", Kind::LanguageProperty},
        {"JsonProperty", Kind::JsonProperty},
        {"VocabProperty", Kind::VocabProperty},
    };
    // Short forms first (the hot path), then expanded ones ("https://uri.etsi.org/ngsi-ld/Property").
    if (name == "Property") {
        *kind = Kind::Property;
        return true;
    }
    const size_t cut = name.find_last_of("/#");
    const std::string_view term = cut == std::string_view::npos ? name : name.substr(cut + 1);
    for (const auto &[text, k] : names) {
        if (term == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

double Attribute::toNumber(bool *ok) const
{
    bool converted = false;
    double result = 0;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        result = value.toDouble(&converted);
        break;
    case QMetaType::QString:
        // Some brokers (and Stellio aggregates) send numbers as text.
        result = value.toString().trimmed().toDouble(&converted);
        break;
    default:
        break;
    }
    if (ok)
        *ok = converted;
    return converted ? result : 0.0;
}

namespace {
void ensureSamples(Attribute &a)
{
    if (a.samples.isEmpty()) {
        a.samples.append({a.kind == Attribute::Kind::Relationship ? QVariant(a.object()) : a.value, a.observedAt,
                          IsoTime::invalid, QString()});
    }
}
} // namespace

void AttributeGroup::mergeSamples(Attribute &&instance)
{
    auto same = std::find_if(instances.begin(), instances.end(),
                             [&instance](const Attribute &a) { return a.datasetId == instance.datasetId; });
    if (same == instances.end()) {
        instances.push_back(std::move(instance));
        return;
    }
    ensureSamples(*same);
    ensureSamples(instance);
    for (const TemporalSample &s : std::as_const(instance.samples)) {
        const bool known = s.observedAt != IsoTime::invalid
            && std::any_of(same->samples.cbegin(), same->samples.cend(), [&s](const TemporalSample &t) {
                   return t.observedAt == s.observedAt && t.endAt == s.endAt && t.method == s.method;
               });
        if (!known)
            same->samples.append(s);
    }
}

const AttributeGroup *Attribute::subGroup(QStringView name) const
{
    for (const AttributeGroup &g : sub) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

const Attribute *Attribute::subAttribute(QStringView name) const
{
    const AttributeGroup *g = subGroup(name);
    return g && !g->instances.empty() ? &g->instances.front() : nullptr;
}
