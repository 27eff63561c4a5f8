#include "Screenshot.h"

#include <QDir>
#include <QSet>
#include <QWidget>

void Screenshot::save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CITYDECK_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    image.save(dir + QLatin1Char('/') + (name.endsWith(QLatin1String(".png")) ? name : name + QStringLiteral(".png")));
}

QImage Screenshot::grab(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    save(image, name);
    return image;
}

int Screenshot::distinctColours(const QImage &image)
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
