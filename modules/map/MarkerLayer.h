#pragma once

#include "map/map_export.h"

#include "map/MapFeature.h"
#include "map/MapLayer.h"

#include <QHash>
#include <QImage>

#include <cmath>
#include <functional>

#include <vector>

// One point of a marker layer: a sensor, a car park, a counter.
struct MapMarker
{
    enum class Symbol { Circle, Square, Diamond };
    QString id;
    QPointF metres;
    QColor color = QColor(0x31, 0x68, 0x8e);
    double size = 8;   // radius in pixels
    Symbol symbol = Symbol::Circle;
    QString text;      // drawn beside the marker when there is room ("121 / 300")
    QString tooltip;
    int trend = 0;     // +1 rising, -1 falling: a small arrow
    bool muted = false; // stale or suppressed: drawn hollow
};

// Markers with clustering: below a zoom, markers closer than a distance (in pixels) are drawn as
// one disc with their count. Clusters are formed on a grid of world pixels, so they do not jump
// while the map pans, and are kept until the zoom or the markers change.
class CITYDECK_MAP_EXPORT MarkerLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit MarkerLayer(const QString &name, QObject *parent = nullptr);

    void setMarkers(std::vector<MapMarker> markers);
    const std::vector<MapMarker> &markers() const { return m_markers; }
    void setClustering(double distancePixels, double belowZoom);
    void setLegend(const MapLegend &legend) { m_legend = legend; }

    void render(QPainter &painter, const MapViewport &viewport, RenderMode mode) override;
    QRectF extent() const override { return m_extent; }
    std::optional<Hit> hitTest(QPointF screen, const MapViewport &viewport) const override;
    QStringList idsIn(const QRectF &metres) const override;
    std::optional<MapLegend> legend() const override;

    struct Cluster
    {
        QPointF metres; // centroid
        BoundsBuilder bounds;
        std::vector<int> members;
    };
    // The clusters at this zoom (each marker alone when clustering is off for it).
    const std::vector<Cluster> &clusters(double zoom) const;

private:
    void drawMarker(QPainter &painter, const MapMarker &m, QPointF at, bool selected) const;
    void drawCluster(QPainter &painter, int count, QPointF at, bool selected) const;
    // A cluster's disc grows with the log of its count: drawn, sprite-cached and hit-tested alike.
    static double clusterRadius(size_t count) { return 9 + 3.5 * std::log10(double(count)); }
    // Markers and clusters drawn once into small images and then blitted: a frame full of
    // discs and counts costs image copies, not antialiased paths and text shaping.
    const QImage &sprite(const QString &key, double radius, const std::function<void(QPainter &, QPointF)> &draw) const;

    std::vector<MapMarker> m_markers;
    QRectF m_extent;
    double m_distance = 44;
    double m_belowZoom = 16;
    std::optional<MapLegend> m_legend;
    mutable std::vector<Cluster> m_clusters;
    mutable int m_clusterZoom = -1000; // zoom × 100 they were made for
    mutable QHash<QString, QImage> m_sprites;
};
