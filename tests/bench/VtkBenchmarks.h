#pragma once

#include <QString>

// The 3D view's targets (issue 9), on whatever OpenGL the display has (llvmpipe here), at
// 1280×800: a frame with 10 000 buildings (limit 150 ms) and 50 000 (limit 250 ms), and a colour
// update of 10 000 buildings on a time-cursor move (limit 30 ms: scalars rewritten, no geometry).
class VtkBenchmarks
{
public:
    struct Result
    {
        int buildings = 0;
        long long triangles = 0;
        double medianFrameMs = 0;
        double p95FrameMs = 0;
        double colourUpdateMs = 0;   // new scalars written + the frame that shows them, minus a plain frame
        double setValuesMs = 0;      // the scalar rewrite alone
        double buildMs = 0;          // extruding the footprints (once per connection)
        QString renderer;
    };
    // An empty renderer string: no OpenGL display (the result is empty).
    static Result run(int buildings, int frames);
};
