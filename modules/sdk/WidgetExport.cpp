#include "sdk/WidgetExport.h"

#include "map/MapExporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QWidget>

bool WidgetExport::write(QWidget *widget, const QString &path, const QString &title, QString *error, int dpi)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return MapExporter::writePdf(widget->size(), path, dpi > 0 ? dpi : 300, title, error,
                                     [widget](QPainter &painter) { widget->render(&painter); });
    if (suffix != QLatin1String("png")) {
        *error = QCoreApplication::translate("WidgetExport", "choose a .png or .pdf file name");
        return false;
    }
    const int resolution = dpi > 0 ? dpi : 192;
    const double scale = resolution / 96.0;
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().window().color());
    widget->render(&image);
    return MapExporter::writePng(image, path, resolution, error);
}

QString WidgetExport::fileFilter()
{
    return QCoreApplication::translate("WidgetExport", "PNG image (*.png);;PDF document (*.pdf)");
}
