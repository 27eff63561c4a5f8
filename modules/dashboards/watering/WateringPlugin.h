#pragma once

#include "sdk/StandardDashboardPlugin.h"

#include <QPointer>

class WateringMonitor;

// The sports-field watering dashboard as a CityDeck plug-in (metadata in watering.json).
class WateringPlugin : public StandardDashboardPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityDeckDashboardPlugin_iid FILE "watering.json")
    Q_INTERFACES(DashboardPlugin)

public:
    bool initialize(DashboardContext *context, QString *errorMessage) override;
    QWidget *createDashboard(QWidget *parent) override;
    QIcon icon() const override;
    void aboutToShutdown() override;

protected:
    QString sourceId() const override;
    QString sourceLabel() const override { return tr("Watering"); }

private:
    QPointer<WateringMonitor> m_monitor; // alarms and KPIs live as long as the plug-in, not the widget
};
