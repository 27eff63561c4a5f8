#pragma once

#include "sdk/StandardDashboardPlugin.h"

// The 3D energy buildings dashboard as a CityDeck plug-in (metadata in energy.json).
class EnergyPlugin : public StandardDashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "energy.json")
    Q_INTERFACES(DashboardPlugin)

public:
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;

protected:
    QString sourceId() const override;
    QString sourceLabel() const override { return tr("Building energy"); }
};
