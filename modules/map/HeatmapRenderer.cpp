#include "map/HeatmapRenderer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

double HeatmapRenderer::Grid::total() const
{
    return std::accumulate(cells.cbegin(), cells.cend(), 0.0);
}

float HeatmapRenderer::Grid::max() const
{
    return cells.empty() ? 0.f : *std::max_element(cells.cbegin(), cells.cend());
}

std::vector<int> HeatmapRenderer::boxes(double sigma)
{
    // Three boxes whose variances add up to sigma² (W. Jarosz's / I. Kutskir's construction).
    constexpr int n = 3;
    const double ideal = std::sqrt(12 * sigma * sigma / n + 1);
    int lower = int(std::floor(ideal));
    if (lower % 2 == 0)
        --lower;
    const int upper = lower + 2;
    const double m = std::round((12 * sigma * sigma - n * lower * lower - 4 * n * lower - 3 * n) / (-4.0 * lower - 4));
    std::vector<int> sizes;
    for (int i = 0; i < n; ++i)
        sizes.push_back(i < m ? lower : upper);
    return sizes;
}

void HeatmapRenderer::boxBlur(std::vector<float> &cells, std::vector<float> &scratch, int width, int height, int r)
{
    if (r <= 0)
        return;
    const float inv = 1.f / float(2 * r + 1);
    // Rows: a running sum, zero outside the grid.
    for (int y = 0; y < height; ++y) {
        const float *in = cells.data() + size_t(y) * size_t(width);
        float *out = scratch.data() + size_t(y) * size_t(width);
        float sum = 0;
        for (int x = 0; x < std::min(r, width); ++x)
            sum += in[x];
        for (int x = 0; x < width; ++x) {
            if (x + r < width)
                sum += in[x + r];
            if (x - r - 1 >= 0)
                sum -= in[x - r - 1];
            out[x] = sum * inv;
        }
    }
    // Columns: one running sum per column, walked row by row so memory is read in order.
    std::vector<float> acc(size_t(width), 0.f);
    for (int y = 0; y < std::min(r, height); ++y) {
        const float *row = scratch.data() + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x)
            acc[size_t(x)] += row[x];
    }
    for (int y = 0; y < height; ++y) {
        if (y + r < height) {
            const float *add = scratch.data() + size_t(y + r) * size_t(width);
            for (int x = 0; x < width; ++x)
                acc[size_t(x)] += add[x];
        }
        if (y - r - 1 >= 0) {
            const float *sub = scratch.data() + size_t(y - r - 1) * size_t(width);
            for (int x = 0; x < width; ++x)
                acc[size_t(x)] -= sub[x];
        }
        float *out = cells.data() + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x)
            out[x] = acc[size_t(x)] * inv;
    }
}

HeatmapRenderer::Grid HeatmapRenderer::density(const std::vector<QPointF> &metres, const std::vector<float> &weights,
                                               const MapViewport &viewport, const Options &options)
{
    Grid g;
    const int cell = std::max(1, options.cell);
    const double sigma = std::max(0.5, options.radius / 2.0 / cell);
    const std::vector<int> sizes = boxes(sigma);
    for (int s : sizes)
        g.border += s / 2;
    g.width = (viewport.size().width() + cell - 1) / cell + 2 * g.border;
    g.height = (viewport.size().height() + cell - 1) / cell + 2 * g.border;
    g.cells.assign(size_t(g.width) * size_t(g.height), 0.f);
    // Cell of a point: an affine map of its metres, computed once.
    const double res = viewport.resolution() * cell;
    const QPointF origin = viewport.toMetres(QPointF(0, 0));
    const double ax = 1 / res, bx = -origin.x() / res + g.border;
    const double ay = -1 / res, by = origin.y() / res + g.border;
    const bool weighted = weights.size() == metres.size();
    const double w = g.width, h = g.height;
    for (size_t i = 0; i < metres.size(); ++i) {
        const double fx = metres[i].x() * ax + bx, fy = metres[i].y() * ay + by;
        if (fx < 0 || fy < 0 || fx >= w || fy >= h)
            continue;
        g.cells[size_t(fy) * size_t(g.width) + size_t(fx)] += weighted ? weights[i] : 1.f;
    }
    std::vector<float> scratch(g.cells.size());
    for (int s : sizes)
        boxBlur(g.cells, scratch, g.width, g.height, s / 2);
    return g;
}

QImage HeatmapRenderer::colorize(const Grid &g, const Options &options, double *top)
{
    const int w = g.width - 2 * g.border, h = g.height - 2 * g.border;
    QImage image(std::max(w, 1), std::max(h, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    double maximum = options.maxDensity;
    if (maximum <= 0) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x)
                maximum = std::max<double>(maximum, g.at(x + g.border, y + g.border));
        }
    }
    if (top)
        *top = maximum;
    if (maximum <= 0 || w <= 0 || h <= 0)
        return image;
    // Low densities fade out instead of tinting the whole map.
    std::array<QRgb, 256> lut{};
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0;
        const double alpha = options.opacity * std::min(1.0, t * 4) * 255;
        const QRgb c = options.ramp.rgb(0.15 + 0.85 * t);
        lut[size_t(i)] = qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), int(alpha)));
    }
    const float scale = float(255.0 / maximum);
    for (int y = 0; y < h; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const float *row = g.cells.data() + size_t(y + g.border) * size_t(g.width) + size_t(g.border);
        for (int x = 0; x < w; ++x) {
            const float v = row[x] * scale;
            line[x] = v < 0.5f ? 0u : lut[size_t(std::min(255.f, v))];
        }
    }
    return image;
}
