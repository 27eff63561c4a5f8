#include "ngsild/PayloadReader.h"

#include "ngsild/GeometryReader.h"
#include "ngsild/OnDemand.h"
#include "ngsild/PayloadParser.h"

#include "core/AttributeDraft.h"
#include "core/NameTable.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace simdjson;
using namespace OnDemand;
using namespace EntityBody;

namespace {
constexpr int kMaxDepth = 16; // sub-attributes of sub-attributes…: deeper is refused

const QString &nameOf(quint32 id)
{
    return NameTable::name(id);
}
} // namespace

PayloadReader::PayloadReader(PayloadParser &owner, ParseResult &result)
    : m_owner(owner)
    , m_result(result)
    , m_writer(owner.m_writer)
{
}

void PayloadReader::warn(const QString &message)
{
    if (m_result.warnings.size() < PayloadParser::maxWarnings)
        m_result.warnings << (m_entityId.isEmpty() ? message : m_entityId + QStringLiteral(": ") + message);
    else
        ++m_warningsDropped;
}

void PayloadReader::readDocument(ondemand::document &doc)
{
    switch (doc.type()) {
    case ondemand::json_type::object:
        readRootObject(doc.get_object());
        break;
    case ondemand::json_type::array: {
        m_result.shape = ParseResult::Shape::EntityArray;
        for (ondemand::value v : doc.get_array()) {
            if (v.type() != ondemand::json_type::object) {
                checkNesting(rawJson(v)); // skipping a value does not measure it
                warn(QStringLiteral("skipped an array item that is not an entity object"));
                continue;
            }
            addEntity(v.get_object());
        }
        break;
    }
    default:
        m_result.error = QStringLiteral("the payload is neither an object nor an array");
        return;
    }
}

std::string PayloadReader::takeLinked()
{
    // In document order: the first copy of an entity linked twice is the one kept.
    std::string json = std::move(m_linked[m_nextLinked++]);
    if (m_nextLinked == m_linked.size()) {
        m_linked.clear();
        m_nextLinked = 0;
    }
    return json;
}

void PayloadReader::readLinked(ondemand::document &doc)
{
    m_entityId.clear();
    readLinkedEntity(doc.get_object());
}

void PayloadReader::finish()
{
    if (m_warningsDropped > 0)
        m_result.warnings << QStringLiteral("… and %1 more warnings").arg(m_warningsDropped);
}

void PayloadReader::readRootObject(Object object)
{
    const std::string_view type = peekType(object);
    if (type == "Notification") {
        m_result.shape = ParseResult::Shape::Notification;
        for (auto field : object) {
            const std::string_view key = field.unescaped_key();
            if (key == "subscriptionId") {
                m_result.subscriptionId = toQString(field.value().get_string());
            } else if (key == "notifiedAt") {
                m_result.notifiedAt = readTime(field.value(), QStringLiteral("notifiedAt"));
            } else if (key == "data") {
                readNotificationData(field.value());
            }
        }
        return;
    }
    if (type == "FeatureCollection") {
        m_result.shape = ParseResult::Shape::FeatureCollection;
        for (auto field : object) {
            if (std::string_view(field.unescaped_key()) != "features")
                continue;
            for (auto item : field.value().get_array())
                readFeature(item.get_object());
        }
        return;
    }
    if (type == "Feature") {
        m_result.shape = ParseResult::Shape::Feature;
        readFeature(object);
        return;
    }
    if (type.find("/errors/") != std::string_view::npos) {
        // A ProblemDetails body where entities were expected.
        std::string_view title;
        for (auto field : object) {
            const std::string_view key = field.unescaped_key();
            if ((key == "title" || key == "detail") && field.value().type() == ondemand::json_type::string)
                title = field.value().get_string();
        }
        m_result.error = QStringLiteral("the payload is an error report (%1): %2").arg(toQString(type), toQString(title));
        return;
    }
    m_result.shape = ParseResult::Shape::Entity;
    addEntity(object);
}

