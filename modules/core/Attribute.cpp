#include "core/Attribute.h"

#include <algorithm>
#include <cstring>

// Pages hold tens of thousands of these: their size is what a page of entities costs in memory.
static_assert(sizeof(Attribute) <= 80 && sizeof(AttributeGroup) <= 112);

Attribute::Attribute(const Attribute &other)
    : m_kind(other.m_kind)
    , m_observedAt(other.m_observedAt)
    , m_value(other.m_value)
    , m_unitCode(other.m_unitCode)
    , m_details(other.m_details ? std::make_unique<AttributeDetails>(*other.m_details) : nullptr)
{
}

Attribute &Attribute::operator=(const Attribute &other)
{
    if (this != &other)
        *this = Attribute(other);
    return *this;
}

Attribute::~Attribute() = default;

AttributeDetails &Attribute::details()
{
    if (!m_details)
        m_details = std::make_unique<AttributeDetails>();
    return *m_details;
}

Geometry Attribute::geometry() const
{
    return m_details ? m_details->geometry : Geometry();
}

bool Attribute::hasGeometry() const
{
    return m_details && m_details->geometry.isValid();
}

void Attribute::setGeometry(Geometry geometry)
{
    if (geometry.isValid() || m_details)
        details().geometry = std::move(geometry);
}

QStringList Attribute::objects() const
{
    if (m_details && !m_details->objects.isEmpty())
        return m_details->objects;
    if (m_kind == Kind::Relationship && m_value.typeId() == QMetaType::QString)
        return {m_value.toString()};
    return {};
}

QString Attribute::object() const
{
    if (m_details && !m_details->objects.isEmpty())
        return m_details->objects.first();
    return m_kind == Kind::Relationship && m_value.typeId() == QMetaType::QString ? m_value.toString() : QString();
}

void Attribute::setObjects(QStringList objects)
{
    // One target (the usual case) is the value; several go to the details.
    m_value = objects.size() == 1 ? QVariant(objects.first()) : QVariant();
    if (objects.size() > 1 || (m_details && !m_details->objects.isEmpty()))
        details().objects = objects.size() > 1 ? std::move(objects) : QStringList();
}

QMap<QString, QString> Attribute::languageMap() const
{
    return m_details ? m_details->languageMap : QMap<QString, QString>();
}

QString Attribute::datasetId() const
{
    return datasetIdRef();
}

const QString &Attribute::datasetIdRef() const
{
    static const QString none;
    return m_details ? m_details->datasetId : none;
}

ConstSpan<AttributeGroup> Attribute::sub() const
{
    return m_details ? ConstSpan<AttributeGroup>(m_details->sub.data(), qsizetype(m_details->sub.size()))
                     : ConstSpan<AttributeGroup>();
}

QList<TemporalSample> Attribute::samples() const
{
    return m_details ? m_details->samples : QList<TemporalSample>();
}

bool Attribute::hasSamples() const
{
    return m_details && !m_details->samples.isEmpty();
}

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
    // The short form of the three common kinds first (every attribute of every page comes here),
    // then the others and the expanded forms ("https://uri.etsi.org/ngsi-ld/Property").
    if (name.size() == 8 && std::memcmp(name.data(), "Property", 8) == 0) {
        *kind = Kind::Property;
        return true;
    }
    if (name.size() == 11 && std::memcmp(name.data(), "GeoProperty", 11) == 0) {
        *kind = Kind::GeoProperty;
        return true;
    }
    if (name.size() == 12 && std::memcmp(name.data(), "Relationship", 12) == 0) {
        *kind = Kind::Relationship;
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
    switch (m_value.typeId()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        result = m_value.toDouble(&converted);
        break;
    case QMetaType::QString:
        // Some brokers (and Stellio aggregates) send numbers as text.
        result = m_value.toString().trimmed().toDouble(&converted);
        break;
    default:
        break;
    }
    if (ok)
        *ok = converted;
    return converted ? result : 0.0;
}

void AttributeGroup::mergeSamples(Attribute &&instance)
{
    auto same = std::find_if(m_instances.begin(), m_instances.end(), [&instance](const Attribute &a) {
        return a.datasetIdRef() == instance.datasetIdRef();
    });
    if (same == m_instances.end()) {
        m_instances.push_back(std::move(instance));
        return;
    }
    const auto ensureSamples = [](Attribute &a) {
        if (!a.hasSamples()) {
            a.details().samples.append({a.kind() == Attribute::Kind::Relationship ? QVariant(a.object()) : a.value(),
                                        a.observedAt(), IsoTime::invalid, QString()});
        }
    };
    ensureSamples(*same);
    ensureSamples(instance);
    QList<TemporalSample> &held = same->details().samples;
    for (const TemporalSample &s : instance.details().samples) {
        const bool known = s.observedAt != IsoTime::invalid
            && std::any_of(held.cbegin(), held.cend(), [&s](const TemporalSample &t) {
                   return t.observedAt == s.observedAt && t.endAt == s.endAt && t.method == s.method;
               });
        if (!known)
            held.append(s);
    }
}

const AttributeGroup *Attribute::subGroup(QStringView name) const
{
    for (const AttributeGroup &g : sub()) {
        if (g.name() == name)
            return &g;
    }
    return nullptr;
}

const Attribute *Attribute::subAttribute(QStringView name) const
{
    const AttributeGroup *g = subGroup(name);
    return g && !g->m_instances.empty() ? &g->m_instances.front() : nullptr;
}
