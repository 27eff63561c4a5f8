#pragma once

#include <QIcon>
#include <QString>
#include <QtPlugin>

class DashboardContext;
class QWidget;

// The interface every dashboard plug-in implements. Lifecycle, driven by the PluginCatalog:
//   1. the catalog reads the JSON metadata without running any plug-in code;
//   2. initialize(): register what the plug-in offers with the context; false refuses to load;
//   3. createDashboard(): a new widget each time the user opens the dashboard (owned by the shell);
//   4. aboutToShutdown(): stop timers and network work before the shell unloads the plug-in.
// A plug-in only talks to CityDeck through the DashboardContext, never to other plug-ins.
class DashboardPlugin
{
public:
    virtual ~DashboardPlugin() = default;

    virtual bool initialize(DashboardContext *context, QString *errorMessage) = 0;
    virtual QWidget *createDashboard(QWidget *parent) = 0;
    virtual QIcon icon() const = 0;
    virtual void aboutToShutdown() {}
};

#define CityDeckDashboardPlugin_iid "org.citydeck.DashboardPlugin/1"
Q_DECLARE_INTERFACE(DashboardPlugin, CityDeckDashboardPlugin_iid)
