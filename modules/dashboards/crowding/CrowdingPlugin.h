#pragma once

#include "sdk/StandardDashboardPlugin.h"

// The crowding and pedestrian-flow dashboard as a CityDeck plug-in (metadata in crowding.json).
class CrowdingPlugin : public StandardDashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "crowding.json")
    Q_INTERFACES(DashboardPlugin)

public:
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;

protected:
    QString sourceId() const override;
    QString sourceLabel() const override { return tr("Crowding"); }
};
