#include "DemoConnection.h"

#include "citysim/CityLayerExport.h"
#include "citysim/CitySimulation.h"
#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "map/OgrImporter.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"

#include <QTest>

namespace {
CitySimulation::Options frozenAt(qint64 start)
{
    CitySimulation::Options o;
    o.start = start;
    o.speed = 0;
    return o;
}
} // namespace

void DemoConnection::isolateSettings(const QTemporaryDir &dir, const char *testName)
{
    // Dashboards keep their choices in the user's configuration: a private one for the test.
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("CityDeckTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
}

DemoConnection::DemoConnection(qint64 start, qint64 history, const QHash<QString, qint64> &historyByType)
    : m_server(frozenAt(start))
{
    m_source.setCacheDirectory(m_cache.path());
    m_source.setHistory(history);
    m_source.setHistoryByType(historyByType);
}

bool DemoConnection::attach(DashboardContext *context, QString *error)
{
    if (!m_server.listen({QHostAddress::LocalHost}, 0, error))
        return false;
    context->timeCursor()->setClock([this] { return IsoTime::toDateTime(m_server.city()->now()); });
    context->store()->setBackend(&m_source);
    QObject::connect(&m_source, &DataSource::updated, context->store(),
                     [context](const QDateTime &newest) { context->store()->notifyStored(IsoTime::fromDateTime(newest)); });
    QObject::connect(&m_source, &DataSource::cacheChanged, context->store(), [this, context] { context->store()->setBackend(&m_source); });
    // The city plan, through the same GDAL import as the app.
    for (const auto &[name, geojson] : {std::pair{QStringLiteral("Districts"), CityLayerExport::districts(m_server.city()->layout())},
                                        std::pair{QStringLiteral("Streets"), CityLayerExport::streets(m_server.city()->layout())}}) {
        QList<OgrImporter::ImportedLayer> layers;
        if (!OgrImporter::importData(geojson, name, &layers, error))
            return false;
        CityPlan::Layer l = CityPlan::fromImported(layers.constFirst());
        l.name = name;
        context->cityPlan()->addLayer(l);
    }
    return true;
}

bool DemoConnection::connectAndWait(int timeoutMs)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("demo-city");
    profile.name = QStringLiteral("Demo city");
    profile.settings.brokerUrl = m_server.url();
    profile.settings.vendorHint = BrokerProfile::Vendor::CityDeckSim;
    m_source.connectTo(profile);
    return QTest::qWaitFor([this] { return m_source.state() == DataSource::State::Live; }, timeoutMs);
}
