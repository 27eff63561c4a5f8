#include "map/MapLayer.h"

MapLayer::MapLayer(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

void MapLayer::setName(const QString &name)
{
    m_name = name;
    emit changed();
}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}

void MapLayer::setOpacity(double opacity)
{
    m_opacity = qBound(0.0, opacity, 1.0);
    emit changed();
}

std::optional<MapLayer::Hit> MapLayer::hitTest(QPointF, const MapViewport &) const
{
    return std::nullopt;
}

QStringList MapLayer::idsIn(const QRectF &) const
{
    return {};
}

void MapLayer::setSelection(const QSet<QString> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    emit changed();
}
