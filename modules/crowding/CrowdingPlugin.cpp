#include "crowding/CrowdingPlugin.h"

#include "crowding/CrowdingDashboard.h"
#include "crowding/CrowdingLog.h"

#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"

#include <QPainter>
#include <QPixmap>

bool CrowdingPlugin::initialize(DashboardContext *context, QString *errorMessage)
{
    if (!context) {
        *errorMessage = tr("no dashboard context");
        return false;
    }
    m_context = context;
    m_context->alarms()->setSourceLabel(CrowdingDashboard::sourceId(), tr("Crowding"));
    qCInfo(lcCrowding) << "crowding dashboard ready";
    return true;
}

QWidget *CrowdingPlugin::createDashboard(QWidget *parent)
{
    return new CrowdingDashboard(m_context, parent);
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

void CrowdingPlugin::aboutToShutdown()
{
    m_context = nullptr;
}
