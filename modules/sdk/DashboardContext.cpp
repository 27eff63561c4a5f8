#include "sdk/DashboardContext.h"

#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "sdk/AlarmBoard.h"
#include "sdk/KpiBoard.h"

DashboardContext::DashboardContext(QObject *parent)
    : QObject(parent)
    , m_timeCursor(new TimeCursor(this))
    , m_units(new UnitFormatter(this))
    , m_alarms(new AlarmBoard(this))
    , m_kpis(new KpiBoard(this))
{
}
