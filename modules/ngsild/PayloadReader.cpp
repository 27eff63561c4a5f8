#include "ngsild/PayloadReader.h"

#include "ngsild/GeometryReader.h"
#include "ngsild/OnDemand.h"
#include "ngsild/PayloadParser.h"

#include "core/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace simdjson;
using namespace OnDemand;

namespace {
constexpr int kMaxDepth = 16; // sub-attributes of sub-attributes…: deeper is refused
} // namespace

PayloadReader::PayloadReader(PayloadParser &owner, ParseResult &result)
    : m_owner(owner)
    , m_result(result)
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
                for (auto item : field.value().get_array())
                    addEntity(item.get_object());
            }
        }
        return;
    }
    if (type == "FeatureCollection") {
        m_result.shape = ParseResult::Shape::FeatureCollection;
        for (auto field : object) {
            if (std::string_view(field.unescaped_key()) != "features")
                continue;
            for (auto item : field.value().get_array()) {
                Entity entity;
                readFeature(item.get_object(), &entity);
                if (!entity.id.isEmpty())
                    m_result.entities.push_back(std::move(entity));
            }
        }
        return;
    }
    if (type == "Feature") {
        m_result.shape = ParseResult::Shape::Feature;
        Entity entity;
        readFeature(object, &entity);
        if (!entity.id.isEmpty())
            m_result.entities.push_back(std::move(entity));
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

void PayloadReader::addEntity(Object object)
{
    // Built where it will stay: no move of the entity and its attributes afterwards.
    if (!readEntity(object, &m_result.entities.emplace_back()))
        m_result.entities.pop_back();
}

void PayloadReader::readFeature(Object object, Entity *entity)
{
    Geometry geometry;
    for (auto field : object) {
        const std::string_view key = field.unescaped_key();
        ondemand::value v = field.value();
        if (key == "id") {
            entity->id = toQString(v.get_string());
        } else if (key == "geometry" && v.type() == ondemand::json_type::object) {
            geometry = readGeometry(v.get_object(), QStringLiteral("geometry"));
        } else if (key == "properties" && v.type() == ondemand::json_type::object) {
            readEntity(v.get_object(), entity, entity->id);
        }
    }
    // The feature geometry is the entity's chosen GeoProperty; keep it when properties lack it.
    if (geometry.isValid() && !entity->group(u"location")) {
        Attribute location;
        location.m_kind = Attribute::Kind::GeoProperty;
        location.setGeometry(geometry);
        entity->groupFor(QStringLiteral("location")).m_instances.push_back(std::move(location));
    }
    if (entity->id.isEmpty())
        warn(QStringLiteral("skipped a feature without an id"));
}

bool PayloadReader::readEntity(Object object, Entity *entity, const QString &fallbackId)
{
    // Entities of a page are alike: as many groups as the previous entity had, in one allocation.
    entity->m_attributes.reserve(m_owner.m_lastAttributeCount);
    m_entityId = fallbackId;
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
        } else {
            readAttribute(m_owner.termFor(key), v, entity->m_attributes, 0);
        }
    }
    if (sawAtKeys)
        warn(QStringLiteral("uses \"@id\"/\"@type\" instead of \"id\"/\"type\""));
    if (entity->id.isEmpty()) {
        warn(QStringLiteral("skipped an entity without an id"));
        return false;
    }
    if (entity->types.isEmpty())
        warn(QStringLiteral("entity has no type"));
    if (!entity->id.startsWith(QLatin1String("urn:")) && !entity->id.contains(QLatin1String("://")))
        warn(QStringLiteral("id \"%1\" is not a URI").arg(entity->id));
    for (AttributeGroup &g : entity->m_attributes)
        groupTemporalInstances(g);
    m_owner.m_lastAttributeCount = std::clamp<size_t>(entity->m_attributes.size(), 1, 64);
    return true;
}

