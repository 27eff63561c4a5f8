#include "core/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
QJsonObject groupsToJson(ConstSpan<AttributeGroup> groups)
{
    QJsonObject out;
    for (const AttributeGroup &g : groups) {
        QJsonArray instances;
        for (const Attribute &a : g.instances())
            instances.append(EntityJson::toJson(a));
        out.insert(g.name(), instances);
    }
    return out;
}
} // namespace

QJsonValue EntityJson::valueToJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue::Null;
    case QMetaType::QDateTime:
        return IsoTime::format(value.toDateTime());
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::LongLong:
        return QJsonValue(value.toLongLong());
    default:
        if (value.canConvert<QJsonValue>() && value.userType() == qMetaTypeId<QJsonValue>())
            return value.value<QJsonValue>();
        return QJsonValue::fromVariant(value);
    }
}

QJsonObject EntityJson::toJson(const Attribute &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), Attribute::kindName(a.kind()));
    switch (a.kind()) {
    case Attribute::Kind::GeoProperty:
        if (a.hasGeometry() || !a.hasSamples())
            o.insert(QStringLiteral("value"), a.hasGeometry() ? QJsonValue(a.geometry().toGeoJson()) : QJsonValue());
        break;
    case Attribute::Kind::Relationship: {
        const QStringList objects = a.objects();
        if (objects.size() == 1)
            o.insert(QStringLiteral("object"), objects.first());
        else
            o.insert(QStringLiteral("object"), QJsonArray::fromStringList(objects));
        break;
    }
    case Attribute::Kind::LanguageProperty: {
        QJsonObject map;
        const QMap<QString, QStringList> languages = a.languageTexts();
        for (auto it = languages.begin(); it != languages.end(); ++it)
            map.insert(it.key(), it.value().size() == 1 ? QJsonValue(it.value().first()) : QJsonArray::fromStringList(it.value()));
        o.insert(QStringLiteral("languageMap"), map);
        break;
    }
    default:
        if (!a.hasSamples() || a.value().isValid())
            o.insert(QStringLiteral("value"), valueToJson(a.value()));
        break;
    }
    if (a.observedAt() != IsoTime::invalid)
        o.insert(QStringLiteral("observedAt"), IsoTime::format(a.observedAt()));
    if (!a.unitCode().isEmpty())
        o.insert(QStringLiteral("unitCode"), a.unitCode());
    if (!a.datasetId().isEmpty())
        o.insert(QStringLiteral("datasetId"), a.datasetId());
    if (!a.sub().empty())
        o.insert(QStringLiteral("sub"), groupsToJson(a.sub()));
    if (a.hasSamples()) {
        QJsonArray values;
        for (const TemporalSample &s : a.samples()) {
            QJsonObject v{{QStringLiteral("value"), valueToJson(s.value)}};
            if (s.observedAt != IsoTime::invalid)
                v.insert(QStringLiteral("observedAt"), IsoTime::format(s.observedAt));
            if (s.endAt != IsoTime::invalid)
                v.insert(QStringLiteral("endAt"), IsoTime::format(s.endAt));
            if (!s.method.isEmpty())
                v.insert(QStringLiteral("method"), s.method);
            values.append(v);
        }
        o.insert(QStringLiteral("values"), values);
    }
    return o;
}

QJsonObject EntityJson::toJson(const Entity &entity)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), entity.id);
    if (entity.types.size() == 1)
        o.insert(QStringLiteral("type"), entity.types.first());
    else
        o.insert(QStringLiteral("type"), QJsonArray::fromStringList(entity.types));
    o.insert(QStringLiteral("attrs"), groupsToJson(entity.attributes()));
    return o;
}

QByteArray EntityJson::toLine(const Entity &entity)
{
    return QJsonDocument(toJson(entity)).toJson(QJsonDocument::Compact);
}

QVariant EntityJson::valueFromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant::fromValue(nullptr);
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("@type")).toString() == QLatin1String("DateTime")) {
            const qint64 t = IsoTime::parse(o.value(QStringLiteral("@value")).toString());
            if (t != IsoTime::invalid)
                return IsoTime::toDateTime(t);
        }
        return QVariant::fromValue(v);
    }
    case QJsonValue::Array:
    case QJsonValue::Undefined:
        break;
    }
    return v.isArray() ? QVariant::fromValue(v) : QVariant();
}

