#include "vtkview/SceneColors.h"

#include <vtkLookupTable.h>

#include <algorithm>

namespace {
void finish(vtkLookupTable *table, double min, double max)
{
    table->SetRange(min, max > min ? max : min + 1);
    table->SetNanColor(SceneColors::kNanGrey, SceneColors::kNanGrey, SceneColors::kNanGrey, 1);
    table->SetUseBelowRangeColor(false);
    table->SetUseAboveRangeColor(false);
    table->BuildSpecialColors();
}
} // namespace

vtkSmartPointer<vtkLookupTable> SceneColors::sequential(ColorRamp::Name ramp, double min, double max)
{
    const ColorRamp colours(ramp);
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    table->SetNumberOfTableValues(256);
    for (int i = 0; i < 256; ++i) {
        const QRgb c = colours.table()[size_t(i)];
        table->SetTableValue(i, qRed(c) / 255.0, qGreen(c) / 255.0, qBlue(c) / 255.0, 1);
    }
    finish(table, min, max);
    return table;
}

vtkSmartPointer<vtkLookupTable> SceneColors::diverging(double low, double high)
{
    // PuOr (ColorBrewer), a diverging scheme safe for the common colour-vision deficiencies.
    const QColor stops[] = {QColor(0x54, 0x27, 0x88), QColor(0x99, 0x8e, 0xc3), QColor(0xf7, 0xf7, 0xf7),
                            QColor(0xf1, 0xa3, 0x40), QColor(0xb3, 0x58, 0x06)};
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    table->SetNumberOfTableValues(256);
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0 * 4;
        const int k = std::min(3, int(t));
        const double f = t - k;
        const QColor &a = stops[k], &b = stops[k + 1];
        table->SetTableValue(i, (a.redF() * (1 - f) + b.redF() * f), (a.greenF() * (1 - f) + b.greenF() * f),
                             (a.blueF() * (1 - f) + b.blueF() * f), 1);
    }
    finish(table, low, high);
    return table;
}
