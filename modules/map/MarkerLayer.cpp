#include "map/MarkerLayer.h"

#include "map/LabelPlacer.h"
#include "map/WebMercator.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

MarkerLayer::MarkerLayer(const QString &name, QObject *parent)
    : MapLayer(name, parent)
{
}

void MarkerLayer::setMarkers(std::vector<MapMarker> markers)
{
    m_markers = std::move(markers);
    BoundsBuilder extent;
    for (const MapMarker &m : m_markers)
        extent.add(m.metres);
    m_extent = extent.rect();
    m_clusterZoom = -1000;
    emit changed();
}

void MarkerLayer::setClustering(double distancePixels, double belowZoom)
{
    m_distance = distancePixels;
    m_belowZoom = belowZoom;
    m_clusterZoom = -1000;
    emit changed();
}

const std::vector<MarkerLayer::Cluster> &MarkerLayer::clusters(double zoom) const
{
    const int key = int(std::lround(zoom * 100));
    if (key == m_clusterZoom)
        return m_clusters;
    m_clusterZoom = key;
    m_clusters.clear();
    const bool cluster = zoom < m_belowZoom && m_distance > 0;
    const double cell = m_distance * WebMercator::resolution(zoom); // metres
    QHash<quint64, int> byCell;
    for (int i = 0; i < int(m_markers.size()); ++i) {
        const QPointF p = m_markers[size_t(i)].metres;
        int at = -1;
        if (cluster) {
            const quint64 k = (quint64(quint32(qint32(std::floor(p.y() / cell)))) << 32) | quint32(qint32(std::floor(p.x() / cell)));
            const auto it = byCell.constFind(k);
            if (it == byCell.cend())
                byCell.insert(k, int(m_clusters.size()));
            else
                at = *it;
        }
        if (at < 0) {
            m_clusters.push_back({p, {}, {i}});
            m_clusters.back().bounds.add(p);
            continue;
        }
        Cluster &c = m_clusters[size_t(at)];
        const double n = double(c.members.size());
        c.metres = (c.metres * n + p) / (n + 1);
        c.bounds.add(p);
        c.members.push_back(i);
    }
    return m_clusters;
}

void MarkerLayer::drawMarker(QPainter &painter, const MapMarker &m, QPointF at, bool selected) const
{
    const double r = m.size;
    if (selected) {
        painter.setPen(QPen(QColor(0xff, 0x6f, 0x00), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 4, r + 4);
    }
    painter.setPen(QPen(m.muted ? m.color : QColor(Qt::white), m.muted ? 2 : 1.5));
    painter.setBrush(m.muted ? QColor(255, 255, 255, 200) : m.color);
    switch (m.symbol) {
    case MapMarker::Symbol::Circle:
        painter.drawEllipse(at, r, r);
        break;
    case MapMarker::Symbol::Square:
        painter.drawRect(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        break;
    case MapMarker::Symbol::Diamond:
        painter.drawPolygon(QPolygonF{at + QPointF(0, -r * 1.3), at + QPointF(r * 1.3, 0), at + QPointF(0, r * 1.3), at + QPointF(-r * 1.3, 0)});
        break;
    }
    if (m.trend != 0) {
        // A small arrow right of the marker: up when rising, down when falling.
        const double s = m.trend > 0 ? -1 : 1, x = at.x() + r + 5;
        QPainterPath arrow;
        arrow.moveTo(x, at.y() + s * 5);
        arrow.lineTo(x - 4, at.y() - s * 1);
        arrow.lineTo(x + 4, at.y() - s * 1);
        arrow.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(m.trend > 0 ? QColor(0xb2, 0x18, 0x2b) : QColor(0x21, 0x66, 0xac));
        painter.drawPath(arrow);
    }
}

const QImage &MarkerLayer::sprite(const QString &key, double radius, const std::function<void(QPainter &, QPointF)> &draw) const
{
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        if (m_sprites.size() > 2000)
            m_sprites.clear();
        const int side = int(std::ceil(2 * radius + 24)); // room for the selection ring and trend arrow
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p, QPointF(side / 2.0, side / 2.0));
        it = m_sprites.insert(key, image);
    }
    return *it;
}

void MarkerLayer::drawCluster(QPainter &painter, int count, QPointF at, bool selected) const
{
    const double r = clusterRadius(size_t(count));
    painter.setPen(QPen(selected ? QColor(0xff, 0x6f, 0x00) : QColor(Qt::white), selected ? 3 : 2));
    painter.setBrush(QColor(0x3b, 0x49, 0x6c, 200));
    painter.drawEllipse(at, r, r);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter, QString::number(count));
}

