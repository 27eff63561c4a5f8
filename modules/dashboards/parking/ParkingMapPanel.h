#pragma once

#include "parking/ParkingBay.h"
#include "parking/ParkingSite.h"

#include <QSet>
#include <QWidget>

class CityPlan;
class DashboardMap;
class MapView;
class MarkerLayer;
class VectorLayer;

// Parking on the city map: every site as a marker coloured by occupancy with its available /
// total spaces, kerb strips drawn as their areas, and — once the operator zooms into a site —
// its bay groups and the bays that report one by one (free, occupied, closed, unknown).
class ParkingMapPanel : public QWidget
{
    Q_OBJECT
public:
    ParkingMapPanel(const CityPlan *plan, QWidget *parent = nullptr);

    MapView *view() const;
    MarkerLayer *siteLayer() const { return m_sites; }
    MarkerLayer *detailLayer() const { return m_details; }
    VectorLayer *areaLayer() const { return m_areas; }

    // breached: sites over a threshold (drawn as larger diamonds).
    void setState(const QList<ParkingSite> &sites, const QList<ParkingBay> &bays, const QSet<QString> &breached);
    // Zooms to a site close enough for its bays.
    void zoomToSite(const QString &id);
    // Bays and groups are drawn from this zoom on.
    static constexpr double kDetailZoom = 17;

signals:
    void siteClicked(const QString &id);

private:
    void updateDetailVisibility();

    DashboardMap *m_map;
    VectorLayer *m_areas;
    MarkerLayer *m_sites;
    MarkerLayer *m_details;
    QList<ParkingSite> m_shown;
};
