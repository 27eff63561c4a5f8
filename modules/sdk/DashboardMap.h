#pragma once

#include "sdk/sdk_export.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CityPlan;
class MapLayer;
class MapView;

// A dashboard's own map: the city plan underneath (rebuilt when the shell loads another plan),
// the dashboard's layers on top, and one fit to the city — or to a data layer when there is no
// plan — the first time there is something to show, never again behind the operator's back.
class CITYDECK_SDK_EXPORT DashboardMap : public QWidget
{
    Q_OBJECT
public:
    DashboardMap(const CityPlan *plan, QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    // Layers above the plan, in drawing order.
    void addLayer(MapLayer *layer);
    // The layer fitted to when there is no plan (the dashboard's markers).
    void setFallbackLayer(MapLayer *layer) { m_fallback = layer; }
    // Fits once; call after new data arrives.
    void showCity();

private:
    void rebuildPlan();

    const CityPlan *m_plan;
    MapView *m_view;
    QList<MapLayer *> m_planLayers;
    QPointer<MapLayer> m_fallback;
    bool m_fitted = false;
};
