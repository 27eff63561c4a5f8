#include "map/ColorRamp.h"

#include <QCoreApplication>

#include <vector>

namespace {
// Control points sampled evenly from the published matplotlib ramps, interpolated linearly.
std::vector<QRgb> stops(ColorRamp::Name name)
{
    switch (name) {
    case ColorRamp::Viridis:
        return {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725};
    case ColorRamp::Cividis:
        return {0x00224e, 0x123570, 0x3b496c, 0x575d6d, 0x707173, 0x8a8779, 0xa69d75, 0xc4b56c, 0xe4cf5b, 0xfee838};
    case ColorRamp::Magma:
        return {0x000004, 0x180f3d, 0x440f76, 0x721f81, 0x9e2f7f, 0xcd4071, 0xf1605d, 0xfd9668, 0xfeca8d, 0xfcfdbf};
    case ColorRamp::Inferno:
        return {0x000004, 0x1b0c41, 0x4a0c6b, 0x781c6d, 0xa52c60, 0xcf4446, 0xed6925, 0xfb9b06, 0xf7d13d, 0xfcffa4};
    case ColorRamp::Blues:
        return {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b};
    }
    return {0, 0xffffff};
}
} // namespace

ColorRamp::ColorRamp(Name name)
    : m_name(name)
{
    const std::vector<QRgb> s = stops(name);
    const int segments = int(s.size()) - 1;
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0 * segments;
        const int k = std::min(int(t), segments - 1);
        const double f = t - k;
        auto mix = [&](int shift) { return int(((s[k] >> shift) & 0xff) * (1 - f) + ((s[k + 1] >> shift) & 0xff) * f + 0.5); };
        m_table[size_t(i)] = qRgb(mix(16), mix(8), mix(0));
    }
}

QString ColorRamp::displayName(Name name)
{
    switch (name) {
    case Viridis: return QCoreApplication::translate("ColorRamp", "Viridis");
    case Cividis: return QCoreApplication::translate("ColorRamp", "Cividis");
    case Magma: return QCoreApplication::translate("ColorRamp", "Magma");
    case Inferno: return QCoreApplication::translate("ColorRamp", "Inferno");
    case Blues: return QCoreApplication::translate("ColorRamp", "Blues (not colour-blind safe)");
    }
    return {};
}
