#pragma once

#include "watering/WateringField.h"
#include "watering/WateringPlanner.h"

#include <QWidget>

class CityPlan;
class DashboardMap;
class MapView;
class MarkerLayer;
class VectorLayer;

// The sports fields on the city map, each drawn as its outline coloured by soil moisture against
// its own threshold, with today's decision on it (water at HH:MM, shifted, skip).
class FieldMapPanel : public QWidget
{
    Q_OBJECT
public:
    FieldMapPanel(const CityPlan *plan, QWidget *parent = nullptr);

    MapView *view() const;
    VectorLayer *fieldLayer() const { return m_fields; }
    MarkerLayer *decisionLayer() const { return m_decisions; }

    void setState(const QList<WateringField> &fields, const QList<WateringPlanner::FieldPlan> &plan, const WateringSettings &settings,
                  qint64 t);
    void zoomToField(const QString &id);

signals:
    void fieldClicked(const QString &id);

private:
    DashboardMap *m_map;
    VectorLayer *m_fields;
    MarkerLayer *m_decisions;
    QList<WateringField> m_shown;
    bool m_framed = false;
};
