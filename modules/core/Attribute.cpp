#include "core/Attribute.h"

#include <algorithm>
#include <cstring>

using namespace EntityBody;

QVariant Attribute::value() const
{
    return m_record.type == ValueType::None ? QVariant() : toVariant(body(), m_record.type, m_record.value);
}

Geometry Attribute::geometry() const
{
    const ExtraRecord *e = extra();
    const GeometryRecord *g = e ? geometryAt(body(), e->geometry) : nullptr;
    if (!g)
        return {};
    const std::span<const double> xy = pointsOf(g);
    QList<QPointF> points;
    points.reserve(qsizetype(g->points));
    for (size_t i = 0; i + 1 < xy.size(); i += 2)
        points.append(QPointF(xy[i], xy[i + 1]));
    return Geometry(Geometry::Type(g->type), std::move(points), ringEndsOf(g), partEndsOf(g));
}

bool Attribute::hasGeometry() const
{
    const ExtraRecord *e = extra();
    const GeometryRecord *g = e ? geometryAt(body(), e->geometry) : nullptr;
    return g && g->type != 0 && g->points > 0;
}

QStringList Attribute::objects() const
{
    if (const ExtraRecord *e = extra(); e && e->objects.size > 0)
        return toVariant(body(), ValueType::TextList, Scalar{.text = e->objects}).toStringList();
    if (kind() == Kind::Relationship && m_record.type == ValueType::Text)
        return {text(body(), m_record.value.text)};
    return {};
}

QString Attribute::object() const
{
    if (const ExtraRecord *e = extra(); e && e->objects.size > 0)
        return text(body(), entries(body(), e->objects).front());
    return kind() == Kind::Relationship && m_record.type == ValueType::Text ? text(body(), m_record.value.text)
                                                                            : QString();
}

QMap<QString, QString> Attribute::languageMap() const
{
    QMap<QString, QString> map;
    for (auto [tag, texts] : languageTexts().asKeyValueRange())
        map.insert(tag, texts.join(QLatin1Char('\n')));
    return map;
}

QMap<QString, QStringList> Attribute::languageTexts() const
{
    QMap<QString, QStringList> map;
    if (const ExtraRecord *e = extra(); e && e->languages.size > 0) {
        // (tag, text) pairs; a tag repeats for each text of a list.
        const std::span<const Span> pairs = entries(body(), e->languages);
        for (size_t i = 0; i + 1 < pairs.size(); i += 2)
            map[text(body(), pairs[i])] << text(body(), pairs[i + 1]);
    }
    return map;
}

std::string_view Attribute::datasetBytes() const
{
    const ExtraRecord *e = extra();
    return e ? bytes(body(), e->dataset) : std::string_view();
}

QString Attribute::datasetId() const
{
    const std::string_view d = datasetBytes();
    return QString::fromUtf8(d.data(), qsizetype(d.size()));
}

ConstSpan<AttributeGroup> Attribute::sub() const
{
    const ExtraRecord *e = extra();
    if (!e || e->sub.size == 0)
        return {};
    return {reinterpret_cast<const AttributeGroup *>(groups(body()) + e->sub.first), qsizetype(e->sub.size)};
}

QList<TemporalSample> Attribute::samples() const
{
    QList<TemporalSample> out;
    const ExtraRecord *e = extra();
    if (!e)
        return out;
    out.reserve(qsizetype(e->samples.size));
    const SampleRecord *first = EntityBody::samples(body()) + e->samples.first;
    for (const SampleRecord *s = first; s != first + e->samples.size; ++s)
        out.append({toVariant(body(), s->type, s->value), s->observedAt, s->endAt, NameTable::name(s->method)});
    return out;
}

bool Attribute::hasSamples() const
{
    const ExtraRecord *e = extra();
    return e && e->samples.size > 0;
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
        {"VocabularyProperty", Kind::VocabProperty}, // Orion-LD's and Scorpio's name for it
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
    bool converted = true;
    double result = 0;
    switch (m_record.type) {
    case ValueType::Double:
        result = m_record.value.d;
        break;
    case ValueType::Int:
    case ValueType::Bool:
        result = double(m_record.value.i);
        break;
    case ValueType::Text:
        // Some brokers (and Stellio aggregates) send numbers as text.
        result = text(body(), m_record.value.text).trimmed().toDouble(&converted);
        break;
    default:
        converted = false;
        break;
    }
    if (ok)
        *ok = converted;
    return converted ? result : 0.0;
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
    return g && !g->instances().isEmpty() ? &g->instances().front() : nullptr;
}

ConstSpan<Attribute> AttributeGroup::instances() const
{
    const Header *h = headerOf(this, m_record.self);
    return {reinterpret_cast<const Attribute *>(attributes(h) + m_record.first), qsizetype(m_record.count)};
}
