#pragma once

#include "map/map_export.h"

#include "map/HeatmapRenderer.h"
#include "map/MapLayer.h"

#include <QFutureWatcher>

#include <memory>
#include <vector>

// A heatmap of weighted points (people counted, incidents). Frames are computed in a worker
// thread; while one is on its way the last frame is drawn moved and scaled to the current view,
// so panning and zooming never wait for the density.
class CITYDECK_MAP_EXPORT HeatmapLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit HeatmapLayer(const QString &name, QObject *parent = nullptr);
    ~HeatmapLayer() override;

    // weights: one per point, or empty for 1 each.
    void setPoints(std::vector<QPointF> metres, std::vector<float> weights = {});
    size_t pointCount() const { return m_data ? m_data->metres.size() : 0; }
    void setOptions(const HeatmapRenderer::Options &options);
    const HeatmapRenderer::Options &options() const { return m_options; }
    void setLegendTitle(const QString &title) { m_legendTitle = title; }

    void render(QPainter &painter, const MapViewport &viewport, RenderMode mode) override;
    QRectF extent() const override { return m_extent; }
    std::optional<MapLegend> legend() const override;

private:
    struct Data
    {
        std::vector<QPointF> metres;
        std::vector<float> weights;
    };
    struct Frame
    {
        QImage image;
        MapViewport viewport;
        double top = 0;
        quint64 version = 0;
    };
    static Frame compute(std::shared_ptr<const Data> data, MapViewport viewport, HeatmapRenderer::Options options, quint64 version);
    void drawFrame(QPainter &painter, const Frame &frame, const MapViewport &viewport) const;

    std::shared_ptr<const Data> m_data;
    HeatmapRenderer::Options m_options;
    QRectF m_extent;
    QString m_legendTitle;
    quint64 m_version = 0; // data or options changed
    Frame m_frame;
    QFutureWatcher<Frame> m_watcher;
    MapViewport m_pending;
    bool m_computing = false;
};