void PayloadReader::readNotificationData(Value data)
{
    if (data.type() == ondemand::json_type::array) {
        for (auto item : data.get_array())
            addEntity(item.get_object());
        return;
    }
    // endpoint.accept application/geo+json: the entities as GeoJSON.
    Object object = data.get_object();
    const std::string_view type = peekType(object);
    if (type == "FeatureCollection") {
        for (auto field : object) {
            if (std::string_view(field.unescaped_key()) != "features")
                continue;
            for (auto item : field.value().get_array())
                readFeature(item.get_object());
        }
    } else if (type == "Feature") {
        readFeature(object);
    } else {
        addEntity(object);
    }
}

void PayloadReader::readLinkedEntity(Object object)
{
    const size_t before = m_result.entities.size();
    addEntity(object);
    if (m_result.entities.size() == before)
        return;
    // An entity linked from several others (or also in the page itself) is kept once.
    const QString &id = m_result.entities.back().id;
    for (size_t i = 0; i + 1 < m_result.entities.size(); ++i) {
        if (m_result.entities[i].id == id) {
            m_result.entities.pop_back();
            return;
        }
    }
}

void PayloadReader::addEntity(Object object)
{
    // Built where it will stay: no move of the entity afterwards.
    Entity &entity = m_result.entities.emplace_back();
    m_entityId.clear();
    const bool sawAtKeys = readMembers(object, &entity);
    if (!finishEntity(&entity, sawAtKeys))
        m_result.entities.pop_back();
}

void PayloadReader::readFeature(Object object)
{
    Entity &entity = m_result.entities.emplace_back();
    m_entityId.clear();
    bool sawAtKeys = false;
    Geometry geometry;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        ondemand::value v = field.value();
        if (key == "id") {
            entity.id = toQString(v.get_string());
            m_entityId = entity.id;
        } else if (key == "geometry" && v.type() == ondemand::json_type::object) {
            ondemand::object g = v.get_object();
            ondemand::object_iterator it = g.begin();
            GeometryReader reader;
            readGeometryFields(g, it, reader);
            geometry = finishGeometry(reader, QStringLiteral("geometry"));
        } else if (key == "properties" && v.type() == ondemand::json_type::object) {
            sawAtKeys |= readMembers(v.get_object(), &entity);
        }
    }
    // The feature geometry is the entity's chosen GeoProperty; keep it when properties lack it.
    static const quint32 location = NameTable::id(u"location");
    if (geometry.isValid() && !m_writer.hasTop(location)) {
        AttributeDraft a(Attribute::Kind::GeoProperty);
        a.geometry = geometry;
        a.writeTo(m_writer, location);
    }
    if (entity.id.isEmpty()) {
        warn(QStringLiteral("skipped a feature without an id"));
        m_writer.clear();
        m_result.entities.pop_back();
    } else if (!finishEntity(&entity, sawAtKeys)) {
        m_result.entities.pop_back();
    }
}

bool PayloadReader::readMembers(Object object, Entity *entity)
{
    bool sawAtKeys = false;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        ondemand::value v = field.value();
        if (key == "id" || key == "@id") {
            sawAtKeys |= key == "@id";
            if (v.type() == ondemand::json_type::string) {
                entity->id = toQString(v.get_string());
                m_entityId = entity->id;
            }
        } else if (key == "type" || key == "@type") {
            sawAtKeys |= key == "@type";
            if (v.type() == ondemand::json_type::string)
                entity->types = m_owner.typeListFor(v.get_string());
            else
                for (const QString &t : readStrings(v))
                    entity->types << m_owner.termFor(t.toStdString());
        } else if (key == "@context") {
            continue; // terms were already mapped through the connection's context
        } else if (const quint32 name = attributeName(key); name != NameTable::none) {
            readAttribute(name, v, 0);
        }
    }
    return sawAtKeys;
}

bool PayloadReader::finishEntity(Entity *entity, bool sawAtKeys)
{
    if (sawAtKeys)
        warn(QStringLiteral("uses \"@id\"/\"@type\" instead of \"id\"/\"type\""));
    if (entity->id.isEmpty()) {
        warn(QStringLiteral("skipped an entity without an id"));
        m_writer.clear();
        return false;
    }
    if (entity->types.isEmpty())
        warn(QStringLiteral("entity has no type"));
    if (!entity->id.startsWith(QLatin1String("urn:")) && !entity->id.contains(QLatin1String("://")))
        warn(QStringLiteral("id \"%1\" is not a URI").arg(entity->id));
    entity->setBody(m_writer.finish(Writer::Merge::SameDataset));
    return true;
}

