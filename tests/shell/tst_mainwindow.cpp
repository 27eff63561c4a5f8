#include "Screenshot.h"
#include "ShellFixture.h"

#include "core/TimeCursor.h"
#include "sdk/AlarmBoard.h"
#include "sdk/EntityStore.h"
#include "sdk/FeedAlarm.h"
#include "sdk/KpiBoard.h"
#include "sdk/PluginSpec.h"
#include "shell/AboutDialog.h"
#include "shell/DashboardNavigator.h"
#include "shell/LanguageLoader.h"
#include "shell/MainWindow.h"
#include "shell/PluginsDialog.h"
#include "shell/SettingsDialog.h"
#include "shell/ShellStatusBar.h"
#include "shell/Theme.h"
#include "shell/WorkspaceChooser.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QSignalSpy>
#include <QLabel>
#include <QTranslator>

namespace {
const QString kGood = QStringLiteral("org.citydeck.test.good");
} // namespace

// GUI smoke test: the real main window under Xvfb with the test plug-ins, in every theme.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { Theme::apply(qApp, Theme::Id::Light); }

    void homePageSaysThereIsNoDataSource()
    {
        ShellFixture fx(true);
        auto windowPtr = fx.showWindow(Workspace::Role::Operator);
        QVERIFY(windowPtr);
        MainWindow &window = *windowPtr;
        QCOMPARE(window.shellStatusBar()->connectionText(), QStringLiteral("No data source"));
        QCOMPARE(window.shellStatusBar()->asOfText(), QStringLiteral("As of: no data yet"));
        QVERIFY(window.centralWidget()->isVisible());
        QCOMPARE(window.navigator()->entryCount(), 3); // good, second, throwcreate
        const QImage shot = Screenshot::grab(&window, QStringLiteral("home-operator"));
        QVERIFY(Screenshot::distinctColours(shot) > 20);
    }

    void opensDashboardInEveryTheme_data()
    {
        QTest::addColumn<int>("theme");
        for (Theme::Id id : Theme::all())
            QTest::newRow(qPrintable(Theme::key(id))) << int(id);
    }

    void opensDashboardInEveryTheme()
    {
        QFETCH(int, theme);
        Theme::apply(qApp, Theme::Id(theme));
        ShellFixture fx(true);
        auto windowPtr = fx.showWindow(Workspace::Role::Operator);
        QVERIFY(windowPtr);
        MainWindow &window = *windowPtr;
        QVERIFY(window.openDashboard(kGood));
        QDockWidget *dock = window.dashboardDock(kGood);
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(dock->windowTitle(), QStringLiteral("Test dashboard"));
        QVERIFY(!window.centralWidget()->isVisible());

        // The dashboard reaches the shell through the sdk: its alarm lands in the alarm area.
        auto *raise = dock->findChild<QPushButton *>(QStringLiteral("raiseAlarm"));
        QVERIFY(raise);
        QTest::mouseClick(raise, Qt::LeftButton);
        QCOMPARE(fx.context.alarms()->unacknowledgedCount(), 1);
        QVERIFY(window.alarmDock()->isVisible());
        // The data source's alarm is listed apart, and only while there is one.
        auto tableNamed = [&window](const QString &name) {
            for (QTableView *t : window.alarmDock()->findChildren<QTableView *>()) {
                if (t->accessibleName() == name)
                    return t;
            }
            return static_cast<QTableView *>(nullptr);
        };
        QTableView *dashboardAlarms = tableNamed(QStringLiteral("Alarms"));
        QTableView *feedAlarms = tableNamed(QStringLiteral("Data source alarms"));
        QVERIFY(dashboardAlarms && feedAlarms);
        QVERIFY(feedAlarms->isHidden());
        FeedAlarm feedAlarm(fx.context.store(), fx.context.alarms());
        fx.context.store()->setFeedProblem(QStringLiteral("broker unreachable"), QDateTime::currentDateTimeUtc());
        QCOMPARE(feedAlarms->model()->rowCount(), 1);
        QCOMPARE(dashboardAlarms->model()->rowCount(), 1);
        QVERIFY(feedAlarms->isVisible());
        QTest::qWait(50);

        const QImage shot = Screenshot::grab(&window, QStringLiteral("dashboard-") + Theme::key(Theme::Id(theme)));
        QVERIFY(Screenshot::distinctColours(shot) > 20);
        // The theme really applied: the window background is the theme's.
        const QColor bg = shot.pixelColor(shot.width() / 2, shot.height() - 3);
        QVERIFY(bg.isValid());
    }

    void councilWorkspaceShowsKpis()
    {
        ShellFixture fx;
        auto windowPtr = fx.showWindow(Workspace::Role::CouncilOfficer);
        QVERIFY(windowPtr);
        MainWindow &window = *windowPtr;
        QVERIFY(window.kpiDock()->isVisible());
        QVERIFY(!window.alarmDock()->isVisible());
        // The test plug-in published one KPI in initialize().
        QCOMPARE(fx.context.kpis()->rowCount(), 1);
        QCOMPARE(window.windowTitle(), QStringLiteral("CityDeck — Council officer"));
        Screenshot::grab(&window, QStringLiteral("home-council"));
    }

    void frenchInterface()
    {
        qputenv("CITYDECK_ROOT", qgetenv("CITYDECK_BUILD_DIR"));
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("fr")));
        {
            ShellFixture fx;
            fx.context.setLanguage(QStringLiteral("fr"));
            auto windowPtr = fx.showWindow(Workspace::Role::TourismOffice);
            QVERIFY(windowPtr);
            MainWindow &window = *windowPtr;
            QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Fichier"));
            QCOMPARE(window.windowTitle(), QStringLiteral("CityDeck — Office de tourisme"));
            QCOMPARE(window.shellStatusBar()->connectionText(), QStringLiteral("Aucune source de données"));
            // Localized plug-in metadata: the navigator shows the French name.
            QVERIFY(window.openDashboard(kGood));
            QCOMPARE(window.dashboardDock(kGood)->windowTitle(), QStringLiteral("Tableau de test"));
            QTest::qWait(100);
            // The dashboard takes the home page's place: nothing is left as an empty void.
            QVERIFY(window.dashboardDock(kGood)->width() > window.width() / 2);
            Screenshot::grab(&window, QStringLiteral("tourism-fr"));
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale::c());
        qunsetenv("CITYDECK_ROOT");
    }

    void failingDashboardIsReported()
    {
        ShellFixture fx(true);
        MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
        window.activateWorkspace(Workspace::forRole(Workspace::Role::Operator));
        QString error;
        QVERIFY(!window.openDashboard(QStringLiteral("org.citydeck.test.throwcreate"), &error));
        QVERIFY2(error.contains(QStringLiteral("no renderer available")), qPrintable(error));
        QVERIFY(window.openDashboards().isEmpty());
    }

    void statusBarFollowsTheTimeCursor()
    {
        ShellFixture fx;
        MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
        window.activateWorkspace(Workspace::forRole(Workspace::Role::CouncilOfficer));
        ShellStatusBar *bar = window.shellStatusBar();
        QCOMPARE(bar->modeText(), QStringLiteral("LIVE — no source"));
        const QDateTime t = QDateTime::currentDateTimeUtc().addDays(-2);
        fx.context.timeCursor()->review(t);
        QCOMPARE(bar->modeText(), QStringLiteral("REVIEW"));
        QVERIFY(bar->asOfText().startsWith(QStringLiteral("As of ")));
        bar->setConnection(ShellStatusBar::Connection::Online);
        fx.context.timeCursor()->goLive();
        QCOMPARE(bar->modeText(), QStringLiteral("LIVE"));
        // A broker that stopped answering: the badge must not say LIVE over a frozen picture.
        bar->setConnection(ShellStatusBar::Connection::Lost, QStringLiteral("broker unreachable since 14:03"));
        QCOMPARE(bar->modeText(), QStringLiteral("NOT LIVE"));
        QVERIFY(bar->connectionText().startsWith(QStringLiteral("Not live")));
        bar->setConnection(ShellStatusBar::Connection::Offline);
        QCOMPARE(bar->modeText(), QStringLiteral("NOT LIVE"));
        fx.context.timeCursor()->review(t); // reviewing the past is not "not live"
        QCOMPARE(bar->modeText(), QStringLiteral("REVIEW"));
    }

    void kioskHidesAllChrome()
    {
        ShellFixture fx;
        MainWindow window(&fx.catalog, &fx.context, fx.preferences.get());
        window.activateWorkspace(Workspace::forRole(Workspace::Role::Operator));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDashboard(kGood));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isKiosk());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QVERIFY(!window.navigator()->isVisible());
        QVERIFY(window.dashboardDock(kGood)->titleBarWidget());
        QTest::qWait(100);
        Screenshot::grab(&window, QStringLiteral("kiosk"));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!window.isKiosk());
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(!window.dashboardDock(kGood)->titleBarWidget());
    }

    void pluginsDialogListsFailuresWithReasons()
    {
        ShellFixture fx(true);
        PluginsDialog dialog(&fx.catalog, QStringLiteral("en"));
        dialog.resize(1100, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), int(fx.catalog.specs().size()));
        QStringList details;
        for (int row = 0; row < table->rowCount(); ++row)
            details << table->item(row, PluginsDialog::DetailsColumn)->text();
        const QString all = details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("sensor table corrupt")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("built for sdk 2.0")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("undefined symbol")), qPrintable(all));
        Screenshot::grab(&dialog, QStringLiteral("plugins-dialog"));
    }

    void aboutShowsComponentVersions()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = qobject_cast<QTableWidget *>(dialog.tabs()->widget(0));
        QVERIFY(table);
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row) {
            names << table->item(row, 0)->text();
            QVERIFY2(!table->item(row, 1)->text().isEmpty(), qPrintable(names.last()));
        }
        QVERIFY(names.contains(QStringLiteral("Qt")));
        QVERIFY(names.contains(QStringLiteral("VTK")));
        QVERIFY(names.contains(QStringLiteral("GDAL/OGR")));
        QCOMPARE(table->item(0, 1)->text(), QString::fromLatin1(qVersion()));
        Screenshot::grab(&dialog, QStringLiteral("about-dialog"));
    }

    void settingsDialogWritesPreferences()
    {
        ShellFixture fx;
        SettingsDialog dialog(fx.preferences.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Screenshot::grab(&dialog, QStringLiteral("settings-dialog"));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("high-contrast")));
        dialog.unitsBox()->setCurrentIndex(dialog.unitsBox()->findData(QStringLiteral("imperial")));
        QVERIFY(dialog.apply());
        fx.reopenSettings();
        QCOMPARE(fx.preferences->language(), QStringLiteral("de"));
        QCOMPARE(fx.preferences->effectiveLanguage(), QStringLiteral("de"));
        QCOMPARE(fx.preferences->theme(), Theme::Id::HighContrast);
        QCOMPARE(fx.preferences->units(), UnitFormatter::System::Imperial);
    }

    void firstStartOffersTheRoles()
    {
        WorkspaceChooser chooser;
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        Screenshot::grab(&chooser, QStringLiteral("workspace-chooser"));
        auto *tourism = chooser.findChild<QPushButton *>(QStringLiteral("workspace-tourism"));
        QVERIFY(tourism);
        QTest::mouseClick(tourism, Qt::LeftButton);
        QCOMPARE(chooser.result(), int(QDialog::Accepted));
        QCOMPARE(chooser.chosen().role(), Workspace::Role::TourismOffice);
    }

    void statusBarShowsLoadsAndConnectionDetail()
    {
        ShellFixture fx(true);
        auto windowPtr = fx.showWindow(Workspace::Role::Operator);
        QVERIFY(windowPtr);
        ShellStatusBar *status = windowPtr->shellStatusBar();
        status->setConnection(ShellStatusBar::Connection::Online, QStringLiteral("CityDeck demo city — live (notifications)"));
        status->setProgress(QStringLiteral("History: Building"), 3, 10);
        QVERIFY(status->isShowingProgress());
        QSignalSpy cancelled(status, &ShellStatusBar::cancelRequested);
        auto *cancel = status->findChild<QToolButton *>();
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        Screenshot::grab(windowPtr.get(), QStringLiteral("status-loading"));
        status->setProgress(QStringLiteral("History: Building"), 10, 10);
        QVERIFY(!status->isShowingProgress());
        auto *label = status->findChildren<QLabel *>().value(0);
        QVERIFY(label && label->text().contains(QStringLiteral("live (notifications)")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
