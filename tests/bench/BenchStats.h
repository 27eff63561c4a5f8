#pragma once

#include <algorithm>
#include <vector>

// The figures every benchmark reports from its timed rounds.
namespace BenchStats {
// The p-quantile (0–1) of the rounds; 0 without any.
inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

inline double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}
} // namespace BenchStats
