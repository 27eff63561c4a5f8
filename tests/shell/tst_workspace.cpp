#include "ShellFixture.h"

#include "shell/MainWindow.h"
#include "shell/WorkspaceStore.h"

#include <QDockWidget>
#include <QTest>

namespace {
const QString kGood = QStringLiteral("org.citydeck.test.good");
const QString kSecond = QStringLiteral("org.citydeck.test.second");
Workspace operatorWs() { return Workspace::forRole(Workspace::Role::Operator); }
Workspace councilWs() { return Workspace::forRole(Workspace::Role::CouncilOfficer); }
Workspace tourismWs() { return Workspace::forRole(Workspace::Role::TourismOffice); }
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void findByKeyOrName()
    {
        Workspace w = operatorWs();
        QVERIFY(Workspace::find(QStringLiteral("COUNCIL"), &w));
        QCOMPARE(w.role(), Workspace::Role::CouncilOfficer);
        QVERIFY(Workspace::find(QStringLiteral("Tourism office"), &w));
        QCOMPARE(w.key(), QStringLiteral("tourism"));
        QVERIFY(!Workspace::find(QStringLiteral("mayor"), &w));
        QVERIFY(operatorWs().showsAlarms() && !operatorWs().showsKpis());
        QVERIFY(councilWs().showsKpis() && !councilWs().showsAlarms());
        QVERIFY(tourismWs().restrictsToSuitedDashboards());
    }

    void storeRoundTrip()
    {
        ShellFixture fx;
        WorkspaceStore store(fx.settings.get());
        WorkspaceState state;
        state.geometry = QByteArray("geometry-bytes");
        state.windowState = QByteArray("state-bytes");
        state.openDashboards = {kSecond, kGood};
        state.kiosk = true;
        store.save(QStringLiteral("operator"), state);
        fx.reopenSettings();
        WorkspaceStore reopened(fx.settings.get());
        QVERIFY(reopened.contains(QStringLiteral("operator")));
        QVERIFY(!reopened.contains(QStringLiteral("council")));
        const WorkspaceState loaded = reopened.load(QStringLiteral("operator"));
        QCOMPARE(loaded.geometry, state.geometry);
        QCOMPARE(loaded.windowState, state.windowState);
        QCOMPARE(loaded.openDashboards, state.openDashboards);
        QVERIFY(loaded.kiosk);
        reopened.reset(QStringLiteral("operator"));
        QVERIFY(reopened.load(QStringLiteral("operator")).isEmpty());
    }

    void olderLayoutVersionIsIgnored()
    {
        ShellFixture fx;
        fx.settings->setValue(QStringLiteral("workspaces/operator/layoutVersion"), WorkspaceStore::layoutVersion - 1);
        fx.settings->setValue(QStringLiteral("workspaces/operator/dashboards"), QStringList{kGood});
        QVERIFY(WorkspaceStore(fx.settings.get()).load(QStringLiteral("operator")).isEmpty());
    }

    // The real thing: lay a window out, close it, start a new one on the same settings.
    void windowLayoutSurvivesARestart()
    {
        ShellFixture fx;
        QRect floatingGeometry;
        {
            MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
            window.activateWorkspace(operatorWs());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDashboard(kGood));
            QVERIFY(window.openDashboard(kSecond));
            // Split instead of tabbed, and float the second one as onto another screen.
            window.addDockWidget(Qt::BottomDockWidgetArea, window.dashboardDock(kSecond));
            window.dashboardDock(kSecond)->setFloating(true);
            window.dashboardDock(kSecond)->setGeometry(200, 200, 500, 300);
            QTest::qWait(50);
            floatingGeometry = window.dashboardDock(kSecond)->geometry();
            window.alarmDock()->hide();
            window.close(); // saves
        }
        fx.reopenSettings();
        MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
        window.activateWorkspace(operatorWs());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.openDashboards(), QStringList({kGood, kSecond}));
        QDockWidget *second = window.dashboardDock(kSecond);
        QVERIFY(second->isFloating());
        QCOMPARE(second->size(), floatingGeometry.size());
        QVERIFY(!window.dashboardDock(kGood)->isFloating());
        QVERIFY(!window.alarmDock()->isVisible());
        QCOMPARE(fx.preferences->lastWorkspace(), QStringLiteral("operator"));
    }

    void eachWorkspaceKeepsItsOwnLayout()
    {
        ShellFixture fx;
        MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
        window.activateWorkspace(operatorWs());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDashboard(kSecond));
        QVERIFY(window.alarmDock()->isVisible());

        window.activateWorkspace(councilWs());
        QVERIFY(window.openDashboards().isEmpty());
        QVERIFY(window.kpiDock()->isVisible());
        QVERIFY(!window.alarmDock()->isVisible());
        QVERIFY(window.openDashboard(kGood));

        window.activateWorkspace(tourismWs());
        // Tourism offices only see dashboards made for them.
        QCOMPARE(window.availableDashboards(), QStringList({kGood}));
        QString error;
        QVERIFY(!window.openDashboard(kSecond, &error));
        QVERIFY(error.contains(QStringLiteral("Tourism office")));

        window.activateWorkspace(operatorWs());
        QCOMPARE(window.openDashboards(), QStringList({kSecond}));
        window.activateWorkspace(councilWs());
        QCOMPARE(window.openDashboards(), QStringList({kGood}));

        window.resetLayout();
        QVERIFY(window.openDashboards().isEmpty());
        window.activateWorkspace(operatorWs());
        window.activateWorkspace(councilWs());
        QVERIFY(window.openDashboards().isEmpty());
    }

    void kioskModeIsRemembered()
    {
        ShellFixture fx;
        {
            MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
            window.activateWorkspace(operatorWs());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setKioskMode(true);
            window.saveWorkspace();
        }
        MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
        window.activateWorkspace(operatorWs());
        QVERIFY(window.isKiosk());
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
