#include "sdk/WidgetExport.h"

#include "map/MapExporter.h"

#include <QCoreApplication>
#include <QFileDialog>
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

QString WidgetExport::askAndWrite(QWidget *parent, const QString &caption, const QString &filter,
                                  const std::function<bool(const QString &, QString *)> &write)
{
    const QString path = QFileDialog::getSaveFileName(parent, caption, QString(), filter);
    if (path.isEmpty())
        return {};
    QString error;
    return write(path, &error) ? QCoreApplication::translate("WidgetExport", "Written to %1").arg(path)
                               : QCoreApplication::translate("WidgetExport", "Not written: %1").arg(error);
}

QString WidgetExport::askAndWrite(QWidget *widget, const QString &title)
{
    return askAndWrite(widget, QCoreApplication::translate("WidgetExport", "Export the chart"), fileFilter(),
                       [widget, title](const QString &path, QString *error) { return write(widget, path, title, error); });
}
