#pragma once

#include "core/core_export.h"

#include <QString>
#include <QStringList>

// Where CityDeck finds its files, always relative to the running binary so that the build
// tree, an installed prefix, an AppImage or an MSI folder all work unchanged:
// <root>/bin/citydeck, <root>/lib/citydeck/plugins, <root>/share/citydeck/...
class CITYDECK_CORE_EXPORT AppPaths
{
public:
    // The folder above bin/. Overridable for tests through CITYDECK_ROOT.
    static QString installRoot();
    // CITYDECK_PLUGIN_PATH entries first, then the bundled folder, then the user's folder.
    static QStringList pluginDirs();
    static QString bundledPluginDir();
    static QString userPluginDir();
    static QString translationsDir();
    static QString dataDir();
};
