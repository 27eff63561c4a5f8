// The crowding dashboard as a user gets it: loaded through the sdk's catalog (and linking nothing
// but the sdk, core and the map the sdk exposes), on the demo city's cache filled through a real
// connection, with the city plan; the live heatmap, the flows with their forecast, thresholds
// raising alarms live but not in review, and a review-mode frame — screenshots in
// <build>/screenshots/crowding-*.png.

#include "Screenshot.h"

#include "citysim/CityLayerExport.h"
#include "citysim/CitySimulation.h"
#include "citysim/SimServer.h"
#include "connections/DataSource.h"
#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "crowding/CrowdMapPanel.h"
#include "crowding/CrowdingDashboard.h"
#include "crowding/FlowChart.h"
#include "crowding/FlowPanel.h"
#include "map/HeatmapLayer.h"
#include "map/MapView.h"
#include "map/OgrImporter.h"
#include "sdk/AlarmBoard.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"

#include <QProcess>
#include <QSettings>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-14T11:00:00Z")); // Saturday: market morning
const QString kId = QStringLiteral("org.citydeck.crowding");

QString pluginDir()
{
    return qEnvironmentVariable("CITYDECK_BUILD_DIR") + QStringLiteral("/lib/citydeck/plugins");
}
} // namespace

class TestCrowdingDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The dashboard keeps its settings in the user's configuration: a private one here.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("CityDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_crowding_dashboard"));
    }

    void loadsThroughTheSdkAndLinksNothingElse()
    {
        DashboardContext context;
        PluginCatalog catalog(&context);
        catalog.setSearchPaths({pluginDir()});
        catalog.loadAll();
        PluginSpec *spec = catalog.specById(kId);
        QVERIFY2(spec, qPrintable(pluginDir()));
        QCOMPARE(spec->state(), PluginSpec::State::Running);
        QVERIFY(spec->metadata().suitsRole(QStringLiteral("tourism")));
        QCOMPARE(spec->metadata().historyDays.value(QStringLiteral("CrowdFlowObserved")), 21);
        QCOMPARE(spec->metadata().localizedName(QStringLiteral("fr")), QStringLiteral("Affluence et flux piétons"));

        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), spec->filePath()});
        QVERIFY(readelf.waitForFinished(10000));
        const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY(needed.contains(QStringLiteral("libcitydeck_sdk")));
        for (const char *forbidden : {"shell", "connections", "store", "sync", "ngsild", "citysim", "cli"})
            QVERIFY2(!needed.contains(QStringLiteral("libcitydeck_%1").arg(QLatin1String(forbidden))), forbidden);

        QString error;
        std::unique_ptr<QWidget> widget(catalog.createDashboard(kId, nullptr, &error));
        QVERIFY2(widget, qPrintable(error));
        widget.reset();
        catalog.shutdown();
    }

    void demoCityLiveFlowsAndReview()
    {
        CitySimulation::Options o;
        o.start = kStart;
        o.speed = 0;
        SimServer server(o);
        QVERIFY(server.listen());
        QTemporaryDir cache;
        DataSource source;
        source.setCacheDirectory(cache.path());
        source.setHistory(3 * 3600 * 1000);
        source.setHistoryByType({{QStringLiteral("CrowdFlowObserved"), 15LL * 24 * 3600 * 1000}});
        ConnectionProfile profile;
        profile.id = QStringLiteral("demo-city");
        profile.name = QStringLiteral("Demo city");
        profile.settings.brokerUrl = server.url();
        profile.settings.vendorHint = BrokerProfile::Vendor::CityDeckSim;

        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("citydeck.ini")), QSettings::IniFormat);
        context.setSettings(&settings); // as --settings FILE does
        context.timeCursor()->setClock([&server] { return IsoTime::toDateTime(server.city()->now()); });
        context.store()->setBackend(&source);
        connect(&source, &DataSource::updated, context.store(), [&context](const QDateTime &newest) {
            context.store()->notifyStored(IsoTime::fromDateTime(newest));
        });
        connect(&source, &DataSource::cacheChanged, context.store(), [&] { context.store()->setBackend(&source); });
        // The city plan, through the same GDAL import as the app.
        for (const auto &[name, geojson] : {std::pair{QStringLiteral("Districts"), CityLayerExport::districts(server.city()->layout())},
                                            std::pair{QStringLiteral("Streets"), CityLayerExport::streets(server.city()->layout())}}) {
            QList<OgrImporter::ImportedLayer> layers;
            QString error;
            QVERIFY2(OgrImporter::importData(geojson, name, &layers, &error), qPrintable(error));
            CityPlan::Layer l = CityPlan::fromImported(layers.constFirst());
            l.name = name;
            context.cityPlan()->addLayer(l);
        }
        QVERIFY(context.cityPlan()->districtNames().size() >= 6);

        source.connectTo(profile);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), DataSource::State::Live, 120000);

        CrowdingDashboard dashboard(&context);
        dashboard.resize(1400, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.counters().size() >= 30, 20000);
        int inDistricts = 0;
        for (const CrowdCounter &c : dashboard.counters())
            inDistricts += c.district.isEmpty() ? 0 : 1;
        QVERIFY(inDistricts >= 30);
        QVERIFY(dashboard.mapPanel()->heatmap()->pointCount() >= 30);

        // A threshold every busy counter crosses on a market morning: alarms, in this dashboard.
        const int before = dashboard.alarmView()->rowCount();
        dashboard.setRules({ThresholdRule{QStringLiteral("*"), QStringLiteral("count"), 60, Alarm::Severity::Warning}});
        QVERIFY(!dashboard.breached().isEmpty());
        const int raised = dashboard.alarmView()->rowCount();
        QCOMPARE(raised - before, int(dashboard.breached().size()));
        for (const Alarm &a : context.alarms()->alarms())
            QCOMPARE(a.source, kId);
        QTest::qWait(800); // the heatmap's frame comes from a worker thread
        const QImage live = Screenshot::grab(&dashboard, QStringLiteral("crowding-live"));
        QVERIFY(Screenshot::distinctColours(live) > 200);

        // Pedestrian flows: the whole city by hour, a week before, the forecast and its error.
        dashboard.tabs()->setCurrentWidget(dashboard.flowPanel());
        dashboard.flowPanel()->selectSubject(QStringLiteral("*"));
        dashboard.flowPanel()->refresh();
        const FlowDay &day = dashboard.flowPanel()->current();
        QVERIFY(std::isfinite(day.counts[9]) && day.counts[9] > 1000);
        QVERIFY(day.hasLastWeek());
        QCOMPARE(day.forecast.size(), FlowAggregator::kForecastHours);
        QVERIFY(day.accuracy1h.points >= 150);
        QVERIFY(day.accuracy1h.relative() < 0.2);
        QVERIFY(dashboard.flowPanel()->chart()->seriesNames().contains(QStringLiteral("Forecast")));
        QVERIFY(dashboard.flowPanel()->districtTable()->rowCount() >= 7);
        QVERIFY(dashboard.flowPanel()->summaryText().contains(QStringLiteral("Busiest hours")));
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("crowding-flows"));

        // Review: Wednesday evening; the map shows then, and the past raises no alarm.
        dashboard.tabs()->setCurrentIndex(0);
        const QList<CrowdCounter> shownLive = dashboard.counters();
        context.timeCursor()->review(IsoTime::toDateTime(kStart - 2 * 24 * 3600 * 1000 + 7 * 3600 * 1000));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.counters().size() >= 30 && dashboard.counters().constFirst().count != shownLive.constFirst().count, 10000);
        QCOMPARE(dashboard.alarmView()->rowCount(), raised);
        QCOMPARE(dashboard.flowPanel()->current().day, QDate(2026, 3, 12));
        QTest::qWait(800);
        const QImage review = Screenshot::grab(&dashboard, QStringLiteral("crowding-review"));
        QVERIFY(Screenshot::distinctColours(review) > 200);
        QVERIFY(review != live);

        // Privacy: with k above every count, nothing warms the map and counts are hidden.
        dashboard.setPrivacyK(1000);
        QCOMPARE(dashboard.mapPanel()->heatmap()->pointCount(), size_t(0));
        QCOMPARE(settings.value(QStringLiteral("dashboards/org.citydeck.crowding/privacyK")).toInt(), 1000);
        dashboard.setPrivacyK(5);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestCrowdingDashboard)
#include "tst_crowdingdashboard.moc"
