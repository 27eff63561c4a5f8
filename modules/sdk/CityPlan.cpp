#include "sdk/CityPlan.h"

#include <algorithm>

namespace {
bool isMainStreet(const MapFeature &f)
{
    const QString highway = f.properties.value(QStringLiteral("highway")).toString();
    return f.shape == MapFeature::Shape::Line && (highway == QLatin1String("primary") || highway == QLatin1String("secondary"));
}

int stackOrder(CityPlan::Kind kind)
{
    switch (kind) {
    case CityPlan::Kind::Areas:
        return 0;
    case CityPlan::Kind::Buildings:
        return 1;
    case CityPlan::Kind::Lines:
        return 2;
    case CityPlan::Kind::Points:
        return 3;
    }
    return 0;
}
} // namespace

CityPlan::CityPlan(QObject *parent)
    : QObject(parent)
{
}

CityPlan::Layer CityPlan::fromImported(const OgrImporter::ImportedLayer &l)
{
    Layer out;
    out.name = l.name;
    out.features = l.features;
    const MapFeature::Shape shape = l.features.isEmpty() ? MapFeature::Shape::Polygon : l.features.constFirst().shape;
    if (shape == MapFeature::Shape::Line) {
        out.kind = Kind::Lines;
    } else if (shape == MapFeature::Shape::Point) {
        out.kind = Kind::Points;
    } else {
        const bool buildings = l.name.contains(QLatin1String("building"), Qt::CaseInsensitive) || l.fields.contains(QLatin1String("building"))
            || l.fields.contains(QLatin1String("building:levels"));
        out.kind = buildings ? Kind::Buildings : Kind::Areas;
    }
    return out;
}

VectorLayer::Style CityPlan::styleFor(Kind kind)
{
    VectorLayer::Style s;
    switch (kind) {
    case Kind::Lines:
        s.stroke = QColor(0xc9, 0xc1, 0xb1);
        s.strokeWidth = 1.5;
        break;
    case Kind::Points:
        s.fill = QColor(0x56, 0x56, 0x56);
        s.stroke = Qt::white;
        s.pointRadius = 3;
        break;
    case Kind::Buildings:
        s.fill = QColor(0xd9, 0xd0, 0xc9);
        s.stroke = QColor(0xb9, 0xae, 0xa4);
        s.strokeWidth = 0.8;
        break;
    case Kind::Areas:
        s.fill = QColor(0xe8, 0xe3, 0xd6, 150);
        s.stroke = QColor(0x8a, 0x7f, 0x9e);
        s.strokeWidth = 1.6;
        s.strokeStyle = Qt::DashLine;
        break;
    }
    return s;
}

void CityPlan::addLayer(const Layer &layer)
{
    auto it = std::find_if(m_layers.begin(), m_layers.end(), [&](const Layer &l) { return l.name == layer.name; });
    if (it != m_layers.end())
        *it = layer;
    else
        m_layers << layer;
    emit changed();
}

void CityPlan::removeLayer(const QString &name)
{
    if (m_layers.removeIf([&](const Layer &l) { return l.name == name; }) > 0)
        emit changed();
}

QRectF CityPlan::extent() const
{
    BoundsBuilder b;
    for (const Layer &l : m_layers) {
        for (const MapFeature &f : l.features) {
            if (!f.parts.isEmpty()) // an empty feature's null box would add the origin
                b.add(f.bounds());
        }
    }
    return b.rect();
}

QString CityPlan::districtAt(QPointF metres) const
{
    for (const Layer &l : m_layers) {
        if (l.kind != Kind::Areas)
            continue;
        for (const MapFeature &f : l.features) {
            if (f.shape == MapFeature::Shape::Polygon && !f.label.isEmpty() && f.bounds().contains(metres) && f.path().contains(metres))
                return f.label;
        }
    }
    return {};
}

QStringList CityPlan::districtNames() const
{
    QStringList names;
    for (const Layer &l : m_layers) {
        if (l.kind != Kind::Areas)
            continue;
        for (const MapFeature &f : l.features) {
            if (f.shape == MapFeature::Shape::Polygon && !f.label.isEmpty() && !names.contains(f.label))
                names << f.label;
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

VectorLayer *CityPlan::createMapLayer(const Layer &l, QObject *parent)
{
    auto *layer = new VectorLayer(l.name, parent);
    layer->setStyle(styleFor(l.kind));
    // District names, not every footprint.
    layer->setLabelsVisible(l.kind == Kind::Areas && l.features.size() < 200);
    QList<MapFeature> features = l.features;
    for (MapFeature &f : features) {
        if (isMainStreet(f))
            f.color = QColor(0xf2, 0xb8, 0x5a);
    }
    layer->setFeatures(std::move(features));
    return layer;
}

std::vector<LabelLayer::Label> CityPlan::streetLabels() const
{
    std::vector<LabelLayer::Label> names;
    for (const Layer &l : m_layers) {
        for (const MapFeature &f : l.features) {
            if (isMainStreet(f) && !f.label.isEmpty() && !f.parts.isEmpty())
                names.push_back({f.label, f.parts.constFirst().value(f.parts.constFirst().size() / 2), 1, 14});
        }
    }
    return names;
}

QList<MapLayer *> CityPlan::createMapLayers(QObject *parent) const
{
    QList<Layer> ordered = m_layers;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Layer &a, const Layer &b) { return stackOrder(a.kind) < stackOrder(b.kind); });
    QList<MapLayer *> out;
    for (const Layer &l : std::as_const(ordered))
        out << createMapLayer(l, parent);
    if (std::vector<LabelLayer::Label> names = streetLabels(); !names.empty()) {
        auto *labels = new LabelLayer(tr("Street names"), parent);
        labels->setLabels(std::move(names));
        out << labels;
    }
    return out;
}
