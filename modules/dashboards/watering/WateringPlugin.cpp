#include "watering/WateringPlugin.h"

#include "watering/WateringDashboard.h"
#include "watering/WateringMonitor.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QString WateringPlugin::sourceId() const
{
    return WateringDashboard::sourceId();
}

bool WateringPlugin::initialize(DashboardContext *context, QString *errorMessage)
{
    if (!StandardDashboardPlugin::initialize(context, errorMessage))
        return false;
    m_monitor = new WateringMonitor(context, sourceId(), this);
    return true;
}

void WateringPlugin::aboutToShutdown()
{
    delete m_monitor;
    StandardDashboardPlugin::aboutToShutdown();
}

QWidget *WateringPlugin::createDashboard(QWidget *parent)
{
    return new WateringDashboard(context(), parent);
}

QIcon WateringPlugin::icon() const
{
    // A drop over a strip of turf.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x00, 0x9e, 0x73));
    p.drawRoundedRect(QRectF(4, 46, 56, 14), 4, 4);
    QPainterPath drop;
    drop.moveTo(32, 4);
    drop.cubicTo(44, 20, 50, 28, 50, 34);
    drop.arcTo(QRectF(14, 16, 36, 36), 0, -180);
    drop.cubicTo(14, 28, 20, 20, 32, 4);
    p.setBrush(QColor(0x00, 0x72, 0xb2));
    p.drawPath(drop);
    return QIcon(pixmap);
}
