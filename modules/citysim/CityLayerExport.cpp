#include "citysim/CityLayerExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonArray coordinates(const QPolygonF &line)
{
    QJsonArray out;
    for (const QPointF &p : line)
        out.append(QJsonArray{p.x(), p.y()});
    return out;
}

QJsonObject feature(const QJsonObject &geometry, const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"), geometry},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject polygon(const QPolygonF &ring)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{coordinates(ring)}}};
}

QByteArray collection(const QJsonArray &features)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray CityLayerExport::districts(const CityLayout &city)
{
    QJsonArray features;
    for (const CityLayout::District &d : city.districts)
        features.append(feature(polygon(d.area), {{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}}));
    return collection(features);
}

QByteArray CityLayerExport::streets(const CityLayout &city)
{
    QJsonArray features;
    int n = 0;
    for (const CityLayout::Street &s : city.streets) {
        QJsonObject properties{{QStringLiteral("id"), QStringLiteral("street-%1").arg(++n)},
                               {QStringLiteral("highway"), s.main ? QStringLiteral("primary") : QStringLiteral("residential")}};
        if (!s.name.isEmpty())
            properties.insert(QStringLiteral("name"), s.name);
        features.append(feature({{QStringLiteral("type"), QStringLiteral("LineString")}, {QStringLiteral("coordinates"), coordinates(s.line)}}, properties));
    }
    return collection(features);
}

QByteArray CityLayerExport::buildings(const CityLayout &city)
{
    QJsonArray features;
    for (const CityLayout::Building &b : city.buildings) {
        features.append(feature(polygon(b.footprint), {{QStringLiteral("id"), b.id},
                                                        {QStringLiteral("building:levels"), b.floors},
                                                        {QStringLiteral("height"), b.height},
                                                        {QStringLiteral("use"), CityLayout::useName(b.use)},
                                                        {QStringLiteral("district"), city.districts.at(b.district).name}}));
    }
    return collection(features);
}