void PayloadReader::readAttribute(const QString &name, Value value, std::vector<AttributeGroup> &groups, int depth)
{
    if (depth > kMaxDepth) {
        warn(QStringLiteral("attribute \"%1\" nests deeper than %2 levels: skipped").arg(name).arg(kMaxDepth));
        return;
    }
    AttributeGroup *group = nullptr;
    auto groupRef = [&]() -> AttributeGroup & {
        if (!group) {
            for (AttributeGroup &g : groups) {
                if (g.m_name.constData() == name.constData() || g.m_name == name) // names are interned
                    group = &g;
            }
            if (!group) {
                group = &groups.emplace_back();
                group->m_name = name;
            }
        }
        return *group;
    };
    switch (value.type()) {
    case ondemand::json_type::object:
        readAttributeObject(name, value.get_object(), &groupRef().m_instances.emplace_back(), nullptr, depth);
        break;
    case ondemand::json_type::array: {
        // Either instances of a normalized attribute (multi-dataset or temporal), or a
        // keyValues list value. Elements decide, one by one.
        std::vector<Attribute> instances;
        QJsonArray plainItems;
        for (ondemand::value element : value.get_array()) {
            if (element.type() == ondemand::json_type::object) {
                Attribute a;
                QJsonValue plain;
                if (readAttributeObject(name, element.get_object(), &a, &plain, depth))
                    instances.push_back(std::move(a));
                else
                    plainItems.append(plain);
            } else {
                plainItems.append(toJson(element));
            }
        }
        if (!instances.empty() && !plainItems.isEmpty())
            warn(QStringLiteral("attribute \"%1\" mixes instances and plain values: plain values dropped").arg(name));
        if (!instances.empty()) {
            for (Attribute &a : instances)
                groupRef().m_instances.push_back(std::move(a));
        } else {
            Attribute a;
            a.m_value = QVariant::fromValue(QJsonValue(plainItems));
            groupRef().m_instances.push_back(std::move(a));
        }
        break;
    }
    default: {
        Attribute a;
        a.m_value = readValue(value, name);
        // keyValues has no Relationship marker: Smart Data Models name them ref* and point to URNs.
        const QString text = a.m_value.typeId() == QMetaType::QString ? a.m_value.toString() : QString();
        if (name.size() > 3 && name.startsWith(QLatin1String("ref")) && name.at(3).isUpper()
            && text.startsWith(QLatin1String("urn:"))) {
            a.m_kind = Attribute::Kind::Relationship; // the URN stays the value: one target
        }
        groupRef().m_instances.push_back(std::move(a));
        break;
    }
    }
}

bool PayloadReader::readAttributeObject(const QString &name, Object object, Attribute *out, QJsonValue *plain,
                                        int depth)
{
    ondemand::object_iterator it;
    const std::string_view type = leadingType(object, it);
    Attribute::Kind kind;
    if (!type.empty() && Attribute::kindFromName(type, &kind)) {
        out->m_kind = kind;
        for (; it != object.end(); ++it) {
            auto field = *it;
            const std::string_view key = field.unescaped_key();
            if (key == "type" || key == "@type")
                continue;
            readNormalizedField(key, field.value(), out, name, depth);
        }
        if (out->m_kind == Attribute::Kind::Property && out->m_value.userType() == qMetaTypeId<QJsonValue>())
            readPropertyGeometry(name, out);
        return true;
    }
    // keyValues: a GeoJSON geometry, a JSON-LD value object, or any JSON object.
    if (const Geometry::Type geometryType = Geometry::typeFromName(type); geometryType != Geometry::Type::None) {
        out->m_kind = Attribute::Kind::GeoProperty;
        out->setGeometry(readGeometry(object, it, GeometryReader(geometryType), name));
        if (plain)
            *plain = out->geometry().toGeoJson();
        return false;
    }
    if (const error_code e = object.reset().error())
        throw simdjson_error(e);
    out->m_value = readObjectValue(object, name);
    if (plain)
        *plain = EntityJson::valueToJson(out->m_value);
    return false;
}

void PayloadReader::readPropertyGeometry(const QString &name, Attribute *a)
{
    // A geometry typed as Property (Smart Data Models DeviceMeasurement): read it as a GeoProperty.
    const QJsonObject geo = a->m_value.value<QJsonValue>().toObject();
    if (Geometry::typeFromName(geo.value(QStringLiteral("type")).toString()) == Geometry::Type::None)
        return;
    QString error;
    const Geometry g = Geometry::fromGeoJson(geo, &error);
    if (!g.isValid())
        return;
    warn(QStringLiteral("\"%1\" holds a geometry but is typed Property: read as GeoProperty").arg(name));
    a->m_kind = Attribute::Kind::GeoProperty;
    a->m_value = QVariant();
    a->setGeometry(g);
}

