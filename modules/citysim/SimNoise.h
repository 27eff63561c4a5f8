#pragma once

#include "citysim/citysim_export.h"

#include <QtGlobal>

#include <cmath>

// Deterministic randomness: every number the simulated city shows is a pure function of the
// seed and a few integers (which sensor, which time slot), so the same seed and the same
// simulated clock give the same data in every run, whatever the order of the requests.
class CITYDECK_CITYSIM_EXPORT SimNoise
{
public:
    explicit SimNoise(quint64 seed = 1) : m_seed(seed) {}

    quint64 seed() const { return m_seed; }
    quint64 hash(quint64 a, quint64 b = 0, quint64 c = 0) const;
    // Uniform in [0, 1).
    double unit(quint64 a, quint64 b = 0, quint64 c = 0) const { return double(hash(a, b, c) >> 11) * 0x1.0p-53; }
    double range(double low, double high, quint64 a, quint64 b = 0, quint64 c = 0) const
    {
        return low + (high - low) * unit(a, b, c);
    }
    // Standard normal (Box–Muller on two hashed uniforms).
    double gauss(quint64 a, quint64 b = 0, quint64 c = 0) const;
    // Smooth noise in time: linear between hashed values on a grid of `step` units.
    double smooth(quint64 a, double t, double step) const;

    // Stream tags so that different quantities of the same sensor never share numbers.
    enum Stream : quint64 {
        Layout = 1, Crowd, Parking, Spot, Weather, Soil, Crime, Energy, Kpi
    };

private:
    quint64 m_seed;
};
