#include "sdk/DashboardContext.h"

#include "core/TimeCursor.h"
#include "core/UnitFormatter.h"
#include "sdk/AlarmBoard.h"
#include "sdk/CityPlan.h"
#include "sdk/EntityStore.h"
#include "sdk/KpiBoard.h"

#include <QSettings>

DashboardContext::DashboardContext(QObject *parent)
    : QObject(parent)
    , m_timeCursor(new TimeCursor(this))
    , m_units(new UnitFormatter(this))
    , m_alarms(new AlarmBoard(this))
    , m_kpis(new KpiBoard(this))
    , m_store(new EntityStore(this))
    , m_cityPlan(new CityPlan(this))
{
}

void DashboardContext::setStaleAfterMs(qint64 ms)
{
    if (ms <= 0 || ms == m_staleAfterMs)
        return;
    m_staleAfterMs = ms;
    emit staleAfterChanged(ms);
}

QSettings *DashboardContext::settings() const
{
    if (m_settings)
        return m_settings;
    if (!m_defaultSettings)
        m_defaultSettings = new QSettings(const_cast<DashboardContext *>(this));
    return m_defaultSettings;
}
