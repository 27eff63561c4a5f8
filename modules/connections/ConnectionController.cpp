#include "connections/ConnectionController.h"

#include "citysim/CityLayerExport.h"

#include "citysim/DemoCity.h"
#include "connections/ConnectionManager.h"
#include "connections/DataSource.h"
#include "ngsild/SecretStore.h"

#include "core/IsoTime.h"
#include "sdk/EntityStore.h"

#include <QAction>
#include <QDateTime>
#include <QSettings>

ConnectionController::ConnectionController(QSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_secrets(new SecretStore(QStringLiteral("org.citydeck.CityDeck"), this))
    , m_dataSource(new DataSource(this))
    , m_demo(new DemoCity(this))
    , m_action(new QAction(tr("&Connections…"), this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_action, &QAction::triggered, this, [this] {
        ConnectionManager *manager = createManager(m_window);
        manager->setAttribute(Qt::WA_DeleteOnClose);
        manager->open();
    });
}

ConnectionController::~ConnectionController()
{
    // Unsubscribe from the broker while it (perhaps the demo city) still answers.
    m_dataSource->disconnectFromBroker();
    m_demo->stop();
}

bool ConnectionController::startDemo(quint64 seed, double speed, QString *error)
{
    CitySimulation::Options options;
    options.seed = seed;
    options.speed = speed;
    if (!m_demo->start(options, error))
        return false;
    m_demoSeed = seed;
    m_demoProfile.id = QStringLiteral("demo-city");
    m_demoProfile.name = tr("Demo city (simulated Saint-Quentin)");
    m_demoProfile.settings.brokerUrl = m_demo->url();
    m_demoProfile.settings.vendorHint = BrokerProfile::Vendor::CityDeckSim;
    m_dataSource->connectTo(m_demoProfile);
    return true;
}

bool ConnectionController::isDemoRunning() const
{
    return m_demo->isRunning();
}

bool ConnectionController::connectLastUsed()
{
    const QString id = m_settings->value(QStringLiteral("connections/lastUsed")).toString();
    for (const ConnectionProfile &p : ConnectionProfile::loadAll(m_settings)) {
        if (p.id == id && p.secretFields().isEmpty()) {
            m_dataSource->connectTo(p);
            return true;
        }
    }
    return false;
}

void ConnectionController::attachStore(EntityStore *store)
{
    store->setBackend(m_dataSource);
    connect(m_dataSource, &DataSource::cacheChanged, store, [this, store] {
        store->setSourceName(m_dataSource->profile().name);
        store->setBackend(m_dataSource);
    });
    connect(m_dataSource, &DataSource::updated, store,
            [store](const QDateTime &newest) { store->notifyStored(IsoTime::fromDateTime(newest)); });
    connect(m_dataSource, &DataSource::feedChanged, store, &EntityStore::setFeedProblem);
}

QDateTime ConnectionController::now() const
{
    if (m_demo->isRunning() && m_dataSource->profile().id == m_demoProfile.id)
        return QDateTime::fromMSecsSinceEpoch(m_demo->now(), Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

ConnectionManager *ConnectionController::createManager(QWidget *parent)
{
    auto *manager = new ConnectionManager(m_settings, m_secrets, parent);
    if (isDemoRunning())
        manager->setBuiltIn(m_demoProfile);
    const QString current = m_dataSource->profile().id;
    if (!current.isEmpty())
        manager->select(current);
    connect(manager, &ConnectionManager::connectRequested, m_dataSource, &DataSource::connectTo);
    return manager;
}

QList<QPair<QString, QByteArray>> ConnectionController::demoCityLayers() const
{
    if (!m_demo->isRunning())
        return {};
    const CityLayout city = CityLayout::generate(m_demoSeed, CitySimulation::Options().centre);
    return {{tr("Districts"), CityLayerExport::districts(city)},
            {tr("Buildings"), CityLayerExport::buildings(city)},
            {tr("Streets"), CityLayerExport::streets(city)}};
}
