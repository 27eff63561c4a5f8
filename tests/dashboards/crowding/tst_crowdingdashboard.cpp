// The crowding dashboard as a user gets it: loaded through the sdk's catalog (and linking nothing
// but the sdk, core and the map the sdk exposes), on the demo city's cache filled through a real
// connection, with the city plan; the live heatmap, the flows with their forecast, thresholds
// raising alarms live but not in review, and a review-mode frame — screenshots in
// <build>/screenshots/crowding-*.png.

#include "DemoConnection.h"
#include "PluginCheck.h"
#include "Screenshot.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "crowding/CrowdMapPanel.h"
#include "crowding/CrowdingDashboard.h"
#include "crowding/FlowChart.h"
#include "crowding/FlowPanel.h"
#include "map/HeatmapLayer.h"
#include "map/MapView.h"
#include "sdk/AlarmBoard.h"
#include "sdk/CityPlan.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"

#include <QSettings>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-14T11:00:00Z")); // Saturday: market morning
const QString kId = QStringLiteral("org.citydeck.crowding");
} // namespace

class TestCrowdingDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DemoConnection::isolateSettings(m_config, "tst_crowding_dashboard");
    }

    void loadsThroughTheSdkAndLinksNothingElse()
    {
        DashboardMetadata meta;
        const QString problems = checkDashboardPlugin(kId, &meta);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(meta.suitsRole(QStringLiteral("tourism")));
        QCOMPARE(meta.historyDays.value(QStringLiteral("CrowdFlowObserved")), 21);
        QCOMPARE(meta.localizedName(QStringLiteral("fr")), QStringLiteral("Affluence et flux piétons"));
    }

    void demoCityLiveFlowsAndReview()
    {
        DemoConnection demo(kStart, 3 * 3600 * 1000, {{QStringLiteral("CrowdFlowObserved"), 15LL * 24 * 3600 * 1000}});
        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("citydeck.ini")), QSettings::IniFormat);
        context.setSettings(&settings); // as --settings FILE does
        QString error;
        QVERIFY2(demo.attach(&context, &error), qPrintable(error));
        QVERIFY(context.cityPlan()->districtNames().size() >= 6);

        QVERIFY(demo.connectAndWait());

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