quint32 PayloadReader::attributeName(std::string_view key)
{
    const quint32 name = m_owner.termId(key);
    if (name == NameTable::none)
        warn(QStringLiteral("attribute \"%1\" dropped: too many distinct attribute names").arg(toQString(key)));
    return name;
}

void PayloadReader::readAttribute(quint32 name, Value value, int depth)
{
    if (depth > kMaxDepth) {
        warn(QStringLiteral("attribute \"%1\" nests deeper than %2 levels: skipped").arg(nameOf(name)).arg(kMaxDepth));
        return;
    }
    switch (value.type()) {
    case ondemand::json_type::object:
        readAttributeObject(name, value.get_object(), nullptr, depth);
        break;
    case ondemand::json_type::array: {
        // Either instances of a normalized attribute (multi-dataset or temporal), or a
        // keyValues list value. Elements decide, one by one.
        bool instances = false;
        QJsonArray plainItems;
        for (ondemand::value element : value.get_array()) {
            if (element.type() == ondemand::json_type::object) {
                QJsonValue plain;
                if (readAttributeObject(name, element.get_object(), &plain, depth))
                    instances = true;
                else
                    plainItems.append(plain);
            } else {
                plainItems.append(toJson(element));
            }
        }
        if (instances && !plainItems.isEmpty())
            warn(QStringLiteral("attribute \"%1\" mixes instances and plain values: plain values dropped").arg(nameOf(name)));
        if (!instances && (!plainItems.isEmpty() || !m_owner.m_temporal)) {
            Record &a = m_writer.attribute(name);
            m_writer.value(a.type, a.value, QVariant::fromValue(QJsonValue(plainItems)));
        }
        break;
    }
    case ondemand::json_type::string: {
        const std::string_view text = value.get_string();
        Record &a = m_writer.attribute(name);
        a.type = ValueType::Text;
        a.value.text = m_writer.text(text);
        // keyValues has no Relationship marker: Smart Data Models name them ref* and point to URNs.
        const QString &n = nameOf(name);
        if (n.size() > 3 && n.startsWith(QLatin1String("ref")) && n.at(3).isUpper() && text.starts_with("urn:"))
            a.kind = quint8(Attribute::Kind::Relationship); // the URN stays the value: one target
        break;
    }
    default: {
        Record &a = m_writer.attribute(name);
        readValue(value, name, a.type, a.value);
        break;
    }
    }
}

bool PayloadReader::readAttributeObject(quint32 name, Object object, QJsonValue *plain, int depth)
{
    ondemand::object_iterator it;
    const std::string_view type = leadingType(object, it);
    Attribute::Kind kind;
    const bool concise = type.empty() && conciseKind(object, &kind);
    if (concise)
        it = object.begin();
    if (concise || (!type.empty() && attributeKind(type, &kind))) {
        Record &a = m_writer.attribute(name);
        a.kind = quint8(kind);
        bool inSub = false;
        for (; it != object.end(); ++it) {
            auto field = *it;
            const std::string_view key = field.unescaped_key();
            if (key == "type" || key == "@type")
                continue;
            readNormalizedField(key, field.value(), a, name, depth, &inSub);
        }
        if (inSub)
            m_writer.leaveSub();
        // Concise GeoProperties have no type: their geometry value says what they are.
        if (Attribute::Kind(a.kind) == Attribute::Kind::Property && a.type == ValueType::Json)
            readPropertyGeometry(name, a, !concise);
        return true;
    }
    // keyValues: a GeoJSON geometry, a JSON-LD value object, or any JSON object.
    if (const Geometry::Type geometryType = Geometry::typeFromName(type); geometryType != Geometry::Type::None) {
        GeometryReader reader(geometryType);
        readGeometryFields(object, it, reader);
        if (plain) {
            *plain = finishGeometry(reader, nameOf(name)).toGeoJson();
            return false;
        }
        const quint32 at = writeGeometry(reader, nameOf(name));
        Record &a = m_writer.attribute(name);
        a.kind = quint8(Attribute::Kind::GeoProperty);
        if (at)
            m_writer.extraOf(a).geometry = at;
        return false;
    }
    if (const error_code e = object.reset().error())
        throw simdjson_error(e);
    if (plain) {
        const std::string_view raw = object.raw_json();
        checkNesting(raw);
        *plain = parseJson(raw);
        return false;
    }
    Record &a = m_writer.attribute(name);
    readObjectValue(object, name, a.type, a.value);
    return false;
}