void PayloadReader::readNormalizedField(std::string_view key, Value value, Attribute *a, const QString &name,
                                        int depth)
{
    // Core members are told apart on the raw key; only expanded IRIs need the term lookup first.
    Member member = memberOf(key);
    if (member == Member::Other && key.find(':') != std::string_view::npos)
        member = memberOf(m_owner.termFor(key).toStdString());
    switch (member) {
    case Member::Value:
        if (a->m_kind == Attribute::Kind::GeoProperty && value.type() == ondemand::json_type::object) {
            a->setGeometry(readGeometry(value.get_object(), name));
        } else if (a->m_kind == Attribute::Kind::Relationship) {
            warn(QStringLiteral("Relationship \"%1\" carries \"value\" instead of \"object\"").arg(name));
            a->setObjects(readStrings(value));
        } else {
            a->m_value = readValue(value, name);
        }
        break;
    case Member::Object:
        if (a->m_kind != Attribute::Kind::Relationship) {
            warn(QStringLiteral("\"%1\" is a %2 but carries \"object\": read as Relationship")
                     .arg(name, Attribute::kindName(a->m_kind)));
            a->m_kind = Attribute::Kind::Relationship;
        }
        if (value.type() == ondemand::json_type::string) {
            // One target, the usual case: it is the value.
            if (const std::string_view target = value.get_string(); !target.empty())
                a->m_value = m_owner.target(target);
        } else {
            a->setObjects(readStrings(value));
        }
        break;
    case Member::LanguageMap:
        if (value.type() == ondemand::json_type::object) {
            for (auto field : value.get_object()) {
                const QString lang = toQString(field.unescaped_key());
                ondemand::value text = field.value();
                a->details().languageMap.insert(lang, text.type() == ondemand::json_type::string
                                                ? toQString(text.get_string())
                                                : readStrings(text).join(QLatin1Char('\n')));
            }
        }
        break;
    case Member::Json:
        a->m_value = QVariant::fromValue(toJson(value));
        break;
    case Member::Vocab: {
        const QStringList vocab = readStrings(value);
        a->m_value = vocab.size() == 1 ? QVariant(vocab.first()) : QVariant(vocab);
        break;
    }
    case Member::ObservedAt:
        a->m_observedAt = readTime(value, name);
        break;
    case Member::UnitCode:
        a->m_unitCode = m_owner.intern(value.get_string());
        break;
    case Member::DatasetId:
        a->details().datasetId = m_owner.intern(value.get_string());
        break;
    case Member::Bookkeeping:
        break; // instanceId, createdAt, modifiedAt, deletedAt
    case Member::Values:
        readTemporalValues(value, a, QString());
        break;
    case Member::Other:
        if (isAggregationMethod(key))
            readTemporalValues(value, a, toQString(key));
        else
            readAttribute(m_owner.termFor(key), value, a->details().sub, depth + 1);
        break;
    }
}

void PayloadReader::readTemporalValues(Value value, Attribute *a, const QString &method)
{
    if (value.type() != ondemand::json_type::array) {
        warn(QStringLiteral("temporal values are not a list"));
        return;
    }
    for (ondemand::value pair : value.get_array()) {
        if (pair.type() != ondemand::json_type::array) {
            warn(QStringLiteral("temporal value is not a [value, time] pair"));
            continue;
        }
        TemporalSample sample;
        sample.method = method;
        int index = 0;
        for (ondemand::value p : pair.get_array()) {
            if (index == 0)
                sample.value = a->m_kind == Attribute::Kind::GeoProperty && p.type() == ondemand::json_type::object
                    ? QVariant::fromValue(QJsonValue(readGeometry(p.get_object(), QString()).toGeoJson()))
                    : readValue(p, QString());
            else if (index == 1)
                sample.observedAt = readTime(p, QString());
            else if (index == 2)
                sample.endAt = readTime(p, QString());
            ++index;
        }
        a->details().samples.append(sample);
    }
}

QVariant PayloadReader::readValue(Value value, const QString &name)
{
    switch (value.type()) {
    case ondemand::json_type::string:
        return toQString(value.get_string());
    case ondemand::json_type::number: {
        ondemand::number n = value.get_number();
        if (n.is_int64())
            return QVariant(qint64(n.get_int64()));
        return QVariant(n.as_double());
    }
    case ondemand::json_type::boolean:
        return bool(value.get_bool());
    case ondemand::json_type::null:
        value.is_null();
        return QVariant::fromValue(nullptr);
    case ondemand::json_type::object:
        return readObjectValue(value.get_object(), name);
    case ondemand::json_type::array: {
        // Fully expanded JSON-LD wraps scalars: [{"@value": 5}].
        QJsonValue json = toJson(value);
        const QJsonArray array = json.toArray();
        if (array.size() == 1 && array.first().isObject() && array.first().toObject().contains(QStringLiteral("@value")))
            return array.first().toObject().value(QStringLiteral("@value")).toVariant();
        return QVariant::fromValue(json);
    }
    }
    return {};
}

QVariant PayloadReader::readObjectValue(Object object, const QString &name)
{
    const std::string_view type = peekType(object);
    if (type == "DateTime" || type == "Date" || type == "Time") {
        QString text;
        for (auto field : object) {
            if (std::string_view(field.unescaped_key()) == "@value")
                text = toQString(field.value().get_string());
        }
        if (type == "DateTime") {
            const qint64 t = IsoTime::parse(text);
            if (t != IsoTime::invalid)
                return IsoTime::toDateTime(t);
            warn(QStringLiteral("\"%1\" holds an invalid DateTime \"%2\": kept as text").arg(name, text));
        }
        return text;
    }
    const std::string_view raw = object.raw_json();
    return QVariant::fromValue(QJsonValue(QJsonDocument::fromJson(QByteArray(raw.data(), qsizetype(raw.size()))).object()));
}

