// citydeck: the desktop control room. Wires the modules together; all logic lives in modules/.

#include "core/AppPaths.h"
#include "core/QuitOnSignal.h"
#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "core/Version.h"
#include "sdk/DashboardContext.h"
#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"
#include "shell/CommandLineOptions.h"
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
#include <QIcon>
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
    if (options.demo) {
        // The demo city arrives with its own issue; until then say so instead of pretending.
        window.shellStatusBar()->setConnection(
            ShellStatusBar::Connection::None,
            QCoreApplication::translate("main", "The demo city is not part of this build yet."));
        qCWarning(lcShell) << "--demo: the demo city is not part of this build yet";
    }
    // Ctrl-C, logout or a service stop: save the workspace like a normal close.
    QuitOnSignal quitOnSignal;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, &MainWindow::saveWorkspace);
    if (options.kiosk)
        window.setKioskMode(true);
    else if (!window.isKiosk())
        window.show();
    return app.exec();
}
