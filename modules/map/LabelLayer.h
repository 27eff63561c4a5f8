#pragma once

#include "map/map_export.h"

#include "map/MapLayer.h"

#include <vector>

// Text labels (street and place names) with collision avoidance: offered by priority, a label
// that would overlap one already drawn is left out of this frame.
class CITYDECK_MAP_EXPORT LabelLayer : public MapLayer
{
    Q_OBJECT

public:
    struct Label
    {
        QString text;
        QPointF metres;
        int priority = 0; // higher first
        double minZoom = 0;
    };
    explicit LabelLayer(const QString &name, QObject *parent = nullptr);

    void setLabels(std::vector<Label> labels);
    void render(QPainter &painter, const MapViewport &viewport, RenderMode mode) override;
    QRectF extent() const override { return m_extent; }
    // Labels drawn in the last frame (tests, and the exporter's summary).
    int lastDrawn() const { return m_lastDrawn; }

private:
    std::vector<Label> m_labels;
    QRectF m_extent;
    int m_lastDrawn = 0;
};
