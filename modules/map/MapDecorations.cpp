#include "map/MapDecorations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

double MapDecorations::scaleLength(const MapViewport &viewport, double maxPixels, double *pixels)
{
    // Mercator stretches by 1/cos(latitude): the true length at the view's centre.
    const double lat = viewport.toCoordinate(QPointF(viewport.size().width() / 2.0, viewport.size().height() / 2.0)).latitude();
    const double metresPerPixel = viewport.resolution() * std::cos(lat * M_PI / 180.0);
    const double most = maxPixels * metresPerPixel;
    const double power = std::pow(10.0, std::floor(std::log10(most)));
    double length = power;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= most) {
            length = step * power;
            break;
        }
    }
    if (pixels)
        *pixels = length / metresPerPixel;
    return length;
}

QString MapDecorations::lengthText(double metres)
{
    const QLocale locale;
    return metres >= 1000 ? QCoreApplication::translate("MapDecorations", "%1 km").arg(locale.toString(metres / 1000, 'g', 3))
                          : QCoreApplication::translate("MapDecorations", "%1 m").arg(locale.toString(metres, 'g', 3));
}

QRectF MapDecorations::paintScaleBar(QPainter &painter, const MapViewport &viewport, const QRectF &area)
{
    double pixels = 0;
    const double length = scaleLength(viewport, 140, &pixels);
    const QString text = lengthText(length);
    const QFontMetricsF fm(painter.font());
    const QRectF box(area.left() + 10, area.bottom() - 10 - fm.height() - 14, std::max(pixels, fm.horizontalAdvance(text)) + 12, fm.height() + 14);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(box, 3, 3);
    const double y = box.bottom() - 6, x = box.left() + 6;
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
    painter.drawLine(QPointF(x, y), QPointF(x + pixels, y));
    painter.drawLine(QPointF(x, y - 5), QPointF(x, y));
    painter.drawLine(QPointF(x + pixels, y - 5), QPointF(x + pixels, y));
    painter.drawText(QRectF(x, box.top() + 2, box.width() - 12, fm.height()), Qt::AlignLeft, text);
    painter.restore();
    return box;
}

QRectF MapDecorations::paintNorthArrow(QPainter &painter, const QRectF &area)
{
    const QRectF box(area.right() - 44, area.top() + 10, 34, 46);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRoundedRect(box, 3, 3);
    const QPointF c(box.center().x(), box.top() + 28);
    QPainterPath left, right;
    left.moveTo(c.x(), box.top() + 14);
    left.lineTo(c.x() - 8, c.y() + 12);
    left.lineTo(c.x(), c.y() + 6);
    left.closeSubpath();
    right.moveTo(c.x(), box.top() + 14);
    right.lineTo(c.x() + 8, c.y() + 12);
    right.lineTo(c.x(), c.y() + 6);
    right.closeSubpath();
    painter.setBrush(QColor(0x22, 0x22, 0x22));
    painter.drawPath(left);
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 1));
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 14), Qt::AlignCenter, QCoreApplication::translate("MapDecorations", "N"));
    painter.restore();
    return box;
}

QRectF MapDecorations::paintAttribution(QPainter &painter, const QStringList &sources, const QRectF &area)
{
    if (sources.isEmpty())
        return {};
    const QString text = sources.join(QStringLiteral(" · "));
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const double w = std::min(area.width() - 20, fm.horizontalAdvance(text) + 10);
    const QRectF box(area.right() - w, area.bottom() - fm.height() - 4, w, fm.height() + 4);
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignRight, fm.elidedText(text, Qt::ElideLeft, box.width() - 10));
    painter.restore();
    return box;
}

QRectF MapDecorations::paintLegends(QPainter &painter, const QList<MapLegend> &legends, const QRectF &area)
{
    if (legends.isEmpty())
        return {};
    const QFontMetricsF fm(painter.font());
    QFont boldFont = painter.font();
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    const double line = fm.height() + 4, swatch = fm.height();
    double width = 0, height = 8;
    for (const MapLegend &l : legends) {
        width = std::max(width, bold.horizontalAdvance(l.title) + 4);
        height += line;
        for (const auto &c : l.classes)
            width = std::max(width, swatch + 6 + fm.horizontalAdvance(c.second)), height += line;
        if (!l.ramp.isEmpty())
            width = std::max(width, fm.horizontalAdvance(l.low + QLatin1Char(' ') + l.high) + 10), height += 2 * line;
        height += 4;
    }
    const QRectF box(area.left() + 10, area.top() + 10, std::min(width + 16, area.width() / 2), height);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0xbb, 0xbb, 0xbb));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    double y = box.top() + 4;
    const double x = box.left() + 8;
    for (const MapLegend &l : legends) {
        painter.save();
        painter.setFont(boldFont);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(x, y, box.width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter, l.title);
        painter.restore();
        y += line;
        for (const auto &c : l.classes) {
            painter.setPen(QColor(0x66, 0x66, 0x66));
            painter.setBrush(c.first);
            painter.drawRect(QRectF(x, y + 2, swatch, swatch - 2));
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.drawText(QRectF(x + swatch + 6, y, box.width() - swatch - 22, line), Qt::AlignLeft | Qt::AlignVCenter, c.second);
            y += line;
        }
        if (!l.ramp.isEmpty()) {
            QLinearGradient gradient(x, 0, box.right() - 8, 0);
            for (int i = 0; i < l.ramp.size(); ++i)
                gradient.setColorAt(l.ramp.size() == 1 ? 0 : double(i) / (l.ramp.size() - 1), l.ramp.at(i));
            painter.setPen(Qt::NoPen);
            painter.setBrush(gradient);
            painter.drawRect(QRectF(x, y + 2, box.width() - 16, line - 4));
            y += line;
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.drawText(QRectF(x, y, box.width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter, l.low);
            painter.drawText(QRectF(x, y, box.width() - 16, line), Qt::AlignRight | Qt::AlignVCenter, l.high);
            y += line;
        }
        y += 4;
    }
    painter.restore();
    return box;
}
