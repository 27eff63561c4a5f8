#pragma once

#include "sdk/DashboardPlugin.h"

#include <QObject>

// The parking occupancy dashboard as a CityDeck plug-in (metadata in parking.json).
class ParkingPlugin : public QObject, public DashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "parking.json")
    Q_INTERFACES(DashboardPlugin)

public:
    bool initialize(DashboardContext *context, QString *errorMessage) override;
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;
    void aboutToShutdown() override;

private:
    DashboardContext *m_context = nullptr;
};