AttributeDraft EntityJson::attributeFromJson(const QJsonObject &o)
{
    AttributeDraft a;
    Attribute::kindFromName(o.value(QStringLiteral("kind")).toString().toStdString(), &a.kind);
    switch (a.kind) {
    case Attribute::Kind::GeoProperty: {
        const QJsonValue geometry = o.value(QStringLiteral("value"));
        if (geometry.isObject())
            a.geometry = Geometry::fromGeoJson(geometry.toObject());
        break;
    }
    case Attribute::Kind::Relationship: {
        const QJsonValue object = o.value(QStringLiteral("object"));
        QStringList objects;
        if (object.isArray()) {
            for (const QJsonValue &t : object.toArray())
                objects << t.toString();
        } else if (object.isString()) {
            objects << object.toString();
        }
        a.objects = objects;
        break;
    }
    case Attribute::Kind::LanguageProperty: {
        const QJsonObject map = o.value(QStringLiteral("languageMap")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            // A draft holds one text per language: a list's texts are joined by lines.
            QStringList texts;
            for (const QJsonValue &t : it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()})
                texts << t.toString();
            a.languageMap.insert(it.key(), texts.join(QLatin1Char('\n')));
        }
        break;
    }
    case Attribute::Kind::VocabProperty: {
        const QJsonValue v = o.value(QStringLiteral("value"));
        if (v.isArray()) {
            QStringList terms;
            for (const QJsonValue &t : v.toArray())
                terms << t.toString();
            a.value = terms;
        } else {
            a.value = v.toString();
        }
        break;
    }
    default:
        if (o.contains(QStringLiteral("value")))
            a.value = a.kind == Attribute::Kind::JsonProperty ? QVariant::fromValue(o.value(QStringLiteral("value")))
                                                              : valueFromJson(o.value(QStringLiteral("value")));
        break;
    }
    if (o.contains(QStringLiteral("observedAt")))
        a.observedAt = IsoTime::parse(o.value(QStringLiteral("observedAt")).toString());
    a.unitCode = o.value(QStringLiteral("unitCode")).toString();
    if (o.contains(QStringLiteral("datasetId")))
        a.datasetId = o.value(QStringLiteral("datasetId")).toString();
    if (o.contains(QStringLiteral("sub")))
        a.sub = groupsFromJson(o.value(QStringLiteral("sub")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("values")).toArray()) {
        const QJsonObject s = v.toObject();
        TemporalSample sample;
        sample.value = valueFromJson(s.value(QStringLiteral("value")));
        sample.observedAt = s.contains(QStringLiteral("observedAt")) ? IsoTime::parse(s.value(QStringLiteral("observedAt")).toString()) : IsoTime::invalid;
        sample.endAt = s.contains(QStringLiteral("endAt")) ? IsoTime::parse(s.value(QStringLiteral("endAt")).toString()) : IsoTime::invalid;
        sample.method = s.value(QStringLiteral("method")).toString();
        a.samples.append(sample);
    }
    return a;
}

std::vector<AttributeGroupDraft> EntityJson::groupsFromJson(const QJsonObject &json)
{
    std::vector<AttributeGroupDraft> groups;
    for (auto it = json.begin(); it != json.end(); ++it) {
        AttributeGroupDraft g(it.key());
        for (const QJsonValue &instance : it.value().toArray())
            g.instances.push_back(attributeFromJson(instance.toObject()));
        groups.push_back(std::move(g));
    }
    return groups;
}

Entity EntityJson::entityFromJson(const QJsonObject &json)
{
    EntityDraft e;
    e.id = json.value(QStringLiteral("id")).toString();
    const QJsonValue type = json.value(QStringLiteral("type"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            e.types << t.toString();
    } else if (type.isString()) {
        e.types << type.toString();
    }
    e.attributes = groupsFromJson(json.value(QStringLiteral("attrs")).toObject());
    return std::move(e).toEntity();
}
