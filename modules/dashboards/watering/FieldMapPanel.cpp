#include "watering/FieldMapPanel.h"

#include "watering/FieldListModel.h"
#include "watering/WateringColors.h"

#include "map/MapView.h"
#include "map/MarkerLayer.h"
#include "map/VectorLayer.h"
#include "sdk/DashboardMap.h"

#include <QDateTime>
#include <QLocale>
#include <QVBoxLayout>

using WateringColors::Soil;

FieldMapPanel::FieldMapPanel(const CityPlan *plan, QWidget *parent)
    : QWidget(parent)
    , m_map(new DashboardMap(plan, this))
{
    m_fields = new VectorLayer(tr("Sports fields"), this);
    VectorLayer::Style style;
    style.strokeWidth = 1.5;
    style.stroke = QColor(0x22, 0x22, 0x22, 200);
    m_fields->setStyle(style);
    m_fields->setLegend(MapLegend{tr("Soil moisture"),
                                  {{WateringColors::color(Soil::Dry), tr("dry")},
                                   {WateringColors::color(Soil::Ok), tr("ok")},
                                   {WateringColors::color(Soil::Wet), tr("wet")},
                                   {WateringColors::color(Soil::NoData), tr("no recent data")}},
                                  {}, {}, {}});
    m_decisions = new MarkerLayer(tr("Today's decision"), this);
    m_decisions->setClustering(0, 0);
    // The marker's colour is the field's soil class (legible at the city's scale, where a field
    // is a few pixels); its shape is today's decision.
    const QColor shape(0x44, 0x44, 0x44);
    m_decisions->setLegend(MapLegend{tr("Today's decision"),
                                     {{shape, tr("● water")}, {shape, tr("◆ shifted")}, {shape, tr("■ skip")}},
                                     {}, {}, {}});
    m_map->addLayer(m_fields);
    m_map->addLayer(m_decisions);
    m_map->setFallbackLayer(m_decisions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map);
    connect(view(), &MapView::featureClicked, this, &FieldMapPanel::fieldClicked);
}

MapView *FieldMapPanel::view() const
{
    return m_map->view();
}

void FieldMapPanel::setState(const QList<WateringField> &fields, const QList<WateringPlanner::FieldPlan> &plan,
                             const WateringSettings &settings, qint64 t)
{
    m_shown = fields;
    const QLocale locale;
    const QTimeZone zone = settings.zone();
    QList<MapFeature> areas;
    std::vector<MapMarker> markers;
    for (const WateringField &f : fields) {
        if (!f.geometry.valid)
            continue;
        const WateringRule rule = settings.ruleFor(f.id);
        const Soil soil = WateringColors::classify(f, rule, t);
        WateringDecision d;
        for (const WateringPlanner::FieldPlan &p : plan) {
            if (p.fieldId == f.id)
                d = p.decision;
        }
        for (const QPolygonF &ring : f.geometry.rings) {
            MapFeature feature;
            feature.id = f.id;
            feature.label = f.name;
            feature.shape = MapFeature::Shape::Polygon;
            feature.parts = {ring};
            feature.color = WateringColors::color(soil);
            areas << feature;
        }
        MapMarker m;
        m.id = f.id;
        m.metres = f.geometry.anchor;
        m.size = 6;
        const QString at = d.waters() ? QDateTime::fromMSecsSinceEpoch(d.start, zone).toString(QStringLiteral("HH:mm")) : QString();
        m.color = WateringColors::color(soil);
        switch (d.action) {
        case WateringDecision::Action::Water:
            m.size = 7;
            m.text = tr("water %1 m³ %2").arg(locale.toString(d.volume, 'f', 0), at);
            break;
        case WateringDecision::Action::Shifted:
            m.size = 8;
            m.symbol = MapMarker::Symbol::Diamond;
            m.text = tr("→ %1, %2 m³").arg(at, locale.toString(d.volume, 'f', 0));
            break;
        case WateringDecision::Action::Skip:
            m.symbol = MapMarker::Symbol::Square;
            m.text = d.reason == WateringDecision::Reason::Rain ? tr("skip: rain") : tr("skip");
            break;
        case WateringDecision::Action::NoData:
            m.muted = true;
            m.text = tr("no data");
            break;
        }
        QStringList tip{QStringLiteral("<b>%1</b>").arg(f.name.toHtmlEscaped())};
        if (std::isfinite(f.moisture))
            tip << tr("Soil moisture %1 m³/m³ (threshold %2): %3")
                       .arg(locale.toString(f.moisture, 'f', 3), locale.toString(rule.dryThreshold, 'f', 3), FieldListModel::soilName(int(soil)));
        tip << tr("Today: %1").arg(d.explanation.toHtmlEscaped());
        if (!f.district.isEmpty())
            tip << tr("District: %1").arg(f.district.toHtmlEscaped());
        m.tooltip = tip.join(QStringLiteral("<br>"));
        markers.push_back(m);
    }
    m_fields->setFeatures(areas);
    m_decisions->setMarkers(std::move(markers));
    m_map->showCity();
    // The fields are small at the city's scale: the first view frames them, once.
    if (!m_framed && !m_decisions->markers().empty()) {
        QRectF extent = areas.isEmpty() ? m_decisions->extent() : m_fields->extent();
        extent = extent.adjusted(-extent.width() * 0.08, -extent.height() * 0.08, extent.width() * 0.08, extent.height() * 0.08);
        if (extent.width() < 600) // one field alone: its neighbourhood
            extent = QRectF(extent.center() - QPointF(300, 300), QSizeF(600, 600));
        view()->fitTo(extent);
        m_framed = true;
    }
}

void FieldMapPanel::zoomToField(const QString &id)
{
    for (const WateringField &f : std::as_const(m_shown)) {
        if (f.id == id && f.geometry.valid) {
            view()->fitTo(QRectF(f.geometry.anchor - QPointF(200, 200), QSizeF(400, 400)));
            view()->setSelection({id});
            return;
        }
    }
}
