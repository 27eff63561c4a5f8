#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <cmath>

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
        QRectF r;
        for (const QPolygonF &p : parts)
            r = r.isNull() ? p.boundingRect() : r.united(p.boundingRect());
        return r;
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
