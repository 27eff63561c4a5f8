#include "sdk/DashboardMap.h"

#include "map/MapView.h"
#include "sdk/CityPlan.h"

#include <QVBoxLayout>

DashboardMap::DashboardMap(const CityPlan *plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_view(new MapView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    if (m_plan)
        connect(m_plan, &CityPlan::changed, this, &DashboardMap::rebuildPlan);
    rebuildPlan();
}

void DashboardMap::addLayer(MapLayer *layer)
{
    m_view->addLayer(layer);
}

void DashboardMap::rebuildPlan()
{
    for (MapLayer *l : std::as_const(m_planLayers)) {
        m_view->removeLayer(l);
        l->deleteLater();
    }
    m_planLayers = m_plan ? m_plan->createMapLayers(this) : QList<MapLayer *>();
    for (int i = 0; i < m_planLayers.size(); ++i)
        m_view->insertLayer(i, m_planLayers.at(i));
    if (m_plan && !m_plan->extent().isNull())
        m_view->setHomeExtent(m_plan->extent());
    m_fitted = false;
    showCity();
}

void DashboardMap::showCity()
{
    if (m_fitted)
        return;
    if (!m_view->homeExtent().isNull()) {
        m_view->goHome();
        m_fitted = true;
    } else if (m_fallback && !m_fallback->extent().isNull()) {
        m_view->fitToLayer(m_fallback);
        m_fitted = true;
    }
}
