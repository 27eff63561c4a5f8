#include "citysim/SimNoise.h"

namespace {
quint64 mix(quint64 x)
{
    // splitmix64 finaliser: every input bit moves every output bit.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
} // namespace

quint64 SimNoise::hash(quint64 a, quint64 b, quint64 c) const
{
    return mix(mix(mix(m_seed ^ a) ^ b) ^ c);
}

double SimNoise::gauss(quint64 a, quint64 b, quint64 c) const
{
    const double u1 = std::max(unit(a, b, c * 2 + 1), 1e-12);
    const double u2 = unit(a, b, c * 2 + 2);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double SimNoise::smooth(quint64 a, double t, double step) const
{
    const double x = t / step;
    const double cell = std::floor(x);
    const double f = x - cell;
    const double v0 = unit(a, quint64(qint64(cell)));
    const double v1 = unit(a, quint64(qint64(cell) + 1));
    return v0 + (v1 - v0) * (f * f * (3 - 2 * f)); // smoothstep: no kinks at grid points
}
