// The parking dashboard as a user gets it: loaded through the sdk's catalog (linking nothing but
// the sdk, core and map), on the demo city's cache filled through a real connection — car parks,
// kerb strips, bay groups and bays on the map, the sortable list linked to map and chart, alarms
// for full sites and the dead kerb sensor (live only), occupancy over time with its forecast and
// measured error, KPIs, CSV exports, a review frame — and on the Smart Data Models and ETSI
// parking examples from ../shared. Screenshots in <build>/screenshots/parking-*.png.

#include "DemoConnection.h"
#include "FixtureBackend.h"
#include "PluginCheck.h"
#include "Screenshot.h"

#include "citysim/CitySimulation.h"
#include "citysim/ParkingDomain.h"
#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "map/MapView.h"
#include "map/MarkerLayer.h"
#include "map/VectorLayer.h"
#include "ngsild/PayloadParser.h"
#include "parking/OccupancyChart.h"
#include "parking/OccupancyPanel.h"
#include "parking/ParkingDashboard.h"
#include "parking/ParkingKpiPublisher.h"
#include "parking/ParkingMapPanel.h"
#include "parking/ParkingSiteModel.h"
#include "sdk/AlarmBoard.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/KpiBoard.h"

#include <QFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-10T11:40:00Z")); // Tuesday lunchtime
const QString kId = QStringLiteral("org.citydeck.parking");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Column values of the sorted list, top to bottom.
QList<double> sortedColumn(const QTableView *view, int column)
{
    QList<double> out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, column).data(ParkingSiteModel::SortRole).toDouble();
    return out;
}
} // namespace

class TestParkingDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DemoConnection::isolateSettings(m_config, "tst_parking_dashboard");
    }

    void loadsThroughTheSdkAndLinksNothingElse()
    {
        DashboardMetadata meta;
        const QString problems = checkDashboardPlugin(kId, &meta);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(meta.suitsRole(QStringLiteral("operator")) && meta.suitsRole(QStringLiteral("council")));
        QCOMPARE(meta.historyDays.value(QStringLiteral("OffStreetParking")), 35);
        QCOMPARE(meta.localizedName(QStringLiteral("de")), QStringLiteral("Parkraumbelegung"));
    }

    void demoCity()
    {
        const qint64 weeks = 22 * kDayMs;
        DemoConnection demo(kStart, 3 * 3600 * 1000, {{QStringLiteral("OffStreetParking"), weeks}, {QStringLiteral("OnStreetParking"), weeks}});
        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("citydeck.ini")), QSettings::IniFormat);
        context.setSettings(&settings);
        QString error;
        QVERIFY2(demo.attach(&context, &error), qPrintable(error));
        QVERIFY(demo.connectAndWait());

        ParkingKpiPublisher publisher(&context, kId); // as the plug-in does when it loads
        ParkingDashboard dashboard(&context);
        dashboard.resize(1500, 920);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const CityLayout &city = demo.server().city()->layout();
        const int sites = int(city.carParks.size() + city.kerbs.size()) + ParkingDomain::kGroupKerbs;
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.state().sites.size(), sites, 20000);
        QCOMPARE(dashboard.state().bays.size(), demo.server().city()->parking().capacity(ParkingDomain::kSpotSite));
        int inDistricts = 0, computed = 0;
        for (const ParkingSite &s : dashboard.state().sites) {
            inDistricts += s.district.isEmpty() ? 0 : 1;
            QVERIFY2(s.counts.isKnown() || s.stale, qPrintable(s.id));
            QVERIFY2(!s.counts.isInconsistent(), qPrintable(s.id + s.counts.problems().join(QLatin1Char(';'))));
            computed += s.kind == ParkingSite::Kind::OnStreet && std::isfinite(s.counts.occupancy) ? 1 : 0; // no occupancy sent
        }
        QVERIFY(inDistricts >= sites - 2);
        QCOMPARE(computed, int(city.kerbs.size()));

        // Alarms, live: full kerbs at lunchtime, and the kerb sensor that died before dawn.
        const QString dead = city.kerbs.at(ParkingDomain::kDeadKerb).id;
        bool silentRaised = false, fullRaised = false;
        for (const Alarm &a : context.alarms()->alarms()) {
            QCOMPARE(a.source, kId);
            silentRaised |= a.entityId == dead;
            fullRaised |= a.entityId != dead;
        }
        QVERIFY(silentRaised && fullRaised);
        QVERIFY(dashboard.breached().contains(dead));
        const int raised = dashboard.alarmView()->rowCount();
        QCOMPARE(raised, int(dashboard.breached().size()));

        // The list sorts by occupancy (unknown last) and by availability; a click selects everywhere.
        QTableView *list = dashboard.siteView();
        list->sortByColumn(ParkingSiteModel::OccupancyColumn, Qt::DescendingOrder);
        const QList<double> occupancy = sortedColumn(list, ParkingSiteModel::OccupancyColumn);
        QVERIFY(std::is_sorted(occupancy.rbegin(), occupancy.rend()));
        QVERIFY(occupancy.first() >= 0.95);
        list->sortByColumn(ParkingSiteModel::AvailableColumn, Qt::AscendingOrder);
        const QList<double> available = sortedColumn(list, ParkingSiteModel::AvailableColumn);
        QVERIFY(std::is_sorted(available.begin(), available.end()));
        list->sortByColumn(ParkingSiteModel::TrendColumn, Qt::DescendingOrder);
        list->sortByColumn(ParkingSiteModel::OccupancyColumn, Qt::DescendingOrder);
        const QString carPark = city.carParks.at(ParkingDomain::kSpotSite).id;
        dashboard.selectSite(carPark);
        QCOMPARE(dashboard.mapPanel()->view()->selection(), QStringList{carPark});
        QCOMPARE(list->selectionModel()->selectedRows().value(0).data(ParkingSiteModel::IdRole).toString(), carPark);

        // Bays appear once zoomed into the car park that reports them.
        QVERIFY(!dashboard.mapPanel()->detailLayer()->isVisible());
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("parking-live"));
        dashboard.mapPanel()->zoomToSite(carPark);
        QVERIFY(dashboard.mapPanel()->detailLayer()->isVisible());
        QCOMPARE(int(dashboard.mapPanel()->detailLayer()->markers().size()), dashboard.state().bays.size() + ParkingDomain::kGroupKerbs);
        QTest::qWait(300);
        const QImage bays = Screenshot::grab(&dashboard, QStringLiteral("parking-bays"));
        QVERIFY(Screenshot::distinctColours(bays) > 100);
        dashboard.mapPanel()->view()->goHome();

        // Occupancy over time: the car park by hour with its forecast, then the city by day.
        dashboard.tabs()->setCurrentWidget(dashboard.occupancyPanel());
        OccupancyPanel *panel = dashboard.occupancyPanel();
        QCOMPARE(panel->current().subject, carPark);
        QVERIFY(panel->current().periods.size() >= 47);
        QCOMPARE(panel->current().forecast.size(), OccupancyPanel::kForecastHours);
        panel->selectSubject(OccupancyHistory::kCity);
        panel->refresh();
        const OccupancyPanel::View city1h = panel->current();
        QVERIFY(city1h.accuracy1h.points >= 150);
        qInfo("city forecast error: 1 h %.2f points (%.1f %% of the mean), 3 h %.2f points; %d h compared",
              city1h.accuracy1h.mae * 100, city1h.accuracy1h.relative() * 100, city1h.accuracy3h.mae * 100, city1h.accuracy1h.points);
        QVERIFY(city1h.accuracy1h.mae < 0.05);
        QVERIFY(std::isfinite(city1h.stayHours) && city1h.stayHours > 1 && city1h.stayHours < 5);
        QVERIFY(city1h.week.weekdayHour >= 11 && city1h.week.weekdayHour <= 15);
        QVERIFY(panel->chart()->seriesNames().contains(QStringLiteral("Forecast")));
        QVERIFY(panel->summaryText().contains(QStringLiteral("mean stay")));
        QCOMPARE(panel->peakTable()->rowCount(), 1 + int(city.carParks.size() + city.kerbs.size()));
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("parking-occupancy"));
        panel->setResolution(OccupancyHistory::Resolution::Day);
        QVERIFY(panel->current().periods.size() >= 20);
        QCOMPARE(ParkingSettings::load(&settings).resolution, OccupancyHistory::Resolution::Hour); // set by code, not chosen
        panel->setResolution(OccupancyHistory::Resolution::Hour);

        // KPIs for the council, published by the plug-in whether the dashboard is open or not.
        QList<Kpi> kpis;
        for (const Kpi &k : context.kpis()->kpis()) {
            if (k.source == kId)
                kpis << k;
        }
        QCOMPARE(kpis.size(), 3);
        QVERIFY(kpis.at(0).value > 20 && kpis.at(0).value < 90);
        QVERIFY(kpis.at(1).value > 0); // kerbs fill up at lunchtime
        QVERIFY(qFuzzyCompare(kpis.at(2).value, 100.0 / sites));

        // Exports.
        const QString sitesCsv = m_config.filePath(QStringLiteral("sites.csv"));
        QVERIFY2(dashboard.exportSitesCsv(sitesCsv, &error), qPrintable(error));
        QFile f(sitesCsv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), sites + 1);
        const QString seriesCsv = m_config.filePath(QStringLiteral("occupancy.csv"));
        QVERIFY2(panel->exportCsv(seriesCsv, &error), qPrintable(error));
        QFile g(seriesCsv);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray series = g.readAll();
        QVERIFY(series.contains(",forecast\n") && series.count('\n') > 40 * sites);

        // Review: Sunday at dawn; the map shows then, and the past raises no alarm.
        dashboard.tabs()->setCurrentIndex(0);
        const double liveFree = dashboard.state().sites.constFirst().counts.available;
        context.timeCursor()->review(IsoTime::toDateTime(kStart - 2 * kDayMs - 7 * 3600 * 1000));
        // The bay groups were fetched for the last hours only: not known then.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.state().sites.size() == sites - ParkingDomain::kGroupKerbs
                                     && dashboard.state().sites.constFirst().counts.available != liveFree,
                                 10000);

        QCOMPARE(dashboard.alarmView()->rowCount(), raised);
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("parking-review"));

        // Rules are the operator's and kept.
        dashboard.setRules({ThresholdRule{QStringLiteral("*"), QStringLiteral("occupancy"), 0.5, Alarm::Severity::Critical}});
        QCOMPARE(ParkingSettings::load(&settings).rules.size(), 1);
        QCOMPARE(dashboard.alarmView()->rowCount(), raised); // still in review
    }

    void smartDataModelsExamples()
    {
        const QString root = qEnvironmentVariable("CITYDECK_SHARED_DIR") + QStringLiteral("/fixtures/ngsi-ld/");
        if (!QFile::exists(root + QStringLiteral("SOURCES.md")))
            QSKIP("../shared/fixtures/ngsi-ld is absent (a fresh clone has no ../shared); CI always has it");
        FixtureBackend backend;
        for (const char *path : {"smart-data-models/dataModel.Parking/OffStreetParking/examples/example-normalized.jsonld",
                                 "smart-data-models/dataModel.Parking/OnStreetParking/examples/example-normalized.jsonld",
                                 "smart-data-models/dataModel.Parking/ParkingGroup/examples/example-normalized.jsonld",
                                 "smart-data-models/dataModel.Parking/ParkingSpot/examples/example-normalized.jsonld",
                                 "etsi-ngsi-ld-test-suite/data/entities/parking-simple-attributes.jsonld"}) {
            QFile file(root + QLatin1String(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), path);
            PayloadParser parser;
            ParseResult r = parser.parse(file.readAll());
            QVERIFY2(r.ok(), qPrintable(r.error));
            for (Entity &e : r.entities)
                backend.entities.push_back(std::move(e));
        }
        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("fixtures.ini")), QSettings::IniFormat);
        context.setSettings(&settings);
        context.store()->setBackend(&backend);
        context.timeCursor()->review(IsoTime::toDateTime(IsoTime::parse(std::string_view("2018-09-21T12:10:00Z"))));
        ParkingDashboard dashboard(&context);
        dashboard.resize(1300, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.state().sites.size(), 4, 10000);
        QCOMPARE(dashboard.state().bays.size(), 1);
        QHash<QString, ParkingSite> byId;
        for (const ParkingSite &s : dashboard.state().sites)
            byId.insert(s.id, s);
        // Porto: 132 free of 414, 282 occupied; its occupancy (0.68) agrees with the counts.
        const ParkingSite porto = byId.value(QStringLiteral("urn:ngsi-ld:OffStreetParking:porto-ParkingLot-23889"));
        QCOMPARE(porto.name, QStringLiteral("Parque de estacionamento Trindade"));
        QCOMPARE(porto.counts.available, 132.0);
        QCOMPARE(porto.counts.total, 414.0);
        QVERIFY(qFuzzyCompare(porto.counts.occupancy, 282.0 / 414));
        QVERIFY(!porto.counts.isInconsistent());
        QVERIFY(!porto.stale); // observed at 12:00, reviewed at 12:10
        // Santander's kerb sends no occupancy: 3 occupied of 6.
        const ParkingSite kerb = byId.value(QStringLiteral("urn:ngsi-ld:OnStreetParking:santander:daoiz_velarde_1_5"));
        QCOMPARE(kerb.kind, ParkingSite::Kind::OnStreet);
        QCOMPARE(kerb.counts.occupancy, 0.5);
        QCOMPARE(kerb.outline.size(), 1);
        QCOMPARE(byId.value(QStringLiteral("urn:ngsi-ld:ParkingGroup:daoiz-velarde-1-5-disabled")).counts.occupancy, 0.5);
        QCOMPARE(byId.value(QStringLiteral("urn:ngsi-ld:OffStreetParking:randomUUID")).counts.available, 121.0);
        QCOMPARE(dashboard.state().bays.constFirst().state, ParkingBay::State::Free);
        QCOMPARE(dashboard.siteModel()->rowCount(), 4);
        QCOMPARE(dashboard.mapPanel()->siteLayer()->markers().size(), size_t(3)); // the group is drawn with the bays
        QCOMPARE(dashboard.mapPanel()->areaLayer()->features().size(), 2);
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("parking-fixtures"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestParkingDashboard)
#include "tst_parkingdashboard.moc"
