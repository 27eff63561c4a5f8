#include "sdk/StandardDashboardPlugin.h"

#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/KpiBoard.h"
#include "sdk/SdkLog.h"

#include <QCoreApplication>

bool StandardDashboardPlugin::initialize(DashboardContext *context, QString *errorMessage)
{
    if (!context) {
        *errorMessage = QCoreApplication::translate("StandardDashboardPlugin", "no dashboard context");
        return false;
    }
    m_context = context;
    m_context->alarms()->setSourceLabel(sourceId(), sourceLabel());
    m_context->kpis()->setSourceLabel(sourceId(), sourceLabel());
    qCInfo(lcSdk) << sourceId() << "ready";
    return true;
}