bool PayloadReader::conciseKind(Object &object, Attribute::Kind *kind)
{
    switch (conciseKindOf(object)) {
    case ConciseKind::None:
        return false;
    case ConciseKind::Property:
        *kind = Attribute::Kind::Property;
        break;
    case ConciseKind::Relationship:
        *kind = Attribute::Kind::Relationship;
        break;
    case ConciseKind::LanguageProperty:
        *kind = Attribute::Kind::LanguageProperty;
        break;
    case ConciseKind::VocabProperty:
        *kind = Attribute::Kind::VocabProperty;
        break;
    case ConciseKind::JsonProperty:
        *kind = Attribute::Kind::JsonProperty;
        break;
    }
    return true;
}

QStringList PayloadReader::readObjectList(Value value)
{
    // ListRelationship: [{"object": "urn:…"}, …], or plain ids.
    if (value.type() != ondemand::json_type::array)
        return readStrings(value);
    QStringList out;
    for (ondemand::value item : value.get_array()) {
        if (item.type() == ondemand::json_type::object) {
            for (auto field : item.get_object()) {
                if (std::string_view(field.unescaped_key()) == "object")
                    out << readStrings(field.value());
            }
        } else if (item.type() == ondemand::json_type::string) {
            out << toQString(item.get_string());
        }
    }
    return out;
}

bool PayloadReader::attributeKind(std::string_view type, Attribute::Kind *kind)
{
    if (Attribute::kindFromName(type, kind))
        return true;
    // The list kinds of NGSI-LD 1.8 are read as their plain kinds: the list is the value.
    const size_t cut = type.find_last_of("/#");
    const std::string_view term = cut == std::string_view::npos ? type : type.substr(cut + 1);
    if (term == "ListProperty")
        *kind = Attribute::Kind::Property;
    else if (term == "ListRelationship")
        *kind = Attribute::Kind::Relationship;
    else
        return false;
    return true;
}

void PayloadReader::readPropertyGeometry(quint32 name, Record &a, bool typed)
{
    // A geometry typed as Property (Smart Data Models DeviceMeasurement): read it as a GeoProperty.
    const std::string_view raw = m_writer.bytes(a.value.text);
    if (raw.find("coordinates") == std::string_view::npos)
        return;
    const QJsonObject geo = parseJson(raw).toObject();
    if (Geometry::typeFromName(geo.value(QStringLiteral("type")).toString()) == Geometry::Type::None)
        return;
    QString error;
    const Geometry g = Geometry::fromGeoJson(geo, &error);
    if (!g.isValid())
        return;
    if (typed)
        warn(QStringLiteral("\"%1\" holds a geometry but is typed Property: read as GeoProperty").arg(nameOf(name)));
    a.kind = quint8(Attribute::Kind::GeoProperty);
    a.type = ValueType::None;
    a.value.i = 0;
    const quint32 at = m_writer.geometry(g);
    m_writer.extraOf(a).geometry = at;
}


