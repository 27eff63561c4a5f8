#pragma once

#include "sdk/sdk_export.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class DashboardContext;
class PluginSpec;
class QWidget;

// Finds dashboard plug-ins in the plug-in folders, validates their metadata before running
// any of their code, loads and initializes them, and records every failure on its spec:
// a broken plug-in is reported, CityDeck keeps running.
class CITYDECK_SDK_EXPORT PluginCatalog : public QObject
{
    Q_OBJECT

public:
    explicit PluginCatalog(DashboardContext *context, QObject *parent = nullptr);
    ~PluginCatalog() override;

    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }
    QStringList searchPaths() const { return m_searchPaths; }

    // Discovers every candidate file in the search paths and loads the valid ones.
    void loadAll();
    // Calls aboutToShutdown() on running plug-ins, last loaded first. Destroy dashboards first.
    void shutdown();

    QList<PluginSpec *> specs() const;
    QList<PluginSpec *> runningSpecs() const;
    PluginSpec *specById(const QString &id) const;

    // A new dashboard widget from a running plug-in; null with *error set when it fails.
    QWidget *createDashboard(const QString &id, QWidget *parent, QString *error);

signals:
    void pluginsLoaded();

private:
    void loadFile(const QString &filePath);
    bool readMetadata(PluginSpec *spec);
    void loadAndInitialize(PluginSpec *spec);

    DashboardContext *m_context;
    QStringList m_searchPaths;
    std::vector<std::unique_ptr<PluginSpec>> m_specs;
};
