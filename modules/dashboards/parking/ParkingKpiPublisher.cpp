#include "parking/ParkingKpiPublisher.h"

#include "parking/OccupancyHistory.h"
#include "parking/ParkingKpis.h"
#include "parking/ParkingNames.h"
#include "parking/ParkingReader.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/KpiBoard.h"

ParkingKpiPublisher::ParkingKpiPublisher(DashboardContext *context, const QString &source, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_source(source)
{
    connect(context->store(), &EntityStore::stored, this, &ParkingKpiPublisher::update);
    connect(context->store(), &EntityStore::reset, this, [this] {
        m_key.clear();
        m_context->kpis()->withdrawAll(m_source);
        update();
    });
    connect(context->timeCursor(), &TimeCursor::timeChanged, this, &ParkingKpiPublisher::update);
    update();
}

void ParkingKpiPublisher::update()
{
    if (!m_context->store()->hasData())
        return;
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const std::vector<Entity> entities = m_context->store()->stateAt(t, ParkingNames::siteTypes());
    // The week before the cursor's hour: once per hour, or when sites come or go.
    const QString key = QStringLiteral("%1|%2").arg(HourlySeries::hourStart(t, zone)).arg(entities.size());
    if (key == m_key || entities.empty())
        return;
    m_key = key;
    const ParkingReader::State state = ParkingReader::read(entities, m_context->cityPlan(), t, m_context->staleAfterMs());
    OccupancyHistory history(m_context->store(), zone);
    history.setSites(state.sites);
    for (const Kpi &k : ParkingKpis::compute(history, state.sites, t, m_source))
        m_context->kpis()->publish(k);
}