void PayloadReader::readNormalizedField(std::string_view key, Value value, Record &a, quint32 name, int depth,
                                        bool *inSub)
{
    // Core members are told apart on the raw key; only expanded IRIs need the term lookup first.
    Member member = memberOf(key);
    if (member == Member::Other && key.find(':') != std::string_view::npos)
        member = memberOf(m_owner.termFor(key).toStdString());
    const Attribute::Kind kind = Attribute::Kind(a.kind);
    switch (member) {
    case Member::Value:
        if (kind == Attribute::Kind::GeoProperty && value.type() == ondemand::json_type::object) {
            ondemand::object g = value.get_object();
            ondemand::object_iterator it = g.begin();
            GeometryReader reader;
            readGeometryFields(g, it, reader);
            if (const quint32 at = writeGeometry(reader, nameOf(name)))
                m_writer.extraOf(a).geometry = at;
        } else if (kind == Attribute::Kind::Relationship) {
            warn(QStringLiteral("Relationship \"%1\" carries \"value\" instead of \"object\"").arg(nameOf(name)));
            m_writer.setObjects(a, readStrings(value));
        } else {
            readValue(value, name, a.type, a.value);
        }
        break;
    case Member::Object:
        if (kind != Attribute::Kind::Relationship) {
            warn(QStringLiteral("\"%1\" is a %2 but carries \"object\": read as Relationship")
                     .arg(nameOf(name), Attribute::kindName(kind)));
            a.kind = quint8(Attribute::Kind::Relationship);
        }
        if (value.type() == ondemand::json_type::string) {
            // One target, the usual case: it is the value.
            if (const std::string_view target = value.get_string(); !target.empty()) {
                a.type = ValueType::Text;
                a.value.text = m_writer.text(target);
            }
        } else {
            m_writer.setObjects(a, readStrings(value));
        }
        break;
    case Member::LanguageMap:
        if (value.type() == ondemand::json_type::object) {
            std::vector<Span> pairs; // tag, text, tag, text…
            for (auto field : value.get_object()) {
                // Read once: the key can no longer be asked for once the value was read.
                const std::string_view key = field.unescaped_key();
                const Span tag = m_writer.text(key);
                ondemand::value text = field.value();
                if (text.type() == ondemand::json_type::string) {
                    pairs.push_back(tag);
                    pairs.push_back(m_writer.text(std::string_view(text.get_string())));
                    continue;
                }
                // Several texts in one language: the tag repeats, one pair per text.
                const QStringList texts = readStrings(text);
                if (texts.isEmpty())
                    warn(QStringLiteral("LanguageProperty \"%1\": the \"%2\" text is neither a text nor a list of texts: dropped")
                             .arg(nameOf(name), toQString(key)));
                for (const QString &t : texts) {
                    pairs.push_back(tag);
                    pairs.push_back(m_writer.text(QStringView(t)));
                }
            }
            const Span list = m_writer.texts(pairs);
            m_writer.extraOf(a).languages = list;
        }
        break;
    case Member::ValueList:
        readValue(value, name, a.type, a.value);
        break;
    case Member::ObjectList:
        m_writer.setObjects(a, readObjectList(value));
        break;
    case Member::LinkedEntity:
        // join=inline: the linked entity is read as an entity of its own after this document.
        if (value.type() == ondemand::json_type::object) {
            m_linked.emplace_back(rawJson(value));
        } else if (value.type() == ondemand::json_type::array) {
            for (ondemand::value item : value.get_array()) {
                if (item.type() == ondemand::json_type::object)
                    m_linked.emplace_back(rawJson(item));
                else
                    warn(QStringLiteral("\"%1\": a linked entity that is not an object: dropped").arg(nameOf(name)));
            }
        } else {
            warn(QStringLiteral("\"%1\": a linked entity that is not an object: dropped").arg(nameOf(name)));
        }
        break;
    case Member::Json:
        a.type = ValueType::Json;
        a.value.text = m_writer.text(rawJson(value));
        break;
    case Member::Vocab: {
        const QStringList vocab = readStrings(value);
        if (vocab.size() == 1) {
            a.type = ValueType::Text;
            a.value.text = m_writer.text(QStringView(vocab.first()));
        } else {
            a.type = ValueType::TextList;
            a.value.text = m_writer.texts(vocab);
        }
        break;
    }
    case Member::ObservedAt:
        a.observedAt = readTime(value, nameOf(name));
        break;
    case Member::UnitCode:
        if (const quint32 unit = m_owner.nameId(value.get_string()); unit != NameTable::none)
            a.unit = unit;
        break;
    case Member::DatasetId: {
        const Span dataset = m_writer.text(std::string_view(value.get_string()));
        m_writer.extraOf(a).dataset = dataset;
        break;
    }
    case Member::Bookkeeping:
        break; // instanceId, createdAt, modifiedAt, deletedAt
    case Member::Values:
        readTemporalValues(value, a, 0);
        break;
    case Member::Other:
        if (isAggregationMethod(key)) {
            const quint32 method = m_owner.nameId(key);
            readTemporalValues(value, a, method == NameTable::none ? 0 : method);
        } else if (const quint32 sub = attributeName(key); sub != NameTable::none) {
            if (!*inSub) {
                m_writer.enterSub(); // left once the attribute's members are read
                *inSub = true;
            }
            readAttribute(sub, value, depth + 1);
        }
        break;
    }
}
