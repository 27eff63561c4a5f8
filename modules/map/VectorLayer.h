#pragma once

#include "map/map_export.h"

#include "map/ClassBreaks.h"
#include "map/ColorRamp.h"
#include "map/MapFeature.h"
#include "map/MapLayer.h"

#include <QPen>

#include <vector>

// Points, lines and polygons kept in projected metres (city layers from GDAL, the dashboards'
// zones and segments). Polygons can be coloured by class of their value (a choropleth with its
// legend); features smaller than a pixel are skipped, the rest culled by their bounds.
class CITYDECK_MAP_EXPORT VectorLayer : public MapLayer
{
    Q_OBJECT

public:
    struct Style
    {
        QColor fill = QColor(0xc8, 0xc3, 0xbb);
        QColor stroke = QColor(0x8a, 0x84, 0x7b);
        double strokeWidth = 1;
        double pointRadius = 4;
        Qt::PenStyle strokeStyle = Qt::SolidLine;
    };

    explicit VectorLayer(const QString &name, QObject *parent = nullptr);

    void setFeatures(QList<MapFeature> features);
    const QList<MapFeature> &features() const { return m_features; }
    void setStyle(const Style &style);
    const Style &style() const { return m_style; }
    // Draws each feature's label at its centre (district names); no collision avoidance here —
    // a LabelLayer does that for busy layers.
    void setLabelsVisible(bool on) { m_labels = on; emit changed(); }

    // Colours polygons by the class of MapFeature::value; an invalid breaks object turns it off.
    void setChoropleth(const ClassBreaks &breaks, ColorRamp ramp, const QString &title);
    const ClassBreaks &breaks() const { return m_breaks; }
    // A fixed legend for a layer that is not a choropleth (a dashboard's highlighted segments).
    void setLegend(const MapLegend &legend) { m_fixedLegend = legend; }
    QColor classColor(int index) const;

    void render(QPainter &painter, const MapViewport &viewport, RenderMode mode) override;
    QRectF extent() const override { return m_extent; }
    std::optional<Hit> hitTest(QPointF screen, const MapViewport &viewport) const override;
    QStringList idsIn(const QRectF &metres) const override;
    std::optional<MapLegend> legend() const override;

private:
    QColor fillOf(const MapFeature &f) const;

    QList<MapFeature> m_features;
    std::vector<QPainterPath> m_paths;
    std::vector<QRectF> m_bounds;
    QRectF m_extent;
    Style m_style;
    bool m_labels = false;
    ClassBreaks m_breaks;
    ColorRamp m_ramp{ColorRamp::Viridis};
    QString m_legendTitle;
    std::optional<MapLegend> m_fixedLegend;
};
