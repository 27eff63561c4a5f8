// The watering dashboard as a user gets it: loaded through the sdk's catalog (linking nothing but
// the sdk, core and map), on the demo city's cache filled through a real connection — nine fields
// on the map with today's decision, the plan explained, a field over time, the water saved against
// the fixed schedule and a what-if — checked against the demo city itself: each replayed day is
// the watering the city's controller did (its meters), and the dashboard's savings are the
// broker's KeyPerformanceIndicator. Then Smart Data Models' own examples, defects and all.
// Screenshots in <build>/screenshots/watering-*.png.

#include "DemoConnection.h"
#include "FixtureBackend.h"
#include "PluginCheck.h"
#include "Screenshot.h"

#include "citysim/CitySimulation.h"
#include "citysim/WateringDomain.h"
#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "map/MarkerLayer.h"
#include "map/VectorLayer.h"
#include "ngsild/PayloadParser.h"
#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/KpiBoard.h"
#include "watering/FieldListModel.h"
#include "watering/FieldMapPanel.h"
#include "watering/FieldPanel.h"
#include "watering/RuleEditor.h"
#include "watering/SavingsPanel.h"
#include "watering/WateringDashboard.h"
#include "watering/WateringMonitor.h"
#include "watering/WhatIfPanel.h"

#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-06-24T10:30:00Z")); // a Wednesday in June
const QString kId = QStringLiteral("org.citydeck.watering");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QTimeZone kCityZone(3600); // the demo city runs on UTC+1 all year

} // namespace

class TestWateringDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DemoConnection::isolateSettings(m_config, "tst_watering_dashboard");
    }

    void loadsThroughTheSdkAndLinksNothingElse()
    {
        DashboardMetadata meta;
        const QString problems = checkDashboardPlugin(kId, &meta);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(meta.suitsRole(QStringLiteral("operator")) && meta.suitsRole(QStringLiteral("council")));
        QCOMPARE(meta.historyDays.value(QStringLiteral("GreenspaceRecord")), 35);
        QCOMPARE(meta.localizedName(QStringLiteral("fr")), QStringLiteral("Arrosage des terrains de sport"));
    }

    void demoCity()
    {
        QHash<QString, qint64> history;
        for (const char *type : {"Garden", "GreenspaceRecord", "WeatherForecast", "WeatherObserved", "WaterConsumptionObserved", "SportsFieldSchedule"})
            history.insert(QLatin1String(type), 32 * kDayMs);
        DemoConnection demo(kStart, 8 * kDayMs, history);
        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("citydeck.ini")), QSettings::IniFormat);
        context.setSettings(&settings);
        WateringSettings zoned;
        zoned.timeZoneId = "UTC+01:00";
        zoned.save(&settings);
        QString error;
        QVERIFY2(demo.attach(&context, &error), qPrintable(error));
        QVERIFY(demo.connectAndWait());

        WateringMonitor monitor(&context, kId); // as the plug-in does when it loads
        WateringDashboard dashboard(&context);
        dashboard.resize(1500, 920);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const CityLayout &city = demo.server().city()->layout();
        WateringDomain &sim = demo.server().city()->watering();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.snapshot().fields.size(), int(city.fields.size()), 20000);

        // Every field read with its probe, calendar and (but the last) meter; a plan for each.
        int metered = 0;
        for (const WateringField &f : dashboard.snapshot().fields) {
            QVERIFY2(!f.recordId.isEmpty() && !f.scheduleId.isEmpty(), qPrintable(f.id));
            QVERIFY2(std::isfinite(f.moisture) && f.areaM2 > 4000, qPrintable(f.id));
            QVERIFY(!f.district.isEmpty());
            metered += f.meterId.isEmpty() ? 0 : 1;
        }
        QCOMPARE(metered, int(city.fields.size()) - 1);
        QCOMPARE(dashboard.snapshot().forecast.size(), 25 - 1); // the 24 hourly ones; the day's summary is not hourly
        QCOMPARE(dashboard.plan().size(), int(city.fields.size()));
        for (const WateringPlanner::FieldPlan &p : dashboard.plan()) {
            QVERIFY2(p.decision.action != WateringDecision::Action::NoData, qPrintable(p.decision.explanation));
            QVERIFY(!p.provisional); // 11:30 local: decided at 05:00
            QVERIFY(!p.decision.explanation.isEmpty());
        }
        QCOMPARE(dashboard.mapPanel()->fieldLayer()->features().size(), int(city.fields.size()));
        QCOMPARE(int(dashboard.mapPanel()->decisionLayer()->markers().size()), int(city.fields.size()));

        // The replayed days are what the city's controller did: same days, same times, same water.
        WateringPlanner &planner = *dashboard.planner();
        const QDate today = DecisionEngine::localDay(kStart, kCityZone);
        QStringList ids;
        for (const CityLayout::Site &f : city.fields)
            ids << f.id;
        const WateringPlanner::Replay replay = planner.replay(today.addDays(-28), today, dashboard.settings(), ids);
        int waterings = 0, rainSkips = 0, shifted = 0, deferred = 0;
        double replayed = 0, simulated = 0;
        for (int f = 0; f < city.fields.size(); ++f) {
            for (QDate day = today.addDays(-28); day <= today; day = day.addDays(1)) {
                const qint64 from = DecisionEngine::at(day, 0, kCityZone), to = DecisionEngine::at(day.addDays(1), 0, kCityZone);
                const WateringDecision d = replay.value(city.fields.at(f).id).value(day);
                const QList<WateringDomain::Watering> done = sim.waterings(f, from, to);
                QVERIFY2(done.size() == (d.waters() ? 1 : 0), qPrintable(QStringLiteral("%1 %2: %3").arg(city.fields.at(f).id, day.toString(), d.explanation)));
                if (d.waters()) {
                    QCOMPARE(done.first().start, d.start);
                    QVERIFY2(std::abs(done.first().volume - d.volume) < 0.01 * d.volume + 0.05, qPrintable(d.explanation));
                    simulated += done.first().volume;
                    replayed += d.volume;
                }
                waterings += d.action == WateringDecision::Action::Water ? 1 : 0;
                shifted += d.action == WateringDecision::Action::Shifted ? 1 : 0;
                rainSkips += d.reason == WateringDecision::Reason::Rain ? 1 : 0;
                deferred += d.action == WateringDecision::Action::Skip && (d.reason == WateringDecision::Reason::Mowing || d.reason == WateringDecision::Reason::Reserved) ? 1 : 0;
            }
        }
        qInfo("29 days × %d fields: %d waterings, %d shifted, %d skipped for rain, %d deferred; %.1f m³ replayed, %.1f m³ simulated",
              int(city.fields.size()), waterings, shifted, rainSkips, deferred, replayed, simulated);
        QVERIFY(waterings > 0 && shifted > 0 && rainSkips > 0);

        // The dashboard's savings over the broker's KPI period are the broker's KPI.
        const std::vector<Entity> kpis = context.store()->stateAt(kStart, {QStringLiteral("KeyPerformanceIndicator")});
        double brokerSaved = std::nan("");
        qint64 kpiFrom = 0, kpiTo = 0;
        for (const Entity &e : kpis) {
            if (!e.id.endsWith(QLatin1String("sq-water-saved")))
                continue;
            brokerSaved = e.number(QStringLiteral("kpiValue"));
            const QJsonObject period = e.attribute(QStringLiteral("calculationPeriod"))->value().toJsonValue().toObject();
            kpiFrom = IsoTime::parse(period.value(QStringLiteral("from")).toString());
            kpiTo = IsoTime::parse(period.value(QStringLiteral("to")).toString());
        }
        QVERIFY(std::isfinite(brokerSaved) && kpiTo - kpiFrom == 7 * kDayMs);
        const WaterSavings::Row week = WaterSavings::between(planner, dashboard.snapshot().fields, dashboard.settings(), kpiFrom, kpiTo);
        qInfo("water saved %s–%s: dashboard %.1f m³ (%.1f used of %.1f), broker KPI %.0f m³", qPrintable(IsoTime::format(kpiFrom)),
              qPrintable(IsoTime::format(kpiTo)), week.saved(), week.smart, week.baseline, brokerSaved);
        QVERIFY(std::abs(week.saved() - brokerSaved) <= 1.0 + 0.005 * week.baseline);
        // And the plug-in published the council's three KPIs for the week before the hour.
        auto published = [&context] {
            QList<Kpi> out;
            for (const Kpi &k : context.kpis()->kpis()) {
                if (k.source == kId)
                    out << k;
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(published().size(), 3, 10000);
        QCOMPARE(published().at(1).value, std::round(week.saved() * 10) / 10); // the week before 11:00 local, as the broker's
        QCOMPARE(published().at(0).periodEnd, IsoTime::toDateTime(kpiTo));

        // Screens: the map and the plan, a field over time, the savings, the what-if.
        dashboard.fieldView()->sortByColumn(FieldListModel::MoistureColumn, Qt::AscendingOrder);
        QTest::qWait(300);
        QVERIFY(Screenshot::distinctColours(Screenshot::grab(&dashboard, QStringLiteral("watering-fields"))) > 100);
        const QString driest = dashboard.fieldView()->model()->index(0, 0).data(FieldListModel::IdRole).toString();
        dashboard.selectField(driest);
        dashboard.tabs()->setCurrentWidget(dashboard.fieldPanel());
        QCOMPARE(dashboard.fieldPanel()->fieldId(), driest);
        QVERIFY(dashboard.fieldPanel()->seriesNames().contains(QStringLiteral("Expected (next 48 h)")));
        QVERIFY(dashboard.fieldPanel()->infoText().contains(QStringLiteral("Next mowing")));
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("watering-field"));

        dashboard.tabs()->setCurrentWidget(dashboard.savingsPanel());
        SavingsPanel *savings = dashboard.savingsPanel();
        savings->setPeriod(WaterSavings::Period::Day);
        QVERIFY(savings->rows().size() >= 28);
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("watering-savings"));
        savings->setPeriod(WaterSavings::Period::Week);
        QVERIFY(savings->rows().size() >= 4);
        dashboard.setPrice(2.5);
        QCOMPARE(WateringSettings::load(&settings).pricePerM3, 2.5);
        QCOMPARE(savings->price(), 2.5);
        QVERIFY(savings->summary().contains(QStringLiteral("2.50 €/m³")));
        const QString csv = m_config.filePath(QStringLiteral("savings.csv"));
        QVERIFY2(savings->exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), savings->rows().size() + 1);

        // What-if: the rule in force is its own replay; a lower threshold uses less water.
        dashboard.tabs()->setCurrentWidget(dashboard.whatIfPanel());
        WhatIfPanel *whatIf = dashboard.whatIfPanel();
        whatIf->setDays(28);
        dashboard.runWhatIf();
        QVERIFY(whatIf->result().actualM3() > 0);
        QVERIFY(std::abs(whatIf->result().whatIfM3() - whatIf->result().actualM3()) < 1e-6);
        WateringRule lower = dashboard.settings().defaults;
        lower.dryThreshold = 0.22;
        lower.criticalThreshold = 0.18;
        whatIf->editor()->setRule(lower);
        dashboard.runWhatIf();
        QVERIFY(whatIf->result().whatIfM3() < whatIf->result().actualM3());
        QCOMPARE(whatIf->table()->rowCount(), int(city.fields.size()));
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("watering-whatif"));

        // The rule per field is the user's and kept; the plan follows it.
        WateringRule wet = dashboard.settings().defaults;
        wet.dryThreshold = 0.45;
        wet.targetMoisture = 0.46;
        dashboard.setRule(driest, wet);
        QCOMPARE(WateringSettings::load(&settings).ruleFor(driest), wet);
        const WateringDecision *now = dashboard.fieldModel()->decisionOf(driest);
        QVERIFY(now && now->reason != WateringDecision::Reason::Moist);
        dashboard.setRule(driest, dashboard.settings().defaults);

        // Review three days back at noon: the plan is that day's replayed decision.
        dashboard.tabs()->setCurrentIndex(0);
        const qint64 past = DecisionEngine::at(today.addDays(-3), 12 * 60, kCityZone);
        context.timeCursor()->review(IsoTime::toDateTime(past));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.snapshot().time, past, 10000);
        for (const WateringPlanner::FieldPlan &p : dashboard.plan()) {
            const WateringDecision then = replay.value(p.fieldId).value(today.addDays(-3));
            QCOMPARE(p.decision.action, then.action);
            QCOMPARE(p.decision.explanation, then.explanation);
        }
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("watering-review"));
    }

    void smartDataModelsExamples()
    {
        const QString root = qEnvironmentVariable("CITYDECK_SHARED_DIR") + QStringLiteral("/fixtures/ngsi-ld/");
        if (!QFile::exists(root + QStringLiteral("SOURCES.md")))
            QSKIP("../shared/fixtures/ngsi-ld is absent (a fresh clone has no ../shared); CI always has it");
        FixtureBackend backend;
        for (const char *path : {"smart-data-models/dataModel.ParksAndGardens/Garden/examples/example-normalized.jsonld",
                                 "smart-data-models/dataModel.ParksAndGardens/GreenspaceRecord/examples/example.jsonld",
                                 "smart-data-models/dataModel.Weather/WeatherForecast/examples/example-normalized.jsonld"}) {
            QFile file(root + QLatin1String(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), path);
            PayloadParser parser;
            ParseResult r = parser.parse(file.readAll());
            QVERIFY2(r.ok(), qPrintable(r.error));
            for (Entity &e : r.entities)
                backend.entities.push_back(std::move(e));
        }
        QCOMPARE(backend.entities.size(), size_t(3));
        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("fixtures.ini")), QSettings::IniFormat);
        context.setSettings(&settings);
        // A window at 13:00 UTC: its decision time follows the record's 12:00 reading.
        WateringSettings afternoon;
        afternoon.timeZoneId = "UTC";
        afternoon.defaults.windows = {{13 * 60, 15 * 60}};
        afternoon.save(&settings);
        context.store()->setBackend(&backend);
        context.timeCursor()->review(IsoTime::toDateTime(IsoTime::parse(std::string_view("2019-01-15T13:30:00Z"))));
        WateringDashboard dashboard(&context);
        dashboard.resize(1300, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.snapshot().fields.size(), 1, 10000);
        const WateringField &f = dashboard.snapshot().fields.first();
        QCOMPARE(f.name, QStringLiteral("Jardines de Piquio"));
        // The record points at "urn:ngsi-ld:Greenspace:…" and the Garden at "urn:ngsi-ld:Record:…": matched by name.
        QCOMPARE(f.recordId, QStringLiteral("urn:ngsi-ld:GreenspaceRecord:Santander-Garden-Piquio-Record-1"));
        QCOMPARE(f.moisture, 0.87); // not a plausible m³/m³, read as sent: the soil is wet
        QCOMPARE(f.areaM2, 0.0);    // a Point: no area, so no volume
        QCOMPARE(f.lastWatering, IsoTime::parse(std::string_view("2017-03-31T08:00:00Z")));
        // Its 6-hour forecast from 2016 is no forecast for 2019.
        QCOMPARE(dashboard.snapshot().forecast.size(), 1);
        const WateringDecision d = dashboard.plan().first().decision;
        QCOMPARE(d.action, WateringDecision::Action::Skip);
        QCOMPARE(d.reason, WateringDecision::Reason::Moist);
        QCOMPARE(d.moisture, 0.87);
        QVERIFY(!dashboard.plan().first().provisional);
        QTest::qWait(300);
        Screenshot::grab(&dashboard, QStringLiteral("watering-fixtures"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestWateringDashboard)
#include "tst_wateringdashboard.moc"
