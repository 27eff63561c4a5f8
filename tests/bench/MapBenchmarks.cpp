#include "MapBenchmarks.h"

#include "BenchStats.h"

#include "map/HeatmapRenderer.h"
#include "map/MarkerLayer.h"
#include "map/VectorLayer.h"
#include "map/WebMercator.h"

#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;
const QPointF kCentre = WebMercator::project(3.2876, 49.8489);

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// People around a few dozen hot spots of a 6 km city, as crowding data looks.
std::vector<QPointF> crowd(int n)
{
    QRandomGenerator random(11);
    std::vector<QPointF> hubs;
    for (int i = 0; i < 40; ++i)
        hubs.push_back(kCentre + QPointF(random.bounded(6000.0) - 3000, random.bounded(4800.0) - 2400));
    std::vector<QPointF> points;
    points.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const QPointF hub = hubs[size_t(random.bounded(int(hubs.size())))];
        points.push_back(hub + QPointF(random.generateDouble() * 600 - 300, random.generateDouble() * 600 - 300));
    }
    return points;
}
} // namespace

MapBenchmarks::Heatmap MapBenchmarks::heatmap(int n, int frames)
{
    const std::vector<QPointF> points = crowd(n);
    HeatmapRenderer::Options options;
    std::vector<double> times;
    for (int f = 0; f < frames; ++f) {
        // Each frame a slightly different view, as while panning.
        const MapViewport view(kCentre + QPointF(f * 37.0, -f * 21.0), 13.6, QSize(1920, 1080));
        const auto t0 = Clock::now();
        const QImage image = HeatmapRenderer::colorize(HeatmapRenderer::density(points, {}, view, options), options);
        times.push_back(msSince(t0));
        if (image.isNull())
            return {};
    }
    return {n, BenchStats::percentile(times, 0.5)};
}

MapBenchmarks::Pan MapBenchmarks::pan(int frames)
{
    QRandomGenerator random(12);
    QList<MapFeature> buildings;
    for (int i = 0; i < 2000; ++i) {
        const QPointF c = kCentre + QPointF(random.bounded(6000.0) - 3000, random.bounded(4800.0) - 2400);
        const double w = 12 + random.bounded(30.0), h = 10 + random.bounded(25.0);
        MapFeature f;
        f.id = QStringLiteral("b%1").arg(i);
        f.shape = MapFeature::Shape::Polygon;
        f.parts << QPolygonF{c, c + QPointF(w, 0), c + QPointF(w, h), c + QPointF(0, h), c};
        buildings << f;
    }
    VectorLayer polygons(QStringLiteral("buildings"));
    polygons.setFeatures(buildings);
    std::vector<MapMarker> markers;
    for (int i = 0; i < 10000; ++i) {
        MapMarker m;
        m.id = QStringLiteral("m%1").arg(i);
        m.metres = kCentre + QPointF(random.bounded(6000.0) - 3000, random.bounded(4800.0) - 2400);
        m.text = QString::number(i % 300);
        markers.push_back(m);
    }
    MarkerLayer points(QStringLiteral("markers"));
    points.setMarkers(std::move(markers));
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int f = 0; f < frames; ++f) {
        // A drag across the city, with a zoom step every tenth frame (clusters rebuilt then).
        const double zoom = 13.5 + (f / 10) * 0.25;
        const MapViewport view(kCentre + QPointF(f * 15.0 - 300, f * 8.0 - 150), zoom, frame.size());
        const auto t0 = Clock::now();
        QPainter painter(&frame);
        painter.fillRect(frame.rect(), QColor(0xf2, 0xef, 0xe9));
        polygons.render(painter, view, MapLayer::RenderMode::Interactive);
        points.render(painter, view, MapLayer::RenderMode::Interactive);
        painter.end();
        times.push_back(msSince(t0));
    }
    return {BenchStats::percentile(times, 0.5), BenchStats::percentile(times, 0.95), 2000, 10000};
}
