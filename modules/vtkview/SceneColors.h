#pragma once

#include "vtkview/vtkview_export.h"

#include "map/ColorRamp.h"

#include <vtkSmartPointer.h>

class vtkLookupTable;

// Lookup tables for the 3D view from the map's colour ramps (viridis, cividis…: readable with
// the common colour-vision deficiencies), and a diverging purple–orange one for values around a
// reference (a building's consumption against its typical one). NaN is drawn light grey.
class CITYDECK_VTKVIEW_EXPORT SceneColors
{
public:
    static vtkSmartPointer<vtkLookupTable> sequential(ColorRamp::Name ramp, double min, double max);
    // low … centre … high: purple below the centre, neutral at it, orange above.
    static vtkSmartPointer<vtkLookupTable> diverging(double low, double high);
    static constexpr double kNanGrey = 0.82;
};
