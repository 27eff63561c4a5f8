#include "map/VectorLayer.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

VectorLayer::VectorLayer(const QString &name, QObject *parent)
    : MapLayer(name, parent)
{
}

void VectorLayer::setFeatures(QList<MapFeature> features)
{
    m_features = std::move(features);
    m_paths.clear();
    m_bounds.clear();
    BoundsBuilder extent;
    m_paths.reserve(size_t(m_features.size()));
    for (const MapFeature &f : std::as_const(m_features)) {
        m_paths.push_back(f.path());
        m_bounds.push_back(f.bounds());
        extent.add(m_bounds.back());
    }
    m_extent = extent.rect();
    emit changed();
}

void VectorLayer::setStyle(const Style &style)
{
    m_style = style;
    emit changed();
}

void VectorLayer::setChoropleth(const ClassBreaks &breaks, ColorRamp ramp, const QString &title)
{
    m_breaks = breaks;
    m_ramp = ramp;
    m_legendTitle = title;
    emit changed();
}

QColor VectorLayer::classColor(int index) const
{
    const int n = m_breaks.classCount();
    return n > 0 ? m_ramp.color(n == 1 ? 0.5 : double(index) / (n - 1)) : m_style.fill;
}

QColor VectorLayer::fillOf(const MapFeature &f) const
{
    if (f.color.isValid())
        return f.color;
    if (m_breaks.classCount() > 0) {
        const int c = m_breaks.classOf(f.value);
        return c < 0 ? QColor(0xe0, 0xe0, 0xe0) : classColor(c); // no data: light grey
    }
    return m_style.fill;
}

void VectorLayer::render(QPainter &painter, const MapViewport &viewport, RenderMode)
{
    const QRectF view = viewport.extent();
    const QTransform toScreen = viewport.transform();
    const double minSize = viewport.resolution() * 1.2; // below a pixel: not worth a path
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toScreen, true);
    QPen pen(m_style.stroke, m_style.strokeWidth, m_style.strokeStyle);
    pen.setCosmetic(true);
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        const QRectF &b = m_bounds[size_t(i)];
        if (!b.intersects(view) && !(b.width() == 0 && view.contains(b.topLeft())))
            continue;
        const MapFeature &f = m_features.at(i);
        if (f.shape == MapFeature::Shape::Polygon) {
            if (b.width() < minSize && b.height() < minSize)
                continue;
            painter.setPen(pen);
            painter.setBrush(fillOf(f));
            painter.drawPath(m_paths[size_t(i)]);
        } else if (f.shape == MapFeature::Shape::Line) {
            QPen line = pen;
            if (f.color.isValid())
                line.setColor(f.color);
            painter.setPen(line);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(m_paths[size_t(i)]);
        }
    }
    painter.restore();
    // Points and highlights in screen space: their size does not follow the zoom.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double r = m_style.pointRadius, reach = r * viewport.resolution();
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        const MapFeature &f = m_features.at(i);
        const bool selected = selection().contains(f.id);
        if (f.shape != MapFeature::Shape::Point && !selected)
            continue;
        if (!m_bounds[size_t(i)].adjusted(-reach, -reach, reach, reach).intersects(view))
            continue;
        if (selected) {
            painter.setPen(QPen(QColor(0xff, 0x6f, 0x00), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(toScreen.map(m_paths[size_t(i)]));
        }
        if (f.shape == MapFeature::Shape::Point) {
            painter.setPen(QPen(m_style.stroke, 1));
            painter.setBrush(fillOf(f));
            for (const QPolygonF &p : f.parts)
                painter.drawEllipse(viewport.toScreen(p.value(0)), r, r);
        }
    }
    if (m_labels) {
        painter.setPen(QColor(0x33, 0x33, 0x33));
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        for (qsizetype i = 0; i < m_features.size(); ++i) {
            const QRectF screen = toScreen.mapRect(m_bounds[size_t(i)]);
            const MapFeature &f = m_features.at(i);
            if (f.label.isEmpty() || !screen.intersects(QRectF(QPointF(0, 0), viewport.size())))
                continue;
            const QRectF box(screen.center() - QPointF(90, 12), QSizeF(180, 24));
            if (screen.width() > painter.fontMetrics().horizontalAdvance(f.label))
                painter.drawText(box, Qt::AlignCenter, f.label);
        }
    }
    painter.restore();
}

std::optional<MapLayer::Hit> VectorLayer::hitTest(QPointF screen, const MapViewport &viewport) const
{
    const QPointF m = viewport.toMetres(screen);
    const double tolerance = 4 * viewport.resolution();
    // Top-most first: features drawn last.
    for (qsizetype i = m_features.size() - 1; i >= 0; --i) {
        const MapFeature &f = m_features.at(i);
        const QRectF b = m_bounds[size_t(i)].adjusted(-tolerance, -tolerance, tolerance, tolerance);
        if (!b.contains(m))
            continue;
        bool hit = false;
        if (f.shape == MapFeature::Shape::Polygon) {
            hit = m_paths[size_t(i)].contains(m);
        } else {
            const double reach = f.shape == MapFeature::Shape::Point ? (m_style.pointRadius + 2) * viewport.resolution() : tolerance;
            for (const QPolygonF &p : f.parts) {
                for (qsizetype k = 0; k < p.size() && !hit; ++k) {
                    const QPointF a = p.at(k), c = k + 1 < p.size() ? p.at(k + 1) : a;
                    const QPointF d = c - a;
                    const double len2 = QPointF::dotProduct(d, d);
                    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(m - a, d) / len2, 0.0, 1.0) : 0;
                    const QPointF q = a + t * d - m;
                    hit = std::hypot(q.x(), q.y()) <= reach;
                }
            }
        }
        if (hit) {
            QString tip = f.label.isEmpty() ? f.id : f.label;
            if (std::isfinite(f.value))
                tip += QStringLiteral("\n%1: %2").arg(m_legendTitle.isEmpty() ? name() : m_legendTitle, QLocale().toString(f.value, 'g', 4));
            return Hit{f.id, tip, {}};
        }
    }
    return std::nullopt;
}

QStringList VectorLayer::idsIn(const QRectF &metres) const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        if (metres.contains(m_bounds[size_t(i)].center()) && !m_features.at(i).id.isEmpty())
            ids << m_features.at(i).id;
    }
    return ids;
}

std::optional<MapLegend> VectorLayer::legend() const
{
    if (m_breaks.classCount() == 0)
        return m_fixedLegend;
    MapLegend legend;
    legend.title = m_legendTitle;
    const QList<double> &l = m_breaks.limits();
    const QLocale locale;
    for (int i = 0; i < m_breaks.classCount(); ++i)
        legend.classes << qMakePair(classColor(i), QStringLiteral("%1 – %2").arg(locale.toString(l[i], 'g', 4), locale.toString(l[i + 1], 'g', 4)));
    return legend;
}
