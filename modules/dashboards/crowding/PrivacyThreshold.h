#pragma once

#include <QString>

#include <cmath>

// Fewer than k people in a cell, a counter or an hour could single someone out: such values are
// left out of the heatmap, shown as "< k" and exported empty. k = 5 unless the city chose another.
class PrivacyThreshold
{
public:
    static constexpr int kDefault = 5;

    explicit PrivacyThreshold(int k = kDefault)
        : m_k(std::max(1, k))
    {
    }
    int k() const { return m_k; }
    // A count that must not be shown (NaN, no data, is not suppressed: there is nothing to hide).
    bool hides(double count) const { return std::isfinite(count) && count < m_k; }
    // The value to show or export: NaN when hidden.
    double visible(double count) const { return hides(count) ? std::nan("") : count; }
    QString hiddenText() const { return QStringLiteral("< %1").arg(m_k); }

private:
    int m_k;
};
