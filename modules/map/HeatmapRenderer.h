#pragma once

#include "map/map_export.h"

#include "map/ColorRamp.h"
#include "map/MapViewport.h"

#include <QImage>
#include <QPointF>

#include <vector>

// Kernel density of weighted points for one viewport: the points are binned into a grid of
// cells (a few pixels each) and the grid is blurred by three box passes per axis, which
// approximate a Gaussian. The cost is one pass over the points plus a fixed cost per pixel,
// never a kernel per point, so a million points draw as fast as ten thousand.
class CITYDECK_MAP_EXPORT HeatmapRenderer
{
public:
    struct Options
    {
        double radius = 24;    // pixels: the kernel's reach (two standard deviations)
        int cell = 2;          // pixels per grid cell
        double maxDensity = 0; // the density drawn at the top of the ramp; 0 = the frame's maximum
        ColorRamp ramp{ColorRamp::Magma};
        double opacity = 0.85;
    };
    // The blurred density: the viewport's cells plus a border as wide as the kernel's reach, so
    // that points just outside the view still warm its edge and no mass is lost.
    struct Grid
    {
        int width = 0;  // cells, border included
        int height = 0;
        int border = 0; // cells on each side outside the view
        std::vector<float> cells;
        double total() const;
        float max() const;
        float at(int x, int y) const { return cells[size_t(y) * size_t(width) + size_t(x)]; }
    };

    // weights: one per point, or empty for 1 each.
    static Grid density(const std::vector<QPointF> &metres, const std::vector<float> &weights, const MapViewport &viewport,
                        const Options &options);
    // The view's cells as a translucent image (one pixel per cell); *scale gets the density
    // that reached the top of the ramp.
    static QImage colorize(const Grid &grid, const Options &options, double *top = nullptr);
    // Box widths (odd) whose three passes approximate a Gaussian of sigma cells.
    static std::vector<int> boxes(double sigma);

private:
    static void boxBlur(std::vector<float> &cells, std::vector<float> &scratch, int width, int height, int radius);
};
