#include "parking/ParkingPlugin.h"

#include "parking/ParkingColors.h"
#include "parking/ParkingDashboard.h"
#include "parking/ParkingKpiPublisher.h"

#include <QPainter>
#include <QPixmap>

QString ParkingPlugin::sourceId() const
{
    return ParkingDashboard::sourceId();
}

bool ParkingPlugin::initialize(DashboardContext *context, QString *errorMessage)
{
    if (!StandardDashboardPlugin::initialize(context, errorMessage))
        return false;
    m_kpis = new ParkingKpiPublisher(context, sourceId(), this);
    return true;
}

void ParkingPlugin::aboutToShutdown()
{
    delete m_kpis;
    StandardDashboardPlugin::aboutToShutdown();
}

QWidget *ParkingPlugin::createDashboard(QWidget *parent)
{
    return new ParkingDashboard(context(), parent);
}

QIcon ParkingPlugin::icon() const
{
    // The road sign: a white P on blue, with an occupancy bar under it.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x00, 0x72, 0xb2));
    p.drawRoundedRect(QRectF(6, 4, 52, 46), 8, 8);
    QFont font = p.font();
    font.setPixelSize(38);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(6, 4, 52, 46), Qt::AlignCenter, QStringLiteral("P"));
    p.setPen(Qt::NoPen);
    p.setBrush(ParkingColors::plenty());
    p.drawRect(QRectF(6, 54, 30, 7));
    p.setBrush(ParkingColors::nearlyFull());
    p.drawRect(QRectF(36, 54, 22, 7));
    return QIcon(pixmap);
}
