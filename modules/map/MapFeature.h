#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <cmath>

// A bounding box grown point by point. QRectF::united ignores empty rectangles, so a box made of
// points (or of one point) cannot be built with it.
class BoundsBuilder
{
public:
    void add(QPointF p)
    {
        if (m_empty) {
            m_min = m_max = p;
            m_empty = false;
            return;
        }
        m_min = QPointF(std::min(m_min.x(), p.x()), std::min(m_min.y(), p.y()));
        m_max = QPointF(std::max(m_max.x(), p.x()), std::max(m_max.y(), p.y()));
    }
    void add(const QRectF &r)
    {
        add(r.topLeft());
        add(r.bottomRight());
    }
    bool isEmpty() const { return m_empty; }
    QRectF rect() const { return m_empty ? QRectF() : QRectF(m_min, m_max); }

private:
    QPointF m_min, m_max;
    bool m_empty = true;
};

// One feature of a vector layer, its geometry already in projected metres (Web Mercator):
// points, line parts or polygon rings (holes are rings too: polygons fill odd-even).
struct MapFeature
{
    enum class Shape { Point, Line, Polygon };

    QString id;
    QString label;
    Shape shape = Shape::Point;
    QList<QPolygonF> parts; // a point is one part of one vertex
    QVariantMap properties;
    double value = std::nan("");
    QColor color;           // invalid: the layer's style or class colour

    QRectF bounds() const
    {
        BoundsBuilder b;
        for (const QPolygonF &p : parts) {
            for (QPointF q : p)
                b.add(q);
        }
        return b.rect();
    }
    QPainterPath path() const
    {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &p : parts) {
            if (shape == Shape::Polygon)
                path.addPolygon(p), path.closeSubpath();
            else
                path.addPolygon(p);
        }
        return path;
    }
};
