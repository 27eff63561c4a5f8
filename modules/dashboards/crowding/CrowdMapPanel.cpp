#include "crowding/CrowdMapPanel.h"

#include "map/HeatmapLayer.h"
#include "map/MapView.h"
#include "map/MarkerLayer.h"
#include "map/VectorLayer.h"
#include "sdk/DashboardMap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

namespace {
// Okabe–Ito: readable with the common colour-vision deficiencies.
const QColor kCalm(0x00, 0x72, 0xb2);
const QColor kBusy(0xe6, 0x9f, 0x00);
const QColor kCongested(0xd5, 0x5e, 0x00);
} // namespace

CrowdMapPanel::CrowdMapPanel(const CityPlan *plan, QWidget *parent)
    : QWidget(parent)
    , m_map(new DashboardMap(plan, this))
{
    m_segments = new VectorLayer(tr("Counted segments"), this);
    VectorLayer::Style segment;
    segment.stroke = QColor(0x5a, 0x6b, 0x7d, 170);
    segment.strokeWidth = 2.5;
    m_segments->setStyle(segment);
    m_congested = new VectorLayer(tr("Congested segments"), this);
    VectorLayer::Style congested;
    congested.stroke = kCongested;
    congested.strokeWidth = 6;
    m_congested->setStyle(congested);
    m_congested->setLegend(MapLegend{tr("Segments"), {{kCongested, tr("Congested")}, {segment.stroke, tr("Counted")}}, {}, {}, {}});
    m_heatmap = new HeatmapLayer(tr("Crowding heatmap"), this);
    m_markers = new MarkerLayer(tr("Counters"), this);
    m_markers->setClustering(30, 12); // few counters: clusters only when the whole region is shown
    m_markers->setLegend(MapLegend{tr("Counters (occupancy)"),
                                   {{kCalm, tr("under 50 %")}, {kBusy, tr("50–80 %")}, {kCongested, tr("80 % and more")}},
                                   {}, {}, {}});
    for (MapLayer *layer : {static_cast<MapLayer *>(m_segments), static_cast<MapLayer *>(m_heatmap), static_cast<MapLayer *>(m_congested),
                            static_cast<MapLayer *>(m_markers)})
        m_map->addLayer(layer);
    m_map->setFallbackLayer(m_markers);

    m_weightBox = new QComboBox(this);
    m_weightBox->addItem(tr("People counted"), int(Weight::Count));
    m_weightBox->addItem(tr("Occupancy"), int(Weight::Occupancy));
    m_paletteBox = new QComboBox(this);
    for (ColorRamp::Name name : ColorRamp::all())
        m_paletteBox->addItem(ColorRamp::displayName(name), int(name));
    m_radiusSlider = new QSlider(Qt::Horizontal, this);
    m_radiusSlider->setRange(8, 160);
    m_radiusSlider->setValue(int(m_heatmap->options().radius));
    m_radiusSlider->setMinimumWidth(90);
    m_radiusSlider->setToolTip(tr("How far each counter's crowd spreads on the map, in pixels"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Heat from:"), this));
    controls->addWidget(m_weightBox);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Radius:"), this));
    controls->addWidget(m_radiusSlider);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Palette:"), this));
    controls->addWidget(m_paletteBox);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_map, 1);

    auto changed = [this] { emit lookChanged(m_heatmap->options().radius, m_heatmap->options().ramp.name(), m_weight); };
    connect(m_radiusSlider, &QSlider::valueChanged, this, [this, changed](int v) {
        setRadius(v);
        changed();
    });
    connect(m_paletteBox, &QComboBox::activated, this, [this, changed] {
        setPalette(ColorRamp::Name(m_paletteBox->currentData().toInt()));
        changed();
    });
    connect(m_weightBox, &QComboBox::activated, this, [this, changed] {
        setWeight(Weight(m_weightBox->currentData().toInt()));
        changed();
    });
    connect(m_map->view(), &MapView::featureClicked, this, &CrowdMapPanel::counterClicked);
}

MapView *CrowdMapPanel::view() const
{
    return m_map->view();
}

void CrowdMapPanel::setRadius(double pixels)
{
    HeatmapRenderer::Options o = m_heatmap->options();
    o.radius = pixels;
    m_heatmap->setOptions(o);
    const QSignalBlocker block(m_radiusSlider);
    m_radiusSlider->setValue(int(pixels));
}

void CrowdMapPanel::setPalette(ColorRamp::Name palette)
{
    HeatmapRenderer::Options o = m_heatmap->options();
    o.ramp = ColorRamp(palette);
    m_heatmap->setOptions(o);
    m_paletteBox->setCurrentIndex(m_paletteBox->findData(int(palette)));
}

void CrowdMapPanel::setWeight(Weight weight)
{
    m_weight = weight;
    m_weightBox->setCurrentIndex(m_weightBox->findData(int(weight)));
    updateHeatmap();
}

void CrowdMapPanel::updateHeatmap()
{
    std::vector<QPointF> points;
    std::vector<float> weights;
    for (const CrowdCounter &c : std::as_const(m_counters)) {
        // A counter under the privacy threshold does not warm the map at all.
        if (c.stale || m_privacy.hides(c.count) || !std::isfinite(c.count))
            continue;
        const double w = m_weight == Weight::Count ? c.count : c.occupancy;
        if (!std::isfinite(w) || w <= 0)
            continue;
        points.push_back(c.metres);
        weights.push_back(float(w));
    }
    m_heatmap->setLegendTitle(m_weight == Weight::Count ? tr("People per counting period") : tr("Occupancy"));
    m_heatmap->setPoints(std::move(points), std::move(weights));
}

void CrowdMapPanel::setCounters(const QList<CrowdCounter> &counters, const PrivacyThreshold &privacy, const QSet<QString> &breached)
{
    m_counters = counters;
    m_privacy = privacy;
    const QLocale locale;
    std::vector<MapMarker> markers;
    QList<MapFeature> segments, congested;
    for (const CrowdCounter &c : counters) {
        MapMarker m;
        m.id = c.id;
        m.metres = c.metres;
        const bool hidden = privacy.hides(c.count);
        const QString count = !std::isfinite(c.count) ? QStringLiteral("–") : hidden ? privacy.hiddenText() : locale.toString(c.count, 'f', 0);
        m.text = count;
        m.trend = hidden ? 0 : c.trend;
        m.muted = c.stale || hidden;
        m.color = !std::isfinite(c.occupancy) ? kCalm : c.occupancy >= 0.8 || c.congested ? kCongested : c.occupancy >= 0.5 ? kBusy : kCalm;
        m.size = breached.contains(c.id) ? 10 : 7;
        m.symbol = breached.contains(c.id) ? MapMarker::Symbol::Diamond : MapMarker::Symbol::Circle;
        QStringList tip{QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped()), tr("People: %1").arg(count)};
        if (std::isfinite(c.occupancy) && !hidden)
            tip << tr("Occupancy: %1 %").arg(locale.toString(c.occupancy * 100, 'f', 0));
        if (!c.district.isEmpty())
            tip << tr("District: %1").arg(c.district.toHtmlEscaped());
        if (c.stale)
            tip << tr("No recent value");
        if (breached.contains(c.id))
            tip << tr("Over its threshold");
        m.tooltip = tip.join(QStringLiteral("<br>"));
        markers.push_back(m);
        if (c.segment.size() >= 2) {
            MapFeature f;
            f.id = c.id;
            f.label = c.name;
            f.shape = MapFeature::Shape::Line;
            f.parts = {c.segment};
            segments << f;
            if (c.congested && !c.stale)
                congested << f;
        }
    }
    m_markers->setMarkers(std::move(markers));
    m_segments->setFeatures(segments);
    m_congested->setFeatures(congested);
    updateHeatmap();
    m_map->showCity();
}
