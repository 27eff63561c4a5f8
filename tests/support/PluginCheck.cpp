#include "PluginCheck.h"

#include "sdk/DashboardContext.h"
#include "sdk/PluginCatalog.h"
#include "sdk/PluginSpec.h"

#include <QFileInfo>
#include <QProcess>
#include <QWidget>

#include <memory>

QString checkDashboardPlugin(const QString &id, DashboardMetadata *metadata)
{
    const QString dir = qEnvironmentVariable("CITYDECK_BUILD_DIR") + QStringLiteral("/lib/citydeck/plugins");
    DashboardContext context;
    PluginCatalog catalog(&context);
    catalog.setSearchPaths({dir});
    catalog.loadAll();
    PluginSpec *spec = catalog.specById(id);
    if (!spec)
        return QStringLiteral("%1 not found in %2").arg(id, dir);
    if (spec->state() != PluginSpec::State::Running)
        return QStringLiteral("%1 is not running").arg(id);
    *metadata = spec->metadata();

    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), spec->filePath()});
    if (!readelf.waitForFinished(10000))
        return QStringLiteral("readelf did not run");
    const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
    if (!needed.contains(QStringLiteral("libcitydeck_sdk")))
        return QStringLiteral("the plug-in does not link the sdk");
    for (const char *forbidden : {"shell", "connections", "store", "sync", "ngsild", "citysim", "cli"}) {
        if (needed.contains(QStringLiteral("libcitydeck_%1").arg(QLatin1String(forbidden))))
            return QStringLiteral("the plug-in links %1").arg(QLatin1String(forbidden));
    }
    for (const PluginSpec *other : catalog.specs()) {
        if (other != spec && needed.contains(QFileInfo(other->filePath()).fileName()))
            return QStringLiteral("the plug-in links another dashboard");
    }
    QString error;
    std::unique_ptr<QWidget> widget(catalog.createDashboard(id, nullptr, &error));
    if (!widget)
        return error;
    widget.reset();
    catalog.shutdown();
    return {};
}
