#pragma once

// The map engine's targets (issue 6), timed on this machine in one thread:
//  - a heatmap frame at 1920×1080 for 10 k / 100 k / 1 M points (limit 80 ms, flat in points),
//  - a pan/zoom frame with 10 000 clustered markers over 2 000 building polygons (limit 16 ms).
class MapBenchmarks
{
public:
    struct Heatmap
    {
        int points = 0;
        double medianMs = 0;
    };
    static Heatmap heatmap(int points, int frames);
    struct Pan
    {
        double medianMs = 0;
        double p95Ms = 0;
        int polygons = 0;
        int markers = 0;
    };
    static Pan pan(int frames);
};
