#include "ShellFixture.h"

#include <QTest>
#include <QWidget>

ShellFixture::ShellFixture(bool withBrokenPlugins)
{
    QStringList paths{qEnvironmentVariable("CITYDECK_TEST_PLUGIN_DIR")};
    if (withBrokenPlugins)
        paths << qEnvironmentVariable("CITYDECK_TEST_BROKEN_PLUGIN_DIR");
    catalog.setSearchPaths(paths);
    catalog.loadAll();
    reopenSettings();
}

void ShellFixture::reopenSettings()
{
    preferences.reset();
    settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    preferences = std::make_unique<Preferences>(settings.get());
}

std::unique_ptr<MainWindow> ShellFixture::showWindow(Workspace::Role role)
{
    auto window = std::make_unique<MainWindow>(&catalog, &context, preferences.get());
    window->resize(1280, 800);
    window->activateWorkspace(Workspace::forRole(role));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

