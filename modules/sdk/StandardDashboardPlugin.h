#pragma once

#include "sdk/sdk_export.h"

#include "sdk/DashboardPlugin.h"

#include <QObject>

// The lifecycle most dashboard plug-ins need: keep the context, name the dashboard in the alarm
// and KPI lists, forget the context at shutdown. A plug-in derives from it, adds Q_OBJECT,
// Q_PLUGIN_METADATA and Q_INTERFACES(DashboardPlugin), and makes its widget and icon.
class CITYDECK_SDK_EXPORT StandardDashboardPlugin : public QObject, public DashboardPlugin
{
    Q_OBJECT
    Q_INTERFACES(DashboardPlugin)

public:
    bool initialize(DashboardContext *context, QString *errorMessage) override;
    void aboutToShutdown() override { m_context = nullptr; }

protected:
    // The dashboard's id (its alarms' and KPIs' source) and its translated name there.
    virtual QString sourceId() const = 0;
    virtual QString sourceLabel() const = 0;
    DashboardContext *context() const { return m_context; }

private:
    DashboardContext *m_context = nullptr;
};
