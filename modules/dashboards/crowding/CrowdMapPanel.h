#pragma once

#include "crowding/CrowdCounter.h"
#include "crowding/PrivacyThreshold.h"

#include "map/ColorRamp.h"

#include <QSet>
#include <QWidget>

class CityPlan;
class DashboardMap;
class HeatmapLayer;
class MapLayer;
class MapView;
class MarkerLayer;
class QComboBox;
class QSlider;
class VectorLayer;

// The live (or reviewed) crowd on the city map: a heatmap of the people counted, the counters as
// markers with their count and trend, the counted segments with the congested ones in red, over
// the city plan. Radius, weight and palette are the operator's to change.
class CrowdMapPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Weight { Count, Occupancy };

    CrowdMapPanel(const CityPlan *plan, QWidget *parent = nullptr);

    MapView *view() const;
    HeatmapLayer *heatmap() const { return m_heatmap; }
    MarkerLayer *markers() const { return m_markers; }
    VectorLayer *congestedLayer() const { return m_congested; }

    // breached: counters over a threshold (drawn with a red ring).
    void setCounters(const QList<CrowdCounter> &counters, const PrivacyThreshold &privacy, const QSet<QString> &breached);
    void setRadius(double pixels);
    void setPalette(ColorRamp::Name palette);
    void setWeight(Weight weight);
    Weight weight() const { return m_weight; }

signals:
    void counterClicked(const QString &id);
    // The operator changed radius, palette or weight.
    void lookChanged(double radius, ColorRamp::Name palette, CrowdMapPanel::Weight weight);

private:
    void updateHeatmap();

    DashboardMap *m_map;
    VectorLayer *m_segments;
    VectorLayer *m_congested;
    HeatmapLayer *m_heatmap;
    MarkerLayer *m_markers;
    QComboBox *m_weightBox;
    QComboBox *m_paletteBox;
    QSlider *m_radiusSlider;
    QList<CrowdCounter> m_counters;
    PrivacyThreshold m_privacy;
    Weight m_weight = Weight::Count;
};