Geometry PayloadReader::readGeometry(Object object, const QString &name)
{
    ondemand::object_iterator it = object.begin();
    return readGeometry(object, it, GeometryReader(), name);
}

Geometry PayloadReader::readGeometry(Object &object, ondemand::object_iterator &it, GeometryReader reader,
                                     const QString &name)
{
    for (; it != object.end(); ++it) {
        auto field = *it;
        reader.field(field.unescaped_key(), field.value());
    }
    QString problem;
    Geometry g = reader.finish(&problem);
    if (!problem.isEmpty())
        warn(QStringLiteral("\"%1\": %2").arg(name, problem));
    return g;
}

QStringList PayloadReader::readStrings(Value value)
{
    QStringList out;
    if (value.type() == ondemand::json_type::string) {
        out << toQString(value.get_string());
    } else if (value.type() == ondemand::json_type::array) {
        for (ondemand::value v : value.get_array()) {
            if (v.type() == ondemand::json_type::string)
                out << toQString(v.get_string());
            else if (v.type() == ondemand::json_type::object)
                out << toJson(v).toObject().value(QStringLiteral("@id")).toString();
        }
    } else if (value.type() == ondemand::json_type::object) {
        out << toJson(value).toObject().value(QStringLiteral("@id")).toString();
    }
    out.removeAll(QString());
    return out;
}

qint64 PayloadReader::readTime(Value value, const QString &name)
{
    if (value.type() != ondemand::json_type::string) {
        warn(QStringLiteral("\"%1\": a time must be a text").arg(name));
        return IsoTime::invalid;
    }
    const std::string_view text = value.get_string();
    // An entity's attributes are mostly observed at one instant, and a page's entities at few.
    if (m_lastTimeValue != IsoTime::invalid && text.size() == m_lastTimeSize
        && std::memcmp(text.data(), m_lastTime, text.size()) == 0)
        return m_lastTimeValue;
    const qint64 t = IsoTime::parse(text);
    if (t == IsoTime::invalid)
        warn(QStringLiteral("\"%1\": invalid time \"%2\"").arg(name, toQString(text)));
    else if (text.size() <= sizeof(m_lastTime)) {
        std::memcpy(m_lastTime, text.data(), text.size());
        m_lastTimeSize = text.size();
        m_lastTimeValue = t;
    }
    return t;
}

QJsonValue PayloadReader::toJson(Value value)
{
    switch (value.type()) {
    case ondemand::json_type::object:
    case ondemand::json_type::array: {
        std::string_view raw;
        if (value.type() == ondemand::json_type::object) {
            ondemand::object object = value.get_object();
            raw = object.raw_json();
        } else {
            ondemand::array array = value.get_array();
            raw = array.raw_json();
        }
        // Wrap so that arrays and objects both come back through one QJsonDocument call.
        QByteArray wrapped = QByteArrayLiteral("[") + QByteArray(raw.data(), qsizetype(raw.size())) + ']';
        return QJsonDocument::fromJson(wrapped).array().first();
    }
    case ondemand::json_type::string:
        return toQString(value.get_string());
    case ondemand::json_type::number: {
        ondemand::number n = value.get_number();
        return n.is_int64() ? QJsonValue(qint64(n.get_int64())) : QJsonValue(n.as_double());
    }
    case ondemand::json_type::boolean:
        return bool(value.get_bool());
    case ondemand::json_type::null:
        value.is_null();
        return QJsonValue::Null;
    }
    return {};
}

void PayloadReader::groupTemporalInstances(AttributeGroup &group)
{
    // A temporal normalized response lists one instance per observation; several instances of
    // the same datasetId are samples of one attribute instance, oldest or newest first as sent.
    if (group.m_instances.size() < 2)
        return;
    AttributeGroup merged(group.m_name);
    for (Attribute &a : group.m_instances)
        merged.mergeSamples(std::move(a));
    // The instance keeps the latest value as its current value.
    for (Attribute &m : merged.m_instances) {
        if (!m.hasSamples())
            continue;
        const QList<TemporalSample> &samples = m.details().samples;
        const auto latest = std::max_element(samples.cbegin(), samples.cend(),
                                             [](const TemporalSample &x, const TemporalSample &y) {
                                                 return x.observedAt < y.observedAt;
                                             });
        m.m_value = latest->value;
        m.m_observedAt = latest->observedAt;
    }
    group.m_instances = std::move(merged.m_instances);
}
