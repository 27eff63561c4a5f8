#include "citysim/SimEntityFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

void SimEntityFormat::setFromRequest(const QUrlQuery &query, const QByteArray &accept)
{
    const QStringList options = query.queryItemValue(QStringLiteral("options")).split(QLatin1Char(','));
    const QString format = query.queryItemValue(QStringLiteral("format"));
    m_keyValues = options.contains(QStringLiteral("keyValues")) || options.contains(QStringLiteral("simplified"))
        || format == QLatin1String("keyValues") || format == QLatin1String("simplified");
    if (options.contains(QStringLiteral("concise")) || format == QLatin1String("concise"))
        m_concise = true;
    else if (options.contains(QStringLiteral("normalized")) || format == QLatin1String("normalized"))
        m_concise = false;
    m_attrs = query.queryItemValue(QStringLiteral("attrs"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_attrs += query.queryItemValue(QStringLiteral("pick"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (query.hasQueryItem(QStringLiteral("geoproperty")))
        m_geoproperty = query.queryItemValue(QStringLiteral("geoproperty"));
    if (accept.contains("application/geo+json"))
        m_media = Media::GeoJson;
    else if (accept.contains("application/ld+json"))
        m_media = Media::JsonLd;
}

QJsonObject SimEntityFormat::keyValues(const QJsonObject &normalized)
{
    QJsonObject out;
    for (auto it = normalized.begin(); it != normalized.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("type") || it.key() == QLatin1String("@context")) {
            out.insert(it.key(), it.value());
            continue;
        }
        const QJsonObject a = (it.value().isArray() ? it.value().toArray().first() : it.value()).toObject();
        if (a.contains(QStringLiteral("object")))
            out.insert(it.key(), a.value(QStringLiteral("object")));
        else if (a.contains(QStringLiteral("languageMap")))
            out.insert(it.key(), a.value(QStringLiteral("languageMap")));
        else
            out.insert(it.key(), a.value(QStringLiteral("value")));
    }
    return out;
}

namespace {
QJsonValue conciseAttribute(const QJsonValue &attribute)
{
    if (attribute.isArray()) { // datasetId instances
        QJsonArray out;
        for (const QJsonValue &instance : attribute.toArray())
            out.append(conciseAttribute(instance));
        return out;
    }
    QJsonObject a = attribute.toObject();
    const QString type = a.take(QStringLiteral("type")).toString();
    static const QStringList members{QStringLiteral("value"), QStringLiteral("object"), QStringLiteral("languageMap"),
                                     QStringLiteral("vocab"), QStringLiteral("json"), QStringLiteral("valueList"),
                                     QStringLiteral("objectList")};
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!members.contains(it.key()) && it.value().isObject() && it.value().toObject().contains(QStringLiteral("type")))
            it.value() = conciseAttribute(it.value()); // sub-attributes
    }
    // Alone, a GeoProperty is its geometry and a Property its scalar value (objects and lists
    // keep "value", which marks them).
    const QJsonValue value = a.value(QStringLiteral("value"));
    if (a.size() == 1 && type == QLatin1String("GeoProperty"))
        return value;
    if (a.size() == 1 && type == QLatin1String("Property") && !value.isObject() && !value.isArray())
        return value;
    return a;
}
} // namespace

QJsonObject SimEntityFormat::concise(const QJsonObject &normalized)
{
    QJsonObject out;
    for (auto it = normalized.begin(); it != normalized.end(); ++it) {
        const bool core = it.key() == QLatin1String("id") || it.key() == QLatin1String("type") || it.key() == QLatin1String("@context");
        out.insert(it.key(), core ? it.value() : conciseAttribute(it.value()));
    }
    return out;
}

QJsonObject SimEntityFormat::present(const QJsonObject &entity) const
{
    QJsonObject e = entity;
    if (!m_attrs.isEmpty()) {
        for (const QString &key : entity.keys()) {
            if (key != QLatin1String("id") && key != QLatin1String("type") && !m_attrs.contains(key))
                e.remove(key);
        }
    }
    return m_keyValues ? keyValues(e) : m_concise ? concise(e) : e;
}

SimResponse SimEntityFormat::render(const QList<QJsonObject> &entities, bool single, const QString &context) const
{
    SimResponse r;
    if (m_media == Media::GeoJson) {
        QJsonArray features;
        for (const QJsonObject &entity : entities) {
            const QJsonObject geo = entity.value(m_geoproperty).toObject();
            QJsonObject properties = present(entity);
            properties.remove(QStringLiteral("id"));
            features.append(QJsonObject{{QStringLiteral("id"), entity.value(QStringLiteral("id"))},
                                        {QStringLiteral("type"), QStringLiteral("Feature")},
                                        {QStringLiteral("geometry"), geo.isEmpty() ? QJsonValue() : geo.value(QStringLiteral("value"))},
                                        {QStringLiteral("properties"), properties}});
        }
        const QJsonDocument doc = single && features.size() == 1
            ? QJsonDocument(features.first().toObject())
            : QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), features}});
        r.contentType = "application/geo+json";
        r.body = doc.toJson(QJsonDocument::Compact);
        return r;
    }
    QJsonArray list;
    for (const QJsonObject &entity : entities) {
        QJsonObject e = present(entity);
        if (m_media == Media::JsonLd)
            e.insert(QStringLiteral("@context"), context);
        list.append(e);
    }
    r.contentType = m_media == Media::JsonLd ? "application/ld+json" : "application/json";
    r.body = (single ? QJsonDocument(list.first().toObject()) : QJsonDocument(list)).toJson(QJsonDocument::Compact);
    return r;
}
