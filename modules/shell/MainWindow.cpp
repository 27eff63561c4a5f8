#include "shell/MainWindow.h"

#include "sdk/DashboardContext.h"
#include "sdk/DashboardPlugin.h"
#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"
#include "shell/AboutDialog.h"
#include "core/TimeCursor.h"
#include "shell/AlarmPanel.h"
#include "shell/CityMapPanel.h"
#include "map/MapView.h"
#include "shell/DataBrowser.h"
#include "shell/TimeBar.h"
#include "shell/DashboardNavigator.h"
#include "shell/HomePage.h"
#include "shell/KpiPanel.h"
#include "shell/PluginsDialog.h"
#include "shell/Preferences.h"
#include "shell/SettingsDialog.h"
#include "shell/ShellLog.h"
#include "shell/ShellStatusBar.h"
#include "shell/Theme.h"

#include "core/UnitFormatter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QToolBar>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

namespace {
const QString kDashboardPrefix = QStringLiteral("dashboard:");
} // namespace

MainWindow::MainWindow(PluginCatalog *catalog, DashboardContext *context, Preferences *preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_context(context)
    , m_preferences(preferences)
    , m_store(preferences->settings())
{
    setObjectName(QStringLiteral("CityDeckMainWindow"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AnimatedDocks
                   | QMainWindow::GroupedDragging);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    m_home = new HomePage(this);
    setCentralWidget(m_home);
    m_statusBar = new ShellStatusBar(context->timeCursor(), this);
    setStatusBar(m_statusBar);

    createDocks();
    createMenus();
    connect(m_home, &HomePage::showPluginsRequested, this, &MainWindow::showPlugins);
    connect(m_navigator, &DashboardNavigator::openRequested, this, [this](const QString &id) {
        QString error;
        if (!openDashboard(id, &error))
            QMessageBox::warning(this, tr("Dashboard not opened"), error);
    });

    // A sensible first size: most of the screen, never larger than it.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.85);
}

MainWindow::~MainWindow()
{
    // Dashboard widgets come from plug-in code: delete them while the plug-ins are loaded.
    closeAllDashboards();
}

void MainWindow::createDocks()
{
    m_navigator = new DashboardNavigator(this);
    m_navigatorDock = new QDockWidget(tr("Dashboards"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigator"));
    m_navigatorDock->setWidget(m_navigator);

    m_alarmDock = new QDockWidget(tr("Alarms"), this);
    m_alarmDock->setObjectName(QStringLiteral("alarms"));
    m_alarmDock->setWidget(new AlarmPanel(m_context->alarms(), m_alarmDock));

    m_kpiDock = new QDockWidget(tr("Key performance indicators"), this);
    m_kpiDock->setObjectName(QStringLiteral("kpis"));
    m_kpiDock->setWidget(new KpiPanel(m_context->kpis(), m_kpiDock));

    m_dataDock = new QDockWidget(tr("Data"), this);
    m_dataDock->setObjectName(QStringLiteral("data"));
    m_dataBrowser = new DataBrowser(m_context, m_dataDock);
    m_dataDock->setWidget(m_dataBrowser);

    m_mapDock = new QDockWidget(tr("City map"), this);
    m_mapDock->setObjectName(QStringLiteral("citymap"));
    m_cityMap = new CityMapPanel(m_context, m_preferences->settings(), m_mapDock);
    m_mapDock->setWidget(m_cityMap);
    m_mapDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    // A click on an entity shows it in the Data panel.
    connect(m_cityMap, &CityMapPanel::entityClicked, this, [this](const QString &id) {
        m_dataBrowser->setType(QString());
        if (m_dataBrowser->selectEntity(id)) {
            m_dataDock->show();
            m_dataDock->raise();
        }
    });

    // The time bar drives every dashboard: always there, under them, not movable away.
    m_timeToolBar = new QToolBar(tr("Time"), this);
    m_timeToolBar->setObjectName(QStringLiteral("time"));
    m_timeToolBar->setMovable(false);
    m_timeBar = new TimeBar(m_context->timeCursor(), m_context->store(), m_timeToolBar);
    m_timeToolBar->addWidget(m_timeBar);
    addToolBar(Qt::BottomToolBarArea, m_timeToolBar);

    applyDefaultLayout();
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_dashboardMenu = menuBar()->addMenu(tr("&Dashboards"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_navigatorDock->toggleViewAction());
    view->addAction(m_alarmDock->toggleViewAction());
    view->addAction(m_kpiDock->toggleViewAction());
    view->addAction(m_dataDock->toggleViewAction());
    view->addAction(m_mapDock->toggleViewAction());
    view->addAction(m_timeToolBar->toggleViewAction());
    view->addSeparator();
    m_kioskAction = view->addAction(tr("&Kiosk mode"));
    m_kioskAction->setCheckable(true);
    m_kioskAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_kioskAction->setShortcutContext(Qt::ApplicationShortcut);
    // Also on the window itself, so F11 still works when the menu bar is hidden in kiosk mode.
    addAction(m_kioskAction);
    connect(m_kioskAction, &QAction::toggled, this, &MainWindow::setKioskMode);

    QMenu *workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    m_workspaceGroup = new QActionGroup(this);
    for (const Workspace &w : Workspace::all()) {
        QAction *action = workspaceMenu->addAction(w.displayName());
        action->setCheckable(true);
        action->setData(w.key());
        action->setStatusTip(w.description());
        m_workspaceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, w] { activateWorkspace(w); });
    }
    workspaceMenu->addSeparator();
    workspaceMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Plug-ins…"), this, &MainWindow::showPlugins);
    QAction *about = help->addAction(tr("&About CityDeck"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showCityMap()
{
    m_mapDock->show();
    m_mapDock->raise();
    if (!m_mapDock->isFloating())
        resizeDocks({m_mapDock}, {qMax(400, width() * 3 / 5)}, Qt::Horizontal);
    m_cityMap->showCity();
}

void MainWindow::applyDefaultLayout()
{
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_alarmDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_kpiDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_dataDock);
    tabifyDockWidget(m_alarmDock, m_dataDock);
    addDockWidget(Qt::RightDockWidgetArea, m_mapDock);
    m_mapDock->setVisible(false); // View ▸ City map; the demo shows it
    m_navigatorDock->setVisible(true);
    m_dataDock->setVisible(true);
    m_timeToolBar->setVisible(true);
    m_alarmDock->setVisible(m_workspace.showsAlarms());
    m_kpiDock->setVisible(m_workspace.showsKpis());
    resizeDocks({m_navigatorDock}, {300}, Qt::Horizontal);
    resizeDocks({m_alarmDock, m_kpiDock}, {260, 260}, Qt::Vertical);
    (m_workspace.showsAlarms() ? m_alarmDock : m_dataDock)->raise();
}

QStringList MainWindow::availableDashboards() const
{
    QStringList ids;
    for (const PluginSpec *spec : m_catalog->runningSpecs()) {
        if (!m_workspace.restrictsToSuitedDashboards() || spec->metadata().suitsRole(m_workspace.key()))
            ids << spec->metadata().id;
    }
    return ids;
}

void MainWindow::refreshNavigator()
{
    const QString language = m_context->language();
    QList<DashboardNavigator::Entry> entries;
    for (const QString &id : availableDashboards()) {
        const PluginSpec *spec = m_catalog->specById(id);
        const DashboardMetadata &meta = spec->metadata();
        QIcon icon = spec->plugin()->icon();
        if (icon.isNull())
            icon = QIcon(QStringLiteral(":/citydeck/icons/dashboard.svg"));
        entries.append({id, meta.localizedName(language), meta.localizedDescription(language), meta.category, icon});
    }
    m_navigator->setEntries(entries);
    m_navigator->setEmptyText(m_workspace.restrictsToSuitedDashboards()
                                  ? tr("No pedestrian-flow dashboard is installed.")
                                  : tr("No dashboard plug-in is installed. See Help ▸ Plug-ins for the folders "
                                       "CityDeck searches and for plug-ins that failed to load."));
    rebuildDashboardMenu();
    updateHome();
}

void MainWindow::rebuildDashboardMenu()
{
    m_dashboardMenu->clear();
    const QString language = m_context->language();
    for (const QString &id : availableDashboards()) {
        const PluginSpec *spec = m_catalog->specById(id);
        QAction *action = m_dashboardMenu->addAction(spec->metadata().localizedName(language));
        action->setStatusTip(spec->metadata().localizedDescription(language));
        connect(action, &QAction::triggered, this, [this, id] { openDashboard(id); });
    }
    if (m_dashboardMenu->isEmpty())
        m_dashboardMenu->addAction(tr("No dashboard available"))->setEnabled(false);
    m_dashboardMenu->addSeparator();
    m_dashboardMenu->addAction(tr("&Close all dashboards"), this, &MainWindow::closeAllDashboards);
}

void MainWindow::updateHome()
{
    int failed = 0;
    for (const PluginSpec *spec : m_catalog->specs())
        failed += spec->hasError() ? 1 : 0;
    m_home->setWorkspace(m_workspace);
    m_home->setDashboardCounts(int(availableDashboards().size()), failed);
    m_home->setVisible(m_docks.isEmpty());
    setWindowTitle(tr("CityDeck — %1").arg(m_workspace.displayName()));
}

bool MainWindow::openDashboard(const QString &id, QString *error)
{
    if (QDockWidget *existing = m_docks.value(id)) {
        existing->show();
        existing->raise();
        return true;
    }
    if (!availableDashboards().contains(id)) {
        const QString reason = tr("The dashboard \"%1\" is not available in the %2 workspace.")
                                   .arg(id, m_workspace.displayName());
        if (error)
            *error = reason;
        qCWarning(lcShell).noquote() << reason;
        return false;
    }
    const PluginSpec *spec = m_catalog->specById(id);
    auto *dock = new QDockWidget(spec->metadata().localizedName(m_context->language()), this);
    dock->setObjectName(kDashboardPrefix + id);
    dock->setAttribute(Qt::WA_DeleteOnClose);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    QString reason;
    QWidget *widget = m_catalog->createDashboard(id, dock, &reason);
    if (!widget) {
        delete dock;
        if (error)
            *error = tr("The dashboard \"%1\" could not be created: %2").arg(spec->metadata().name, reason);
        return false;
    }
    dock->setWidget(widget);
    if (m_kiosk)
        dock->setTitleBarWidget(new QWidget(dock));
    QDockWidget *tabWith = m_dashboardOrder.isEmpty() ? (m_mapDock->isVisible() && !m_mapDock->isFloating() ? m_mapDock : nullptr)
                                                      : m_docks.value(m_dashboardOrder.constLast());
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (tabWith)
        tabifyDockWidget(tabWith, dock);
    else if (m_navigatorDock->isVisible() && !m_navigatorDock->isFloating())
        // The home page gives way: the dashboard, not the navigator, takes its space (once the
        // new dock is laid out, hence the deferred call).
        QTimer::singleShot(0, dock, [this, dock] {
            resizeDocks({m_navigatorDock, dock}, {300, qMax(300, width() - 300)}, Qt::Horizontal);
        });
    m_docks.insert(id, dock);
    m_dashboardOrder.append(id);
    connect(dock, &QObject::destroyed, this, [this, id] { dashboardDockDestroyed(id); });
    dock->show();
    dock->raise();
    updateHome();
    qCInfo(lcShell).noquote() << "opened dashboard" << id;
    return true;
}

void MainWindow::dashboardDockDestroyed(const QString &id)
{
    m_docks.remove(id);
    m_dashboardOrder.removeAll(id);
    updateHome();
}

void MainWindow::closeAllDashboards()
{
    const auto docks = m_docks.values();
    m_docks.clear();
    m_dashboardOrder.clear();
    for (QDockWidget *dock : docks) {
        dock->disconnect(this);
        removeDockWidget(dock);
        delete dock;
    }
    if (m_home)
        updateHome();
}

void MainWindow::activateWorkspace(const Workspace &workspace)
{
    if (m_workspaceActive)
        saveWorkspace();
    closeAllDashboards();
    m_workspace = workspace;
    m_workspaceActive = true;
    m_preferences->setLastWorkspace(workspace.key());
    for (QAction *action : m_workspaceGroup->actions())
        action->setChecked(action->data().toString() == workspace.key());
    refreshNavigator();

    const WorkspaceState state = m_store.load(workspace.key());
    applyDefaultLayout();
    for (const QString &id : state.openDashboards) {
        QString error;
        if (!openDashboard(id, &error))
            qCWarning(lcShell).noquote() << "not restoring dashboard" << id << ":" << error;
    }
    if (!state.geometry.isEmpty() && !m_kiosk)
        restoreGeometry(state.geometry);
    if (!state.windowState.isEmpty() && !restoreState(state.windowState, WorkspaceStore::layoutVersion))
        qCWarning(lcShell) << "saved layout of workspace" << workspace.key() << "could not be restored";
    if (state.kiosk != m_kiosk)
        m_kioskAction->setChecked(state.kiosk);
    updateHome();
    qCInfo(lcShell).noquote() << "workspace" << workspace.key() << "with" << m_docks.size() << "dashboards";
    emit workspaceChanged(workspace);
}

void MainWindow::saveWorkspace()
{
    if (!m_workspaceActive)
        return;
    WorkspaceState state;
    // Kiosk hides the chrome: save the layout from before kiosk and only remember that it was on.
    state.geometry = m_kiosk ? m_preKioskGeometry : saveGeometry();
    state.windowState = m_kiosk ? m_preKioskState : saveState(WorkspaceStore::layoutVersion);
    state.openDashboards = m_dashboardOrder;
    state.kiosk = m_kiosk;
    m_store.save(m_workspace.key(), state);
}

void MainWindow::resetLayout()
{
    closeAllDashboards();
    m_store.reset(m_workspace.key());
    if (m_kiosk)
        m_kioskAction->setChecked(false);
    applyDefaultLayout();
    updateHome();
}

void MainWindow::setKioskMode(bool on)
{
    if (on == m_kiosk)
        return;
    m_kiosk = on;
    if (m_kioskAction->isChecked() != on)
        m_kioskAction->setChecked(on);
    if (on) {
        m_wasMaximized = isMaximized();
        m_preKioskGeometry = saveGeometry();
        m_preKioskState = saveState(WorkspaceStore::layoutVersion);
    }
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    // No chrome on a video wall: dock title bars give way to an empty widget.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setTitleBarWidget(on ? new QWidget(dock) : nullptr);
    if (on) {
        // A video wall shows the city now: no review, no data table.
        m_navigatorDock->hide();
        m_dataDock->hide();
        m_timeToolBar->hide();
        m_cityMap->view()->setFocus();
        m_context->timeCursor()->goLive();
        showFullScreen();
    } else {
        m_navigatorDock->show();
        m_timeToolBar->show();
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.apply();
    Theme::apply(qApp, m_preferences->theme());
    m_context->units()->setSystem(m_preferences->units());
    if (languageChanged)
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used from the next start of CityDeck."));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPlugins()
{
    PluginsDialog dialog(m_catalog, m_context->language(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWorkspace();
    event->accept();
}
