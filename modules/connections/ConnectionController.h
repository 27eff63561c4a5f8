#pragma once

#include "connections/connections_export.h"

#include "connections/ConnectionProfile.h"

#include <QObject>

class QAction;
class QSettings;
class QWidget;
class ConnectionManager;
class DataSource;
class DemoCity;
class EntityStore;
class SecretStore;

// What the app needs of connections: the live data source, the built-in demo city
// (citydeck --demo) and the connection manager behind File ▸ Connections….
class CITYDECK_CONNECTIONS_EXPORT ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(QSettings *settings, QWidget *window);
    ~ConnectionController() override;

    DataSource *dataSource() const { return m_dataSource; }
    QAction *managerAction() const { return m_action; }

    // Starts the simulated city on a free local port and connects to it.
    bool startDemo(quint64 seed, double speed, QString *error);
    // The running demo city's plan as GeoJSON layers (name, FeatureCollection); empty when the
    // demo is not running.
    QList<QPair<QString, QByteArray>> demoCityLayers() const;
    bool isDemoRunning() const;
    ConnectionProfile demoProfile() const { return m_demoProfile; }
    // Reconnects to the connection used last time when it needs no secret from the keychain
    // at start-up (those connect from the manager, where a keychain prompt is expected).
    bool connectLastUsed();
    // Dashboards read the data source's cache through this store from now on.
    void attachStore(EntityStore *store);
    // Live time: the demo city's clock while on the demo (it may run faster), else the wall's.
    QDateTime now() const;
    // A manager dialog wired to the data source (the caller shows it).
    ConnectionManager *createManager(QWidget *parent);

private:
    quint64 m_demoSeed = 0;
    QSettings *m_settings;
    QWidget *m_window;
    SecretStore *m_secrets;
    DataSource *m_dataSource;
    DemoCity *m_demo;
    ConnectionProfile m_demoProfile;
    QAction *m_action;
};
