// The 3D energy dashboard as a user gets it: loaded through the sdk's catalog (linking the sdk,
// core, map and vtkview only), on the demo city's cache filled through a real connection — two
// thousand buildings extruded and coloured, a click picks a building and fills its panel, the
// measures and the time cursor recolour without rebuilding, totals and top consumers, anomaly
// alarms live only, the view exported. Screenshots in <build>/screenshots/energy-*.png.

#include "DemoConnection.h"
#include "PluginCheck.h"
#include "Screenshot.h"

#include "citysim/CitySimulation.h"
#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "energy/BuildingPanel.h"
#include "energy/EnergyDashboard.h"
#include "sdk/ThresholdEditor.h"
#include "sdk/AlarmBoard.h"
#include "sdk/DashboardAlarmView.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "vtkview/CityScene.h"
#include "vtkview/VtkView.h"

#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <vtkPolyData.h>

namespace {
const qint64 kStart = IsoTime::parse(std::string_view("2026-03-10T17:40:00Z")); // Tuesday evening
const QString kId = QStringLiteral("org.citydeck.energy");
} // namespace

class TestEnergyDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DemoConnection::isolateSettings(m_config, "tst_energy_dashboard");
    }

    void loadsThroughTheSdkAndLinksNothingElse()
    {
        DashboardMetadata meta;
        const QString problems = checkDashboardPlugin(kId, &meta);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(meta.suitsRole(QStringLiteral("council")));
        QCOMPARE(meta.historyDays.value(QStringLiteral("ThreePhaseAcMeasurement")), 2);
    }

    void demoCity()
    {
        DemoConnection demo(kStart, 3 * 3600 * 1000, {{QStringLiteral("ThreePhaseAcMeasurement"), 2LL * 24 * 3600 * 1000}});
        DashboardContext context;
        QSettings settings(m_config.filePath(QStringLiteral("citydeck.ini")), QSettings::IniFormat);
        context.setSettings(&settings);
        QString error;
        QVERIFY2(demo.attach(&context, &error), qPrintable(error));
        QVERIFY(demo.connectAndWait());

        EnergyDashboard dashboard(&context);
        dashboard.resize(1500, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const int buildings = int(demo.server().city()->layout().buildings.size());
        QTRY_COMPARE_WITH_TIMEOUT(int(dashboard.buildings().size()), buildings, 30000);
        QCOMPARE(dashboard.scene()->buildingCount(), buildings);
        int coloured = 0;
        for (double v : dashboard.values())
            coloured += std::isfinite(v) ? 1 : 0;
        QVERIFY2(coloured > buildings * 9 / 10, qPrintable(QString::number(coloured)));
        QTest::qWait(300);
        const QImage overview = Screenshot::grab(&dashboard, QStringLiteral("energy-overview"));
        QVERIFY(Screenshot::distinctColours(overview) > 200);

        // A click on the tallest building picks it and fills the panel.
        int tallest = 0;
        for (int i = 0; i < buildings; ++i) {
            if (dashboard.buildings()[size_t(i)].height > dashboard.buildings()[size_t(tallest)].height)
                tallest = i;
        }
        const EnergyBuilding &b = dashboard.buildings()[size_t(tallest)];
        const QPointF c = b.rings.first().boundingRect().center();
        const QPoint at = dashboard.view()->toWidget(c.x(), c.y(), b.height);
        QTest::mouseClick(dashboard.view(), Qt::LeftButton, {}, at);
        QCOMPARE(dashboard.selected(), tallest);
        QVERIFY(dashboard.buildingPanel()->comparisonText().contains(QStringLiteral("same use")));

        // Measures: recoloured, never rebuilt.
        const vtkIdType points = dashboard.scene()->mesh()->GetNumberOfPoints();
        const std::vector<double> power = dashboard.values();
        dashboard.setMeasure(EnergyMeasures::Measure::Intensity);
        QVERIFY(dashboard.values() != power);
        dashboard.setMeasure(EnergyMeasures::Measure::Deviation);
        int deviations = 0;
        for (double v : dashboard.values())
            deviations += std::isfinite(v) ? 1 : 0;
        QVERIFY2(deviations > buildings / 2, qPrintable(QString::number(deviations)));
        QCOMPARE(dashboard.scene()->mesh()->GetNumberOfPoints(), points);
        QTest::qWait(200);
        Screenshot::grab(&dashboard, QStringLiteral("energy-deviation"));
        dashboard.setMeasure(EnergyMeasures::Measure::Power);

        // Totals: the city and each district; the top consumers.
        QVERIFY(dashboard.districtTable()->rowCount() >= 10);
        QCOMPARE(dashboard.topTable()->rowCount(), EnergyDashboard::kTopCount);

        // Alarms live: a threshold every evening home crosses raises them; review raises none.
        dashboard.setRules({ThresholdRule{QStringLiteral("*"), QStringLiteral("ratio"), 1.05, Alarm::Severity::Warning}});
        const int raised = dashboard.alarmView()->rowCount();
        QVERIFY(raised > 0);
        QCOMPARE(dashboard.thresholdEditor()->rules().constFirst().limit, 1.05); // shown to the operator, editable
        QCOMPARE(EnergySettings::load(&settings).rules.constFirst().limit, 1.05);
        QCOMPARE(raised, int(dashboard.breached().size()));
        context.timeCursor()->review(IsoTime::toDateTime(kStart - 14 * 3600 * 1000)); // before dawn
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.values() != power, 10000);
        QCOMPARE(dashboard.alarmView()->rowCount(), raised);
        QCOMPARE(dashboard.scene()->mesh()->GetNumberOfPoints(), points);
        QTest::qWait(200);
        Screenshot::grab(&dashboard, QStringLiteral("energy-review"));

        // The view as a PNG.
        const QImage image = dashboard.scene()->image();
        QVERIFY(image.width() > 400 && Screenshot::distinctColours(image) > 100);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestEnergyDashboard)
#include "tst_energydashboard.moc"
