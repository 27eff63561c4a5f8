#pragma once

#include "map/map_export.h"

#include <QColor>
#include <QList>
#include <QString>

#include <array>

// A continuous colour ramp as a 256-entry table. Viridis and cividis (the default) stay readable
// with the common colour-vision deficiencies and in greyscale print.
class CITYDECK_MAP_EXPORT ColorRamp
{
public:
    enum Name { Viridis, Cividis, Magma, Inferno, Blues };

    explicit ColorRamp(Name name = Viridis);
    static QList<Name> all() { return {Viridis, Cividis, Magma, Inferno, Blues}; }
    static QString displayName(Name name);
    static bool colourBlindSafe(Name name) { return name != Blues; }

    Name name() const { return m_name; }
    // t in [0, 1]; outside is clamped.
    QRgb rgb(double t) const { return m_table[index(t)]; }
    QColor color(double t) const { return QColor::fromRgb(rgb(t)); }
    const std::array<QRgb, 256> &table() const { return m_table; }

private:
    static int index(double t) { return t <= 0 ? 0 : t >= 1 ? 255 : int(t * 255 + 0.5); }
    Name m_name;
    std::array<QRgb, 256> m_table{};
};
