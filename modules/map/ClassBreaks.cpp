#include "map/ClassBreaks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

ClassBreaks ClassBreaks::compute(std::vector<double> values, int classes, Method method)
{
    ClassBreaks b;
    b.m_method = method;
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    if (values.empty() || classes < 1)
        return b;
    std::sort(values.begin(), values.end());
    const double lo = values.front(), hi = values.back();
    if (lo == hi) {
        b.m_limits = {lo, hi};
        return b;
    }
    switch (method) {
    case EqualInterval:
        for (int i = 0; i <= classes; ++i)
            b.m_limits << lo + (hi - lo) * i / classes;
        break;
    case Quantile:
        b.m_limits << lo;
        for (int i = 1; i < classes; ++i) {
            const double at = double(i) * double(values.size() - 1) / classes;
            const size_t k = size_t(at);
            const double q = values[k] + (at - double(k)) * (values[std::min(k + 1, values.size() - 1)] - values[k]);
            if (q > b.m_limits.constLast())
                b.m_limits << q; // ties collapse classes rather than making empty ones
        }
        b.m_limits << hi;
        break;
    case NaturalBreaks: {
        // Jenks is O(k·n²): above a few thousand values, an even sample keeps the shape.
        std::vector<double> sample;
        const size_t n = values.size(), cap = 2000;
        if (n > cap) {
            for (size_t i = 0; i < cap; ++i)
                sample.push_back(values[i * (n - 1) / (cap - 1)]);
        } else {
            sample = values;
        }
        b.m_limits = jenks(sample, std::min<int>(classes, int(sample.size())));
        b.m_limits.front() = lo;
        b.m_limits.back() = hi;
        break;
    }
    }
    return b;
}

QList<double> ClassBreaks::jenks(const std::vector<double> &v, int k)
{
    // Fisher–Jenks by dynamic programming: minimal within-class sum of squared deviations.
    const int n = int(v.size());
    std::vector<double> prefix(size_t(n) + 1, 0), prefix2(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        prefix[size_t(i) + 1] = prefix[size_t(i)] + v[size_t(i)];
        prefix2[size_t(i) + 1] = prefix2[size_t(i)] + v[size_t(i)] * v[size_t(i)];
    }
    auto ssd = [&](int from, int to) { // values [from, to)
        const double s = prefix[size_t(to)] - prefix[size_t(from)], s2 = prefix2[size_t(to)] - prefix2[size_t(from)];
        return s2 - s * s / (to - from);
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(size_t(k) + 1, std::vector<double>(size_t(n) + 1, inf));
    std::vector<std::vector<int>> cut(size_t(k) + 1, std::vector<int>(size_t(n) + 1, 0));
    for (int j = 1; j <= n; ++j)
        cost[1][size_t(j)] = ssd(0, j);
    for (int c = 2; c <= k; ++c) {
        for (int j = c; j <= n; ++j) {
            for (int m = c - 1; m < j; ++m) {
                const double total = cost[size_t(c) - 1][size_t(m)] + ssd(m, j);
                if (total < cost[size_t(c)][size_t(j)]) {
                    cost[size_t(c)][size_t(j)] = total;
                    cut[size_t(c)][size_t(j)] = m;
                }
            }
        }
    }
    QList<double> limits(k + 1);
    limits[k] = v.back();
    for (int c = k, j = n; c >= 1; --c) {
        const int m = c > 1 ? cut[size_t(c)][size_t(j)] : 0;
        limits[c - 1] = v[size_t(m)];
        j = m;
    }
    return limits;
}

int ClassBreaks::classOf(double value) const
{
    if (m_limits.size() < 2 || !std::isfinite(value))
        return -1;
    if (value <= m_limits.constFirst())
        return 0;
    const auto it = std::upper_bound(m_limits.cbegin(), m_limits.cend(), value);
    return std::min(int(it - m_limits.cbegin()) - 1, classCount() - 1);
}

QString ClassBreaks::methodName(Method method)
{
    switch (method) {
    case Quantile: return QCoreApplication::translate("ClassBreaks", "Quantiles");
    case EqualInterval: return QCoreApplication::translate("ClassBreaks", "Equal intervals");
    case NaturalBreaks: return QCoreApplication::translate("ClassBreaks", "Natural breaks (Jenks)");
    }
    return {};
}
