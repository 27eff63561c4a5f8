#include "map/MapExporter.h"

#include "map/MapView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

bool MapExporter::exportPng(MapView *view, const QString &path, int dpi, QString *error)
{
    return writePng(view->renderImage(std::clamp(dpi, 48, 600) / 96.0), path, dpi, error);
}

bool MapExporter::writePng(QImage image, const QString &path, int dpi, QString *error)
{
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        *error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool MapExporter::exportPdf(MapView *view, const QString &path, int dpi, const QString &title, QString *error)
{
    return writePdf(view->size(), path, dpi, title, error, [view](QPainter &painter) {
        view->paintMap(painter, view->viewport(), MapLayer::RenderMode::Complete, true);
    });
}

bool MapExporter::writePdf(QSize size, const QString &path, int dpi, const QString &title, QString *error,
                           const std::function<void(QPainter &)> &paint)
{
    // Written to a temporary file by QPdfWriter, then moved into place whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CityDeck"));
        const QSizeF mm = QSizeF(size) * 25.4 / 96.0;
        pdf.setPageSize(QPageSize(QSizeF(mm.width(), mm.height() + 12), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        if (!painter.isActive()) {
            *error = QCoreApplication::translate("MapExporter", "the PDF could not be started");
            file.cancelWriting();
            return false;
        }
        const double scale = pdf.resolution() / 96.0;
        painter.scale(scale, scale);
        QFont font = painter.font();
        font.setPointSizeF(9);
        painter.setFont(font);
        const double header = 12 / 25.4 * 96;
        painter.drawText(QRectF(8, 0, size.width() - 16, header), Qt::AlignVCenter | Qt::AlignLeft, title);
        painter.drawText(QRectF(8, 0, size.width() - 16, header), Qt::AlignVCenter | Qt::AlignRight,
                         QDateTime::currentDateTime().toString(Qt::ISODate));
        painter.translate(0, header);
        painter.setClipRect(QRectF(QPointF(0, 0), size));
        paint(painter);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
