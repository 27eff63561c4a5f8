#include "core/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonObject groupsToJson(const std::vector<AttributeGroup> &groups)
{
    QJsonObject out;
    for (const AttributeGroup &g : groups) {
        QJsonArray instances;
        for (const Attribute &a : g.instances)
            instances.append(EntityJson::toJson(a));
        out.insert(g.name, instances);
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
    o.insert(QStringLiteral("kind"), Attribute::kindName(a.kind));
    switch (a.kind) {
    case Attribute::Kind::GeoProperty:
        if (a.geometry().isValid() || a.samples().isEmpty())
            o.insert(QStringLiteral("value"), a.geometry().isValid() ? QJsonValue(a.geometry().toGeoJson()) : QJsonValue());
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
        for (auto it = a.languageMap().begin(); it != a.languageMap().end(); ++it)
            map.insert(it.key(), it.value());
        o.insert(QStringLiteral("languageMap"), map);
        break;
    }
    default:
        if (a.samples().isEmpty() || a.value.isValid())
            o.insert(QStringLiteral("value"), valueToJson(a.value));
        break;
    }
    if (a.observedAt != IsoTime::invalid)
        o.insert(QStringLiteral("observedAt"), IsoTime::format(a.observedAt));
    if (!a.unitCode.isEmpty())
        o.insert(QStringLiteral("unitCode"), a.unitCode);
    if (!a.datasetId().isEmpty())
        o.insert(QStringLiteral("datasetId"), a.datasetId());
    if (!a.sub().empty())
        o.insert(QStringLiteral("sub"), groupsToJson(a.sub()));
    if (!a.samples().isEmpty()) {
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
    o.insert(QStringLiteral("attrs"), groupsToJson(entity.attributes));
    return o;
}

QByteArray EntityJson::toLine(const Entity &entity)
{
    return QJsonDocument(toJson(entity)).toJson(QJsonDocument::Compact);
}
