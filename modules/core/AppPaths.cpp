#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

QString AppPaths::installRoot()
{
    const QString overridden = qEnvironmentVariable("CITYDECK_ROOT");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
}

QString AppPaths::bundledPluginDir()
{
    return installRoot() + QStringLiteral("/lib/citydeck/plugins");
}

QString AppPaths::userPluginDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/plugins");
}

QStringList AppPaths::pluginDirs()
{
    QStringList dirs;
    const QString extra = qEnvironmentVariable("CITYDECK_PLUGIN_PATH");
    for (const QString &dir : extra.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        dirs << QDir::cleanPath(dir);
    dirs << bundledPluginDir();
    const QString user = userPluginDir();
    if (!user.isEmpty())
        dirs << user;
    dirs.removeDuplicates();
    return dirs;
}

QString AppPaths::translationsDir()
{
    return installRoot() + QStringLiteral("/share/citydeck/translations");
}

QString AppPaths::dataDir()
{
    return installRoot() + QStringLiteral("/share/citydeck");
}
