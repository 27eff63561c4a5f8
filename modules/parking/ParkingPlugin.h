#pragma once

#include "sdk/StandardDashboardPlugin.h"

// The parking occupancy dashboard as a CityDeck plug-in (metadata in parking.json).
class ParkingPlugin : public StandardDashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "parking.json")
    Q_INTERFACES(DashboardPlugin)

public:
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;

protected:
    QString sourceId() const override;
    QString sourceLabel() const override { return tr("Parking"); }
};
