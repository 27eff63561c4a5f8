#include "map/LabelPlacer.h"

#include <cmath>

template <typename F> void LabelPlacer::buckets(const QRectF &rect, F &&f) const
{
    const int x0 = int(std::floor(rect.left() / m_bucket)), x1 = int(std::floor(rect.right() / m_bucket));
    const int y0 = int(std::floor(rect.top() / m_bucket)), y1 = int(std::floor(rect.bottom() / m_bucket));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            f((quint64(quint32(y)) << 32) | quint32(x));
    }
}

bool LabelPlacer::free(const QRectF &rect) const
{
    bool clear = true;
    buckets(rect, [&](quint64 key) {
        if (!clear)
            return;
        for (int i : m_grid.value(key)) {
            if (m_placed.at(i).intersects(rect)) {
                clear = false;
                return;
            }
        }
    });
    return clear;
}

void LabelPlacer::reserve(const QRectF &rect)
{
    const int index = int(m_placed.size());
    m_placed << rect;
    buckets(rect, [&](quint64 key) { m_grid[key] << index; });
}

int LabelPlacer::place(const QList<QRectF> &candidates)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (free(candidates.at(i))) {
            reserve(candidates.at(i));
            return i;
        }
    }
    return -1;
}
