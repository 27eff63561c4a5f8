#include "parking/ParkingPlugin.h"

#include "parking/ParkingColors.h"
#include "parking/ParkingDashboard.h"
#include "parking/ParkingLog.h"

#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/KpiBoard.h"

#include <QPainter>
#include <QPixmap>

bool ParkingPlugin::initialize(DashboardContext *context, QString *errorMessage)
{
    if (!context) {
        *errorMessage = tr("no dashboard context");
        return false;
    }
    m_context = context;
    m_context->alarms()->setSourceLabel(ParkingDashboard::sourceId(), tr("Parking"));
    m_context->kpis()->setSourceLabel(ParkingDashboard::sourceId(), tr("Parking"));
    qCInfo(lcParking) << "parking dashboard ready";
    return true;
}

QWidget *ParkingPlugin::createDashboard(QWidget *parent)
{
    return new ParkingDashboard(m_context, parent);
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

void ParkingPlugin::aboutToShutdown()
{
    m_context = nullptr;
}
