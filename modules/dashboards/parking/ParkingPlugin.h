#pragma once

#include "sdk/StandardDashboardPlugin.h"

#include <QPointer>

class ParkingKpiPublisher;

// The parking occupancy dashboard as a CityDeck plug-in (metadata in parking.json).
class ParkingPlugin : public StandardDashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "parking.json")
    Q_INTERFACES(DashboardPlugin)

public:
    bool initialize(DashboardContext *context, QString *errorMessage) override;
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;
    void aboutToShutdown() override;

protected:
    QString sourceId() const override;
    QString sourceLabel() const override { return tr("Parking"); }

private:
    QPointer<ParkingKpiPublisher> m_kpis; // the KPIs live as long as the plug-in, not the widget
};
