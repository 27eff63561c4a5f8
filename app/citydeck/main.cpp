// citydeck: the desktop control room. Wires the modules together; all logic lives in modules/.

#include "connections/ConnectionController.h"
#include "connections/DataSource.h"
#include "core/AppPaths.h"
#include "core/QuitOnSignal.h"
#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "core/Version.h"
#include "sdk/DashboardContext.h"
#include "sdk/FeedAlarm.h"
#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"
#include "shell/CityMapPanel.h"
#include "shell/CommandLineOptions.h"
#include "shell/HomePage.h"
#include "shell/LanguageLoader.h"
#include "shell/MainWindow.h"
#include "shell/Preferences.h"
#include "shell/ShellLog.h"
#include "shell/ShellStatusBar.h"
#include "shell/Theme.h"
#include "shell/Workspace.h"
#include "shell/WorkspaceChooser.h"
#include "shell/WorkspaceStore.h"

#include <QApplication>
#include <QTimer>
#include <QIcon>
#include <QMenu>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CityDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("citydeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYDECK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CityDeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CITYDECK_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/citydeck/icons/org.citydeck.CityDeck.svg")));

    const CommandLineOptions options = CommandLineOptions::parse(QCoreApplication::arguments());
    switch (options.outcome) {
    case CommandLineOptions::Outcome::ShowHelp:
    case CommandLineOptions::Outcome::ShowVersion:
        std::fputs(qPrintable(options.message + QLatin1Char('\n')), stdout);
        return 0;
    case CommandLineOptions::Outcome::Error:
        std::fputs(qPrintable(QStringLiteral("citydeck: ") + options.message + QLatin1Char('\n')), stderr);
        return 2;
    case CommandLineOptions::Outcome::Run:
        break;
    }

    std::unique_ptr<QSettings> settings = options.settingsFile.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat);
    Preferences preferences(settings.get());
    const QString language = options.language.isEmpty() ? preferences.effectiveLanguage() : options.language;
    LanguageLoader::install(&app, language);
    Theme::apply(&app, preferences.theme());

    DashboardContext context;
    context.setSettings(settings.get());
    context.setLanguage(language);
    context.units()->setSystem(preferences.units());
    context.units()->setLocale(QLocale(language));

    PluginCatalog catalog(&context);
    catalog.setSearchPaths(AppPaths::pluginDirs());
    catalog.loadAll();
    if (options.listPlugins) {
        // For installers: what was found where, and why anything failed, without a window.
        for (const PluginSpec *spec : catalog.specs()) {
            const QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                                     .arg(spec->metadata().id, spec->metadata().version, spec->stateLabel(),
                                          spec->filePath(), spec->errorString());
            std::fputs(qPrintable(line), stdout);
        }
        return 0;
    }

    if (options.resetLayout) {
        WorkspaceStore store(settings.get());
        for (const Workspace &w : Workspace::all())
            store.reset(w.key());
        qCInfo(lcShell) << "saved layouts reset";
    }

    Workspace workspace = Workspace::forRole(Workspace::Role::Operator);
    if (!options.workspace.isEmpty()) {
        Workspace::find(options.workspace, &workspace);
    } else if (preferences.hasChosenWorkspace()) {
        Workspace::find(preferences.lastWorkspace(), &workspace);
    } else {
        WorkspaceChooser chooser;
        if (chooser.exec() == QDialog::Accepted)
            workspace = chooser.chosen();
    }

    MainWindow window(&catalog, &context, &preferences);
    window.activateWorkspace(workspace);
    // Data: the demo city (--demo) or the connection used last time; File ▸ Connections… for others.
    ConnectionController connections(settings.get(), &window);
    // Dashboards, the data panel and the time bar read the connection's cache; live time is the
    // demo city's own clock when on the demo (it may run faster than the wall).
    connections.attachStore(context.store());
    // Dashboards that forecast or compare weeks say how much history they need per type.
    QHash<QString, qint64> history;
    for (const PluginSpec *spec : catalog.runningSpecs()) {
        for (auto it = spec->metadata().historyDays.cbegin(); it != spec->metadata().historyDays.cend(); ++it)
            history[it.key()] = std::max(history.value(it.key()), it.value() * 24LL * 3600 * 1000);
    }
    connections.dataSource()->setHistoryByType(history);
    context.timeCursor()->setClock([&connections] { return connections.now(); });
    window.fileMenu()->insertAction(window.fileMenu()->actions().value(0), connections.managerAction());
    window.fileMenu()->insertSeparator(window.fileMenu()->actions().value(1));
    ShellStatusBar *status = window.shellStatusBar();
    QObject::connect(connections.dataSource(), &DataSource::stateChanged, status, [status, &window](DataSource::State state, const QString &text) {
        window.homePage()->setDataSourceText(text);
        static const QHash<DataSource::State, ShellStatusBar::Connection> shown{
            {DataSource::State::None, ShellStatusBar::Connection::None},
            {DataSource::State::Connecting, ShellStatusBar::Connection::Connecting},
            {DataSource::State::Live, ShellStatusBar::Connection::Online},
            {DataSource::State::Polling, ShellStatusBar::Connection::Online},
            {DataSource::State::Lost, ShellStatusBar::Connection::Lost},
            {DataSource::State::Offline, ShellStatusBar::Connection::Offline},
            {DataSource::State::Error, ShellStatusBar::Connection::Error}};
        status->setConnection(shown.value(state), text);
    });
    QObject::connect(connections.dataSource(), &DataSource::updated, status,
                     [status, &window, &connections](const QDateTime &lastObservation, int count) {
                         status->setAsOf(lastObservation);
                         window.homePage()->setDataSourceText(
                             QCoreApplication::translate("main", "%1\n%2 entities received; newest observation %3.")
                                 .arg(connections.dataSource()->statusText(), QLocale().toString(count),
                                      QLocale().toString(lastObservation.toLocalTime(), QLocale::ShortFormat)));
                     });
    QObject::connect(connections.dataSource(), &DataSource::progress, status, &ShellStatusBar::setProgress);
    QObject::connect(connections.dataSource(), &DataSource::stateChanged, status, [status](DataSource::State state) {
        if (state != DataSource::State::Connecting)
            status->setProgress(QString(), 0, 0);
    });
    QObject::connect(status, &ShellStatusBar::cancelRequested, connections.dataSource(), &DataSource::cancelLoading);
    QObject::connect(connections.dataSource(), &DataSource::maintained, status, [status](const QString &text) {
        if (!text.isEmpty())
            status->showMessage(text, 15000);
    });
    // The data-source alarm: raised while the feed is not live, cleared when it is back.
    FeedAlarm feedAlarm(context.store(), context.alarms());
    QObject::connect(connections.dataSource(), &DataSource::notice, status, [status](const QString &text) {
        status->showMessage(text, 60000);
    });
    if (options.demo) {
        QString error;
        if (!connections.startDemo(options.demoSeed, options.demoSpeed, &error)) {
            status->setConnection(ShellStatusBar::Connection::Error,
                                  QCoreApplication::translate("main", "The demo city could not start: %1").arg(error));
            qCWarning(lcShell) << "--demo:" << error;
        } else {
            // The demo city's plan on the city map, through the same GDAL import as real layers.
            for (const auto &[name, geojson] : connections.demoCityLayers()) {
                if (!window.cityMap()->addGeoJson(name, geojson, &error))
                    qCWarning(lcShell).noquote() << "demo layer" << name << ":" << error;
            }
            QTimer::singleShot(0, &window, &MainWindow::showCityMap); // once the window has its size
        }
    } else {
        connections.connectLastUsed();
    }
    // After the city map found its place, so that dashboards open beside it as tabs.
    QTimer::singleShot(0, &window, [&window, ids = options.openDashboards] {
        for (const QString &id : ids) {
            QString error;
            if (!window.openDashboard(id, &error))
                qCWarning(lcShell).noquote() << "--open:" << error;
        }
    });
    // OpenStreetMap tiles when the machine can reach them (cached; air-gapped rooms turn it off
    // or open an .mbtiles basemap from the map's side panel).
    window.cityMap()->setOnlineBasemap(settings->value(QStringLiteral("map/onlineTiles"), true).toBool());
    // Ctrl-C, logout or a service stop: save the workspace like a normal close.
    QuitOnSignal quitOnSignal;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, &MainWindow::saveWorkspace);
    if (options.kiosk)
        window.setKioskMode(true);
    else if (!window.isKiosk())
        window.show();
    return app.exec();
}
