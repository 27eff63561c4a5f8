#include "map/LabelLayer.h"

#include "map/LabelPlacer.h"
#include "map/MapFeature.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

LabelLayer::LabelLayer(const QString &name, QObject *parent)
    : MapLayer(name, parent)
{
}

void LabelLayer::setLabels(std::vector<Label> labels)
{
    std::stable_sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) { return a.priority > b.priority; });
    m_labels = std::move(labels);
    BoundsBuilder extent;
    for (const Label &l : m_labels)
        extent.add(l.metres);
    m_extent = extent.rect();
    emit changed();
}

void LabelLayer::render(QPainter &painter, const MapViewport &viewport, RenderMode)
{
    LabelPlacer placer;
    const QRectF screen(QPointF(0, 0), viewport.size());
    const QFontMetricsF fm(painter.font());
    m_lastDrawn = 0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Label &l : m_labels) {
        if (viewport.zoom() < l.minZoom)
            continue;
        const QPointF at = viewport.toScreen(l.metres);
        const QSizeF size(fm.horizontalAdvance(l.text) + 8, fm.height() + 2);
        const QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
        if (!screen.contains(box) || !placer.place(box))
            continue;
        // A halo keeps the text readable over tiles and fills.
        QPainterPath path;
        path.addText(box.left() + 4, box.top() + 1 + fm.ascent(), painter.font(), l.text);
        painter.strokePath(path, QPen(QColor(255, 255, 255, 230), 3));
        painter.fillPath(path, QColor(0x33, 0x33, 0x33));
        ++m_lastDrawn;
    }
    painter.restore();
}
