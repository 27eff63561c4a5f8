#include "energy/EnergyPlugin.h"

#include "energy/EnergyDashboard.h"

#include <QPainter>
#include <QPixmap>

QString EnergyPlugin::sourceId() const
{
    return EnergyDashboard::sourceId();
}

QWidget *EnergyPlugin::createDashboard(QWidget *parent)
{
    return new EnergyDashboard(context(), parent);
}

QIcon EnergyPlugin::icon() const
{
    // Three blocks of rising height, coloured from low to high use (viridis).
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
    p.setBrush(QColor(0x44, 0x01, 0x54));
    p.drawRect(QRectF(6, 40, 16, 20));
    p.setBrush(QColor(0x21, 0x91, 0x8c));
    p.drawRect(QRectF(24, 24, 16, 36));
    p.setBrush(QColor(0xfd, 0xe7, 0x25));
    p.drawRect(QRectF(42, 8, 16, 52));
    return QIcon(pixmap);
}
