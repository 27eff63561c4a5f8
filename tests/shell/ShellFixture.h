#pragma once

#include "sdk/DashboardContext.h"
#include "sdk/PluginCatalog.h"
#include "shell/MainWindow.h"
#include "shell/Preferences.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// What the shell tests share: a context, a catalog over the test plug-ins and settings in a
// temporary file, so that no test touches the user's real configuration.
class ShellFixture
{
public:
    explicit ShellFixture(bool withBrokenPlugins = false);

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("citydeck.ini")); }
    // A fresh QSettings/Preferences over the same file, as a restarted app would see it.
    void reopenSettings();

    DashboardContext context;
    PluginCatalog catalog{&context};
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Preferences> preferences;

    // A 1280×800 main window on this fixture, in the role's workspace, shown and exposed;
    // null when the window never got exposed.
    std::unique_ptr<MainWindow> showWindow(Workspace::Role role);

private:
    QTemporaryDir m_dir;
};
