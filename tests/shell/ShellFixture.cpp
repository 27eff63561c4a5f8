#include "ShellFixture.h"

#include <QDir>
#include <QSet>
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

QImage ShellFixture::screenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    const QString dir = qEnvironmentVariable("CITYDECK_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

int ShellFixture::distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}
