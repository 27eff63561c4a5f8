#include "crowding/CrowdingPlugin.h"

#include "crowding/CrowdingDashboard.h"

#include <QPainter>
#include <QPixmap>

QString CrowdingPlugin::sourceId() const
{
    return CrowdingDashboard::sourceId();
}

QWidget *CrowdingPlugin::createDashboard(QWidget *parent)
{
    return new CrowdingDashboard(context(), parent);
}

QIcon CrowdingPlugin::icon() const
{
    // Three warm discs: a crowd seen from above.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe6, 0x9f, 0x00));
    p.drawEllipse(QPointF(22, 36), 14, 14);
    p.setBrush(QColor(0xd5, 0x5e, 0x00));
    p.drawEllipse(QPointF(42, 28), 16, 16);
    p.setBrush(QColor(0x00, 0x72, 0xb2));
    p.drawEllipse(QPointF(36, 48), 10, 10);
    return QIcon(pixmap);
}
