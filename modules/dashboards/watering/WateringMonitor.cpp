#include "watering/WateringMonitor.h"

#include "watering/WaterSavings.h"
#include "watering/WateringAlarms.h"
#include "watering/WateringLog.h"
#include "watering/WateringPlanner.h"

#include "core/TimeCursor.h"
#include "sdk/AlarmBoard.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"
#include "sdk/HourlySeries.h"
#include "sdk/KpiBoard.h"

#include <QTimer>

WateringMonitor::WateringMonitor(DashboardContext *context, const QString &source, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_source(source)
    , m_coalesce(new QTimer(this))
{
    // Its conditions and KPIs move by the hour, while other pilots' values are stored every few
    // seconds: one check per burst of stores is plenty.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(2000);
    connect(m_coalesce, &QTimer::timeout, this, &WateringMonitor::update);
    // Started by the first of a burst, not restarted by the next: a steady stream cannot starve it.
    auto schedule = [this] {
        if (!m_coalesce->isActive())
            m_coalesce->start();
    };
    connect(context->store(), &EntityStore::stored, this, schedule);
    connect(context->timeCursor(), &TimeCursor::timeChanged, this, schedule);
    connect(context->store(), &EntityStore::reset, this, [this] {
        for (quint64 id : std::as_const(m_active))
            m_context->alarms()->clear(id);
        m_active.clear();
        m_kpiKey.clear();
        m_context->kpis()->withdrawAll(m_source);
        m_coalesce->start();
    });
    m_coalesce->start();
}

WateringMonitor::~WateringMonitor() = default;

void WateringMonitor::update()
{
    if (!m_context->store()->hasData())
        return;
    const WateringSettings settings = WateringSettings::load(m_context->settings());
    // A new store or new values: decisions are read again from the cache.
    m_planner = std::make_unique<WateringPlanner>(m_context->store(), settings.zone(), m_context->cityPlan());
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    if (m_context->timeCursor()->isLive())
        updateAlarms(t, settings);
    updateKpis(t, settings);
}

void WateringMonitor::updateAlarms(qint64 t, const WateringSettings &settings)
{
    const WateringReader::Snapshot &snap = m_planner->snapshot(t);
    QSet<QString> now;
    for (const WateringAlarms::Condition &c : WateringAlarms::check(*m_context->store(), snap, settings, settings.zone())) {
        now.insert(c.key);
        if (m_active.contains(c.key))
            continue;
        Alarm alarm;
        alarm.source = m_source;
        alarm.entityId = c.entityId;
        alarm.severity = c.severity;
        alarm.title = c.title;
        alarm.message = c.message;
        alarm.raisedAt = IsoTime::toDateTime(t);
        m_active.insert(c.key, m_context->alarms()->raise(alarm));
        qCInfo(lcWatering) << "alarm" << c.key;
    }
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (now.contains(it.key())) {
            ++it;
            continue;
        }
        m_context->alarms()->clear(it.value()); // back to normal: listed as cleared until acknowledged
        it = m_active.erase(it);
    }
}

void WateringMonitor::updateKpis(qint64 t, const WateringSettings &settings)
{
    const QTimeZone zone = settings.zone();
    const qint64 to = HourlySeries::hourStart(t, zone);
    const qint64 from = to - 7 * 24 * 3600 * 1000LL;
    const WateringReader::Snapshot &snap = m_planner->snapshot(t);
    const QString key = QStringLiteral("%1|%2").arg(to).arg(snap.fields.size());
    if (key == m_kpiKey || snap.fields.isEmpty())
        return;
    m_kpiKey = key;
    const QList<WateringField> fields = snap.fields;
    const WaterSavings::Row week = WaterSavings::between(*m_planner, fields, settings, from, to);
    auto kpi = [&](const QString &id, const QString &name, double value, const QString &unit, bool higherIsBetter, double target) {
        Kpi k;
        k.id = id;
        k.source = m_source;
        k.name = name;
        k.value = value;
        k.unit = unit;
        k.higherIsBetter = higherIsBetter;
        k.target = target;
        k.periodStart = IsoTime::toDateTime(from);
        k.periodEnd = IsoTime::toDateTime(to);
        m_context->kpis()->publish(k);
    };
    kpi(QStringLiteral("watering.waterUsed"), tr("Watering: water used (7 days)"), std::round(week.smart * 10) / 10, QStringLiteral("m³"), false,
        std::numeric_limits<double>::quiet_NaN());
    kpi(QStringLiteral("watering.waterSaved"), tr("Watering: water saved against the fixed schedule (7 days)"), std::round(week.saved() * 10) / 10,
        QStringLiteral("m³"), true, std::numeric_limits<double>::quiet_NaN());
    kpi(QStringLiteral("watering.savingPercent"), tr("Watering: saving against the fixed schedule"), std::round(week.savedPercent() * 10) / 10,
        QStringLiteral("%"), true, 40);
}
