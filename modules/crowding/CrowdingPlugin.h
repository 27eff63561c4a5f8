#pragma once

#include "sdk/DashboardPlugin.h"

#include <QObject>
#include <QPointer>

// The crowding and pedestrian-flow dashboard as a CityDeck plug-in (metadata in crowding.json).
class CrowdingPlugin : public QObject, public DashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "crowding.json")
    Q_INTERFACES(DashboardPlugin)

public:
    bool initialize(DashboardContext *context, QString *errorMessage) override;
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;
    void aboutToShutdown() override;

private:
    DashboardContext *m_context = nullptr;
};
