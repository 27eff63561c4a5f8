#pragma once

#include "map/map_export.h"

#include <QHash>
#include <QList>
#include <QRectF>

// Greedy collision avoidance for one frame: a label is placed only where it overlaps nothing
// placed before it (callers offer labels by priority). Rectangles are bucketed on a coarse grid,
// so each test looks at a few neighbours, not every placed label.
class CITYDECK_MAP_EXPORT LabelPlacer
{
public:
    explicit LabelPlacer(double bucket = 64) : m_bucket(bucket) {}
    // Tries the candidates in order; returns the index of the one placed, or -1.
    int place(const QList<QRectF> &candidates);
    bool place(const QRectF &rect) { return place(QList<QRectF>{rect}) == 0; }
    // Reserves an area (a marker) without testing it.
    void reserve(const QRectF &rect);

private:
    bool free(const QRectF &rect) const;
    template <typename F> void buckets(const QRectF &rect, F &&f) const;
    double m_bucket;
    QList<QRectF> m_placed;
    QHash<quint64, QList<int>> m_grid;
};