void MarkerLayer::render(QPainter &painter, const MapViewport &viewport, RenderMode mode)
{
    // Sprites are pixels: an export at a higher resolution draws everything afresh instead.
    const bool sprites = mode == RenderMode::Interactive && painter.worldTransform().isIdentity();
    auto blit = [&](const QImage &image, QPointF at) { painter.drawImage(at - QPointF(image.width() / 2.0, image.height() / 2.0), image); };
    const QRectF screen = QRectF(QPointF(0, 0), viewport.size()).adjusted(-60, -60, 60, 60);
    LabelPlacer labels;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetricsF fm(small);
    struct Label
    {
        QString text;
        QPointF at;
        double r;
    };
    QList<Label> texts;
    for (const Cluster &c : clusters(viewport.zoom())) {
        const QPointF at = viewport.toScreen(c.metres);
        if (!screen.contains(at))
            continue;
        if (c.members.size() == 1) {
            const MapMarker &m = m_markers[size_t(c.members.front())];
            const bool selected = selection().contains(m.id);
            if (sprites) {
                const QString key = QStringLiteral("m%1/%2/%3/%4/%5/%6").arg(m.color.rgba()).arg(m.size).arg(int(m.symbol)).arg(m.trend).arg(m.muted).arg(selected);
                blit(sprite(key, m.size + 6, [&](QPainter &p, QPointF centre) { drawMarker(p, m, centre, selected); }), at);
            } else {
                drawMarker(painter, m, at, selected);
            }
            labels.reserve(QRectF(at - QPointF(m.size, m.size), QSizeF(2 * m.size, 2 * m.size)));
            if (!m.text.isEmpty())
                texts << Label{m.text, at, m.size};
            continue;
        }
        const double r = clusterRadius(c.members.size());
        bool selected = false;
        for (int i : c.members)
            selected |= !selection().isEmpty() && selection().contains(m_markers[size_t(i)].id);
        const int count = int(c.members.size());
        if (sprites) {
            blit(sprite(QStringLiteral("c%1/%2").arg(count).arg(selected), r + 4,
                        [&](QPainter &p, QPointF centre) { p.setFont(painter.font()); drawCluster(p, count, centre, selected); }),
                 at);
        } else {
            drawCluster(painter, count, at, selected);
        }
        labels.reserve(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    // Texts where they fit: right of the marker, else left, else above.
    for (const Label &l : std::as_const(texts)) {
        const QSizeF size(fm.horizontalAdvance(l.text) + 6, fm.height() + 2);
        const QList<QRectF> candidates{QRectF(l.at + QPointF(l.r + 12, -size.height() / 2), size),
                                       QRectF(l.at + QPointF(-l.r - 4 - size.width(), -size.height() / 2), size),
                                       QRectF(l.at + QPointF(-size.width() / 2, -l.r - 3 - size.height()), size)};
        const int i = labels.place(candidates);
        if (i < 0)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 215));
        painter.drawRoundedRect(candidates[i], 3, 3);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(candidates[i], Qt::AlignCenter, l.text);
    }
    painter.restore();
}

std::optional<MapLayer::Hit> MarkerLayer::hitTest(QPointF screen, const MapViewport &viewport) const
{
    const std::vector<Cluster> &all = clusters(viewport.zoom());
    double best = 1e9;
    const Cluster *hit = nullptr;
    for (const Cluster &c : all) {
        const QPointF d = viewport.toScreen(c.metres) - screen;
        const double dist = std::hypot(d.x(), d.y());
        const double reach = c.members.size() == 1 ? m_markers[size_t(c.members.front())].size + 3 : clusterRadius(c.members.size());
        if (dist <= reach && dist < best) {
            best = dist;
            hit = &c;
        }
    }
    if (!hit)
        return std::nullopt;
    if (hit->members.size() == 1) {
        const MapMarker &m = m_markers[size_t(hit->members.front())];
        return Hit{m.id, m.tooltip.isEmpty() ? m.id : m.tooltip, {}};
    }
    // Markers on one spot still zoom to street level.
    const QRectF bounds = hit->bounds.rect();
    const QRectF area = bounds.isNull() ? bounds.adjusted(-50, -50, 50, 50) : bounds;
    return Hit{QString(), tr("%1 markers — click to zoom in").arg(hit->members.size()), area};
}

QStringList MarkerLayer::idsIn(const QRectF &metres) const
{
    QStringList ids;
    for (const MapMarker &m : m_markers) {
        if (metres.contains(m.metres))
            ids << m.id;
    }
    return ids;
}

std::optional<MapLegend> MarkerLayer::legend() const
{
    return m_legend;
}
