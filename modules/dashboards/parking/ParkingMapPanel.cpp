#include "parking/ParkingMapPanel.h"

#include "parking/ParkingColors.h"
#include "parking/ParkingSiteModel.h"

#include "map/MapView.h"
#include "map/MarkerLayer.h"
#include "map/VectorLayer.h"
#include "sdk/DashboardMap.h"

#include <QLocale>
#include <QVBoxLayout>

namespace {
QString count(const QLocale &locale, double v)
{
    return std::isfinite(v) ? locale.toString(v, 'f', 0) : QStringLiteral("?");
}

QColor bayColor(ParkingBay::State state)
{
    switch (state) {
    case ParkingBay::State::Free:
        return ParkingColors::plenty();
    case ParkingBay::State::Occupied:
        return ParkingColors::nearlyFull();
    case ParkingBay::State::Closed:
        return QColor(0x44, 0x44, 0x44);
    case ParkingBay::State::Unknown:
        break;
    }
    return ParkingColors::unknown();
}
} // namespace

ParkingMapPanel::ParkingMapPanel(const CityPlan *plan, QWidget *parent)
    : QWidget(parent)
    , m_map(new DashboardMap(plan, this))
{
    m_areas = new VectorLayer(tr("Kerb-side parking"), this);
    VectorLayer::Style area;
    area.strokeWidth = 1;
    area.stroke = QColor(0x33, 0x33, 0x33, 160);
    m_areas->setStyle(area);
    m_sites = new MarkerLayer(tr("Parking sites"), this);
    m_sites->setClustering(26, 13);
    m_sites->setLegend(MapLegend{tr("Parking occupancy"),
                                 {{ParkingColors::plenty(), tr("under 70 %")},
                                  {ParkingColors::filling(), tr("70–90 %")},
                                  {ParkingColors::nearlyFull(), tr("90 % and more")},
                                  {ParkingColors::unknown(), tr("closed or no recent data")}},
                                 {}, {}, {}});
    m_details = new MarkerLayer(tr("Bays"), this);
    m_details->setClustering(0, 0);
    m_details->setLegend(MapLegend{tr("Bays (zoomed in)"),
                                   {{bayColor(ParkingBay::State::Free), tr("free")},
                                    {bayColor(ParkingBay::State::Occupied), tr("occupied")},
                                    {bayColor(ParkingBay::State::Closed), tr("closed")},
                                    {bayColor(ParkingBay::State::Unknown), tr("unknown")}},
                                   {}, {}, {}});
    m_map->addLayer(m_areas);
    m_map->addLayer(m_details);
    m_map->addLayer(m_sites);
    m_map->setFallbackLayer(m_sites);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map);
    connect(view(), &MapView::featureClicked, this, &ParkingMapPanel::siteClicked);
    connect(view(), &MapView::viewportChanged, this, &ParkingMapPanel::updateDetailVisibility);
    updateDetailVisibility();
}

MapView *ParkingMapPanel::view() const
{
    return m_map->view();
}

void ParkingMapPanel::updateDetailVisibility()
{
    // Bays are a few metres apart: at city zoom they would be one smear over their car park.
    const bool detail = view()->viewport().zoom() >= kDetailZoom;
    if (m_details->isVisible() != detail)
        m_details->setVisible(detail);
}

void ParkingMapPanel::setState(const QList<ParkingSite> &sites, const QList<ParkingBay> &bays, const QSet<QString> &breached)
{
    m_shown = sites;
    const QLocale locale;
    std::vector<MapMarker> markers, details;
    QList<MapFeature> areas;
    for (const ParkingSite &s : sites) {
        const ParkingCounts &c = s.counts;
        const bool grey = s.stale || s.closed;
        MapMarker m;
        m.id = s.id;
        m.metres = s.metres;
        m.color = grey ? ParkingColors::unknown() : ParkingColors::forOccupancy(c.occupancy);
        m.text = QStringLiteral("%1 / %2").arg(count(locale, c.available), count(locale, c.total));
        m.muted = s.stale;
        m.trend = std::isfinite(s.trend) && std::abs(s.trend) >= 0.01 ? (s.trend > 0 ? 1 : -1) : 0;
        const bool breach = breached.contains(s.id);
        m.symbol = breach ? MapMarker::Symbol::Diamond : s.kind == ParkingSite::Kind::OffStreet ? MapMarker::Symbol::Square : MapMarker::Symbol::Circle;
        m.size = breach ? 10 : s.kind == ParkingSite::Kind::Group ? 5 : 7;
        QStringList tip{QStringLiteral("<b>%1</b> (%2)").arg(s.name.toHtmlEscaped(), ParkingSiteModel::kindName(s.kind)),
                        tr("Available: %1 of %2").arg(count(locale, c.available), count(locale, c.total))};
        if (c.isKnown())
            tip << tr("Occupancy: %1 %").arg(locale.toString(c.occupancy * 100, 'f', 0));
        if (!s.district.isEmpty())
            tip << tr("District: %1").arg(s.district.toHtmlEscaped());
        if (const QString note = ParkingSiteModel::dataNote(s); !note.isEmpty())
            tip << QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped());
        if (breach)
            tip << tr("Over its threshold");
        m.tooltip = tip.join(QStringLiteral("<br>"));
        // Bay groups sit inside their site: shown with the bays, when zoomed in.
        (s.kind == ParkingSite::Kind::Group ? details : markers).push_back(m);
        for (const QPolygonF &ring : s.outline) {
            MapFeature f;
            f.id = s.id;
            f.label = s.name;
            f.shape = MapFeature::Shape::Polygon;
            f.parts = {ring};
            f.color = m.color;
            areas << f;
        }
    }
    for (const ParkingBay &b : bays) {
        MapMarker m;
        m.id = b.id;
        m.metres = b.metres;
        m.color = bayColor(b.stale ? ParkingBay::State::Unknown : b.state);
        m.size = 3.5;
        m.symbol = MapMarker::Symbol::Square;
        m.muted = b.stale || b.state == ParkingBay::State::Unknown;
        m.tooltip = QStringLiteral("<b>%1</b><br>%2").arg(b.name.toHtmlEscaped(), m_details->legend()->classes.at(int(b.state)).second);
        details.push_back(m);
    }
    m_sites->setMarkers(std::move(markers));
    m_details->setMarkers(std::move(details));
    m_areas->setFeatures(areas);
    m_map->showCity();
}

void ParkingMapPanel::zoomToSite(const QString &id)
{
    for (const ParkingSite &s : std::as_const(m_shown)) {
        if (s.id == id) {
            // 160 m across: a car park and its bays, a kerb strip and its street.
            view()->fitTo(QRectF(s.metres - QPointF(80, 80), QSizeF(160, 160)));
            view()->setSelection({id});
            return;
        }
    }
}
